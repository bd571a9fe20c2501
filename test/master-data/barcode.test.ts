import { graphql } from '../support/client';

const DECODE = `query Decode($barcode: String!) {
  decodeBarcode(barcode: $barcode) {
    barcode materialCode unitKind productionDate serial
    productModel { model wholeUnitModel unitKind }
  }
}`;

describe('decodeBarcode', () => {
  test('valid barcode gives its material code', async () => {
    const result = await graphql(
      DECODE,
      { barcode: '111859001405120211' },
      { as: 'outlet-574225' },
    );
    expect(result.data.decodeBarcode.materialCode).toBe('11185900');
  });

  test('valid barcode gives its production date', async () => {
    const result = await graphql(
      DECODE,
      { barcode: '111859001405120211' },
      { as: 'outlet-574225' },
    );
    expect(result.data.decodeBarcode.productionDate).toBe('2014-05-12');
  });

  test('valid barcode gives its serial', async () => {
    const result = await graphql(
      DECODE,
      { barcode: '111859001405120211' },
      { as: 'outlet-574225' },
    );
    expect(result.data.decodeBarcode.serial).toBe('0211');
  });

  test('valid barcode gives the indoor unit kind', async () => {
    const result = await graphql(
      DECODE,
      { barcode: '111859001405120211' },
      { as: 'outlet-574225' },
    );
    expect(result.data.decodeBarcode.unitKind).toBe('INDOOR');
  });

  test('valid barcode gives its catalog model', async () => {
    const result = await graphql(
      DECODE,
      { barcode: '111859001405120211' },
      { as: 'outlet-574225' },
    );
    expect(result.data.decodeBarcode.productModel).toEqual({
      model: 'KFR-25G/SQB+3',
      wholeUnitModel: 'KFR-25GW/SQB+3',
      unitKind: 'INDOOR',
    });
  });

  test('unknown material code decodes with a null model', async () => {
    const result = await graphql(
      DECODE,
      { barcode: '999999991405120211' },
      { as: 'outlet-574225' },
    );
    expect(result.data.decodeBarcode.productModel).toBeNull();
  });

  test.each([
    ['wrong length', '11185900140512021', /18 digits/],
    ['non-digit', '11185900140512021X', /digits only/],
    ['impossible date', '111859001402300211', /impossible production date/],
  ])('%s is BAD_USER_INPUT naming the barcode', async (_case, barcode, rule) => {
    const result = await graphql(DECODE, { barcode }, { as: 'outlet-574225' });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields?.[0].path).toBe('barcode');
    expect(error?.extensions?.fields?.[0].message).toContain(barcode);
    expect(error?.extensions?.fields?.[0].message).toMatch(rule);
  });
});

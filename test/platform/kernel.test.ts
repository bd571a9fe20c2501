import { parseBarcode } from '../../platform/barcode';
import { describeValue } from '../../platform/errors';
import { chinaDate, chinaDateCompact, formatChinaInstant } from '../../platform/china-time';
import {
  amountRuleBroken,
  DateTimeScalar,
  normaliseDecimal,
  subtractDecimals,
} from '../../platform/scalars';
import { maskPhone, maskPhonesInText } from '../../platform/auth/visibility';
import { Workflow } from '../../platform/workflow';

describe('parseBarcode', () => {
  test('splits material, date and serial', () => {
    expect(parseBarcode('111859001405120211')).toEqual({
      barcode: '111859001405120211',
      materialCode: '11185900',
      productionDate: '2014-05-12',
      serial: '0211',
    });
  });

  test('rejects 30 February', () => {
    expect(parseBarcode('111859001402300211')).toHaveProperty('error');
  });

  test('accepts 29 February of a leap year', () => {
    expect(parseBarcode('111859001602290211')).toHaveProperty('productionDate', '2016-02-29');
  });
});

describe('China Standard Time', () => {
  test('late UTC evening is the next day in UTC+8', () => {
    expect(chinaDateCompact(new Date('2014-06-19T16:30:00Z'))).toBe('20140620');
  });

  test('date is formatted with hyphens', () => {
    expect(chinaDate(new Date('2014-06-19T15:59:59Z'))).toBe('2014-06-19');
  });

  test('instant is printed with +08:00', () => {
    expect(formatChinaInstant(new Date('2014-06-20T01:30:00Z'))).toBe(
      '2014-06-20T09:30:00.000+08:00',
    );
  });
});

describe('decimal amounts', () => {
  test('difference is exact in fen', () => {
    expect(subtractDecimals('2599.1', '0.2')).toBe('2598.90');
  });

  test('negative difference keeps its sign', () => {
    expect(subtractDecimals('100', '100.01')).toBe('-0.01');
  });

  test('three decimals break the rule', () => {
    expect(amountRuleBroken('1.005')).toMatch(/two decimals/);
  });

  test('negative amount breaks the rule', () => {
    expect(amountRuleBroken('-1')).toMatch(/negative/);
  });

  test('normalises to two decimals', () => {
    expect(normaliseDecimal('007.5')).toBe('7.50');
  });
});

describe('maskPhone', () => {
  test('keeps the first three and last four digits', () => {
    expect(maskPhone('13812347869')).toBe('138****7869');
  });
});

describe('Workflow', () => {
  type Status = 'DRAFT' | 'REVIEW' | 'DONE';
  const workflow = new Workflow<Status, 'submit' | 'approve', 'AUTHOR' | 'REVIEWER'>(
    'test document',
    [
      { action: 'submit', from: ['DRAFT'], party: 'AUTHOR', to: 'REVIEW' },
      { action: 'approve', from: ['REVIEW'], party: 'REVIEWER', to: 'DONE' },
    ],
    ['DONE'],
    { AUTHOR: 'the author', REVIEWER: 'the reviewer' },
  );

  test('allows the party whose turn it is', () => {
    expect(workflow.authorize('approve', 'REVIEW', new Set(['REVIEWER']), 'D1').to).toBe('DONE');
  });

  test('wrong status is INVALID_TRANSITION naming it', () => {
    expect(() => workflow.authorize('approve', 'DRAFT', new Set(['REVIEWER']), 'D1')).toThrow(
      /in status DRAFT/,
    );
  });

  test('another party is FORBIDDEN', () => {
    let code: unknown;
    try {
      workflow.authorize('approve', 'REVIEW', new Set(['AUTHOR']), 'D1');
    } catch (error) {
      code = (error as { extensions: { code: string } }).extensions.code;
    }
    expect(code).toBe('FORBIDDEN');
  });

  test('lists statuses awaiting a party', () => {
    expect(workflow.statusesAwaiting('REVIEWER')).toEqual(['REVIEW']);
  });
});

describe('DateTime scalar', () => {
  test('rejects 30 February', () => {
    expect(() => DateTimeScalar.parseValue('2027-02-30T10:00:00+08:00')).toThrow(/not a real date/);
  });

  test('rejects hour 24', () => {
    expect(() => DateTimeScalar.parseValue('2027-02-03T24:00:00+08:00')).toThrow(/not a real date/);
  });

  test('rejects a time without offset', () => {
    expect(() => DateTimeScalar.parseValue('2027-02-03T10:00:00')).toThrow(/with an offset/);
  });

  test('accepts an instant in UTC', () => {
    expect(DateTimeScalar.parseValue('2027-02-03T02:00:00Z')).toEqual(
      new Date('2027-02-03T02:00:00Z'),
    );
  });
});

describe('amount rules', () => {
  test('eleven digits before the point are too many', () => {
    expect(amountRuleBroken('99999999999.00')).toMatch(/less than 10000000000/);
  });

  test('ten digits before the point fit', () => {
    expect(amountRuleBroken('9999999999.99')).toBeNull();
  });
});

describe('empty barcode', () => {
  test('says the barcode is empty', () => {
    expect(parseBarcode('')).toEqual({ error: expect.stringMatching(/empty/) });
  });
});

describe('maskPhonesInText', () => {
  test('masks a mobile number inside Chinese text', () => {
    expect(maskPhonesInText('客户电话13900001111已联系')).toBe('客户电话139****1111已联系');
  });

  test('masks an office number with area code', () => {
    expect(maskPhonesInText('办公室 0574-87654321')).toBe('办公室 0574-****4321');
  });

  test('leaves a work order number alone', () => {
    expect(maskPhonesInText('工单 12014061903447')).toBe('工单 12014061903447');
  });

  test.each([
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['１３８１２３４５６７８', '１３８****５６７８'],
    ['8765-4321', '****4321'],
  ])('masks %s', (text, masked) => {
    expect(maskPhonesInText(text)).toBe(masked);
  });

  test('leaves a barcode alone', () => {
    expect(maskPhonesInText('条码 111859001405120211')).toBe('条码 111859001405120211');
  });
});

describe('barcode production date', () => {
  test('after today is refused', () => {
    expect(parseBarcode('111859002901010211', '2026-12-04')).toEqual({
      error: expect.stringMatching(/after today/),
    });
  });

  test('on today is accepted', () => {
    expect(parseBarcode('111859002612040211', '2026-12-04')).toHaveProperty('serial', '0211');
  });
});

describe('describeValue', () => {
  test('counts the characters of a long string without quotes', () => {
    expect(describeValue('x'.repeat(300))).toMatch(/\(300 characters\)$/);
  });

  test('summarises a list', () => {
    expect(describeValue([1, 2, 3])).toBe('a list of 3 items');
  });
});

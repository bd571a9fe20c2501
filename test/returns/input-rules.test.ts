import { chinaDate } from '../../platform/china-time';
import { graphql } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  fieldPaths,
  firstError,
  MATERIAL,
  recordResult,
  reportAt,
  reviewAtCenter,
  tryMutateReport,
} from './support';

/** Checks on values the workflow accepted too easily: dates, barcodes, versions and free text. */

const barcodes = new BarcodeFactory(7);
const NINGBO = { outlet: 'outlet-574225', center: 'center-574001' };

function yesterday(): string {
  return chinaDate(new Date(Date.now() - 24 * 60 * 60 * 1000));
}

describe('return report input rules', () => {
  it('reversed submission date range', async () => {
    const result = await graphql(
      'query { returnReports(filter: { submittedFrom: "2026-11-30", submittedTo: "2026-11-01" }) { totalCount } }',
      {},
      { as: 'hq' },
    );
    const error = firstError(result.errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['filter.submittedTo']);
    expect(error.extensions?.fields?.[0].message).toContain('2026-11-30');
    expect(error.extensions?.fields?.[0].message).toContain('2026-11-01');
  });

  it('exchange result reusing the returned barcode', async () => {
    const pending = await reportAt('RESULT_PENDING', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      {
        id: pending.id,
        input: {
          newIndoorBarcode: pending.originalUnit.indoorBarcode,
          description: '已换机',
          enteredByOutlet: true,
        },
      },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.newIndoorBarcode']);
  });

  it('repair completed before submission', async () => {
    const pending = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'recordRepairProgress',
      'id: $id, input: $input',
      {
        id: pending.id,
        input: { repairUnitCode: '574225', disposition: 'WRITE_OFF', completedOn: yesterday() },
      },
      'center-574001',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.completedOn']);
  });

  it('indoor return leaves the outdoor barcode free', async () => {
    const outdoor = barcodes.barcode(MATERIAL.outdoor35);
    const indoorReport = await createReport(
      applicationInput(barcodes, {
        type: 'PRE_SALE_INDOOR',
        originalUnit: { outdoorBarcode: outdoor },
      }),
      'outlet-574225',
    );
    expect(indoorReport.originalUnit.outdoorBarcode).toBe(outdoor);
    const outdoorReport = await tryMutateReport(
      'createReturnReport',
      'input: $input',
      {
        input: applicationInput(barcodes, {
          type: 'PRE_SALE_OUTDOOR',
          originalUnit: { outdoorBarcode: outdoor },
        }),
      },
      'outlet-574225',
    );
    expect(outdoorReport.errors).toBeUndefined();
  });

  it('whole-unit return claims both barcodes', async () => {
    const whole = await createReport(
      applicationInput(barcodes, { type: 'PRE_SALE_WHOLE' }),
      'outlet-574225',
    );
    const { errors } = await tryMutateReport(
      'createReturnReport',
      'input: $input',
      {
        input: applicationInput(barcodes, {
          type: 'PRE_SALE_OUTDOOR',
          originalUnit: { outdoorBarcode: whole.originalUnit.outdoorBarcode },
        }),
      },
      'outlet-574225',
    );
    expect(firstError(errors).extensions?.reason).toBe('BARCODE_ALREADY_USED');
  });

  it('parallel updates without version both succeed', async () => {
    const draft = await createReport(applicationInput(barcodes), 'outlet-574225');
    const update = () =>
      tryMutateReport(
        'updateReturnReport',
        'id: $id, input: $input',
        { id: draft.id, input: applicationInput(barcodes) },
        'outlet-574225',
      );
    const [first, second] = await Promise.all([update(), update()]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
  });

  it('stale version is still rejected', async () => {
    const draft = await createReport(applicationInput(barcodes), 'outlet-574225');
    const update = (version?: number) =>
      tryMutateReport(
        'updateReturnReport',
        version === undefined
          ? 'id: $id, input: $input'
          : 'id: $id, input: $input, version: $version',
        {
          id: draft.id,
          input: applicationInput(barcodes),
          ...(version === undefined ? {} : { version }),
        },
        'outlet-574225',
      );
    expect((await update()).errors).toBeUndefined();
    const error = firstError((await update(draft.version)).errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('STALE_VERSION');
  });
});

describe('phones in free text for analysts', () => {
  it('masks history, fault description, handling and result', async () => {
    const submitted = await createReport(
      applicationInput(barcodes, {
        faultDescription: '客户电话13900001111',
        handling: '联系13900001111换新',
      }),
      'outlet-574225',
      true,
    );
    const pending = await reviewAtCenter(submitted.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: true,
      comment: '请联系13900001111',
    });
    await recordResult(pending.id, 'outlet-574225', {
      newIndoorBarcode: barcodes.barcode(MATERIAL.indoor35),
      description: '已换机，客户13900001111',
      enteredByOutlet: true,
    });

    const query =
      'query($id: ID) { returnReport(id: $id) { faultDescription handling result { description } history { comment } } }';
    const read = await graphql(query, { id: pending.id }, { as: 'analyst' });
    expect(read.errors).toBeUndefined();
    const report = read.data.returnReport;
    expect(report.faultDescription).toBe('客户电话139****1111');
    expect(report.handling).toBe('联系139****1111换新');
    expect(report.result.description).toBe('已换机，客户139****1111');
    expect(report.history.map((event: any) => event.comment)).toContain('请联系139****1111');
    expect(JSON.stringify(report)).not.toContain('13900001111');

    const plain = await graphql(query, { id: pending.id }, { as: 'center-574001' });
    expect(plain.data.returnReport.faultDescription).toBe('客户电话13900001111');
  });
});

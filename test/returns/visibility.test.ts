import { demoId } from '../../demo/work-orders';
import { graphql, subgraphUrl } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  firstError,
  recordRepairProgress,
  reportAt,
  reviewAtCenter,
} from './support';

const barcodes = new BarcodeFactory(3);

async function readReport(id: string, as: string) {
  const result = await graphql(
    'query($id: ID) { returnReport(id: $id) { id code customer { name mobilePhone officePhone } } }',
    { id },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data.returnReport;
}

async function countByCode(code: string, as: string): Promise<number> {
  const result = await graphql(
    'query($code: String) { returnReports(filter: { code: $code }) { totalCount } }',
    { code },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data.returnReports.totalCount;
}

describe('return report visibility', () => {
  let reportId: string;
  let reportCode: string;

  beforeAll(async () => {
    const report = await createReport(
      applicationInput(barcodes, { customer: { mobilePhone: '13812347869' } }),
      'outlet-574225',
      true,
    );
    reportId = report.id;
    reportCode = report.code;
  });

  it('submitter, its center and HQ see the report', async () => {
    for (const user of ['outlet-574225', 'center-574001', 'hq']) {
      expect((await readReport(reportId, user))?.code).toBe(reportCode);
      expect(await countByCode(reportCode, user)).toBe(1);
    }
  });

  it('outlet of another center sees nothing', async () => {
    expect(await readReport(reportId, 'outlet-571212')).toBeNull();
    expect(await countByCode(reportCode, 'outlet-571212')).toBe(0);
  });

  it('other center and department see nothing', async () => {
    for (const user of ['center-571001', 'dept-756101']) {
      expect(await readReport(reportId, user)).toBeNull();
      expect(await countByCode(reportCode, user)).toBe(0);
    }
  });

  it('lookup by code applies visibility', async () => {
    const query = 'query($code: String) { returnReport(code: $code) { id } }';
    const hidden = await graphql(query, { code: reportCode }, { as: 'outlet-571212' });
    expect(hidden.data.returnReport).toBeNull();
    const visible = await graphql(query, { code: reportCode }, { as: 'center-574001' });
    expect(visible.data.returnReport.id).toBe(reportId);
  });

  it('repair unit sees the report once named', async () => {
    const repairPending = await reportAt('REPAIR_PENDING', applicationInput(barcodes), {
      outlet: 'outlet-574225',
      center: 'center-574001',
    });
    expect(await readReport(repairPending.id, 'outlet-574307')).toBeNull();
    await recordRepairProgress(repairPending.id, 'center-574001', '574307');
    expect((await readReport(repairPending.id, 'outlet-574307'))?.id).toBe(repairPending.id);
  });

  it('repair unit reads the work order as null', async () => {
    // A demo after-sale report of outlet 574118 whose repair unit is outlet 574307.
    const result = await graphql(
      'query($code: String) { returnReport(code: $code) { code workOrder { code stage } } }',
      { code: '574118202609260001' },
      { as: 'outlet-574307' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.returnReport.workOrder).toBeNull();
  });

  it('submitter reads its work order', async () => {
    const result = await graphql(
      'query($code: String) { returnReport(code: $code) { workOrder { code } } }',
      { code: '574118202609260001' },
      { as: 'outlet-574118' },
    );
    expect(result.data.returnReport.workOrder?.code).toMatch(/^\d{14}$/);
  });

  it('analyst sees phones masked', async () => {
    const masked = await readReport(reportId, 'analyst');
    expect(masked.customer.mobilePhone).toBe('138****7869');
    expect(masked.customer.officePhone).toBe('057****4321');
    expect(masked.customer.name).toBe('测试客户');
    const plain = await readReport(reportId, 'hq');
    expect(plain.customer.mobilePhone).toBe('13812347869');
  });

  it('analyst sees review comment phones masked', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    await reviewAtCenter(report.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: true,
      comment: 'call customer 13812345678',
    });
    const query = 'query($id: ID) { returnReport(id: $id) { reviews { comment } } }';
    const masked = await graphql(query, { id: report.id }, { as: 'analyst' });
    expect(masked.errors).toBeUndefined();
    expect(masked.data.returnReport.reviews[0].comment).toBe('call customer 138****5678');
    const plain = await graphql(query, { id: report.id }, { as: 'hq' });
    expect(plain.errors).toBeUndefined();
    expect(plain.data.returnReport.reviews[0].comment).toBe('call customer 13812345678');
  });

  it('entity look-up hides an invisible report', async () => {
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on ReturnReport { id code } }
    }`;
    const variables = { representations: [{ __typename: 'ReturnReport', id: reportId }] };
    const url = subgraphUrl('returns');
    const hidden = await graphql(query, variables, { as: 'outlet-571212', url });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data._entities).toEqual([null]);
    const visible = await graphql(query, variables, { as: 'center-574001', url });
    expect(visible.data._entities[0].code).toBe(reportCode);
  });

  it('work order lists its visible reports', async () => {
    const query = `{ workOrder(code: "12014071200518") { returnReports { code status } } }`;
    const result = await graphql(query, {}, { as: 'hq' });
    expect(result.errors).toBeUndefined();
    expect(result.data.workOrder.returnReports).toEqual([
      { code: '023293201407140001', status: 'ENDED' },
    ]);
  });

  it('blocking list is closed to analysts', async () => {
    const query = 'query($id: ID!) { returnReportsBlockingCompletion(workOrderId: $id) { code } }';
    const url = subgraphUrl('returns');
    const forbiddenResult = await graphql(query, { id: demoId(1, 1) }, { as: 'analyst', url });
    expect(firstError(forbiddenResult.errors).extensions?.code).toBe('FORBIDDEN');
    const ended = await graphql(query, { id: demoId(1, 1) }, { as: 'center-023001', url });
    expect(ended.data.returnReportsBlockingCompletion).toEqual([]);
  });

  it('blocking list is not in the public API', async () => {
    const result = await graphql(
      'query($id: ID!) { returnReportsBlockingCompletion(workOrderId: $id) { code } }',
      { id: demoId(1, 1) },
      { as: 'hq' },
    );
    expect(firstError(result.errors).extensions?.code).toBe('BAD_USER_INPUT');
  });
});

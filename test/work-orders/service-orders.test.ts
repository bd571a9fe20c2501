import { demoId } from '../../demo/work-orders';
import { graphql, subgraphUrl } from '../support/client';
import {
  acceptWithEngineer,
  firstError,
  orderAtOutlet574225,
  succeed,
  uniqueServiceNumber,
} from './support';

const FIELDS = `id serviceNumber kind status scope version indoorBarcode wholeUnitModel customerName
  repairDate submittedAt workOrderCode returnReportCode enteredBy { code } workOrder { id code }
  history { action fromStatus toStatus }`;
const CREATE = `mutation($input: ServiceOrderInput!) { createServiceOrder(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ServiceOrderInput!, $version: Int) {
  updateServiceOrder(id: $id, input: $input, version: $version) { ${FIELDS} }
}`;
const SUBMIT = `mutation($id: ID!) { submitServiceOrder(id: $id) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteServiceOrder(id: $id) }`;
const BY_ID = `query($id: ID!) { serviceOrder(id: $id) { id } }`;

/** Ended whole-unit exchange of the demo data, repaired by outlet 023293. */
const ENDED_REPORT_ID = demoId(2, 1);
const ENDED_REPORT_CODE = '023293201407140001';

interface ServiceOrderView {
  id: string;
  serviceNumber: string;
  status: string;
  version: number;
  wholeUnitModel: string | null;
  workOrderCode: string | null;
  returnReportCode: string | null;
  submittedAt: string | null;
  enteredBy: { code: string };
  workOrder: { id: string; code: string } | null;
  history: { action: string; fromStatus: string | null; toStatus: string | null }[];
}

async function draftFor574225(overrides: Record<string, unknown> = {}) {
  const order = await orderAtOutlet574225();
  await acceptWithEngineer(order.id, 'outlet-574225');
  const input = {
    serviceNumber: uniqueServiceNumber(),
    kind: 'SERVICE',
    scope: 'INDOOR',
    workOrderId: order.id,
    indoorBarcode: '111408801405120211',
    repairDate: '2014-06-21',
    customerName: '测试客户',
    ...overrides,
  };
  const data = await succeed<{ createServiceOrder: ServiceOrderView }>(
    CREATE,
    { input },
    'outlet-574225',
  );
  return { workOrder: order, input, draft: data.createServiceOrder };
}

describe('service orders', () => {
  it('creates a draft linked to a work order', async () => {
    const { workOrder, draft, input } = await draftFor574225();
    expect(draft.status).toBe('DRAFT');
    expect(draft.serviceNumber).toBe(input.serviceNumber);
    expect(draft.enteredBy.code).toBe('574225');
    expect(draft.workOrder?.id).toBe(workOrder.id);
    expect(draft.workOrderCode).toBe(workOrder.code);
    expect(draft.wholeUnitModel).toBe('KFR-35GW/BpDA-3');
  });

  it('lists service orders on the work order', async () => {
    const { workOrder, draft } = await draftFor574225();
    const data = await succeed<{ workOrder: { serviceOrders: { id: string }[] } }>(
      `query($id: ID) { workOrder(id: $id) { serviceOrders { id } } }`,
      { id: workOrder.id },
      'center-574001',
    );
    expect(data.workOrder.serviceOrders).toEqual([{ id: draft.id }]);
  });

  it('edits a draft', async () => {
    const { draft, input } = await draftFor574225();
    const data = await succeed<{ updateServiceOrder: ServiceOrderView }>(
      UPDATE,
      { id: draft.id, input: { ...input, customerName: '改名客户' }, version: draft.version },
      'outlet-574225',
    );
    expect(data.updateServiceOrder.version).toBe(draft.version + 1);
    expect(data.updateServiceOrder.history.map((event) => event.action)).toEqual([
      'createServiceOrder',
      'updateServiceOrder',
    ]);
  });

  it('rejects a stale version', async () => {
    const { draft, input } = await draftFor574225();
    const error = firstError(
      await graphql(
        UPDATE,
        { id: draft.id, input, version: draft.version + 5 },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.reason).toBe('STALE_VERSION');
  });

  it('parallel edits without version succeed', async () => {
    const { draft, input } = await draftFor574225();
    const edit = (customerName: string) =>
      graphql(UPDATE, { id: draft.id, input: { ...input, customerName } }, { as: 'outlet-574225' });
    const [first, second] = await Promise.all([edit('客户甲'), edit('客户乙')]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
  });

  it('submits a draft', async () => {
    const { draft } = await draftFor574225();
    const data = await succeed<{ submitServiceOrder: ServiceOrderView }>(
      SUBMIT,
      { id: draft.id },
      'outlet-574225',
    );
    expect(data.submitServiceOrder.status).toBe('SUBMITTED');
    expect(data.submitServiceOrder.submittedAt).not.toBeNull();
    expect(data.submitServiceOrder.history.at(-1)).toEqual({
      action: 'submitServiceOrder',
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
    });
  });

  it('keeps a submitted order unchanged', async () => {
    const { draft, input } = await draftFor574225();
    await succeed(SUBMIT, { id: draft.id }, 'outlet-574225');
    const update = firstError(
      await graphql(UPDATE, { id: draft.id, input }, { as: 'outlet-574225' }),
    );
    expect(update.extensions?.code).toBe('CONFLICT');
    expect(update.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(update.message).toContain('SUBMITTED');
    const removal = firstError(await graphql(DELETE, { id: draft.id }, { as: 'outlet-574225' }));
    expect(removal.extensions?.reason).toBe('INVALID_TRANSITION');
  });

  it('names the status before bad input', async () => {
    const { draft, input } = await draftFor574225();
    await succeed(SUBMIT, { id: draft.id }, 'outlet-574225');
    const error = firstError(
      await graphql(
        UPDATE,
        { id: draft.id, input: { ...input, serviceNumber: '1', repairDate: '2999-01-01' } },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe('SUBMITTED');
  });

  it('lists every invalid change at once', async () => {
    const { draft, input } = await draftFor574225();
    const error = firstError(
      await graphql(
        UPDATE,
        {
          id: draft.id,
          input: { ...input, serviceNumber: '1', indoorBarcode: '114390001403270814' },
        },
        { as: 'outlet-574225' },
      ),
    );
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual(['input.indoorBarcode', 'input.serviceNumber']);
  });

  it('deletes a draft', async () => {
    const { draft } = await draftFor574225();
    const data = await succeed<{ deleteServiceOrder: string }>(
      DELETE,
      { id: draft.id },
      'outlet-574225',
    );
    expect(data.deleteServiceOrder).toBe(draft.id);
    const lookup = await graphql(BY_ID, { id: draft.id }, { as: 'outlet-574225' });
    expect(lookup.data.serviceOrder).toBeNull();
  });

  it('rejects a duplicate service number', async () => {
    const { draft, input } = await draftFor574225();
    const error = firstError(await graphql(CREATE, { input }, { as: 'outlet-574225' }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('DUPLICATE_SERVICE_NUMBER');
    expect(error.message).toContain(draft.serviceNumber);
  });

  it('rejects parallel duplicates', async () => {
    const { input } = await draftFor574225();
    const fresh = { ...input, serviceNumber: uniqueServiceNumber() };
    const results = await Promise.all(
      [1, 2, 3].map(() => graphql(CREATE, { input: fresh }, { as: 'outlet-574225' })),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const reasons = results
      .filter((result) => result.errors)
      .map((result) => result.errors?.[0].extensions?.reason);
    expect(reasons).toEqual(['DUPLICATE_SERVICE_NUMBER', 'DUPLICATE_SERVICE_NUMBER']);
  });

  it('allows one number at two outlets', async () => {
    const { input } = await draftFor574225();
    const result = await graphql(
      CREATE,
      { input: { ...input, workOrderId: null } },
      { as: 'outlet-574307' },
    );
    expect(result.errors).toBeUndefined();
  });

  it('hides a draft from another outlet', async () => {
    const { draft } = await draftFor574225();
    const other = await graphql(BY_ID, { id: draft.id }, { as: 'outlet-574118' });
    expect(other.data.serviceOrder).toBeNull();
    const center = await graphql(BY_ID, { id: draft.id }, { as: 'center-574001' });
    expect(center.data.serviceOrder?.id).toBe(draft.id);
    const otherCenter = await graphql(BY_ID, { id: draft.id }, { as: 'center-023001' });
    expect(otherCenter.data.serviceOrder).toBeNull();
    const submit = firstError(await graphql(SUBMIT, { id: draft.id }, { as: 'outlet-574118' }));
    expect(submit.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects a work order the outlet cannot see', async () => {
    const { workOrder, input } = await draftFor574225();
    const error = firstError(
      await graphql(
        CREATE,
        { input: { ...input, serviceNumber: uniqueServiceNumber(), workOrderId: workOrder.id } },
        { as: 'outlet-574118' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('input.workOrderId');
  });

  it('lists every invalid field at once', async () => {
    const error = firstError(
      await graphql(
        CREATE,
        {
          input: {
            serviceNumber: '1234',
            kind: 'REPAIR',
            scope: 'INDOOR',
            indoorBarcode: '12345',
            repairDate: '2999-01-01',
          },
        },
        { as: 'outlet-574225' },
      ),
    );
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual([
      'input.indoorBarcode',
      'input.repairDate',
      'input.returnReportId',
      'input.serviceNumber',
    ]);
  });

  it('rejects creation by a center', async () => {
    const error = firstError(
      await graphql(
        CREATE,
        { input: { serviceNumber: uniqueServiceNumber(), kind: 'SERVICE', scope: 'WHOLE' } },
        { as: 'center-574001' },
      ),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects creation by an analyst', async () => {
    const error = firstError(
      await graphql(
        CREATE,
        { input: { serviceNumber: uniqueServiceNumber(), kind: 'SERVICE', scope: 'WHOLE' } },
        { as: 'analyst' },
      ),
    );
    expect(error.extensions?.reason).toBe('READ_ONLY_ROLE');
  });

  it('filters by work order code', async () => {
    const { workOrder, draft } = await draftFor574225();
    const data = await succeed<{ serviceOrders: { totalCount: number; edges: any[] } }>(
      `query($filter: ServiceOrderFilter) { serviceOrders(filter: $filter) { totalCount edges { node { id } } } }`,
      { filter: { workOrderCode: workOrder.code, status: 'DRAFT', kind: 'SERVICE' } },
      'outlet-574225',
    );
    expect(data.serviceOrders.totalCount).toBe(1);
    expect(data.serviceOrders.edges[0].node.id).toBe(draft.id);
  });
});

describe('repair orders of the demo return report', () => {
  const input = () => ({
    serviceNumber: uniqueServiceNumber(),
    kind: 'REPAIR',
    scope: 'WHOLE',
    returnReportId: ENDED_REPORT_ID,
    indoorBarcode: '111974001403150931',
    outdoorBarcode: '114390001403270814',
    repairDate: '2014-08-05',
  });

  it('lets the repair unit enter and submit one', async () => {
    const created = await succeed<{ createServiceOrder: ServiceOrderView }>(
      CREATE,
      { input: input() },
      'outlet-023293',
    );
    expect(created.createServiceOrder.returnReportCode).toBe(ENDED_REPORT_CODE);
    const submitted = await succeed<{ submitServiceOrder: ServiceOrderView }>(
      SUBMIT,
      { id: created.createServiceOrder.id },
      'outlet-023293',
    );
    expect(submitted.submitServiceOrder.status).toBe('SUBMITTED');
  });

  it('rejects an outlet that cannot see the report', async () => {
    // Outlet 023156 neither submitted the report nor repairs it, so the report is hidden from it.
    const error = firstError(await graphql(CREATE, { input: input() }, { as: 'outlet-023156' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('input.returnReportId');
    expect(error.extensions?.fields?.[0].message).toContain(ENDED_REPORT_ID);
  });

  it('lists a hidden report with other errors', async () => {
    const { workOrder } = await draftFor574225();
    const error = firstError(
      await graphql(
        CREATE,
        {
          input: {
            ...input(),
            workOrderId: workOrder.id,
            indoorBarcode: '114390001403270814',
            repairDate: '2999-01-01',
          },
        },
        { as: 'outlet-023156' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual([
      'input.indoorBarcode',
      'input.repairDate',
      'input.returnReportId',
      'input.workOrderId',
    ]);
  });

  it('rejects submission without barcodes', async () => {
    const created = await succeed<{ createServiceOrder: ServiceOrderView }>(
      CREATE,
      { input: { ...input(), indoorBarcode: null, outdoorBarcode: null } },
      'outlet-023293',
    );
    const error = firstError(
      await graphql(SUBMIT, { id: created.createServiceOrder.id }, { as: 'outlet-023293' }),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('BARCODE_MISMATCH');
    expect(error.extensions?.field).toBe('indoorBarcode');
    expect(error.extensions?.expected).toBe('111974001403150931');
    expect(error.extensions?.actual).toBeNull();
    expect(error.extensions?.mismatches).toHaveLength(2);
  });

  it('rejects submission without outdoor barcode', async () => {
    const created = await succeed<{ createServiceOrder: ServiceOrderView }>(
      CREATE,
      { input: { ...input(), outdoorBarcode: null } },
      'outlet-023293',
    );
    const error = firstError(
      await graphql(SUBMIT, { id: created.createServiceOrder.id }, { as: 'outlet-023293' }),
    );
    expect(error.extensions?.reason).toBe('BARCODE_MISMATCH');
    expect(error.extensions?.field).toBe('outdoorBarcode');
    expect(error.extensions?.expected).toBe('114390001403270814');
    expect(error.extensions?.actual).toBeNull();
  });

  it('lists repair orders on the report', async () => {
    const data = await succeed<{ returnReport: { repairOrders: { serviceNumber: string }[] } }>(
      `query($id: ID) { returnReport(id: $id) { repairOrders { serviceNumber } } }`,
      { id: ENDED_REPORT_ID },
      'center-023001',
    );
    const numbers = data.returnReport.repairOrders.map((order) => order.serviceNumber);
    expect(numbers).toContain('02329301');
  });

  it('counts repair orders for a center', async () => {
    const query = `query($id: ID!) { repairOrderCount(returnReportId: $id) }`;
    const url = subgraphUrl('work-orders');
    const counted = await graphql(query, { id: ENDED_REPORT_ID }, { as: 'center-023001', url });
    expect(counted.data.repairOrderCount).toBeGreaterThanOrEqual(1);
    const rejected = await graphql(query, { id: ENDED_REPORT_ID }, { as: 'outlet-023293', url });
    expect(rejected.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hides the count from another region', async () => {
    // The report belongs to the Chongqing center, so the Hangzhou center cannot see it.
    const query = `query($id: ID!) { repairOrderCount(returnReportId: $id) }`;
    const url = subgraphUrl('work-orders');
    const result = await graphql(query, { id: ENDED_REPORT_ID }, { as: 'center-571001', url });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data?.repairOrderCount ?? null).toBeNull();
  });

  it('hides the count from clients', async () => {
    const result = await graphql(
      `
        query ($id: ID!) {
          repairOrderCount(returnReportId: $id)
        }
      `,
      { id: ENDED_REPORT_ID },
      { as: 'hq' },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

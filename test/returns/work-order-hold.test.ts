import { graphql, GraphQLErrorShape, sql, subgraphUrl } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  MATERIAL,
  recordResult,
  replacementOf,
  reviewAtCenter,
  reviewResult,
  tryMutateReport,
} from './support';

/**
 * A return report linked to a work order holds that order in the work-orders subgraph, so a
 * completion and a linked report racing each other never both succeed.
 */

const barcodes = new BarcodeFactory(9);
const OUTLET = 'outlet-574225';
const OTHER_OUTLET = 'outlet-574118';
const CENTER = 'center-574001';
const RACE_ROUNDS = 6;

const COMPLETE = 'mutation($id: ID!) { confirmWorkOrderCompletion(id: $id) { id stage } }';
const HOLD = 'mutation($id: ID!) { holdWorkOrderForReturn(workOrderId: $id) }';
const RELEASE = 'mutation($id: ID!) { releaseWorkOrderForReturn(workOrderId: $id) }';

async function run(query: string, variables: Record<string, unknown>, as: string): Promise<any> {
  const result = await graphql(query, variables, { as });
  if (result.errors) throw new Error(`${as}: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data;
}

/** Creates a work order of center 574001, dispatched to outlet 574225 and accepted by it. */
async function acceptedWorkOrder(): Promise<{ id: string; code: string }> {
  const created = await run(
    `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id code } }`,
    {
      input: {
        serviceType: 'REPAIR',
        level: 3,
        callerPhone: '13957400029',
        customer: { name: '占用客户', city: '宁波市', mobilePhone: '13957400029' },
        product: { indoorBarcode: barcodes.barcode(MATERIAL.indoor35) },
        centerCode: '574001',
        description: '不制热',
      },
    },
    CENTER,
  );
  const order = created.createWorkOrder as { id: string; code: string };
  await run(
    'mutation($id: ID!) { dispatchWorkOrder(id: $id, outletCode: "574225") { id } }',
    { id: order.id },
    CENTER,
  );
  await run(
    'mutation($id: ID!) { acceptWorkOrder(id: $id, engineer: { name: "李师傅", phone: "13805740003" }) { id } }',
    { id: order.id },
    OUTLET,
  );
  return order;
}

function linkedInput(workOrderId: string) {
  return applicationInput(barcodes, { type: 'AFTER_SALE_INDOOR', workOrderId });
}

function tryComplete(workOrderId: string) {
  return graphql<{ confirmWorkOrderCompletion: { id: string; stage: string } | null }>(
    COMPLETE,
    { id: workOrderId },
    { as: OUTLET },
  );
}

function callWorkOrders(query: string, workOrderId: string, as: string, internal: boolean) {
  return graphql<Record<string, boolean | null>>(
    query,
    { id: workOrderId },
    { as, url: subgraphUrl('work-orders'), internal },
  );
}

async function openReturnReports(workOrderId: string): Promise<number> {
  const [row] = await sql<{ open_return_reports: number }>(
    'SELECT open_return_reports FROM work_orders.work_order WHERE id = $1',
    [workOrderId],
  );
  return row.open_return_reports;
}

async function stageOf(workOrderId: string): Promise<string> {
  const [row] = await sql<{ status: string }>(
    'SELECT status FROM work_orders.work_order WHERE id = $1',
    [workOrderId],
  );
  return row.status;
}

async function linkedReportCount(workOrderId: string): Promise<number> {
  const [row] = await sql<{ count: string }>(
    'SELECT count(*) FROM "returns".return_report WHERE work_order_id = $1',
    [workOrderId],
  );
  return Number(row.count);
}

function reasonOf(errors: GraphQLErrorShape[] | undefined): string | undefined {
  return errors?.[0]?.extensions?.reason;
}

describe('work order hold for return reports', () => {
  it('completion and linked report never both succeed', async () => {
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const order = await acceptedWorkOrder();
      const [completion, creation] = await Promise.all([
        tryComplete(order.id),
        tryMutateReport(
          'createReturnReport',
          'input: $input, submit: $submit',
          { input: linkedInput(order.id), submit: true },
          OUTLET,
        ),
      ]);
      const completed = completion.errors === undefined;
      const created = creation.errors === undefined;
      expect([completed, created]).not.toEqual([true, true]);
      expect(completed || created).toBe(true);
      if (!completed) expect(reasonOf(completion.errors)).toBe('RESULT_REVIEW_PENDING');
      if (!created)
        expect(creation.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|CONFLICT/);
      expect(await stageOf(order.id)).toBe(completed ? 'COMPLETED' : 'DISPATCHED_TO_ENGINEER');
      expect(await linkedReportCount(order.id)).toBe(created ? 1 : 0);
      expect(await openReturnReports(order.id)).toBe(created ? 1 : 0);
    }
  });

  it('completes after the result review', async () => {
    const order = await acceptedWorkOrder();
    let report = await createReport(linkedInput(order.id), OUTLET, true);
    expect(await openReturnReports(order.id)).toBe(1);
    report = await reviewAtCenter(report.id, CENTER, {
      decision: 'APPROVE',
      hasProductionRecord: true,
    });
    const original = report.originalUnit as { indoorBarcode: string };
    report = await recordResult(report.id, OUTLET, {
      newIndoorBarcode: replacementOf(original.indoorBarcode),
      description: '已换新机',
      enteredByOutlet: true,
    });
    expect(reasonOf((await tryComplete(order.id)).errors)).toBe('RESULT_REVIEW_PENDING');

    await reviewResult(report.id, CENTER);
    expect(await openReturnReports(order.id)).toBe(0);
    const completion = await tryComplete(order.id);
    expect(completion.errors).toBeUndefined();
    expect(completion.data.confirmWorkOrderCompletion?.stage).toBe('COMPLETED');
  });

  it('completes after a rejection at the center', async () => {
    const order = await acceptedWorkOrder();
    const report = await createReport(linkedInput(order.id), OUTLET, true);
    await reviewAtCenter(report.id, CENTER, { decision: 'REJECT', hasProductionRecord: false });
    expect(await openReturnReports(order.id)).toBe(0);
    expect((await tryComplete(order.id)).errors).toBeUndefined();
  });

  it('completes after the linked draft is deleted', async () => {
    const order = await acceptedWorkOrder();
    const draft = await createReport(linkedInput(order.id), OUTLET, false);
    expect(await openReturnReports(order.id)).toBe(1);
    expect(reasonOf((await tryComplete(order.id)).errors)).toBe('RESULT_REVIEW_PENDING');

    const deletion = await graphql(
      'mutation($id: ID!) { deleteReturnReport(id: $id) }',
      { id: draft.id },
      { as: OUTLET },
    );
    expect(deletion.errors).toBeUndefined();
    expect(await openReturnReports(order.id)).toBe(0);
    expect((await tryComplete(order.id)).errors).toBeUndefined();
  });

  it('moves the hold when a draft changes its work order', async () => {
    const first = await acceptedWorkOrder();
    const second = await acceptedWorkOrder();
    const draft = await createReport(linkedInput(first.id), OUTLET, false);
    const update = await tryMutateReport(
      'updateReturnReport',
      'id: $id, input: $input',
      { id: draft.id, input: linkedInput(second.id) },
      OUTLET,
    );
    expect(update.errors).toBeUndefined();
    expect(await openReturnReports(first.id)).toBe(0);
    expect(await openReturnReports(second.id)).toBe(1);
    expect((await tryComplete(first.id)).errors).toBeUndefined();
    expect(reasonOf((await tryComplete(second.id)).errors)).toBe('RESULT_REVIEW_PENDING');
  });

  it('rejects a direct client call', async () => {
    const order = await acceptedWorkOrder();
    for (const query of [HOLD, RELEASE]) {
      const result = await callWorkOrders(query, order.id, OUTLET, false);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0].extensions?.reason).toBe('INTERNAL_ONLY');
    }
    expect(await openReturnReports(order.id)).toBe(0);
  });

  it('hides the hold mutations at the gateway', async () => {
    const order = await acceptedWorkOrder();
    const result = await graphql(HOLD, { id: order.id }, { as: OUTLET });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
  });

  it('holds and releases for internal calls', async () => {
    const order = await acceptedWorkOrder();
    expect((await callWorkOrders(HOLD, order.id, OUTLET, true)).errors).toBeUndefined();
    expect(await openReturnReports(order.id)).toBe(1);
    expect(reasonOf((await tryComplete(order.id)).errors)).toBe('RESULT_REVIEW_PENDING');

    expect((await callWorkOrders(RELEASE, order.id, CENTER, true)).errors).toBeUndefined();
    expect((await callWorkOrders(RELEASE, order.id, CENTER, true)).errors).toBeUndefined();
    expect(await openReturnReports(order.id)).toBe(0);
    expect((await tryComplete(order.id)).errors).toBeUndefined();
  });

  it('rejects a hold by another outlet', async () => {
    const order = await acceptedWorkOrder();
    const result = await callWorkOrders(HOLD, order.id, OTHER_OUTLET, true);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toContain(order.code);
    expect(await openReturnReports(order.id)).toBe(0);
  });

  it('rejects a hold on a completed order', async () => {
    const order = await acceptedWorkOrder();
    expect((await tryComplete(order.id)).errors).toBeUndefined();
    const result = await callWorkOrders(HOLD, order.id, OUTLET, true);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.reason).toBe('INVALID_TRANSITION');
    expect(result.errors?.[0].message).toContain(order.code);
    expect(result.errors?.[0].message).toContain('COMPLETED');
    expect(await openReturnReports(order.id)).toBe(0);
  });
});

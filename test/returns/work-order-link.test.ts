import { graphql } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  fieldPaths,
  firstError,
  MATERIAL,
  reviewAtCenter,
  tryMutateReport,
} from './support';

/**
 * An after-sale report links only to an open work order in the submitter's hands, so the order's
 * completion guard always covers the report.
 */

const barcodes = new BarcodeFactory(8);
const OUTLET = 'outlet-574225';
const CENTER = 'center-574001';

async function run(query: string, variables: Record<string, unknown>, as: string): Promise<any> {
  const result = await graphql(query, variables, { as });
  if (result.errors) throw new Error(`${as}: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data;
}

/** Creates a work order of center 574001 and moves it through `steps`; returns id and code. */
async function workOrderAfter(
  steps: ('dispatch' | 'accept' | 'complete' | 'close' | 'cancel')[],
): Promise<{ id: string; code: string }> {
  const created = await run(
    `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id code } }`,
    {
      input: {
        serviceType: 'REPAIR',
        level: 3,
        callerPhone: '13957400019',
        customer: { name: '链接客户', city: '宁波市', mobilePhone: '13957400019' },
        product: { indoorBarcode: barcodes.barcode(MATERIAL.indoor35) },
        centerCode: '574001',
        description: '不制冷',
      },
    },
    CENTER,
  );
  const order = created.createWorkOrder as { id: string; code: string };
  const mutations = {
    dispatch: [
      'mutation($id: ID!) { dispatchWorkOrder(id: $id, outletCode: "574225") { id } }',
      CENTER,
    ],
    accept: [
      'mutation($id: ID!) { acceptWorkOrder(id: $id, engineer: { name: "王师傅", phone: "13805740002" }) { id } }',
      OUTLET,
    ],
    complete: ['mutation($id: ID!) { confirmWorkOrderCompletion(id: $id) { id } }', OUTLET],
    close: ['mutation($id: ID!) { closeWorkOrder(id: $id) { id } }', CENTER],
    cancel: ['mutation($id: ID!) { cancelWorkOrder(id: $id, reason: "客户取消") { id } }', CENTER],
  };
  for (const step of steps) {
    const [query, as] = mutations[step];
    await run(query, { id: order.id }, as);
  }
  return order;
}

function linkedInput(workOrderId: string) {
  return applicationInput(barcodes, { type: 'AFTER_SALE_INDOOR', workOrderId });
}

function tryCreate(workOrderId: string, as: string) {
  return tryMutateReport(
    'createReturnReport',
    'input: $input',
    { input: linkedInput(workOrderId) },
    as,
  );
}

describe('work order link rules', () => {
  const refusals: [string, ('dispatch' | 'accept' | 'complete' | 'close' | 'cancel')[], string][] =
    [
      ['not yet accepted', ['dispatch'], 'DISPATCHED_TO_OUTLET'],
      ['completed', ['dispatch', 'accept', 'complete'], 'COMPLETED'],
      ['closed', ['dispatch', 'accept', 'complete', 'close'], 'CLOSED'],
      ['cancelled', ['dispatch', 'cancel'], 'CANCELLED'],
    ];
  it.each(refusals)('outlet cannot link a %s work order', async (_name, steps, stage) => {
    const order = await workOrderAfter(steps);
    const error = firstError((await tryCreate(order.id, OUTLET)).errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
    expect(error.extensions?.fields?.[0].message).toContain(order.code);
    expect(error.extensions?.fields?.[0].message).toContain(stage);
  });

  it('center cannot link an undispatched work order', async () => {
    const order = await workOrderAfter([]);
    const error = firstError((await tryCreate(order.id, CENTER)).errors);
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
    expect(error.extensions?.fields?.[0].message).toContain('CREATED');
  });

  it('outlet links its accepted work order', async () => {
    const order = await workOrderAfter(['dispatch', 'accept']);
    const { errors } = await tryCreate(order.id, OUTLET);
    expect(errors).toBeUndefined();
  });

  it('center links its accepted work order', async () => {
    const order = await workOrderAfter(['dispatch', 'accept']);
    const { errors } = await tryCreate(order.id, CENTER);
    expect(errors).toBeUndefined();
  });

  it('update cannot move the link to a completed order', async () => {
    const open = await workOrderAfter(['dispatch', 'accept']);
    const draft = await createReport(linkedInput(open.id), OUTLET);
    const completed = await workOrderAfter(['dispatch', 'accept', 'complete']);
    const { errors } = await tryMutateReport(
      'updateReturnReport',
      'id: $id, input: $input',
      { id: draft.id, input: linkedInput(completed.id) },
      OUTLET,
    );
    const error = firstError(errors);
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
    expect(error.extensions?.fields?.[0].message).toContain(completed.code);
  });

  it('revision refusal names the work order code', async () => {
    const order = await workOrderAfter(['dispatch', 'accept']);
    const submitted = await createReport(linkedInput(order.id), OUTLET, true);
    const pending = await reviewAtCenter(submitted.id, CENTER, {
      decision: 'APPROVE',
      hasProductionRecord: true,
    });
    const other = await workOrderAfter(['dispatch', 'accept']);
    const { errors } = await tryMutateReport(
      'reviseReturnReport',
      'id: $id, input: $input',
      { id: pending.id, input: linkedInput(other.id) },
      OUTLET,
    );
    const error = firstError(errors);
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
    expect(error.extensions?.fields?.[0].message).toContain(order.code);
  });
});

import { graphql, GraphQLErrorShape, subgraphUrl } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  fieldPaths,
  firstError,
  MATERIAL,
  mutateReport,
  reportAt,
  reviewAtCenter,
  tryMutateReport,
} from './support';

/**
 * The returns workflow against the real work-orders subgraph: completion of a work order and
 * service or repair orders wait for the return report's steps.
 */

const barcodes = new BarcodeFactory(5);
const NINGBO = { outlet: 'outlet-574225', center: 'center-574001' };
let nextServiceNumber = 10_000_000 + Math.floor(Math.random() * 80_000_000);

async function expectData<T = any>(
  query: string,
  variables: Record<string, unknown>,
  as: string,
): Promise<T> {
  const result = await graphql(query, variables, { as });
  if (result.errors) throw new Error(`${as}: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Creates a work order of center 574001 with `indoorBarcode`, accepted by outlet 574225 with an engineer. */
async function acceptedWorkOrder(indoorBarcode: string): Promise<{ id: string; code: string }> {
  const created = await expectData(
    `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id code } }`,
    {
      input: {
        serviceType: 'REPAIR',
        level: 3,
        callerPhone: '13957400009',
        customer: { name: '工单客户', city: '宁波市', mobilePhone: '13957400009' },
        product: { indoorBarcode },
        centerCode: '574001',
        description: '室内机不制冷',
      },
    },
    'center-574001',
  );
  const order = created.createWorkOrder;
  await expectData(
    'mutation($id: ID!) { dispatchWorkOrder(id: $id, outletCode: "574225") { id } }',
    { id: order.id },
    'center-574001',
  );
  await expectData(
    'mutation($id: ID!) { acceptWorkOrder(id: $id, engineer: { name: "陈师傅", phone: "13805740001" }) { id } }',
    { id: order.id },
    'outlet-574225',
  );
  return order;
}

function confirmCompletion(id: string) {
  return graphql(
    'mutation($id: ID!) { confirmWorkOrderCompletion(id: $id) { id stage } }',
    { id },
    { as: 'outlet-574225' },
  );
}

/** Creates an accepted work order and an after-sale indoor report of outlet 574225 linked to it. */
async function linkedReport(submit: boolean) {
  const indoor = barcodes.barcode(MATERIAL.indoor35);
  const order = await acceptedWorkOrder(indoor);
  const report = await createReport(
    applicationInput(barcodes, {
      type: 'AFTER_SALE_INDOOR',
      workOrderId: order.id,
      originalUnit: { indoorBarcode: indoor },
    }),
    'outlet-574225',
    submit,
  );
  return { order, report, indoor };
}

/** Walks a report linked to a new work order to RESULT_PENDING. */
async function linkedReportAwaitingResult() {
  const linked = await linkedReport(true);
  const report = await reviewAtCenter(linked.report.id, 'center-574001', {
    decision: 'APPROVE',
    hasProductionRecord: true,
  });
  return { ...linked, report };
}

function revise(id: string, input: Record<string, unknown>) {
  return tryMutateReport(
    'reviseReturnReport',
    'id: $id, input: $input',
    { id, input },
    'outlet-574225',
  );
}

interface ServiceOrderRequest {
  kind: 'SERVICE' | 'REPAIR';
  returnReportId: string;
  scope: 'INDOOR' | 'OUTDOOR' | 'WHOLE';
  indoorBarcode?: string | null;
}

/** Creates a service order and submits it; returns the order id or the first error of either step. */
async function createAndSubmitServiceOrder(
  request: ServiceOrderRequest,
  as: string,
): Promise<{ id: string | null; error: GraphQLErrorShape | null; step: string }> {
  nextServiceNumber += 1;
  const created = await graphql(
    `
      mutation ($input: ServiceOrderInput!) {
        createServiceOrder(input: $input) {
          id
        }
      }
    `,
    { input: { serviceNumber: String(nextServiceNumber), ...request } },
    { as },
  );
  if (created.errors) return { id: null, error: created.errors[0], step: 'create' };
  const id = created.data.createServiceOrder.id as string;
  const submitted = await graphql(
    'mutation($id: ID!) { submitServiceOrder(id: $id) { id status } }',
    { id },
    { as },
  );
  return { id, error: submitted.errors?.[0] ?? null, step: 'submit' };
}

describe('returns seen from work orders', () => {
  it('completion waits for the result review', async () => {
    const indoor = barcodes.barcode(MATERIAL.indoor35);
    const order = await acceptedWorkOrder(indoor);
    const report = await createReport(
      applicationInput(barcodes, {
        type: 'AFTER_SALE_INDOOR',
        workOrderId: order.id,
        originalUnit: { indoorBarcode: indoor },
      }),
      'outlet-574225',
      true,
    );
    expect(report.workOrderCode).toBe(order.code);
    expect(report.workOrder.id).toBe(order.id);

    const blocked = await confirmCompletion(order.id);
    const error = firstError(blocked.errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('RESULT_REVIEW_PENDING');
    expect(error.extensions?.reportCode).toBe(report.code);
    expect(error.message).toContain(report.code);
    expect(error.message).toContain('CENTER_REVIEW');

    const listed = await expectData(
      'query($id: ID) { workOrder(id: $id) { returnReports { code } } }',
      { id: order.id },
      'outlet-574225',
    );
    expect(listed.workOrder.returnReports).toEqual([{ code: report.code }]);

    await reviewAtCenter(report.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: true,
    });
    await mutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      {
        id: report.id,
        input: {
          newIndoorBarcode: barcodes.barcode(MATERIAL.indoor35),
          description: '已换新机',
          enteredByOutlet: true,
        },
      },
      'outlet-574225',
    );
    const stillBlocked = await confirmCompletion(order.id);
    expect(firstError(stillBlocked.errors).extensions?.reportStatus).toBe('RESULT_REVIEW');

    await mutateReport(
      'reviewReturnResult',
      'id: $id, decision: $decision',
      { id: report.id, decision: 'APPROVE' },
      'center-574001',
    );
    const completed = await confirmCompletion(order.id);
    expect(completed.errors).toBeUndefined();
    expect(completed.data.confirmWorkOrderCompletion.stage).toBe('COMPLETED');
  });

  it('rejected report does not block completion', async () => {
    const indoor = barcodes.barcode(MATERIAL.indoor35);
    const order = await acceptedWorkOrder(indoor);
    const report = await createReport(
      applicationInput(barcodes, {
        type: 'AFTER_SALE_INDOOR',
        workOrderId: order.id,
        originalUnit: { indoorBarcode: indoor },
      }),
      'outlet-574225',
      true,
    );
    await reviewAtCenter(report.id, 'center-574001', {
      decision: 'REJECT',
      hasProductionRecord: true,
    });
    const completed = await confirmCompletion(order.id);
    expect(completed.errors).toBeUndefined();
  });

  it('blocking list needs a visible work order', async () => {
    const { order, report } = await linkedReport(true);
    const query =
      'query($id: ID!) { returnReportsBlockingCompletion(workOrderId: $id) { code status } }';
    const url = subgraphUrl('returns');

    const hidden = await graphql(query, { id: order.id }, { as: 'outlet-571212', url });
    expect(hidden.data?.returnReportsBlockingCompletion ?? null).toBeNull();
    expect(firstError(hidden.errors).extensions?.code).toBe('NOT_FOUND');

    const assigned = await graphql(query, { id: order.id }, { as: 'outlet-574225', url });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.returnReportsBlockingCompletion).toEqual([
      { code: report.code, status: 'CENTER_REVIEW' },
    ]);
  });

  it('revision cannot drop the work order', async () => {
    const { report, indoor } = await linkedReportAwaitingResult();
    const { errors } = await revise(
      report.id,
      applicationInput(barcodes, {
        type: 'PRE_SALE_WHOLE',
        workOrderId: null,
        originalUnit: { indoorBarcode: indoor },
      }),
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toContain('input.workOrderId');
    expect(fieldPaths(error)).toContain('input.type');
    const typeError = error.extensions?.fields?.find((field) => field.path === 'input.type');
    expect(typeError?.message).toContain('PRE_SALE_WHOLE');
    expect(typeError?.message).toContain('AFTER_SALE_WHOLE');

    const completion = await confirmCompletion(report.workOrder.id);
    expect(firstError(completion.errors).extensions?.reason).toBe('RESULT_REVIEW_PENDING');
  });

  it('revision cannot move to another work order', async () => {
    const { order, report, indoor } = await linkedReportAwaitingResult();
    const other = await acceptedWorkOrder(barcodes.barcode(MATERIAL.indoor35));
    const { errors } = await revise(
      report.id,
      applicationInput(barcodes, {
        type: 'AFTER_SALE_INDOOR',
        workOrderId: other.id,
        originalUnit: { indoorBarcode: indoor },
      }),
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
    expect(error.extensions?.fields?.[0].message).toContain(order.id);
    expect(error.extensions?.fields?.[0].message).toContain(other.id);
  });

  it('revision with the same link still blocks', async () => {
    const { order, report, indoor } = await linkedReportAwaitingResult();
    const revised = await revise(
      report.id,
      applicationInput(barcodes, {
        type: 'AFTER_SALE_WHOLE',
        workOrderId: order.id,
        originalUnit: { indoorBarcode: indoor },
        method: 'REFUND',
      }),
    );
    expect(revised.errors).toBeUndefined();
    expect(revised.report?.status).toBe('CENTER_REVIEW');
    expect(revised.report?.type).toBe('AFTER_SALE_WHOLE');
    expect(revised.report?.workOrder.id).toBe(order.id);

    const completion = await confirmCompletion(order.id);
    const error = firstError(completion.errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('RESULT_REVIEW_PENDING');
    expect(error.extensions?.reportCode).toBe(report.code);
    expect(error.extensions?.reportStatus).toBe('CENTER_REVIEW');
  });

  it('service order waits for the result review', async () => {
    const report = await reportAt('RESULT_REVIEW', applicationInput(barcodes), NINGBO);
    const { error } = await createAndSubmitServiceOrder(
      {
        kind: 'SERVICE',
        returnReportId: report.id,
        scope: 'INDOOR',
        indoorBarcode: report.originalUnit.indoorBarcode,
      },
      'outlet-574225',
    );
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.reason).toBe('RESULT_REVIEW_PENDING');
  });

  it('service order scope must fit the return type', async () => {
    const report = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { error } = await createAndSubmitServiceOrder(
      { kind: 'SERVICE', returnReportId: report.id, scope: 'WHOLE' },
      'outlet-574225',
    );
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.reason).toBe('SCOPE_MISMATCH');
  });

  it('service order barcode must match', async () => {
    const report = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { error } = await createAndSubmitServiceOrder(
      {
        kind: 'SERVICE',
        returnReportId: report.id,
        scope: 'INDOOR',
        indoorBarcode: barcodes.barcode(MATERIAL.indoor35),
      },
      'outlet-574225',
    );
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.reason).toBe('BARCODE_MISMATCH');
  });

  it('matching service order is submitted', async () => {
    const report = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { id, error } = await createAndSubmitServiceOrder(
      {
        kind: 'SERVICE',
        returnReportId: report.id,
        scope: 'INDOOR',
        indoorBarcode: report.originalUnit.indoorBarcode,
      },
      'outlet-574225',
    );
    expect(error).toBeNull();
    const read = await expectData(
      'query($id: ID!) { serviceOrder(id: $id) { status returnReport { code status } } }',
      { id },
      'outlet-574225',
    );
    expect(read.serviceOrder.status).toBe('SUBMITTED');
    expect(read.serviceOrder.returnReport).toEqual({ code: report.code, status: 'REPAIR_PENDING' });
  });

  it('repair order waits for repair progress', async () => {
    const report = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { error } = await createAndSubmitServiceOrder(
      { kind: 'REPAIR', returnReportId: report.id, scope: 'INDOOR' },
      'outlet-574225',
    );
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.reason).toBe('REPAIR_PROGRESS_PENDING');
  });

  it('repair order only by the repair unit', async () => {
    const report = await reportAt('ENDED', applicationInput(barcodes), {
      ...NINGBO,
      repairUnit: '574307',
    });
    const { error } = await createAndSubmitServiceOrder(
      { kind: 'REPAIR', returnReportId: report.id, scope: 'INDOOR' },
      'outlet-574225',
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(error?.extensions?.reason).toBe('NOT_REPAIR_UNIT');
  });

  it('repair unit changes until a repair order exists', async () => {
    const report = await reportAt('ENDED', applicationInput(barcodes), {
      ...NINGBO,
      repairUnit: '574307',
    });
    const changed = await mutateReport(
      'changeRepairUnit',
      'id: $id, repairUnitCode: $repairUnitCode',
      { id: report.id, repairUnitCode: '574225' },
      'center-574001',
    );
    expect(changed.repairProgress.repairUnit.code).toBe('574225');
    expect(changed.status).toBe('ENDED');

    const created = await graphql(
      `
        mutation ($input: ServiceOrderInput!) {
          createServiceOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          serviceNumber: String((nextServiceNumber += 1)),
          kind: 'REPAIR',
          returnReportId: report.id,
          scope: 'INDOOR',
          indoorBarcode: report.originalUnit.indoorBarcode,
        },
      },
      { as: 'outlet-574225' },
    );
    expect(created.errors).toBeUndefined();
    const repairOrders = await expectData(
      'query($id: ID) { returnReport(id: $id) { repairOrders { id kind } } }',
      { id: report.id },
      'center-574001',
    );
    expect(repairOrders.returnReport.repairOrders).toEqual([
      { id: created.data.createServiceOrder.id, kind: 'REPAIR' },
    ]);

    const { errors } = await tryMutateReport(
      'changeRepairUnit',
      'id: $id, repairUnitCode: $repairUnitCode',
      { id: report.id, repairUnitCode: '574307' },
      'center-574001',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('REPAIR_ORDER_EXISTS');
    expect(error.message).toContain(report.code);
  });

  it('new repair unit needs the capability', async () => {
    const report = await reportAt('ENDED', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'changeRepairUnit',
      'id: $id, repairUnitCode: $repairUnitCode',
      { id: report.id, repairUnitCode: '574118' },
      'center-574001',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('repairUnitCode');
  });
});

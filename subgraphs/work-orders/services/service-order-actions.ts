import { EntityManager, QueryFailedError } from 'typeorm';
import { hasRole, Role } from '../../../platform/auth/actor';
import { chinaDate } from '../../../platform/china-time';
import {
  AppError,
  conflict,
  FieldErrors,
  forbidden,
  notFound,
  Reason,
} from '../../../platform/errors';
import { recordEvent } from '../../../platform/history';
import { lookupMasterData } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { guardedUpdate } from '../../../platform/workflow';
import { ServiceOrder, ServiceOrderKind, SubmissionStatus } from '../entities/service-order';
import { ServiceOrderInput } from '../graphql/service-order.types';
import {
  ServiceOrderAction,
  serviceOrderParties,
  serviceOrderWorkflow,
} from '../workflow/service-order.workflow';
import { requireWriter } from './access';
import {
  assertMatchesReturnReport,
  assertRepairUnit,
  ReturnReportSource,
} from './return-report-checks';
import { releaseRepairOrder, reserveRepairOrder } from './repair-order-reservation';
import { findVisibleServiceOrder } from './service-order-queries';
import {
  checkBarcodeFormat,
  checkUnitKinds,
  describeUnits,
  materialCodesOf,
  normaliseBarcodes,
} from './unit-barcodes';
import { assertExpectedVersion } from './versions';
import { findVisibleWorkOrder } from './work-order-queries';
import { isUuid } from '../visibility';

/** Name of the unique constraint on (entered_by, service_number). */
const SERVICE_NUMBER_CONSTRAINT = 'service_order_number_key';

/** The columns of a service order that its input decides. */
type ServiceOrderFields = Pick<
  ServiceOrder,
  | 'serviceNumber'
  | 'kind'
  | 'scope'
  | 'workOrderId'
  | 'workOrderCode'
  | 'returnReportId'
  | 'returnReportCode'
  | 'indoorBarcode'
  | 'outdoorBarcode'
  | 'repairDate'
  | 'customerName'
  | 'wholeUnitModel'
  | 'centerCode'
>;

function duplicateServiceNumber(serviceNumber: string, outletCode: string): AppError {
  return conflict(
    Reason.DUPLICATE_SERVICE_NUMBER,
    `Outlet ${outletCode} already has a service order with service number ${serviceNumber}; use another number`,
    { serviceNumber },
  );
}

function isServiceNumberClash(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === SERVICE_NUMBER_CONSTRAINT;
}

/** Rejects a service number the outlet already used on another of its orders. */
async function assertServiceNumberFree(
  context: RequestContext,
  serviceNumber: string,
  exceptId: string | null,
): Promise<void> {
  const outletCode = context.actor.organizationCode;
  const query = context.db
    .getRepository(ServiceOrder)
    .createQueryBuilder('serviceOrder')
    .where('serviceOrder.enteredBy = :outletCode', { outletCode })
    .andWhere('serviceOrder.serviceNumber = :serviceNumber', { serviceNumber });
  if (exceptId) query.andWhere('serviceOrder.id <> :exceptId', { exceptId });
  if (await query.getExists()) throw duplicateServiceNumber(serviceNumber, outletCode);
}

/**
 * Checks a service order's input and returns the columns it decides. Every invalid field, from
 * the input rules, the linked work order and return report, and master data, is reported in one
 * BAD_USER_INPUT error. Then a repair order needs the caller to be the report's repair unit.
 * Master data supplies the outlet's center and the whole-unit model.
 */
async function checkServiceOrderInput(
  context: RequestContext,
  input: ServiceOrderInput,
  reports: ReturnReportSource,
  consequence: string,
): Promise<ServiceOrderFields> {
  const { actor } = context;
  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  const barcodes = normaliseBarcodes(input);
  checkBarcodeFormat(barcodes, 'input', errors);
  const today = chinaDate();
  if (input.repairDate && input.repairDate > today) {
    errors.add('input.repairDate', `must not be after today, ${today} (got ${input.repairDate})`);
  }
  if (input.kind === ServiceOrderKind.REPAIR && !input.returnReportId) {
    errors.add('input.returnReportId', 'is required for a repair order (kind REPAIR)');
  }

  // Malformed ids already have an error from the input rules, so they are not looked up.
  const workOrderId = input.workOrderId && isUuid(input.workOrderId) ? input.workOrderId : null;
  const reportId =
    input.returnReportId && isUuid(input.returnReportId) ? input.returnReportId : null;
  const [workOrder, report, facts] = await Promise.all([
    workOrderId ? findVisibleWorkOrder(context, workOrderId) : null,
    reportId ? reports.fetch(context, reportId, consequence) : null,
    lookupMasterData(
      context,
      { organizationCodes: [actor.organizationCode], materialCodes: materialCodesOf(barcodes) },
      consequence,
    ),
  ]);
  if (workOrderId && !workOrder) {
    errors.add(
      'input.workOrderId',
      `work order "${workOrderId}" was not found or is not visible to you; give the id of a work order dispatched to your outlet`,
    );
  }
  if (reportId && !report) {
    errors.add(
      'input.returnReportId',
      `return report "${reportId}" was not found or is not visible to you; give the id of a report your outlet submitted or repairs`,
    );
  }

  const outlet = facts.organizations.get(actor.organizationCode);
  if (!outlet || outlet.type !== 'SERVICE_OUTLET' || !outlet.center) {
    throw forbidden(
      `Organisation ${actor.organizationCode} is not a service outlet of a marketing center, so it cannot enter service orders`,
    );
  }
  checkUnitKinds(barcodes, facts, 'input', errors);
  errors.throwIfAny();
  if (report && input.kind === ServiceOrderKind.REPAIR) assertRepairUnit(actor, report);

  return {
    serviceNumber: input.serviceNumber,
    kind: input.kind,
    scope: input.scope,
    workOrderId: input.workOrderId ?? null,
    workOrderCode: workOrder?.code ?? null,
    returnReportId: input.returnReportId ?? null,
    returnReportCode: report?.code ?? null,
    ...barcodes,
    repairDate: input.repairDate ?? null,
    customerName: input.customerName?.trim() || null,
    wholeUnitModel: describeUnits(barcodes, facts).wholeUnitModel,
    centerCode: outlet.center.code,
  };
}

/** Returns the return report a repair order is reserved on, or null for any other order. */
function reservedReportOf(order: Pick<ServiceOrder, 'kind' | 'returnReportId'>): string | null {
  return order.kind === ServiceOrderKind.REPAIR ? order.returnReportId : null;
}

function requireOutlet(context: RequestContext): void {
  requireWriter(context.actor);
  if (!hasRole(context.actor, Role.OUTLET)) {
    throw forbidden('Only a service outlet enters and changes service orders');
  }
}

/** Creates a draft service or repair order for the caller's outlet. */
export async function createServiceOrder(
  context: RequestContext,
  input: ServiceOrderInput,
  reports: ReturnReportSource,
): Promise<ServiceOrder> {
  requireOutlet(context);
  const fields = await checkServiceOrderInput(
    context,
    input,
    reports,
    'the service order was not saved',
  );
  await assertServiceNumberFree(context, input.serviceNumber, null);

  // The returns subgraph serialises repair orders with changes of repair unit on the report row.
  const reservedReportId = reservedReportOf(fields);
  if (reservedReportId) {
    await reserveRepairOrder(context, reservedReportId, 'the service order was not saved');
  }
  let id: string;
  try {
    id = await context.db.transaction(async (manager) => {
      const result = await manager.insert(ServiceOrder, {
        ...fields,
        status: SubmissionStatus.DRAFT,
        enteredBy: context.actor.organizationCode,
        createdBy: context.actor.userId,
        updatedBy: context.actor.userId,
      });
      const newId = result.identifiers[0].id as string;
      await recordEvent(manager, 'work_orders', {
        documentType: 'SERVICE_ORDER',
        documentId: newId,
        actor: context.actor,
        action: 'createServiceOrder',
        fromStatus: null,
        toStatus: SubmissionStatus.DRAFT,
      });
      return newId;
    });
  } catch (error) {
    if (reservedReportId) await releaseRepairOrder(context, reservedReportId);
    // Two requests with the same number can both pass the check above, so the index decides.
    if (isServiceNumberClash(error)) {
      throw duplicateServiceNumber(input.serviceNumber, context.actor.organizationCode);
    }
    throw error;
  }
  context.logger.info({ serviceOrderId: id, kind: input.kind }, 'service order created');
  return context.db.getRepository(ServiceOrder).findOneByOrFail({ id });
}

/** Loads a visible service order and checks the caller's turn and the expected version. */
async function authorizeServiceOrderStep(
  context: RequestContext,
  id: string,
  action: ServiceOrderAction,
  expectedVersion: number | null | undefined,
) {
  const order = await findVisibleServiceOrder(context, id);
  if (!order) throw notFound('Service order', id);
  const rule = serviceOrderWorkflow.authorize(
    action,
    order.status,
    serviceOrderParties(context.actor, order),
    order.serviceNumber,
  );
  const label = `Service order ${order.serviceNumber}`;
  assertExpectedVersion(label, order, expectedVersion);
  // Without a version from the client, only the status guards the update.
  const version = expectedVersion ?? undefined;
  return { order, rule, guard: { id, status: order.status, version, label } };
}

/**
 * Locks the order's row and rejects the update when its repair order reservation is no longer
 * `reservedReportId`, the one read before the returns subgraph was called. The reservation
 * counts were adjusted from that read, so writing over a concurrent change of kind or return
 * report, even without a `version` from the client, would leave a count off by one.
 */
async function assertReservationUnchanged(
  manager: EntityManager,
  guard: { id: string; label: string },
  reservedReportId: string | null,
): Promise<void> {
  const current = await manager
    .getRepository(ServiceOrder)
    .createQueryBuilder('serviceOrder')
    .setLock('pessimistic_write')
    .where('serviceOrder.id = :id', { id: guard.id })
    .getOne();
  // A deleted row is reported by the guarded update that follows.
  if (!current) return;
  const currentReportId = reservedReportOf(current);
  if (currentReportId === reservedReportId) return;
  throw conflict(
    Reason.STALE_VERSION,
    `${guard.label} changed while this request ran: it is now version ${current.version}, a ${current.kind} order on return report ${current.returnReportId ?? 'none'}. Reload it and try again`,
    { currentVersion: current.version, currentStatus: current.status },
  );
}

/**
 * Replaces every field of a draft. A submitted order cannot be changed, and that is reported
 * before any error in the input.
 */
export async function updateServiceOrder(
  context: RequestContext,
  target: { id: string; input: ServiceOrderInput; version?: number | null },
  reports: ReturnReportSource,
): Promise<ServiceOrder> {
  requireOutlet(context);
  const { order, rule, guard } = await authorizeServiceOrderStep(
    context,
    target.id,
    'updateServiceOrder',
    target.version,
  );
  const fields = await checkServiceOrderInput(
    context,
    target.input,
    reports,
    'the service order was not changed',
  );
  if (fields.serviceNumber !== order.serviceNumber) {
    await assertServiceNumberFree(context, fields.serviceNumber, order.id);
  }
  // A draft that becomes a repair order, or moves to another report, reserves on the new report
  // first and releases the old reservation once the change is committed.
  const previousReportId = reservedReportOf(order);
  const nextReportId = reservedReportOf(fields);
  const reservationMoves = previousReportId !== nextReportId;
  if (reservationMoves && nextReportId) {
    await reserveRepairOrder(context, nextReportId, 'the service order was not changed');
  }
  try {
    await context.db.transaction(async (manager) => {
      await assertReservationUnchanged(manager, guard, previousReportId);
      await guardedUpdate(manager, ServiceOrder, guard, {
        ...fields,
        updatedBy: context.actor.userId,
      });
      await recordEvent(manager, 'work_orders', {
        documentType: 'SERVICE_ORDER',
        documentId: order.id,
        actor: context.actor,
        action: 'updateServiceOrder',
        fromStatus: order.status,
        toStatus: rule.to,
      });
    });
  } catch (error) {
    if (reservationMoves && nextReportId) await releaseRepairOrder(context, nextReportId);
    if (isServiceNumberClash(error)) {
      throw duplicateServiceNumber(fields.serviceNumber, context.actor.organizationCode);
    }
    throw error;
  }
  if (reservationMoves && previousReportId) await releaseRepairOrder(context, previousReportId);
  return context.db.getRepository(ServiceOrder).findOneByOrFail({ id: order.id });
}

/**
 * Submits a draft. An order tied to a return report is checked against the report as it is now:
 * result review passed, matching scope and barcodes, and for a repair order the repair unit.
 */
export async function submitServiceOrder(
  context: RequestContext,
  target: { id: string; version?: number | null },
  reports: ReturnReportSource,
): Promise<ServiceOrder> {
  requireOutlet(context);
  const { order, rule, guard } = await authorizeServiceOrderStep(
    context,
    target.id,
    'submitServiceOrder',
    target.version,
  );
  if (order.returnReportId) {
    const report = await reports.fetch(
      context,
      order.returnReportId,
      'the service order was not submitted',
    );
    if (!report) throw notFound('Return report', order.returnReportId);
    if (order.kind === ServiceOrderKind.REPAIR) assertRepairUnit(context.actor, report);
    assertMatchesReturnReport(order, report);
  }
  await context.db.transaction(async (manager) => {
    await guardedUpdate(manager, ServiceOrder, guard, {
      status: rule.to,
      submittedAt: () => 'now()',
      updatedBy: context.actor.userId,
    });
    await recordEvent(manager, 'work_orders', {
      documentType: 'SERVICE_ORDER',
      documentId: order.id,
      actor: context.actor,
      action: 'submitServiceOrder',
      fromStatus: order.status,
      toStatus: rule.to,
    });
  });
  context.logger.info({ serviceOrderId: order.id }, 'service order submitted');
  return context.db.getRepository(ServiceOrder).findOneByOrFail({ id: order.id });
}

/**
 * Deletes a draft. Its history rows stay, with the deletion as the last one. A repair draft
 * releases its reservation on the return report after the deletion is committed.
 */
export async function deleteServiceOrder(
  context: RequestContext,
  target: { id: string; version?: number | null },
): Promise<string> {
  requireOutlet(context);
  const { order, guard } = await authorizeServiceOrderStep(
    context,
    target.id,
    'deleteServiceOrder',
    target.version,
  );
  const deleted = await context.db.transaction(async (manager) => {
    // The guarded update locks the row and rejects a draft that changed since it was read.
    await guardedUpdate(manager, ServiceOrder, guard, { updatedBy: context.actor.userId });
    // The reservation to release is the deleted row's, because a concurrent update may have
    // changed its kind or return report after it was read above. The row is locked now.
    const locked = await manager
      .getRepository(ServiceOrder)
      .findOneOrFail({ where: { id: order.id }, select: { kind: true, returnReportId: true } });
    await manager.delete(ServiceOrder, { id: order.id, status: SubmissionStatus.DRAFT });
    await recordEvent(manager, 'work_orders', {
      documentType: 'SERVICE_ORDER',
      documentId: order.id,
      actor: context.actor,
      action: 'deleteServiceOrder',
      fromStatus: order.status,
      toStatus: null,
    });
    return locked;
  });
  const reservedReportId = reservedReportOf(deleted);
  if (reservedReportId) await releaseRepairOrder(context, reservedReportId);
  context.logger.info({ serviceOrderId: order.id }, 'service order deleted');
  return order.id;
}

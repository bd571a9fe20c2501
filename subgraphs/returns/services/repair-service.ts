import { EntityManager } from 'typeorm';
import { chinaDate } from '../../../platform/china-time';
import {
  conflict,
  describeValue,
  FieldErrors,
  forbidden,
  invalidField,
  Reason,
} from '../../../platform/errors';
import { lookupMasterData } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import { ReturnStatus } from '../graphql/enums';
import { RepairProgressInput } from '../graphql/inputs';
import { partiesOf, returnWorkflow } from '../workflow';
import {
  applyTransition,
  loadReportForAction,
  reloadReport,
  requireWriter,
  RETURNS_SCHEMA,
  Version,
} from './report-store';
import { countRepairOrders } from './work-orders-client';

/** The steps of the returned unit's repair: repair progress and a change of repair unit. */

/** Organisation codes have six digits. */
const ORGANIZATION_CODE = /^\d{6}$/;

/**
 * Checks that `code` is an active service outlet of the report's center that can handle defective
 * units, adding an error to `errors` otherwise. The center must be the report's own, because only
 * that center can see the repair orders a change of repair unit depends on. Looks the
 * organisation up in master data only when the code is well formed.
 */
async function checkRepairUnit(
  context: RequestContext,
  report: Pick<ReturnReport, 'code' | 'centerCode'>,
  code: string,
  path: string,
  errors: FieldErrors,
  consequence: string,
): Promise<void> {
  if (!ORGANIZATION_CODE.test(code)) {
    errors.add(
      path,
      `must be the six-digit code of a service outlet, e.g. "574225" (got ${describeValue(code)})`,
    );
    return;
  }
  const facts = await lookupMasterData(context, { organizationCodes: [code] }, consequence);
  const organization = facts.organizations.get(code);
  if (!organization) {
    errors.add(path, `organisation "${code}" is not in master data. Give a service outlet's code`);
  } else if (organization.type !== 'SERVICE_OUTLET') {
    errors.add(
      path,
      `must be a service outlet, but "${code}" (${organization.name}) is of type ${organization.type}`,
    );
  } else if (!organization.active) {
    errors.add(path, `service outlet "${code}" is inactive. Choose an active outlet`);
  } else if (!organization.canHandleDefectiveUnits) {
    errors.add(
      path,
      `service outlet "${code}" (${organization.name}) has no defective-unit handling capability, so it cannot repair returned units. Choose an outlet with that capability`,
    );
  } else if (organization.center?.code !== report.centerCode) {
    const center = organization.center ? `center ${organization.center.code}` : 'no center';
    errors.add(
      path,
      `service outlet "${code}" (${organization.name}) belongs to ${center}, but the repair unit of return report ${report.code} must be an outlet of its center ${report.centerCode}. Choose an outlet of center ${report.centerCode}`,
    );
  }
}

/**
 * Checks that the repair was completed between the report's submission and today, both as
 * calendar dates in UTC+8.
 */
function checkCompletedOn(
  report: Pick<ReturnReport, 'code' | 'submittedAt'>,
  completedOn: string,
  errors: FieldErrors,
): void {
  const today = chinaDate();
  if (completedOn > today) {
    errors.add(
      'input.completedOn',
      `must not be after today, ${today} in UTC+8 (got "${completedOn}"). Give the date the repair was completed`,
    );
  }
  const submittedOn = report.submittedAt ? chinaDate(report.submittedAt) : null;
  if (submittedOn && completedOn < submittedOn) {
    errors.add(
      'input.completedOn',
      `must not be before ${submittedOn}, the day return report ${report.code} was submitted (got "${completedOn}"). Give the date the repair was completed`,
    );
  }
}

/** Records the repair unit, disposition and completion date; the report ends. */
export async function recordRepairProgress(
  context: RequestContext,
  id: string,
  input: RepairProgressInput,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'recordRepairProgress',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );

  const errors = new FieldErrors();
  const repairUnitCode = input.repairUnitCode.trim();
  await checkRepairUnit(
    context,
    report,
    repairUnitCode,
    'input.repairUnitCode',
    errors,
    'the repair progress was not recorded',
  );
  checkCompletedOn(report, input.completedOn, errors);
  errors.throwIfAny();

  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      changes: {
        repairUnitCode,
        repairDisposition: input.disposition,
        repairCompletedOn: input.completedOn,
        repairEnteredBy: context.actor.userId,
        repairEnteredAt: () => 'now()',
      },
    }),
  );
  context.logger.info({ reportId: report.id, repairUnitCode }, 'repair progress recorded');
  return reloadReport(context, report.id);
}

/** The report columns that a change of repair unit reads under its row lock. */
interface LockedRepairState {
  repair_unit_code: string | null;
  repair_orders_reserved: number;
}

/** Locks a report row until the transaction ends and reads its repair unit and reservations. */
async function lockRepairState(
  manager: EntityManager,
  reportId: string,
): Promise<LockedRepairState> {
  const rows: LockedRepairState[] = await manager.query(
    `SELECT repair_unit_code, repair_orders_reserved
       FROM "${RETURNS_SCHEMA}".return_report WHERE id = $1 FOR UPDATE`,
    [reportId],
  );
  return rows[0];
}

function repairOrdersText(count: number): string {
  return count === 1 ? '1 repair order was' : `${count} repair orders were`;
}

function repairOrderExists(report: ReturnReport, count: number): Error {
  return conflict(
    Reason.REPAIR_ORDER_EXISTS,
    `Cannot change the repair unit of return report ${report.code}: ${repairOrdersText(count)} already entered for it by its repair unit. The repair unit cannot change once a repair order exists; a draft repair order can be deleted by the repair unit first`,
    { repairOrderCount: count },
  );
}

/**
 * Names another repair unit on an ended report, as long as no repair order was entered for it.
 * The report row is locked and its count of reserved repair orders decides, because the
 * work-orders subgraph reserves on that row before it inserts a repair order. The repair orders
 * counted by the work-orders subgraph are checked first as well, failing closed, which also
 * covers orders entered before reservations existed.
 */
export async function changeRepairUnit(
  context: RequestContext,
  id: string,
  repairUnitCode: string,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'changeRepairUnit',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );

  const code = repairUnitCode.trim();
  if (report.repairUnitCode === code) {
    throw invalidField(
      'repairUnitCode',
      `"${code}" is already the repair unit of ${report.code}. Give the code of another outlet`,
    );
  }
  const errors = new FieldErrors();
  await checkRepairUnit(
    context,
    report,
    code,
    'repairUnitCode',
    errors,
    'the repair unit was not changed',
  );
  errors.throwIfAny();

  const repairOrders = await countRepairOrders(
    context,
    report.id,
    'the repair unit was not changed',
  );
  if (repairOrders > 0) throw repairOrderExists(report, repairOrders);

  const previousUnit = await context.db.transaction(async (manager) => {
    const locked = await lockRepairState(manager, report.id);
    if (locked && locked.repair_orders_reserved > 0) {
      throw repairOrderExists(report, locked.repair_orders_reserved);
    }
    const previous = locked?.repair_unit_code ?? report.repairUnitCode;
    await applyTransition(manager, context, report, rule, {
      version,
      comment: `repair unit changed from ${previous} to ${code}`,
      changes: {
        repairUnitCode: code,
        repairEnteredBy: context.actor.userId,
        repairEnteredAt: () => 'now()',
      },
    });
    return previous;
  });
  context.logger.info({ reportId: report.id, from: previousUnit, to: code }, 'repair unit changed');
  return reloadReport(context, report.id);
}

/**
 * Reserves one repair order on a report for the caller's outlet, before the work-orders subgraph
 * inserts it. Locks the report row, so a concurrent change of repair unit either finds the
 * reservation or has already named another unit, which this rejects. CONFLICT
 * `REPAIR_PROGRESS_PENDING` unless the report ended with repair progress, FORBIDDEN
 * `NOT_REPAIR_UNIT` unless the caller's organisation is its repair unit.
 */
export async function reserveRepairOrder(context: RequestContext, id: string): Promise<boolean> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  await context.db.transaction(async (manager) => {
    const locked = await lockRepairReport(manager, context, report);
    await manager.query(
      `UPDATE "${RETURNS_SCHEMA}".return_report
          SET repair_orders_reserved = repair_orders_reserved + 1 WHERE id = $1`,
      [report.id],
    );
    context.logger.info(
      { reportId: report.id, reserved: locked.repairOrdersReserved + 1 },
      'repair order reserved',
    );
  });
  return true;
}

/**
 * Releases one repair order reserved on a report, when the repair order was deleted or its insert
 * failed. Only the repair unit may release, and the count never goes below zero.
 */
export async function releaseRepairOrder(context: RequestContext, id: string): Promise<boolean> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  await context.db.transaction(async (manager) => {
    const locked = await lockRepairReport(manager, context, report);
    await manager.query(
      `UPDATE "${RETURNS_SCHEMA}".return_report
          SET repair_orders_reserved = GREATEST(repair_orders_reserved - 1, 0) WHERE id = $1`,
      [report.id],
    );
    context.logger.info(
      { reportId: report.id, reserved: Math.max(locked.repairOrdersReserved - 1, 0) },
      'repair order reservation released',
    );
  });
  return true;
}

/**
 * Locks a report row for a reservation and checks, on the locked row, that the report ended with
 * repair progress and that the caller's organisation is its repair unit.
 */
async function lockRepairReport(
  manager: EntityManager,
  context: RequestContext,
  report: ReturnReport,
): Promise<{ repairOrdersReserved: number }> {
  const rows: (LockedRepairState & { status: string })[] = await manager.query(
    `SELECT status, repair_unit_code, repair_orders_reserved
       FROM "${RETURNS_SCHEMA}".return_report WHERE id = $1 FOR UPDATE`,
    [report.id],
  );
  const locked = rows[0];
  if (!locked || locked.status !== ReturnStatus.ENDED || locked.repair_unit_code === null) {
    throw conflict(
      Reason.REPAIR_PROGRESS_PENDING,
      `Return report ${report.code} has no repair progress yet (status ${locked?.status ?? 'deleted'}): a repair order can be entered only after the center records the repair unit and disposition`,
      { reportCode: report.code, reportStatus: locked?.status ?? null },
    );
  }
  const caller = context.actor.organizationCode;
  if (locked.repair_unit_code !== caller) {
    throw forbidden(
      `Only the repair unit ${locked.repair_unit_code} of return report ${report.code} may enter or delete its repair orders, not ${caller}`,
      Reason.NOT_REPAIR_UNIT,
    );
  }
  return { repairOrdersReserved: locked.repair_orders_reserved };
}

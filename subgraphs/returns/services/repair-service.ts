import { chinaDate } from '../../../platform/china-time';
import {
  conflict,
  describeValue,
  FieldErrors,
  invalidField,
  Reason,
} from '../../../platform/errors';
import { lookupMasterData } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import { RepairProgressInput } from '../graphql/inputs';
import { partiesOf, returnWorkflow } from '../workflow';
import {
  applyTransition,
  loadReportForAction,
  reloadReport,
  requireWriter,
  Version,
} from './report-store';
import { countRepairOrders } from './work-orders-client';

/** The steps of the returned unit's repair: repair progress and a change of repair unit. */

/** Organisation codes have six digits. */
const ORGANIZATION_CODE = /^\d{6}$/;

/**
 * Checks that `code` is an active service outlet that can handle defective units, adding an error
 * to `errors` otherwise. Looks the organisation up in master data only when the code is well
 * formed.
 */
async function checkRepairUnit(
  context: RequestContext,
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
    repairUnitCode,
    'input.repairUnitCode',
    errors,
    'the repair progress was not recorded',
  );
  const today = chinaDate();
  if (input.completedOn > today) {
    errors.add(
      'input.completedOn',
      `must not be after today, ${today} in UTC+8 (got "${input.completedOn}")`,
    );
  }
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

/**
 * Names another repair unit on an ended report, as long as no repair order was entered for it.
 * The repair orders are counted by the work-orders subgraph with the caller's token, and when that
 * call fails, nothing changes.
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
  await checkRepairUnit(context, code, 'repairUnitCode', errors, 'the repair unit was not changed');
  errors.throwIfAny();

  const repairOrders = await countRepairOrders(
    context,
    report.id,
    'the repair unit was not changed',
  );
  if (repairOrders > 0) {
    throw conflict(
      Reason.REPAIR_ORDER_EXISTS,
      `Cannot change the repair unit of return report ${report.code}: ${repairOrders} repair order(s) were already entered for it`,
      { repairOrderCount: repairOrders },
    );
  }

  // NOTE: a repair order that the old repair unit enters between the count above and this update
  // is not detected, because the two subgraphs share no transaction.
  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      comment: `repair unit changed from ${report.repairUnitCode} to ${code}`,
      changes: {
        repairUnitCode: code,
        repairEnteredBy: context.actor.userId,
        repairEnteredAt: () => 'now()',
      },
    }),
  );
  context.logger.info(
    { reportId: report.id, from: report.repairUnitCode, to: code },
    'repair unit changed',
  );
  return reloadReport(context, report.id);
}

import { EntityManager } from 'typeorm';
import { hasRole, Role } from '../../../platform/auth/actor';
import {
  conflict,
  describeValue,
  forbidden,
  invalidField,
  notFound,
  Reason,
} from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { WorkOrderStage } from '../entities/work-order';
import { isUuid } from '../visibility';
import { requireWriter } from './access';

/**
 * Holds of open return reports on work orders. The count is kept on the order row and changed
 * only under that row's lock, which completion also takes, so a report linked while the order
 * completes either finds the order completed or keeps it from completing.
 */

/** Stages in which a return report may be linked to a work order. */
const HOLDABLE_STAGES: readonly string[] = [
  WorkOrderStage.ACCEPTED,
  WorkOrderStage.DISPATCHED_TO_ENGINEER,
];

/** The columns of a locked work order row that the holds read. */
interface LockedHoldState {
  code: string;
  status: string;
  outlet_code: string | null;
  center_code: string;
  open_return_reports: number;
}

/**
 * Locks work order `id` `FOR UPDATE` and returns its hold state; NOT_FOUND when there is no such
 * order. Must run inside a transaction.
 */
export async function lockWorkOrderHolds(
  manager: EntityManager,
  id: string,
): Promise<LockedHoldState> {
  const rows: LockedHoldState[] = await manager.query(
    `SELECT code, status, outlet_code, center_code, open_return_reports
       FROM work_orders.work_order WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (rows.length === 0) throw notFound('Work order', id);
  return rows[0];
}

function checkWorkOrderId(workOrderId: string): void {
  if (!isUuid(workOrderId)) {
    throw invalidField(
      'workOrderId',
      `must be the id (a UUID) of a work order (got ${describeValue(workOrderId)})`,
    );
  }
}

/**
 * Holds work order `workOrderId` for one return report of the caller, before the returns
 * subgraph saves the report. CONFLICT `INVALID_TRANSITION` unless the order is in stage ACCEPTED
 * or DISPATCHED_TO_ENGINEER, FORBIDDEN unless the caller is the order's outlet (OUTLET role) or
 * its center (CENTER role). Both are checked on the locked row.
 */
export async function holdWorkOrderForReturn(
  context: RequestContext,
  workOrderId: string,
): Promise<boolean> {
  requireWriter(context.actor);
  checkWorkOrderId(workOrderId);
  await context.db.transaction(async (manager) => {
    const locked = await lockWorkOrderHolds(manager, workOrderId);
    const code = locked.code.trim();
    if (!HOLDABLE_STAGES.includes(locked.status)) {
      throw conflict(
        Reason.INVALID_TRANSITION,
        `Work order ${code} is in stage ${locked.status}, but a return report can be linked only to a work order in stage ${HOLDABLE_STAGES.join(' or ')}. Link the open work order the return came from`,
        { workOrderCode: code, currentStatus: locked.status, allowedStatuses: HOLDABLE_STAGES },
      );
    }
    const caller = context.actor.organizationCode;
    const isOutlet = hasRole(context.actor, Role.OUTLET) && locked.outlet_code?.trim() === caller;
    const isCenter = hasRole(context.actor, Role.CENTER) && locked.center_code.trim() === caller;
    if (!isOutlet && !isCenter) {
      throw forbidden(
        `Work order ${code} in stage ${locked.status} is handled by outlet ${locked.outlet_code ?? 'none'} of center ${locked.center_code}, so organisation ${caller} cannot link a return report to it`,
      );
    }
    await manager.query(
      `UPDATE work_orders.work_order
          SET open_return_reports = open_return_reports + 1 WHERE id = $1`,
      [workOrderId],
    );
    context.logger.info(
      { workOrderId, openReturnReports: locked.open_return_reports + 1 },
      'work order held for a return report',
    );
  });
  return true;
}

/**
 * Releases one return report's hold on work order `workOrderId`, after the report stopped
 * blocking completion or its save failed. The count never goes below zero.
 */
export async function releaseWorkOrderForReturn(
  context: RequestContext,
  workOrderId: string,
): Promise<boolean> {
  requireWriter(context.actor);
  checkWorkOrderId(workOrderId);
  await context.db.transaction(async (manager) => {
    const locked = await lockWorkOrderHolds(manager, workOrderId);
    await manager.query(
      `UPDATE work_orders.work_order
          SET open_return_reports = GREATEST(open_return_reports - 1, 0) WHERE id = $1`,
      [workOrderId],
    );
    context.logger.info(
      { workOrderId, openReturnReports: Math.max(locked.open_return_reports - 1, 0) },
      'return report hold on work order released',
    );
  });
  return true;
}

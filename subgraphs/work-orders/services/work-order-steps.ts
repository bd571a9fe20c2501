import { EntityManager } from 'typeorm';
import { notFound } from '../../../platform/errors';
import { recordEvent } from '../../../platform/history';
import { RequestContext } from '../../../platform/server/context';
import { guardedUpdate } from '../../../platform/workflow';
import { WorkOrder } from '../entities/work-order';
import {
  WorkOrderAction,
  workOrderParties,
  workOrderWorkflow,
} from '../workflow/work-order.workflow';
import { requireWriter } from './access';
import { assertExpectedVersion } from './versions';
import { findVisibleWorkOrder } from './work-order-queries';

/** Changes that one step stores besides the new stage and the latest activity time. */
export interface StepPlan {
  changes?: Record<string, unknown>;
  /** The order's new latest-activity description. */
  activity: string;
  /** Comment kept with the step in the order's history. */
  comment?: string | null;
}

/** One workflow action on a work order. */
export interface WorkOrderStep {
  action: WorkOrderAction;
  /**
   * Checks the step's input and returns the changes to store, or null when the input changes
   * nothing, so the order is returned as read with no new version or history entry. It runs after
   * the visibility, turn and version checks and before the transaction, so a step in the wrong
   * stage or by the wrong party is reported as such even when its input is also invalid.
   */
  plan(order: WorkOrder): StepPlan | null | Promise<StepPlan | null>;
  /**
   * Checks facts that other requests change under the order's row lock. It runs first inside the
   * transaction, so the step is rejected before anything is written.
   */
  checkInTransaction?(manager: EntityManager, order: WorkOrder): Promise<void>;
}

/** Reads a work order that the caller has just written, so it exists. */
export function reloadWorkOrder(context: RequestContext, id: string): Promise<WorkOrder> {
  return context.db.getRepository(WorkOrder).findOneByOrFail({ id });
}

/**
 * Runs one step on a work order. The checks come in this order: READ_ONLY_ROLE for a caller who
 * only reads, NOT_FOUND when the caller may not see the order, the workflow's stage and turn, the
 * optional expected version, and the step's own input. Then one transaction updates the order
 * only if it is still in the stage read and, when the client sent a version, still has that
 * version, and appends the step to its history.
 */
export async function runWorkOrderStep(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
  step: WorkOrderStep,
): Promise<WorkOrder> {
  requireWriter(context.actor);
  const order = await findVisibleWorkOrder(context, id);
  if (!order) throw notFound('Work order', id);
  const label = `Work order ${order.code}`;
  const rule = workOrderWorkflow.authorize(
    step.action,
    order.status,
    workOrderParties(context.actor, order),
    order.code,
  );
  assertExpectedVersion(label, order, expectedVersion);
  const plan = await step.plan(order);
  if (!plan) return order;

  await context.db.transaction(async (manager) => {
    if (step.checkInTransaction) await step.checkInTransaction(manager, order);
    await guardedUpdate(
      manager,
      WorkOrder,
      { id: order.id, status: order.status, version: expectedVersion ?? undefined, label },
      {
        ...plan.changes,
        status: rule.to,
        latestActivityAt: () => 'now()',
        latestActivityDescription: plan.activity,
        updatedBy: context.actor.userId,
      },
    );
    await recordEvent(manager, 'work_orders', {
      documentType: 'WORK_ORDER',
      documentId: order.id,
      actor: context.actor,
      action: step.action,
      fromStatus: order.status,
      toStatus: rule.to,
      comment: plan.comment ?? null,
    });
  });
  context.logger.info(
    { workOrderId: order.id, action: step.action, fromStage: order.status, toStage: rule.to },
    'work order changed',
  );
  return reloadWorkOrder(context, order.id);
}

import { AppError, ErrorCode } from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { notifySubgraph, querySubgraph } from '../../../platform/server/remote';

/** The facts of a work order that a return report links to. */
export interface LinkedWorkOrder {
  id: string;
  code: string;
  stage: string;
  center: { code: string } | null;
  outlet: { code: string } | null;
}

const WORK_ORDER_QUERY =
  'query($id: ID){ workOrder(id: $id) { id code stage center { code } outlet { code } } }';

/**
 * Asks the work-orders subgraph, with the caller's token, for a work order the caller may see.
 * Returns null when it does not exist or is not visible; fails closed when the subgraph is down.
 */
export async function findVisibleWorkOrder(
  context: RequestContext,
  id: string,
  consequence: string,
): Promise<LinkedWorkOrder | null> {
  try {
    const data = await querySubgraph<{ workOrder: LinkedWorkOrder | null }>(
      context,
      'work-orders',
      WORK_ORDER_QUERY,
      { id },
      consequence,
    );
    return data.workOrder;
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === ErrorCode.NOT_FOUND) {
      context.logger.info({ workOrderId: id }, 'linked work order not found');
      return null;
    }
    throw error;
  }
}

const WORK_ORDER_ID_QUERY = 'query($id: ID){ workOrder(id: $id) { id } }';

/**
 * Returns whether the caller may see work order `id`, asking the work-orders subgraph with the
 * caller's token. Fails closed: when the subgraph cannot be reached, the error states `consequence`.
 */
export async function isWorkOrderVisible(
  context: RequestContext,
  id: string,
  consequence: string,
): Promise<boolean> {
  const data = await querySubgraph<{ workOrder: { id: string } | null }>(
    context,
    'work-orders',
    WORK_ORDER_ID_QUERY,
    { id },
    consequence,
  );
  return data.workOrder !== null;
}

const REPAIR_ORDER_COUNT_QUERY = 'query($id: ID!){ repairOrderCount(returnReportId: $id) }';

/** Counts the repair orders (draft or submitted) entered for a return report; fails closed. */
export async function countRepairOrders(
  context: RequestContext,
  returnReportId: string,
  consequence: string,
): Promise<number> {
  const data = await querySubgraph<{ repairOrderCount: number }>(
    context,
    'work-orders',
    REPAIR_ORDER_COUNT_QUERY,
    { id: returnReportId },
    consequence,
  );
  return data.repairOrderCount;
}

const HOLD_MUTATION = 'mutation($id: ID!){ holdWorkOrderForReturn(workOrderId: $id) }';
const RELEASE_MUTATION = 'mutation($id: ID!){ releaseWorkOrderForReturn(workOrderId: $id) }';

/**
 * Holds work order `workOrderId` for a report about to be saved with a link to it, so the order
 * cannot complete until the hold is released. Fails closed: a rejection of the work-orders
 * subgraph is passed on, and when it cannot be reached the error states `consequence`.
 */
export async function holdWorkOrderForReturn(
  context: RequestContext,
  workOrderId: string,
  consequence: string,
): Promise<void> {
  await querySubgraph(context, 'work-orders', HOLD_MUTATION, { id: workOrderId }, consequence);
  context.logger.info({ workOrderId }, 'work order held for a return report');
}

/**
 * Releases a report's hold on work order `workOrderId`. The report's own change is committed or
 * abandoned by then, so a failure is only logged with the order id and nothing is thrown.
 *
 * NOTE: a hold that could not be released keeps the order's count above zero, so the order
 * cannot be completed until the count is corrected in the work-orders database. That fails
 * closed: no order completes while a linked report may still wait for its result review.
 */
export async function releaseWorkOrderForReturn(
  context: RequestContext,
  workOrderId: string,
): Promise<void> {
  await notifySubgraph(
    context,
    'work-orders',
    RELEASE_MUTATION,
    { id: workOrderId },
    {
      ids: { workOrderId },
      done: 'return report hold on work order released',
      failed:
        'releasing a return report hold failed; the work order cannot be completed until it is released',
    },
  );
}

/**
 * Runs `save` with work order `workOrderId` held first, when the report is about to gain that
 * link, and releases the hold when `save` fails. Without a new link it only runs `save`.
 */
export async function saveHoldingWorkOrder<T>(
  context: RequestContext,
  workOrderId: string | null,
  consequence: string,
  save: () => Promise<T>,
): Promise<T> {
  if (workOrderId === null) return save();
  await holdWorkOrderForReturn(context, workOrderId, consequence);
  try {
    return await save();
  } catch (error) {
    await releaseWorkOrderForReturn(context, workOrderId);
    throw error;
  }
}

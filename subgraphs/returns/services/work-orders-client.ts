import { AppError, ErrorCode } from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { querySubgraph } from '../../../platform/server/remote';

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

import { SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../../platform/server/context';
import { ServiceOrder } from '../entities/service-order';
import { ServiceOrderFilter } from '../graphql/service-order.types';
import { isUuid, serviceOrderVisibility } from '../visibility';

export const SERVICE_ORDER_ALIAS = 'serviceOrder';

/** Starts a query over the service orders the caller may see, aliased `serviceOrder`. */
export function visibleServiceOrders(context: RequestContext): SelectQueryBuilder<ServiceOrder> {
  const visibility = serviceOrderVisibility(context.actor, SERVICE_ORDER_ALIAS);
  return context.db
    .getRepository(ServiceOrder)
    .createQueryBuilder(SERVICE_ORDER_ALIAS)
    .where(visibility.sql, visibility.params);
}

/** Reads one service order afresh, or null when it does not exist or is hidden from the caller. */
export async function findVisibleServiceOrder(
  context: RequestContext,
  id: string,
): Promise<ServiceOrder | null> {
  if (!isUuid(id)) return null;
  return visibleServiceOrders(context).andWhere('serviceOrder.id = :id', { id }).getOne();
}

/** Narrows a service-order query by every filter given. */
export function applyServiceOrderFilter(
  query: SelectQueryBuilder<ServiceOrder>,
  filter: ServiceOrderFilter,
): void {
  if (filter.status) query.andWhere('serviceOrder.status = :status', { status: filter.status });
  if (filter.kind) query.andWhere('serviceOrder.kind = :kind', { kind: filter.kind });
  const returnReportCode = filter.returnReportCode?.trim();
  if (returnReportCode) {
    query.andWhere('serviceOrder.returnReportCode = :returnReportCode', { returnReportCode });
  }
  const workOrderCode = filter.workOrderCode?.trim();
  if (workOrderCode) {
    query.andWhere('serviceOrder.workOrderCode = :workOrderCode', { workOrderCode });
  }
}

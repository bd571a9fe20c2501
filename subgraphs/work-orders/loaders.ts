import { DocumentEventRow, loadHistories } from '../../platform/history';
import { alignByKey, groupByKey, loaderFor, RequestContext } from '../../platform/server/context';
import { ServiceOrder, ServiceOrderKind } from './entities/service-order';
import { WorkOrder } from './entities/work-order';
import { isUuid, serviceOrderVisibility, workOrderVisibility } from './visibility';

/**
 * Per-request batched look-ups: one statement per kind of row, whatever the list length. Every
 * loader applies the caller's visibility in SQL, so a row the caller may not see loads as null or
 * is left out of its list.
 */

export function visibleWorkOrderLoader(context: RequestContext) {
  return loaderFor<string, WorkOrder | null>(context, 'visibleWorkOrder', async (ids) => {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return ids.map(() => null);
    const visibility = workOrderVisibility(context.actor, 'workOrder');
    const rows = await context.db
      .getRepository(WorkOrder)
      .createQueryBuilder('workOrder')
      .where('workOrder.id IN (:...ids)', { ids: wellFormed })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
    return alignByKey(ids, rows, (row) => row.id, null);
  });
}

export function visibleServiceOrderLoader(context: RequestContext) {
  return loaderFor<string, ServiceOrder | null>(context, 'visibleServiceOrder', async (ids) => {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return ids.map(() => null);
    const visibility = serviceOrderVisibility(context.actor, 'serviceOrder');
    const rows = await context.db
      .getRepository(ServiceOrder)
      .createQueryBuilder('serviceOrder')
      .where('serviceOrder.id IN (:...ids)', { ids: wellFormed })
      .andWhere(visibility.sql, visibility.params)
      .getMany();
    return alignByKey(ids, rows, (row) => row.id, null);
  });
}

/** Histories of work orders and service orders, which share this subgraph's event table. */
export function historyLoader(context: RequestContext) {
  return loaderFor<string, DocumentEventRow[]>(context, 'history', (ids) =>
    loadHistories(context.db.manager, 'work_orders', ids),
  );
}

export function serviceOrdersOfWorkOrderLoader(context: RequestContext) {
  return loaderFor<string, ServiceOrder[]>(context, 'serviceOrdersOfWorkOrder', async (ids) => {
    const visibility = serviceOrderVisibility(context.actor, 'serviceOrder');
    const rows = await context.db
      .getRepository(ServiceOrder)
      .createQueryBuilder('serviceOrder')
      .where('serviceOrder.workOrderId IN (:...ids)', { ids: [...ids] })
      .andWhere(visibility.sql, visibility.params)
      .orderBy('serviceOrder.createdAt', 'ASC')
      .addOrderBy('serviceOrder.id', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (row) => row.workOrderId as string);
  });
}

export function repairOrdersOfReturnReportLoader(context: RequestContext) {
  return loaderFor<string, ServiceOrder[]>(context, 'repairOrdersOfReturnReport', async (ids) => {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return ids.map(() => []);
    const visibility = serviceOrderVisibility(context.actor, 'serviceOrder');
    const rows = await context.db
      .getRepository(ServiceOrder)
      .createQueryBuilder('serviceOrder')
      .where('serviceOrder.returnReportId IN (:...ids)', { ids: wellFormed })
      .andWhere('serviceOrder.kind = :kind', { kind: ServiceOrderKind.REPAIR })
      .andWhere(visibility.sql, visibility.params)
      .orderBy('serviceOrder.createdAt', 'ASC')
      .addOrderBy('serviceOrder.id', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (row) => row.returnReportId as string);
  });
}

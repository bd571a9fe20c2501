import { Brackets, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../../../platform/auth/actor';
import { masksContacts } from '../../../platform/auth/visibility';
import { chinaDayEnd, chinaDayStart } from '../../../platform/china-time';
import { FieldErrors } from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { WorkOrder } from '../entities/work-order';
import { WorkOrderFilter } from '../graphql/work-order.types';
import { isUuid, workOrderVisibility } from '../visibility';

export const WORK_ORDER_ALIAS = 'workOrder';

/** Starts a query over the work orders the caller may see, aliased `workOrder`. */
export function visibleWorkOrders(context: RequestContext): SelectQueryBuilder<WorkOrder> {
  const visibility = workOrderVisibility(context.actor, WORK_ORDER_ALIAS);
  return context.db
    .getRepository(WorkOrder)
    .createQueryBuilder(WORK_ORDER_ALIAS)
    .where(visibility.sql, visibility.params);
}

/** Reads one work order afresh, or null when it does not exist or the caller may not see it. */
export async function findVisibleWorkOrder(
  context: RequestContext,
  id: string,
): Promise<WorkOrder | null> {
  if (!isUuid(id)) return null;
  return visibleWorkOrders(context).andWhere('workOrder.id = :id', { id }).getOne();
}

/**
 * Narrows a work-order query by every filter given. Dates are UTC+8 days, both inclusive. A caller
 * who sees phones masked may not filter by phone, because the total count of matches for a guessed
 * number would reveal the masked digits.
 */
export function applyWorkOrderFilter(
  query: SelectQueryBuilder<WorkOrder>,
  filter: WorkOrderFilter,
  actor: Actor,
): void {
  const errors = new FieldErrors();
  if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
    errors.add(
      'filter.createdTo',
      `must not be before createdFrom (got ${filter.createdFrom} to ${filter.createdTo})`,
    );
  }
  const phone = filter.customerPhone?.trim();
  if (phone && masksContacts(actor)) {
    errors.add(
      'filter.customerPhone',
      'is not allowed for your role, because it sees customer phones masked; search by code, barcode, stage, organisation or creation day instead',
    );
  }
  errors.throwIfAny();

  const code = filter.code?.trim();
  if (code) query.andWhere('workOrder.code = :code', { code });
  if (filter.stage && filter.stage.length > 0) {
    query.andWhere('workOrder.status IN (:...stages)', { stages: filter.stage });
  }
  const outletCode = filter.outletCode?.trim();
  if (outletCode) query.andWhere('workOrder.outletCode = :outletCode', { outletCode });
  const centerCode = filter.centerCode?.trim();
  if (centerCode) query.andWhere('workOrder.centerCode = :centerCode', { centerCode });
  if (filter.createdFrom) {
    query.andWhere('workOrder.createdAt >= :createdFrom', {
      createdFrom: chinaDayStart(filter.createdFrom),
    });
  }
  if (filter.createdTo) {
    query.andWhere('workOrder.createdAt < :createdBefore', {
      createdBefore: chinaDayEnd(filter.createdTo),
    });
  }
  if (phone) {
    query.andWhere(
      new Brackets((where) =>
        where
          .where('workOrder.callerPhone = :phone')
          .orWhere('workOrder.customerMobilePhone = :phone')
          .orWhere('workOrder.customerMobilePhone2 = :phone')
          .orWhere('workOrder.customerOfficePhone = :phone')
          .orWhere('workOrder.customerHomePhone = :phone'),
      ),
      { phone },
    );
  }
  const barcode = filter.barcode?.trim();
  if (barcode) {
    query.andWhere(
      new Brackets((where) =>
        where
          .where('workOrder.indoorBarcode = :barcode')
          .orWhere('workOrder.outdoorBarcode = :barcode'),
      ),
      { barcode },
    );
  }
}

import { Actor } from '../../platform/auth/actor';
import { documentScope, isVisible, visibilityCondition } from '../../platform/auth/visibility';
import { ServiceOrder } from './entities/service-order';
import { WorkOrder } from './entities/work-order';

/**
 * Visibility of this subgraph's documents. The outlet a work order is dispatched to and the
 * order's center see it. The outlet that entered a service order and that outlet's center see
 * the service order. HQ and analysts see both.
 */

export function workOrderVisibility(actor: Actor, alias: string) {
  return visibilityCondition(documentScope(actor), {
    outlet: [`${alias}.outletCode`],
    center: `${alias}.centerCode`,
  });
}

export function canSeeWorkOrder(
  actor: Actor,
  order: Pick<WorkOrder, 'outletCode' | 'centerCode'>,
): boolean {
  return isVisible(documentScope(actor), { outlets: [order.outletCode], center: order.centerCode });
}

export function serviceOrderVisibility(actor: Actor, alias: string) {
  return visibilityCondition(documentScope(actor), {
    outlet: [`${alias}.enteredBy`],
    center: `${alias}.centerCode`,
  });
}

export function canSeeServiceOrder(
  actor: Actor,
  order: Pick<ServiceOrder, 'enteredBy' | 'centerCode'>,
): boolean {
  return isVisible(documentScope(actor), { outlets: [order.enteredBy], center: order.centerCode });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns true for a UUID in its usual text form, the shape of every document id here. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

import { Actor, hasRole, Role } from '../../../platform/auth/actor';
import { SqlCondition, TransitionRule, Workflow } from '../../../platform/workflow';
import { WorkOrder, WorkOrderStage } from '../entities/work-order';

export type WorkOrderAction =
  | 'dispatchWorkOrder'
  | 'acceptWorkOrder'
  | 'acceptWorkOrderWithEngineer'
  | 'rejectWorkOrder'
  | 'assignEngineer'
  | 'scheduleVisit'
  | 'addWorkOrderNote'
  | 'recordRepeatCall'
  | 'confirmWorkOrderCompletion'
  | 'updateWorkOrder'
  | 'closeWorkOrder'
  | 'cancelWorkOrder';

/** The order's marketing center, the outlet it is dispatched to, and headquarters. */
export type WorkOrderParty = 'CENTER' | 'OUTLET' | 'HQ';

type Rule = TransitionRule<WorkOrderStage, WorkOrderAction, WorkOrderParty>;

const {
  CREATED,
  DISPATCHED_TO_OUTLET,
  ACCEPTED,
  DISPATCHED_TO_ENGINEER,
  COMPLETED,
  CLOSED,
  CANCELLED,
} = WorkOrderStage;

/** Stages in which the order is still being handled. */
export const OPEN_STAGES: readonly WorkOrderStage[] = [
  CREATED,
  DISPATCHED_TO_OUTLET,
  ACCEPTED,
  DISPATCHED_TO_ENGINEER,
];

/**
 * Builds rules for an incidental action that leaves the stage as it is. A rule names one target
 * stage, so each stage gets its own rule. None of them puts the order on a desk.
 */
function keepsStage(
  action: WorkOrderAction,
  stages: readonly WorkOrderStage[],
  party: WorkOrderParty,
): Rule[] {
  return stages.map((stage) => ({ action, from: [stage], party, to: stage, desk: false }));
}

const RULES: Rule[] = [
  { action: 'dispatchWorkOrder', from: [CREATED], party: 'CENTER', to: DISPATCHED_TO_OUTLET },
  // Headquarters may dispatch for a center, but CREATED orders wait on the center's desk only.
  {
    action: 'dispatchWorkOrder',
    from: [CREATED],
    party: 'HQ',
    to: DISPATCHED_TO_OUTLET,
    desk: false,
  },
  { action: 'acceptWorkOrder', from: [DISPATCHED_TO_OUTLET], party: 'OUTLET', to: ACCEPTED },
  {
    action: 'acceptWorkOrderWithEngineer',
    from: [DISPATCHED_TO_OUTLET],
    party: 'OUTLET',
    to: DISPATCHED_TO_ENGINEER,
  },
  { action: 'rejectWorkOrder', from: [DISPATCHED_TO_OUTLET], party: 'OUTLET', to: CREATED },
  {
    action: 'assignEngineer',
    from: [ACCEPTED, DISPATCHED_TO_ENGINEER],
    party: 'OUTLET',
    to: DISPATCHED_TO_ENGINEER,
  },
  ...keepsStage('scheduleVisit', [ACCEPTED, DISPATCHED_TO_ENGINEER], 'OUTLET'),
  ...keepsStage('addWorkOrderNote', OPEN_STAGES, 'OUTLET'),
  ...keepsStage('addWorkOrderNote', OPEN_STAGES, 'CENTER'),
  ...keepsStage('recordRepeatCall', OPEN_STAGES, 'CENTER'),
  ...keepsStage('recordRepeatCall', OPEN_STAGES, 'HQ'),
  {
    action: 'confirmWorkOrderCompletion',
    from: [DISPATCHED_TO_ENGINEER],
    party: 'OUTLET',
    to: COMPLETED,
  },
  ...keepsStage('updateWorkOrder', OPEN_STAGES, 'CENTER'),
  { action: 'closeWorkOrder', from: [COMPLETED], party: 'CENTER', to: CLOSED, desk: false },
  {
    action: 'cancelWorkOrder',
    from: [CREATED, DISPATCHED_TO_OUTLET],
    party: 'CENTER',
    to: CANCELLED,
    desk: false,
  },
];

export const workOrderWorkflow = new Workflow<WorkOrderStage, WorkOrderAction, WorkOrderParty>(
  'work order',
  RULES,
  [COMPLETED, CLOSED, CANCELLED],
  {
    CENTER: "the order's marketing center",
    OUTLET: 'the outlet the order is dispatched to',
    HQ: 'headquarters',
  },
);

/** Returns the parties of one order that the caller holds. */
export function workOrderParties(
  actor: Actor,
  order: Pick<WorkOrder, 'centerCode' | 'outletCode'>,
): Set<WorkOrderParty> {
  const parties = new Set<WorkOrderParty>();
  if (hasRole(actor, Role.HQ)) parties.add('HQ');
  if (hasRole(actor, Role.CENTER) && order.centerCode === actor.organizationCode) {
    parties.add('CENTER');
  }
  if (hasRole(actor, Role.OUTLET) && order.outletCode === actor.organizationCode) {
    parties.add('OUTLET');
  }
  return parties;
}

/** Builds, per party, the SQL condition "the caller holds this party on the order". */
export function workOrderPartyConditions(
  actor: Actor,
  alias: string,
): Record<WorkOrderParty, SqlCondition | null> {
  const params = { deskOrganization: actor.organizationCode };
  return {
    CENTER: hasRole(actor, Role.CENTER)
      ? { sql: `${alias}.centerCode = :deskOrganization`, params }
      : null,
    OUTLET: hasRole(actor, Role.OUTLET)
      ? { sql: `${alias}.outletCode = :deskOrganization`, params }
      : null,
    HQ: hasRole(actor, Role.HQ) ? { sql: 'TRUE', params: {} } : null,
  };
}

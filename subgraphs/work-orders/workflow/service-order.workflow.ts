import { Actor, hasRole, Role } from '../../../platform/auth/actor';
import { Workflow } from '../../../platform/workflow';
import { ServiceOrder, SubmissionStatus } from '../entities/service-order';

export type ServiceOrderAction = 'updateServiceOrder' | 'submitServiceOrder' | 'deleteServiceOrder';

/** Only the outlet that entered a service order may change it. */
export type ServiceOrderParty = 'ENTERING_OUTLET';

const { DRAFT, SUBMITTED } = SubmissionStatus;

export const serviceOrderWorkflow = new Workflow<
  SubmissionStatus,
  ServiceOrderAction,
  ServiceOrderParty
>(
  'service order',
  [
    {
      action: 'updateServiceOrder',
      from: [DRAFT],
      party: 'ENTERING_OUTLET',
      to: DRAFT,
      desk: false,
    },
    { action: 'submitServiceOrder', from: [DRAFT], party: 'ENTERING_OUTLET', to: SUBMITTED },
    // Deleting removes the row, so the target status of this rule is never stored.
    {
      action: 'deleteServiceOrder',
      from: [DRAFT],
      party: 'ENTERING_OUTLET',
      to: DRAFT,
      desk: false,
    },
  ],
  [SUBMITTED],
  { ENTERING_OUTLET: 'the outlet that entered it' },
);

/** Returns the parties of one service order that the caller holds. */
export function serviceOrderParties(
  actor: Actor,
  order: Pick<ServiceOrder, 'enteredBy'>,
): Set<ServiceOrderParty> {
  const parties = new Set<ServiceOrderParty>();
  if (hasRole(actor, Role.OUTLET) && order.enteredBy === actor.organizationCode) {
    parties.add('ENTERING_OUTLET');
  }
  return parties;
}

import { Actor, hasRole, Role } from '../../platform/auth/actor';
import { Workflow } from '../../platform/workflow';
import { ReturnReport } from './entities/return-report';
import { ReturnStatus as S } from './graphql/enums';

/** A party that may act on a report: its submitting organisation, its center, or headquarters. */
export type ReturnParty = 'SUBMITTER' | 'CENTER' | 'HQ';

/** One action per outcome, so each rule names the status it leads to. */
export type ReturnAction =
  | 'update'
  | 'submit'
  | 'delete'
  | 'approveAtCenter'
  | 'approveWithProductionRecord'
  | 'approveRevision'
  | 'sendBackAtCenter'
  | 'rejectAtCenter'
  | 'approveAtHq'
  | 'sendBackAtHq'
  | 'rejectAtHq'
  | 'recordResult'
  | 'revise'
  | 'approveResult'
  | 'sendBackResult'
  | 'recordRepairProgress'
  | 'changeRepairUnit';

/**
 * The life of a return report. The center approves to HQ approval when it found no production
 * record, and straight to result entry when it found one or when it reviews a revision.
 */
export const returnWorkflow = new Workflow<S, ReturnAction, ReturnParty>(
  'return report',
  [
    { action: 'update', from: [S.DRAFT], party: 'SUBMITTER', to: S.DRAFT },
    { action: 'update', from: [S.SENT_BACK], party: 'SUBMITTER', to: S.SENT_BACK },
    { action: 'submit', from: [S.DRAFT, S.SENT_BACK], party: 'SUBMITTER', to: S.CENTER_REVIEW },
    // Deleting removes the draft, so `to` only completes the rule.
    { action: 'delete', from: [S.DRAFT], party: 'SUBMITTER', to: S.DRAFT, desk: false },
    { action: 'approveAtCenter', from: [S.CENTER_REVIEW], party: 'CENTER', to: S.HQ_APPROVAL },
    {
      action: 'approveWithProductionRecord',
      from: [S.CENTER_REVIEW],
      party: 'CENTER',
      to: S.RESULT_PENDING,
    },
    { action: 'approveRevision', from: [S.CENTER_REVIEW], party: 'CENTER', to: S.RESULT_PENDING },
    { action: 'sendBackAtCenter', from: [S.CENTER_REVIEW], party: 'CENTER', to: S.SENT_BACK },
    { action: 'rejectAtCenter', from: [S.CENTER_REVIEW], party: 'CENTER', to: S.REJECTED },
    { action: 'approveAtHq', from: [S.HQ_APPROVAL], party: 'HQ', to: S.RESULT_PENDING },
    { action: 'sendBackAtHq', from: [S.HQ_APPROVAL], party: 'HQ', to: S.SENT_BACK },
    { action: 'rejectAtHq', from: [S.HQ_APPROVAL], party: 'HQ', to: S.REJECTED },
    { action: 'recordResult', from: [S.RESULT_PENDING], party: 'SUBMITTER', to: S.RESULT_REVIEW },
    { action: 'revise', from: [S.RESULT_PENDING], party: 'SUBMITTER', to: S.CENTER_REVIEW },
    { action: 'approveResult', from: [S.RESULT_REVIEW], party: 'CENTER', to: S.REPAIR_PENDING },
    { action: 'sendBackResult', from: [S.RESULT_REVIEW], party: 'CENTER', to: S.RESULT_PENDING },
    { action: 'recordRepairProgress', from: [S.REPAIR_PENDING], party: 'CENTER', to: S.ENDED },
    {
      action: 'changeRepairUnit',
      from: [S.ENDED],
      party: 'CENTER',
      to: S.ENDED,
      desk: false,
    },
  ],
  [S.ENDED, S.REJECTED],
  { SUBMITTER: 'the submitting organisation', CENTER: 'the marketing center', HQ: 'headquarters' },
);

/** Returns the parties that the caller has on a report. */
export function partiesOf(
  actor: Actor,
  report: Pick<ReturnReport, 'submittingOrganizationCode' | 'centerCode'>,
): Set<ReturnParty> {
  const parties = new Set<ReturnParty>();
  if (
    hasRole(actor, Role.OUTLET, Role.CENTER) &&
    actor.organizationCode === report.submittingOrganizationCode
  ) {
    parties.add('SUBMITTER');
  }
  if (hasRole(actor, Role.CENTER) && actor.organizationCode === report.centerCode) {
    parties.add('CENTER');
  }
  if (hasRole(actor, Role.HQ)) parties.add('HQ');
  return parties;
}

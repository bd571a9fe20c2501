import { FieldErrors, invalidField } from '../../../platform/errors';
import { ReviewDecision } from '../../../platform/graphql/common-types';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { TransitionRule } from '../../../platform/workflow';
import { ReturnReport } from '../entities/return-report';
import { ReturnReview } from '../entities/return-review';
import { ReturnStatus, ReviewStage } from '../graphql/enums';
import { ReturnReviewInput } from '../graphql/inputs';
import { partiesOf, ReturnAction, ReturnParty, returnWorkflow } from '../workflow';
import { cleanText } from './barcode-check';
import {
  applyTransition,
  loadReportForAction,
  reloadReport,
  requireWriter,
  Version,
} from './report-store';
import { releaseWorkOrderForReturn } from './work-orders-client';

/** The review steps: center review, HQ approval and the center's review of the result. */

/** Statuses in which a report no longer keeps its work order from completing. */
const RELEASING_STATUSES: readonly ReturnStatus[] = [
  ReturnStatus.REPAIR_PENDING,
  ReturnStatus.REJECTED,
];

/**
 * Releases the report's hold on its work order after a committed step that left it in a status
 * that no longer blocks completion.
 */
async function releaseWorkOrderIfNotBlocking(
  context: RequestContext,
  report: ReturnReport,
  status: ReturnStatus,
): Promise<void> {
  if (report.workOrderId === null || !RELEASING_STATUSES.includes(status)) return;
  await releaseWorkOrderForReturn(context, report.workOrderId);
}

function centerAction(report: ReturnReport, input: ReturnReviewInput): ReturnAction {
  switch (input.decision) {
    case ReviewDecision.APPROVE:
      if (report.revision) return 'approveRevision';
      return input.hasProductionRecord ? 'approveWithProductionRecord' : 'approveAtCenter';
    case ReviewDecision.SEND_BACK:
      return 'sendBackAtCenter';
    case ReviewDecision.REJECT:
      return 'rejectAtCenter';
  }
}

const HQ_ACTIONS: Record<ReviewDecision, ReturnAction> = {
  [ReviewDecision.APPROVE]: 'approveAtHq',
  [ReviewDecision.SEND_BACK]: 'sendBackAtHq',
  [ReviewDecision.REJECT]: 'rejectAtHq',
};

/**
 * Records the center's review of an application with its findings (production record, common
 * quality problem) and moves the report on: approval leads to HQ approval when no production
 * record was found, else (or for a revision) straight to result entry.
 */
export async function reviewAtCenter(
  context: RequestContext,
  id: string,
  input: ReturnReviewInput,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    centerAction(report, input),
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  errors.throwIfAny();
  const comment = cleanText(input.comment);
  await context.db.transaction(async (manager) => {
    await applyTransition(manager, context, report, rule, {
      version,
      comment,
      changes: {
        hasProductionRecord: input.hasProductionRecord,
        isCommonQualityIssue: input.isCommonQualityIssue,
        revision: input.decision === ReviewDecision.APPROVE ? false : report.revision,
      },
    });
    await manager.insert(ReturnReview, {
      reportId: report.id,
      stage: ReviewStage.CENTER,
      decision: input.decision,
      hasProductionRecord: input.hasProductionRecord,
      isCommonQualityIssue: input.isCommonQualityIssue,
      comment,
      reviewerId: context.actor.userId,
      organizationCode: context.actor.organizationCode,
      at: () => 'now()',
    } as never);
  });
  context.logger.info({ reportId: report.id, action: rule.action }, 'return report reviewed');
  await releaseWorkOrderIfNotBlocking(context, report, rule.to);
  return reloadReport(context, report.id);
}

/** Records an HQ decision or a center decision on the result, as one review step. */
async function decide(
  context: RequestContext,
  report: ReturnReport,
  rule: TransitionRule<ReturnStatus, ReturnAction, ReturnParty>,
  stage: ReviewStage,
  decision: ReviewDecision,
  comment: string | null,
  version: Version,
): Promise<ReturnReport> {
  await context.db.transaction(async (manager) => {
    await applyTransition(manager, context, report, rule, { version, comment });
    await manager.insert(ReturnReview, {
      reportId: report.id,
      stage,
      decision,
      hasProductionRecord: null,
      isCommonQualityIssue: null,
      comment,
      reviewerId: context.actor.userId,
      organizationCode: context.actor.organizationCode,
      at: () => 'now()',
    } as never);
  });
  context.logger.info(
    { reportId: report.id, action: rule.action },
    'return report decision recorded',
  );
  await releaseWorkOrderIfNotBlocking(context, report, rule.to);
  return reloadReport(context, report.id);
}

function checkComment(comment: string | null | undefined): string | null {
  const text = cleanText(comment);
  if (text !== null && text.length > 2000) {
    throw invalidField('comment', `must be at most 2000 characters (got ${text.length})`);
  }
  return text;
}

/** Records the HQ approval of a report whose center found no production record. */
export async function approveAtHq(
  context: RequestContext,
  id: string,
  decision: ReviewDecision,
  comment: string | null | undefined,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    HQ_ACTIONS[decision],
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  const text = checkComment(comment);
  return decide(context, report, rule, ReviewStage.HQ, decision, text, version);
}

/**
 * Records the center's review of the result. Approval lets the work order complete and the repair
 * progress be entered, and sending back returns the report to result entry. A result cannot be
 * rejected.
 */
export async function reviewResult(
  context: RequestContext,
  id: string,
  decision: ReviewDecision,
  comment: string | null | undefined,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  // REJECT has no rule of its own. The rules of APPROVE and SEND_BACK share status and party, so
  // checking the transition of APPROVE first gives a REJECT the same status and turn errors.
  const action = decision === ReviewDecision.SEND_BACK ? 'sendBackResult' : 'approveResult';
  const rule = returnWorkflow.authorize(
    action,
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  if (decision === ReviewDecision.REJECT) {
    throw invalidField(
      'decision',
      'must be APPROVE, or SEND_BACK to have the result entered again, because a result review cannot REJECT',
    );
  }
  const text = checkComment(comment);
  return decide(context, report, rule, ReviewStage.RESULT, decision, text, version);
}

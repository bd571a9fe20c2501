import { chinaDate } from '../../../platform/china-time';
import { conflict, FieldErrors, invalidField, Reason } from '../../../platform/errors';
import { ReviewDecision } from '../../../platform/graphql/common-types';
import { lookupMasterData, MasterDataFacts } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { ReturnReport } from '../entities/return-report';
import { ReturnReview } from '../entities/return-review';
import { ReturnMethod, ReviewStage } from '../graphql/enums';
import { RepairProgressInput, ReturnResultInput, ReturnReviewInput } from '../graphql/inputs';
import { partiesOf, ReturnAction, returnWorkflow } from '../workflow';
import { cleanText, modelOfBarcode, parseBarcodeField, wholeUnitModelOf } from './barcode-check';
import { applyTransition, loadReportForAction, reloadReport, requireWriter } from './report-store';
import { countRepairOrders } from './work-orders-client';

/** The steps after the application: reviews, result, repair progress and repair-unit change. */

type Version = number | null | undefined;

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
  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  errors.throwIfAny();
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    centerAction(report, input),
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
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
  return reloadReport(context, report.id);
}

/** Records an HQ decision or a center decision on the result, as one review step. */
async function decide(
  context: RequestContext,
  report: ReturnReport,
  action: ReturnAction,
  stage: ReviewStage,
  decision: ReviewDecision,
  comment: string | null,
  version: Version,
): Promise<ReturnReport> {
  const rule = returnWorkflow.authorize(
    action,
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
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
  context.logger.info({ reportId: report.id, action }, 'return report decision recorded');
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
  const text = checkComment(comment);
  const report = await loadReportForAction(context, id);
  return decide(context, report, HQ_ACTIONS[decision], ReviewStage.HQ, decision, text, version);
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
  if (decision === ReviewDecision.REJECT) {
    throw invalidField(
      'decision',
      'REJECT is not a decision of the result review: use APPROVE, or SEND_BACK to have the result entered again',
    );
  }
  const text = checkComment(comment);
  const report = await loadReportForAction(context, id);
  const action = decision === ReviewDecision.APPROVE ? 'approveResult' : 'sendBackResult';
  return decide(context, report, action, ReviewStage.RESULT, decision, text, version);
}

/**
 * Records the result of a return. An exchange needs the new unit's indoor or outdoor barcode,
 * whose models fill from master data.
 */
export async function recordResult(
  context: RequestContext,
  id: string,
  input: ReturnResultInput,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);

  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  if (input.description && input.description.trim() === '') {
    errors.add('input.description', 'a result description is required (got only spaces)');
  }
  const indoorPath = 'input.newIndoorBarcode';
  const outdoorPath = 'input.newOutdoorBarcode';
  const indoor = parseBarcodeField(input.newIndoorBarcode, indoorPath, errors);
  const outdoor = parseBarcodeField(input.newOutdoorBarcode, outdoorPath, errors);
  const noBarcode =
    cleanText(input.newIndoorBarcode) === null && cleanText(input.newOutdoorBarcode) === null;
  if (report.method === ReturnMethod.EXCHANGE && noBarcode) {
    errors.add(
      indoorPath,
      "an exchange needs the new unit's indoor or outdoor barcode (newIndoorBarcode or newOutdoorBarcode)",
    );
  }
  const materialCodes = [indoor, outdoor].flatMap((barcode) =>
    barcode ? [barcode.materialCode] : [],
  );
  const facts =
    materialCodes.length > 0
      ? await lookupMasterData(context, { materialCodes }, 'the result was not recorded')
      : null;
  const models = facts?.productModels ?? new Map();
  const indoorModel = modelOfBarcode(indoor, 'INDOOR', models, indoorPath, errors);
  const outdoorModel = modelOfBarcode(outdoor, 'OUTDOOR', models, outdoorPath, errors);
  const wholeUnitModel = wholeUnitModelOf(indoorModel, outdoorModel, outdoorPath, errors);
  errors.throwIfAny();

  const rule = returnWorkflow.authorize(
    'recordResult',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      changes: {
        resultNewIndoorBarcode: indoor?.barcode ?? null,
        resultNewIndoorModel: indoorModel?.model ?? null,
        resultNewOutdoorBarcode: outdoor?.barcode ?? null,
        resultNewOutdoorModel: outdoorModel?.model ?? null,
        resultNewWholeUnitModel: wholeUnitModel,
        resultDescription: input.description.trim(),
        resultEnteredByOutlet: input.enteredByOutlet,
        resultEnteredBy: context.actor.userId,
        resultEnteredAt: () => 'now()',
      },
    }),
  );
  context.logger.info({ reportId: report.id }, 'return result recorded');
  return reloadReport(context, report.id);
}

/** Adds an error unless `code` is an active service outlet that can handle defective units. */
function checkRepairUnit(
  facts: MasterDataFacts,
  code: string,
  path: string,
  errors: FieldErrors,
): void {
  const organization = facts.organizations.get(code);
  if (!organization) {
    errors.add(path, `organisation "${code}" is not in master data`);
  } else if (organization.type !== 'SERVICE_OUTLET') {
    errors.add(
      path,
      `"${code}" is a ${organization.type}, but a repair unit must be a service outlet`,
    );
  } else if (!organization.active) {
    errors.add(path, `service outlet "${code}" is inactive`);
  } else if (!organization.canHandleDefectiveUnits) {
    errors.add(
      path,
      `service outlet "${code}" (${organization.name}) has no defective-unit handling capability, so it cannot repair returned units`,
    );
  }
}

/** Records the repair unit, disposition and completion date; the report ends. */
export async function recordRepairProgress(
  context: RequestContext,
  id: string,
  input: RepairProgressInput,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const errors = new FieldErrors();
  const repairUnitCode = input.repairUnitCode.trim();
  const facts = await lookupMasterData(
    context,
    { organizationCodes: repairUnitCode ? [repairUnitCode] : [] },
    'the repair progress was not recorded',
  );
  checkRepairUnit(facts, repairUnitCode, 'input.repairUnitCode', errors);
  if (input.completedOn > chinaDate()) {
    errors.add('input.completedOn', `must not be after today (got "${input.completedOn}")`);
  }
  errors.throwIfAny();

  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'recordRepairProgress',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );

  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      changes: {
        repairUnitCode,
        repairDisposition: input.disposition,
        repairCompletedOn: input.completedOn,
        repairEnteredBy: context.actor.userId,
        repairEnteredAt: () => 'now()',
      },
    }),
  );
  context.logger.info({ reportId: report.id, repairUnitCode }, 'repair progress recorded');
  return reloadReport(context, report.id);
}

/**
 * Names another repair unit on an ended report, as long as no repair order was entered for it.
 * The repair orders are counted by the work-orders subgraph with the caller's token, and when that
 * call fails, nothing changes.
 */
export async function changeRepairUnit(
  context: RequestContext,
  id: string,
  repairUnitCode: string,
  version: Version,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const code = repairUnitCode.trim();
  const errors = new FieldErrors();
  const facts = await lookupMasterData(
    context,
    { organizationCodes: code ? [code] : [] },
    'the repair unit was not changed',
  );
  checkRepairUnit(facts, code, 'repairUnitCode', errors);
  errors.throwIfAny();

  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'changeRepairUnit',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  if (report.repairUnitCode === code) {
    throw invalidField('repairUnitCode', `"${code}" is already the repair unit of ${report.code}`);
  }

  const repairOrders = await countRepairOrders(
    context,
    report.id,
    'the repair unit was not changed',
  );
  if (repairOrders > 0) {
    throw conflict(
      Reason.REPAIR_ORDER_EXISTS,
      `Cannot change the repair unit of return report ${report.code}: ${repairOrders} repair order(s) were already entered for it`,
      { repairOrderCount: repairOrders },
    );
  }

  // NOTE: a repair order that the old repair unit enters between the count above and this update
  // is not detected, because the two subgraphs share no transaction.
  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      comment: `repair unit changed from ${report.repairUnitCode} to ${code}`,
      changes: {
        repairUnitCode: code,
        repairEnteredBy: context.actor.userId,
        repairEnteredAt: () => 'now()',
      },
    }),
  );
  context.logger.info(
    { reportId: report.id, from: report.repairUnitCode, to: code },
    'repair unit changed',
  );
  return reloadReport(context, report.id);
}

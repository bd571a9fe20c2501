import { randomUUID } from 'node:crypto';
import { hasRole, Role } from '../../../platform/auth/actor';
import { chinaDateCompact } from '../../../platform/china-time';
import { forbidden } from '../../../platform/errors';
import { recordEvent } from '../../../platform/history';
import { formatSequence, nextDailySequence } from '../../../platform/numbering';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import { ReturnStatus } from '../graphql/enums';
import { ReturnReportInput } from '../graphql/inputs';
import { partiesOf, returnWorkflow } from '../workflow';
import { checkApplication } from './application-check';
import {
  applyTransition,
  DOCUMENT_TYPE,
  insertApplicationRows,
  loadReportForAction,
  reloadReport,
  replaceApplicationRows,
  requireWriter,
  RETURNS_SCHEMA,
  transactionClaimingBarcodes,
} from './report-store';
import { releaseWorkOrderForReturn, saveHoldingWorkOrder } from './work-orders-client';

/** The application steps of a report: create, update, submit, delete and revise. */

/**
 * Creates a report for the caller's organisation, as a draft or submitted at once. The number is
 * the organisation code, the UTC+8 date and the next daily sequence of that organisation, taken
 * inside the creating transaction so concurrent creations never share a number.
 */
export async function createReport(
  context: RequestContext,
  input: ReturnReportInput,
  submit: boolean,
): Promise<ReturnReport> {
  const actor = context.actor;
  requireWriter(actor);
  if (!hasRole(actor, Role.OUTLET, Role.CENTER)) {
    throw forbidden('Only a service outlet or a marketing center can raise a return report');
  }
  const organizationCode = actor.organizationCode;
  const application = await checkApplication(context, input, 'the return report was not saved', {
    organizationCodes: [organizationCode],
    submitterCode: organizationCode,
  });
  const organization = application.facts.organizations.get(organizationCode);
  let centerCode: string | null = null;
  if (organization?.type === 'SERVICE_OUTLET' && hasRole(actor, Role.OUTLET)) {
    centerCode = organization.center?.code ?? null;
  } else if (organization?.type === 'MARKETING_CENTER' && hasRole(actor, Role.CENTER)) {
    centerCode = organization.code;
  }
  if (!organization || !organization.active || centerCode === null) {
    throw forbidden(
      `Organisation ${organizationCode} cannot raise return reports: it must be an active service outlet with a marketing center, or an active marketing center`,
    );
  }

  const id = randomUUID();
  const status = submit ? ReturnStatus.CENTER_REVIEW : ReturnStatus.DRAFT;
  const workOrderId = application.columns.workOrderId;
  const save = () =>
    transactionClaimingBarcodes(
      context,
      id,
      application.barcodes.map((claim) => claim.barcode),
      async (manager) => {
        const day = chinaDateCompact();
        const sequence = await nextDailySequence(
          manager,
          RETURNS_SCHEMA,
          DOCUMENT_TYPE,
          organizationCode,
          day,
        );
        const code = `${organizationCode}${day}${formatSequence(sequence, 4)}`;
        await manager.insert(ReturnReport, {
          ...application.columns,
          id,
          code,
          status,
          revision: false,
          version: 1,
          submitterId: actor.userId,
          submittingOrganizationCode: organizationCode,
          centerCode,
          submittedAt: submit ? () => 'now()' : null,
          createdAt: () => 'now()',
          createdBy: actor.userId,
          updatedAt: () => 'now()',
          updatedBy: actor.userId,
        } as never);
        await insertApplicationRows(manager, id, application);
        await recordEvent(manager, RETURNS_SCHEMA, {
          documentType: DOCUMENT_TYPE,
          documentId: id,
          actor,
          action: 'create',
          fromStatus: null,
          toStatus: ReturnStatus.DRAFT,
        });
        if (submit) {
          await recordEvent(manager, RETURNS_SCHEMA, {
            documentType: DOCUMENT_TYPE,
            documentId: id,
            actor,
            action: 'submit',
            fromStatus: ReturnStatus.DRAFT,
            toStatus: ReturnStatus.CENTER_REVIEW,
          });
        }
        return code;
      },
    );
  // The work order is held before the report is saved, so a completion cannot slip in between.
  const code = await saveHoldingWorkOrder(
    context,
    workOrderId,
    'the return report was not saved',
    save,
  );
  context.logger.info({ reportId: id, reportCode: code, status }, 'return report created');
  return reloadReport(context, id);
}

/**
 * Replaces the application of a draft or sent-back report (`update`), or of a report waiting for
 * its result (`revise`, which sends it back to center review as a revision). A revision must keep
 * the report's work order and its sale phase.
 */
export async function replaceApplication(
  context: RequestContext,
  action: 'update' | 'revise',
  id: string,
  input: ReturnReportInput,
  version: number | null | undefined,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    action,
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  const application = await checkApplication(context, input, 'the return report was not saved', {
    revised: action === 'revise' ? report : undefined,
    submitterCode: report.submittingOrganizationCode,
  });
  const previousWorkOrderId = report.workOrderId;
  const nextWorkOrderId = application.columns.workOrderId;
  const linkMoves = nextWorkOrderId !== previousWorkOrderId;
  await saveHoldingWorkOrder(
    context,
    linkMoves ? nextWorkOrderId : null,
    'the return report was not saved',
    () =>
      transactionClaimingBarcodes(
        context,
        report.id,
        application.barcodes.map((claim) => claim.barcode),
        async (manager) => {
          const changes: Record<string, unknown> = { ...application.columns };
          if (action === 'revise') changes.revision = true;
          await applyTransition(manager, context, report, rule, { version, changes });
          await replaceApplicationRows(manager, report.id, application);
        },
      ),
  );
  if (linkMoves && previousWorkOrderId !== null) {
    await releaseWorkOrderForReturn(context, previousWorkOrderId);
  }
  context.logger.info({ reportId: report.id, action }, 'return report application replaced');
  return reloadReport(context, report.id);
}

/** Submits a draft or sent-back report for center review. */
export async function submitReport(
  context: RequestContext,
  id: string,
  version: number | null | undefined,
): Promise<ReturnReport> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'submit',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  await context.db.transaction((manager) =>
    applyTransition(manager, context, report, rule, {
      version,
      changes: { submittedAt: () => 'COALESCE(submitted_at, now())' },
    }),
  );
  context.logger.info({ reportId: report.id }, 'return report submitted');
  return reloadReport(context, report.id);
}

/**
 * Deletes a draft, frees its barcodes and releases its hold on the linked work order. Its number is not handed out again, because the daily
 * counter only moves forward; the history keeps the deletion.
 */
export async function deleteReport(
  context: RequestContext,
  id: string,
  version: number | null | undefined,
): Promise<string> {
  requireWriter(context.actor);
  const report = await loadReportForAction(context, id);
  const rule = returnWorkflow.authorize(
    'delete',
    report.status,
    partiesOf(context.actor, report),
    report.code,
  );
  await context.db.transaction(async (manager) => {
    // The guarded update locks the row and proves that status and version are still the ones read.
    await applyTransition(manager, context, report, rule, { version });
    await manager.delete(ReturnReport, { id: report.id });
  });
  context.logger.info({ reportId: report.id, reportCode: report.code }, 'return report deleted');
  if (report.workOrderId !== null) await releaseWorkOrderForReturn(context, report.workOrderId);
  return report.id;
}

import { EntityManager, QueryFailedError } from 'typeorm';
import { Actor } from '../../../platform/auth/actor';
import { canWriteDocuments } from '../../../platform/auth/visibility';
import { conflict, forbidden, notFound, Reason } from '../../../platform/errors';
import { recordEvent } from '../../../platform/history';
import { RequestContext } from '../../../platform/server/context';
import { guardedUpdate, TransitionRule } from '../../../platform/workflow';
import { ReturnFaultCause, ReturnFaultyPart } from '../entities/return-lines';
import { ReturnReport } from '../entities/return-report';
import { ReturnStatus } from '../graphql/enums';
import { canReadReport, isUuid } from '../visibility';
import { ReturnAction, ReturnParty } from '../workflow';
import { CheckedApplication } from './application-check';

export const DOCUMENT_TYPE = 'RETURN_REPORT';
export const RETURNS_SCHEMA = 'returns';

/** The version a caller read, passed to a step so it fails with STALE_VERSION if the report changed. */
export type Version = number | null | undefined;

/** Rejects callers who may only read, such as analysts. */
export function requireWriter(actor: Actor): void {
  if (!canWriteDocuments(actor)) {
    throw forbidden('Your role may read return reports but not change them', Reason.READ_ONLY_ROLE);
  }
}

/** Loads a report for a mutation; NOT_FOUND when it does not exist or the caller cannot see it. */
export async function loadReportForAction(
  context: RequestContext,
  id: string,
): Promise<ReturnReport> {
  const report = isUuid(id) ? await context.db.getRepository(ReturnReport).findOneBy({ id }) : null;
  if (!report || !canReadReport(context.actor, report)) throw notFound('Return report', id);
  return report;
}

/** Reloads a report after its transaction committed, for the mutation's response. */
export async function reloadReport(context: RequestContext, id: string): Promise<ReturnReport> {
  return context.db.getRepository(ReturnReport).findOneByOrFail({ id });
}

/** Writes the fault-cause and faulty-part lines and claims the unit barcodes of an application. */
export async function insertApplicationRows(
  manager: EntityManager,
  reportId: string,
  application: CheckedApplication,
): Promise<void> {
  if (application.faultCauses.length > 0) {
    await manager.insert(
      ReturnFaultCause,
      application.faultCauses.map((line, index) => ({ reportId, position: index + 1, ...line })),
    );
  }
  if (application.faultyParts.length > 0) {
    await manager.insert(
      ReturnFaultyPart,
      application.faultyParts.map((line, index) => ({ reportId, position: index + 1, ...line })),
    );
  }
  if (application.barcodes.length > 0) {
    // Sorted, so two transactions claiming the same pair wait for each other instead of deadlocking.
    const claims = [...application.barcodes].sort((a, b) => a.barcode.localeCompare(b.barcode));
    const values = claims.map(
      (_, index) => `($${index * 2 + 1}, $${index * 2 + 2}, $${claims.length * 2 + 1})`,
    );
    await manager.query(
      `INSERT INTO "${RETURNS_SCHEMA}".return_barcode (barcode, unit_kind, report_id) VALUES ${values.join(', ')}`,
      [...claims.flatMap((claim) => [claim.barcode, claim.unitKind]), reportId],
    );
  }
}

/** Replaces the lines and barcodes of a report with those of a new application. */
export async function replaceApplicationRows(
  manager: EntityManager,
  reportId: string,
  application: CheckedApplication,
): Promise<void> {
  await manager.delete(ReturnFaultCause, { reportId });
  await manager.delete(ReturnFaultyPart, { reportId });
  await manager.query(`DELETE FROM "${RETURNS_SCHEMA}".return_barcode WHERE report_id = $1`, [
    reportId,
  ]);
  await insertApplicationRows(manager, reportId, application);
}

function isBarcodeConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === 'return_barcode_pkey';
}

/**
 * Runs a transaction that claims unit barcodes for report `reportId`. When another report already has one of them (the
 * primary key of `return_barcode` rejects the claim), throws CONFLICT / BARCODE_ALREADY_USED
 * naming that report.
 */
export async function transactionClaimingBarcodes<T>(
  context: RequestContext,
  reportId: string,
  barcodes: string[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await context.db.transaction(work);
  } catch (error) {
    if (!isBarcodeConflict(error)) throw error;
    const holders: { barcode: string; code: string }[] = await context.db.query(
      `SELECT barcode.barcode, report.code
         FROM "${RETURNS_SCHEMA}".return_barcode barcode
         JOIN "${RETURNS_SCHEMA}".return_report report ON report.id = barcode.report_id
        WHERE barcode.barcode = ANY($1::text[]) AND barcode.report_id <> $2
        ORDER BY barcode.barcode`,
      [barcodes, reportId],
    );
    const holder = holders[0];
    if (!holder) {
      throw conflict(
        Reason.BARCODE_ALREADY_USED,
        `A barcode of this unit (${barcodes.join(', ')}) was claimed by another report at the same moment. Try again`,
      );
    }
    context.logger.info(
      { reportCode: holder.code },
      'return report rejected: barcode already used',
    );
    throw conflict(
      Reason.BARCODE_ALREADY_USED,
      `Barcode ${holder.barcode} is already on return report ${holder.code}: one unit can be returned only once`,
      { reportCode: holder.code, barcode: holder.barcode },
    );
  }
}

/**
 * Moves a report along one workflow rule inside the caller's transaction: updates it only if it
 * still has the status read and, when the client sent a version, that version (raising the
 * version either way), and appends the history event.
 */
export async function applyTransition(
  manager: EntityManager,
  context: RequestContext,
  report: ReturnReport,
  rule: TransitionRule<ReturnStatus, ReturnAction, ReturnParty>,
  options: {
    version?: number | null;
    /** Column changes by property name; a function value is raw SQL, e.g. `() => 'now()'`. */
    changes?: Record<string, unknown>;
    comment?: string | null;
  },
): Promise<void> {
  await guardedUpdate(
    manager,
    ReturnReport,
    {
      id: report.id,
      status: report.status,
      version: options.version ?? undefined,
      label: `Return report ${report.code}`,
    },
    { ...options.changes, status: rule.to, updatedBy: context.actor.userId },
  );
  await recordEvent(manager, RETURNS_SCHEMA, {
    documentType: DOCUMENT_TYPE,
    documentId: report.id,
    actor: context.actor,
    action: rule.action,
    fromStatus: report.status,
    toStatus: rule.to,
    comment: options.comment ?? null,
  });
}

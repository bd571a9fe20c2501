import { Actor } from '../../../platform/auth/actor';
import { conflict, forbidden, notFound, Reason } from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { querySubgraph } from '../../../platform/server/remote';
import { DismantleScope } from '../entities/service-order';

/** The facts of a return report that service and repair orders are checked against. */
export interface LinkedReturnReport {
  id: string;
  code: string;
  status: string;
  type: string;
  originalUnit: { indoorBarcode: string | null; outdoorBarcode: string | null };
  repairProgress: { repairUnit: { code: string } } | null;
}

/** Fetches the return report a service order links to. */
export interface ReturnReportSource {
  fetch(context: RequestContext, id: string, consequence: string): Promise<LinkedReturnReport>;
}

const RETURN_REPORT_QUERY = `query LinkedReturnReport($id: ID) {
  returnReport(id: $id) {
    id code status type
    originalUnit { indoorBarcode outdoorBarcode }
    repairProgress { repairUnit { code } }
  }
}`;

/**
 * Asks the returns subgraph with the caller's token, so its visibility rules apply. A report that
 * is missing or hidden from the caller raises NOT_FOUND naming the id.
 */
export const remoteReturnReportSource: ReturnReportSource = {
  async fetch(context, id, consequence) {
    const data = await querySubgraph<{ returnReport: LinkedReturnReport | null }>(
      context,
      'returns',
      RETURN_REPORT_QUERY,
      { id },
      consequence,
    );
    if (!data.returnReport) throw notFound('Return report', id);
    return data.returnReport;
  },
};

/** Statuses of a return report that has passed the center's result review. */
export const RESULT_REVIEW_PASSED: readonly string[] = ['REPAIR_PENDING', 'ENDED'];

/** Returns the dismantle scope that a return type's unit calls for. */
export function scopeForReturnType(type: string): DismantleScope | null {
  if (type.endsWith('_INDOOR')) return DismantleScope.INDOOR;
  if (type.endsWith('_OUTDOOR')) return DismantleScope.OUTDOOR;
  if (type.endsWith('_WHOLE')) return DismantleScope.WHOLE;
  return null;
}

/**
 * Rejects a repair order unless the center has recorded the report's repair progress (CONFLICT
 * `REPAIR_PROGRESS_PENDING`) and names the caller's organisation as repair unit (FORBIDDEN
 * `NOT_REPAIR_UNIT`).
 */
export function assertRepairUnit(actor: Actor, report: LinkedReturnReport): void {
  if (!report.repairProgress) {
    throw conflict(
      Reason.REPAIR_PROGRESS_PENDING,
      `Return report ${report.code} has no repair progress yet: a repair order can be entered only after the center records the repair unit and disposition`,
      { reportCode: report.code, reportStatus: report.status },
    );
  }
  const repairUnit = report.repairProgress.repairUnit.code;
  if (repairUnit !== actor.organizationCode) {
    throw forbidden(
      `Only the repair unit ${repairUnit} of return report ${report.code} may enter its repair order, not ${actor.organizationCode}`,
      Reason.NOT_REPAIR_UNIT,
    );
  }
}

/** The fields of a service order that submission compares with its return report. */
export interface SubmittedUnit {
  serviceNumber: string;
  scope: DismantleScope;
  indoorBarcode: string | null;
  outdoorBarcode: string | null;
}

/**
 * Rejects submitting a service order tied to a return report, each case with its own CONFLICT
 * reason: the report has not passed the center's result review (`RESULT_REVIEW_PENDING`), the
 * dismantle scope differs from the return type's unit (`SCOPE_MISMATCH`), or a barcode given on
 * the order differs from the report's (`BARCODE_MISMATCH`, with `expected` and `actual`).
 */
export function assertMatchesReturnReport(order: SubmittedUnit, report: LinkedReturnReport): void {
  if (!RESULT_REVIEW_PASSED.includes(report.status)) {
    throw conflict(
      Reason.RESULT_REVIEW_PENDING,
      `Cannot submit service order ${order.serviceNumber}: return report ${report.code} is in status ${report.status} and has not passed the center's result review`,
      { reportCode: report.code, reportStatus: report.status },
    );
  }
  const expectedScope = scopeForReturnType(report.type);
  if (expectedScope !== order.scope) {
    throw conflict(
      Reason.SCOPE_MISMATCH,
      `Cannot submit service order ${order.serviceNumber}: its dismantle scope is ${order.scope}, but return report ${report.code} of type ${report.type} needs scope ${expectedScope ?? 'unknown'}`,
      { reportCode: report.code, expected: expectedScope, actual: order.scope },
    );
  }
  const sides = [
    { field: 'indoorBarcode', label: 'indoor' },
    { field: 'outdoorBarcode', label: 'outdoor' },
  ] as const;
  for (const side of sides) {
    const actual = order[side.field];
    const expected = report.originalUnit[side.field];
    if (actual !== null && actual !== expected) {
      throw conflict(
        Reason.BARCODE_MISMATCH,
        `Cannot submit service order ${order.serviceNumber}: its ${side.label} barcode is ${actual}, but return report ${report.code} has ${expected ?? 'no ' + side.label + ' barcode'}`,
        { reportCode: report.code, field: side.field, expected, actual },
      );
    }
  }
}

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
  /** Returns the report, or null when it does not exist or the caller may not see it. */
  fetch(
    context: RequestContext,
    id: string,
    consequence: string,
  ): Promise<LinkedReturnReport | null>;
}

const RETURN_REPORT_QUERY = `query LinkedReturnReport($id: ID) {
  returnReport(id: $id) {
    id code status type
    originalUnit { indoorBarcode outdoorBarcode }
    repairProgress { repairUnit { code } }
  }
}`;

/** Asks the returns subgraph with the caller's token, so its visibility rules apply. */
export const remoteReturnReportSource: ReturnReportSource = {
  async fetch(context, id, consequence) {
    const data = await querySubgraph<{ returnReport: LinkedReturnReport | null }>(
      context,
      'returns',
      RETURN_REPORT_QUERY,
      { id },
      consequence,
    );
    return data.returnReport;
  },
};

const VISIBLE_RETURN_REPORT_QUERY = `query VisibleReturnReport($id: ID) {
  returnReport(id: $id) { id }
}`;

/**
 * Rejects with NOT_FOUND a return report that does not exist or that the caller may not see. The
 * returns subgraph decides, because it owns the report and its visibility rules, and it is asked
 * with the caller's token. Fails closed when it cannot be reached.
 */
export async function assertReturnReportVisible(
  context: RequestContext,
  id: string,
  consequence: string,
): Promise<void> {
  const data = await querySubgraph<{ returnReport: { id: string } | null }>(
    context,
    'returns',
    VISIBLE_RETURN_REPORT_QUERY,
    { id },
    consequence,
  );
  if (!data.returnReport) throw notFound('Return report', id);
}

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

/** The barcodes of the order, and the unit each belongs to. */
const BARCODE_SIDES = [
  { field: 'indoorBarcode', label: 'indoor' },
  { field: 'outdoorBarcode', label: 'outdoor' },
] as const;

type BarcodeField = (typeof BARCODE_SIDES)[number]['field'];

/** The barcodes that a service order of each dismantle scope must carry. */
const REQUIRED_BARCODES: Record<DismantleScope, readonly BarcodeField[]> = {
  [DismantleScope.INDOOR]: ['indoorBarcode'],
  [DismantleScope.OUTDOOR]: ['outdoorBarcode'],
  [DismantleScope.WHOLE]: ['indoorBarcode', 'outdoorBarcode'],
};

/** One barcode of a service order that does not match its return report. */
interface BarcodeMismatch {
  field: BarcodeField;
  label: string;
  expected: string | null;
  actual: string | null;
}

/**
 * Lists the barcodes of an order that differ from the report's. A barcode that the scope needs
 * must be present, and any barcode given must equal the report's.
 */
function barcodeMismatches(order: SubmittedUnit, report: LinkedReturnReport): BarcodeMismatch[] {
  const required = REQUIRED_BARCODES[order.scope];
  const mismatches: BarcodeMismatch[] = [];
  for (const side of BARCODE_SIDES) {
    const actual = order[side.field];
    const expected = report.originalUnit[side.field];
    const missing = actual === null && required.includes(side.field);
    const different = actual !== null && actual !== expected;
    if (missing || different) {
      mismatches.push({ field: side.field, label: side.label, expected, actual });
    }
  }
  return mismatches;
}

function describeMismatch(mismatch: BarcodeMismatch, report: LinkedReturnReport): string {
  const reportValue = mismatch.expected ?? `no ${mismatch.label} barcode`;
  if (mismatch.actual === null) {
    return `its ${mismatch.label} barcode is missing, but return report ${report.code} has ${reportValue}`;
  }
  return `its ${mismatch.label} barcode is ${mismatch.actual}, but return report ${report.code} has ${reportValue}`;
}

/**
 * Rejects submitting a service order tied to a return report, each case with its own CONFLICT
 * reason: the report has not passed the center's result review (`RESULT_REVIEW_PENDING`), the
 * dismantle scope differs from the return type's unit (`SCOPE_MISMATCH`), or a barcode that the
 * scope needs is missing or a barcode differs from the report's (`BARCODE_MISMATCH`). A barcode
 * mismatch carries `field`, `expected` and `actual` of the first mismatch, and `mismatches` lists
 * every one.
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
  const mismatches = barcodeMismatches(order, report);
  if (mismatches.length === 0) return;
  const [first] = mismatches;
  const details = mismatches.map((mismatch) => describeMismatch(mismatch, report)).join('; ');
  throw conflict(
    Reason.BARCODE_MISMATCH,
    `Cannot submit service order ${order.serviceNumber}: ${details}. Edit the draft so that its barcodes match the report's, then submit it again`,
    {
      reportCode: report.code,
      field: first.field,
      expected: first.expected,
      actual: first.actual,
      mismatches: mismatches.map(({ field, expected, actual }) => ({ field, expected, actual })),
    },
  );
}

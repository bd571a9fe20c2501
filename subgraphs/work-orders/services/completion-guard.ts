import { conflict, dependencyUnavailable, Reason } from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { querySubgraph } from '../../../platform/server/remote';
import { WorkOrder } from '../entities/work-order';

/** A return report linked to a work order that has not yet passed the center's result review. */
export interface BlockingReturnReport {
  id: string;
  code: string;
  status: string;
}

/** Tells which return reports keep a work order from being completed. */
export interface ReturnReportGate {
  blockingReports(context: RequestContext, workOrderId: string): Promise<BlockingReturnReport[]>;
}

const BLOCKING_REPORTS_QUERY = `query BlockingReturnReports($workOrderId: ID!) {
  returnReportsBlockingCompletion(workOrderId: $workOrderId) { id code status }
}`;

/**
 * Asks the returns subgraph with the caller's token. Fails closed: an unreachable subgraph or a
 * response without the list raises an error, so no order is completed unchecked.
 */
export const remoteReturnReportGate: ReturnReportGate = {
  async blockingReports(context, workOrderId) {
    const consequence = 'the work order was not completed';
    const data = await querySubgraph<{ returnReportsBlockingCompletion?: unknown }>(
      context,
      'returns',
      BLOCKING_REPORTS_QUERY,
      { workOrderId },
      consequence,
    );
    const reports = data.returnReportsBlockingCompletion;
    if (!Array.isArray(reports)) {
      context.logger.error({ workOrderId }, 'returns subgraph sent no list of blocking reports');
      throw dependencyUnavailable('returns', consequence);
    }
    return reports as BlockingReturnReport[];
  },
};

/**
 * Rejects completion while any linked return report has not passed the center's result review.
 * The error names the first such report and its status in the message and in
 * `extensions.reportCode` and `extensions.reportStatus`, and lists all of them in
 * `extensions.blockingReports`.
 */
export async function assertCompletionAllowed(
  gate: ReturnReportGate,
  context: RequestContext,
  order: Pick<WorkOrder, 'id' | 'code'>,
): Promise<void> {
  const reports = await gate.blockingReports(context, order.id);
  if (reports.length === 0) return;
  const [first] = reports;
  const more = reports.length - 1;
  const others = more > 0 ? ` and ${more} more report${more === 1 ? '' : 's'}` : '';
  throw conflict(
    Reason.RESULT_REVIEW_PENDING,
    `Cannot confirm completion of work order ${order.code}: return report ${first.code} is in status ${first.status}${others}, and completion waits until the center's result review has approved it`,
    {
      reportCode: first.code,
      reportStatus: first.status,
      blockingReports: reports.map(({ code, status }) => ({ code, status })),
    },
  );
}

/**
 * Rejects completion while linked return reports keep a hold on the order, reading
 * `openReturnReports` from the locked order row. The returns subgraph places the hold before it
 * saves a linked report.
 */
export function assertNoReturnReportHolds(
  order: Pick<WorkOrder, 'id' | 'code'>,
  openReturnReports: number,
): void {
  if (openReturnReports <= 0) return;
  throw conflict(
    Reason.RESULT_REVIEW_PENDING,
    `Cannot confirm completion of work order ${order.code}: ${openReturnReports === 1 ? '1 linked return report has' : `${openReturnReports} linked return reports have`} not passed the center's result review. Complete the order after the center has approved the result.`,
    { openReturnReports },
  );
}

import { RequestContext } from '../../../platform/server/context';
import { notifySubgraph, querySubgraph } from '../../../platform/server/remote';

/**
 * Reservations of repair orders on return reports. The returns subgraph keeps the count on the
 * report row, so a change of repair unit, which locks the same row, cannot slip between the check
 * and the insert of a repair order.
 */

const RESERVE_MUTATION = 'mutation($id: ID!){ reserveRepairOrder(returnReportId: $id) }';
const RELEASE_MUTATION = 'mutation($id: ID!){ releaseRepairOrder(returnReportId: $id) }';

/**
 * Reserves a repair order on return report `returnReportId` for the caller's outlet, with the
 * caller's token. Fails closed: a refusal of the returns subgraph is passed on, and when it
 * cannot be reached the error states `consequence`.
 */
export async function reserveRepairOrder(
  context: RequestContext,
  returnReportId: string,
  consequence: string,
): Promise<void> {
  await querySubgraph(context, 'returns', RESERVE_MUTATION, { id: returnReportId }, consequence);
  context.logger.info({ returnReportId }, 'repair order reserved on return report');
}

/**
 * Releases a repair order reserved on return report `returnReportId`. The repair order was
 * already deleted or never inserted, so a failure is only logged with the report id.
 *
 * NOTE: a reservation that could not be released keeps the report's count above zero, so the
 * center cannot change the repair unit until the count is corrected in the returns database.
 * That fails closed: no repair order is ever left with a report naming another repair unit.
 */
export async function releaseRepairOrder(
  context: RequestContext,
  returnReportId: string,
): Promise<void> {
  await notifySubgraph(
    context,
    'returns',
    RELEASE_MUTATION,
    { id: returnReportId },
    {
      ids: { returnReportId },
      done: 'repair order reservation released',
      failed:
        'releasing a repair order reservation failed; the repair unit of the return report cannot be changed until it is released',
    },
  );
}

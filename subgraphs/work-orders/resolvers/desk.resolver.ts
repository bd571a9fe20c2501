import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DeskCount } from '../../../platform/graphql/references';
import { RequestContext } from '../../../platform/server/context';
import { WorkOrderDesk } from '../graphql/references';
import { visibleWorkOrders } from '../services/work-order-queries';
import { workOrderPartyConditions, workOrderWorkflow } from '../workflow/work-order.workflow';

@Resolver(() => WorkOrderDesk)
export class DeskResolver {
  @FieldResolver(() => DeskCount, {
    description:
      'Work orders waiting for the caller. An outlet accepts them, names an engineer or confirms completion, and a center dispatches them. Open means not COMPLETED, CLOSED or CANCELLED.',
  })
  async workOrders(
    @Root() _desk: WorkOrderDesk,
    @Ctx() context: RequestContext,
  ): Promise<DeskCount> {
    const awaiting = workOrderWorkflow.awaitingCondition(
      'workOrder.status',
      workOrderPartyConditions(context.actor, 'workOrder'),
    );
    const open = workOrderWorkflow.openCondition('workOrder.status');
    const counts = await visibleWorkOrders(context)
      .select(`COUNT(*) FILTER (WHERE ${awaiting.sql})`, 'awaiting')
      .addSelect(`COUNT(*) FILTER (WHERE ${open.sql})`, 'open')
      .setParameters({ ...awaiting.params, ...open.params })
      .getRawOne<{ awaiting: string; open: string }>();
    return { awaitingMyAction: Number(counts?.awaiting ?? 0), open: Number(counts?.open ?? 0) };
  }
}

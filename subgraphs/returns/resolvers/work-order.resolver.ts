import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { describeValue, forbidden, invalidField, notFound, Reason } from '../../../platform/errors';
import { canWriteDocuments } from '../../../platform/auth/visibility';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import { ReturnStatus } from '../graphql/enums';
import { BlockingReturnReport, WorkOrderReference } from '../graphql/federation-types';
import { workOrderReportsLoader } from '../loaders';
import { isWorkOrderVisible } from '../services/work-orders-client';
import { isUuid } from '../visibility';

/** A report no longer blocks its work order once the center approved its result, or it ended. */
const PAST_RESULT_REVIEW = [ReturnStatus.REPAIR_PENDING, ReturnStatus.ENDED, ReturnStatus.REJECTED];

@Resolver(() => WorkOrderReference)
export class WorkOrderReturnsResolver {
  @FieldResolver(() => [ReturnReport], {
    description: 'Return reports raised from this work order that the caller may see.',
  })
  async returnReports(
    @Root() workOrder: WorkOrderReference,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport[]> {
    return workOrderReportsLoader(context).load(workOrder.id);
  }

  @Query(() => [BlockingReturnReport], {
    description:
      'Reports of a work order, whoever submitted them, that have not passed the result review and are not rejected. Asked by the work-orders subgraph before completing an order. NOT_FOUND unless the caller may see the work order.',
  })
  @Directive('@inaccessible')
  async returnReportsBlockingCompletion(
    @Arg('workOrderId', () => ID) workOrderId: string,
    @Ctx() context: RequestContext,
  ): Promise<BlockingReturnReport[]> {
    if (!canWriteDocuments(context.actor)) {
      throw forbidden('Your role may not check work-order completion', Reason.READ_ONLY_ROLE);
    }
    if (!isUuid(workOrderId)) {
      throw invalidField(
        'workOrderId',
        `must be the id (a UUID) of a work order (got ${describeValue(workOrderId)})`,
      );
    }
    // The list covers reports the caller cannot see, so the caller must at least see the order.
    const visible = await isWorkOrderVisible(
      context,
      workOrderId,
      'the return reports blocking its completion were not listed',
    );
    if (!visible) throw notFound('Work order', workOrderId);
    return context.db
      .getRepository(ReturnReport)
      .createQueryBuilder('report')
      .select(['report.id', 'report.code', 'report.status'])
      .where('report.workOrderId = :workOrderId', { workOrderId })
      .andWhere('report.status NOT IN (:...passed)', { passed: PAST_RESULT_REVIEW })
      .orderBy('report.createdAt', 'ASC')
      .getMany();
  }
}

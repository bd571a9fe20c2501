import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { forbidden, invalidField, Reason } from '../../../platform/errors';
import { canWriteDocuments } from '../../../platform/auth/visibility';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import { ReturnStatus } from '../graphql/enums';
import { BlockingReturnReport, WorkOrderReference } from '../graphql/federation-types';
import { workOrderReportsLoader } from '../loaders';
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
      'Reports of a work order, whoever submitted them, that have not passed the result review and are not rejected. Asked by the work-orders subgraph before completing an order.',
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
      throw invalidField('workOrderId', `"${workOrderId}" is not a work order id`);
    }
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

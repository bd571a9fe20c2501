import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { hasRole, Role } from '../../../platform/auth/actor';
import { forbidden, invalidField } from '../../../platform/errors';
import { RequestContext } from '../../../platform/server/context';
import { ServiceOrder, ServiceOrderKind } from '../entities/service-order';
import { ReturnReportReference } from '../graphql/references';
import { repairOrdersOfReturnReportLoader } from '../loaders';
import { assertReturnReportVisible } from '../services/return-report-checks';
import { isUuid } from '../visibility';

/** The fields this subgraph adds to return reports, for the returns subgraph and clients. */
@Resolver(() => ReturnReportReference)
export class ReturnReportResolver {
  @FieldResolver(() => [ServiceOrder], {
    description: 'Repair orders (返修单) entered for this report that the caller can see.',
  })
  repairOrders(
    @Root() report: ReturnReportReference,
    @Ctx() context: RequestContext,
  ): Promise<ServiceOrder[]> {
    return repairOrdersOfReturnReportLoader(context).load(report.id);
  }

  @Query(() => Int, {
    description:
      'Repair orders, draft or submitted, tied to a return report, whoever entered them. Served to the returns subgraph, for centers and headquarters that can see the report; NOT_FOUND otherwise.',
  })
  @Directive('@inaccessible')
  async repairOrderCount(
    @Arg('returnReportId', () => ID) returnReportId: string,
    @Ctx() context: RequestContext,
  ): Promise<number> {
    if (!hasRole(context.actor, Role.CENTER, Role.HQ)) {
      throw forbidden('Only a marketing center or headquarters may count repair orders');
    }
    if (!isUuid(returnReportId)) {
      throw invalidField('returnReportId', `must be a return report id (got "${returnReportId}")`);
    }
    // The count reveals facts about a report, so it is given only to callers who may see the report.
    await assertReturnReportVisible(context, returnReportId, 'the repair orders were not counted');
    return context.db.getRepository(ServiceOrder).countBy({
      returnReportId,
      kind: ServiceOrderKind.REPAIR,
    });
  }
}

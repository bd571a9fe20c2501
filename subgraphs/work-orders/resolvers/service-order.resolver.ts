import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DocumentEvent, toDocumentEvents } from '../../../platform/graphql/common-types';
import { OrganizationReference } from '../../../platform/graphql/references';
import { Page, paginate } from '../../../platform/pagination';
import { RequestContext } from '../../../platform/server/context';
import { ServiceOrder } from '../entities/service-order';
import { WorkOrder } from '../entities/work-order';
import { ReturnReportReference } from '../graphql/references';
import {
  ServiceOrderConnection,
  ServiceOrderInput,
  ServiceOrdersArgs,
} from '../graphql/service-order.types';
import { historyLoader, visibleServiceOrderLoader, visibleWorkOrderLoader } from '../loaders';
import { remoteReturnReportSource } from '../services/return-report-checks';
import {
  createServiceOrder,
  deleteServiceOrder,
  submitServiceOrder,
  updateServiceOrder,
} from '../services/service-order-actions';
import {
  applyServiceOrderFilter,
  SERVICE_ORDER_ALIAS,
  visibleServiceOrders,
} from '../services/service-order-queries';
import { VersionArg } from '../../../platform/graphql/version-arg';

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver {
  @Query(() => ServiceOrder, {
    nullable: true,
    description: 'One service or repair order, or null when it does not exist or is not visible.',
  })
  serviceOrder(
    @Arg('id', () => ID) id: string,
    @Ctx() context: RequestContext,
  ): Promise<ServiceOrder | null> {
    return visibleServiceOrderLoader(context).load(id);
  }

  @Query(() => ServiceOrderConnection, {
    description: 'Service and repair orders visible to the caller, newest first.',
  })
  serviceOrders(
    @Args(() => ServiceOrdersArgs) args: ServiceOrdersArgs,
    @Ctx() context: RequestContext,
  ): Promise<Page<ServiceOrder>> {
    const query = visibleServiceOrders(context);
    if (args.filter) applyServiceOrderFilter(query, args.filter);
    return paginate(query, SERVICE_ORDER_ALIAS, args);
  }

  @FieldResolver(() => WorkOrder, {
    nullable: true,
    description: 'The linked work order, or null when there is none or the caller cannot see it.',
  })
  workOrder(
    @Root() order: ServiceOrder,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder | null> | null {
    return order.workOrderId ? visibleWorkOrderLoader(context).load(order.workOrderId) : null;
  }

  @FieldResolver(() => ReturnReportReference, { nullable: true })
  returnReport(@Root() order: ServiceOrder): ReturnReportReference | null {
    return order.returnReportId ? { id: order.returnReportId } : null;
  }

  @FieldResolver(() => OrganizationReference, { description: 'The outlet that entered it.' })
  enteredBy(@Root() order: ServiceOrder): OrganizationReference {
    return { code: order.enteredBy };
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every step, oldest first.' })
  async history(
    @Root() order: ServiceOrder,
    @Ctx() context: RequestContext,
  ): Promise<DocumentEvent[]> {
    return toDocumentEvents(await historyLoader(context).load(order.id), context.actor);
  }

  @Mutation(() => ServiceOrder, {
    description:
      "Enters a draft for the caller's outlet. A repair order (kind REPAIR) needs a return report whose repair progress names the caller's outlet as repair unit.",
  })
  createServiceOrder(
    @Arg('input', () => ServiceOrderInput) input: ServiceOrderInput,
    @Ctx() context: RequestContext,
  ): Promise<ServiceOrder> {
    return createServiceOrder(context, input, remoteReturnReportSource);
  }

  @Mutation(() => ServiceOrder, { description: 'Replaces every field of a draft.' })
  updateServiceOrder(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceOrderInput) input: ServiceOrderInput,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ServiceOrder> {
    return updateServiceOrder(context, { id, input, version }, remoteReturnReportSource);
  }

  @Mutation(() => ServiceOrder, {
    description:
      "Submits a draft. One tied to a return report is rejected while the report has not passed the center's result review (RESULT_REVIEW_PENDING), when the scope does not fit the return type (SCOPE_MISMATCH) or when a barcode differs from the report's (BARCODE_MISMATCH).",
  })
  submitServiceOrder(
    @Arg('id', () => ID) id: string,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ServiceOrder> {
    return submitServiceOrder(context, { id, version }, remoteReturnReportSource);
  }

  @Mutation(() => ID, { description: 'Deletes a draft and returns its id.' })
  deleteServiceOrder(
    @Arg('id', () => ID) id: string,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return deleteServiceOrder(context, { id, version });
  }
}

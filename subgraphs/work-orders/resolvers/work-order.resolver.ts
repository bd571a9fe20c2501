import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { freeTextFor, maskPhone, masksContacts } from '../../../platform/auth/visibility';
import { invalidField } from '../../../platform/errors';
import {
  Customer,
  customerFromColumns,
  DocumentEvent,
  ProductInfo,
  toDocumentEvents,
} from '../../../platform/graphql/common-types';
import { OrganizationReference } from '../../../platform/graphql/references';
import { Page, paginate } from '../../../platform/pagination';
import { RequestContext } from '../../../platform/server/context';
import { ServiceOrder } from '../entities/service-order';
import { WorkOrder, WorkOrderStage } from '../entities/work-order';
import { Engineer, WorkOrderConnection, WorkOrdersArgs } from '../graphql/work-order.types';
import { historyLoader, serviceOrdersOfWorkOrderLoader, visibleWorkOrderLoader } from '../loaders';
import {
  applyWorkOrderFilter,
  visibleWorkOrders,
  WORK_ORDER_ALIAS,
} from '../services/work-order-queries';

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Query(() => WorkOrder, {
    nullable: true,
    description:
      'One work order by id or by code (give exactly one), or null when it does not exist or is not visible to the caller.',
  })
  async workOrder(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder | null> {
    if ((id == null) === (code == null)) {
      throw invalidField('id', 'give either id or code, not both and not neither');
    }
    if (id != null) return visibleWorkOrderLoader(context).load(id);
    return visibleWorkOrders(context)
      .andWhere('workOrder.code = :code', { code: (code as string).trim() })
      .getOne();
  }

  @Query(() => WorkOrderConnection, {
    description: 'Work orders visible to the caller, newest first, 20 a page by default.',
  })
  async workOrders(
    @Args(() => WorkOrdersArgs) args: WorkOrdersArgs,
    @Ctx() context: RequestContext,
  ): Promise<Page<WorkOrder>> {
    const query = visibleWorkOrders(context);
    if (args.filter) applyWorkOrderFilter(query, args.filter, context.actor);
    return paginate(query, WORK_ORDER_ALIAS, args);
  }

  @FieldResolver(() => WorkOrderStage)
  stage(@Root() order: WorkOrder): WorkOrderStage {
    return order.status;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone the customer called from, masked for the ANALYST role.',
  })
  callerPhone(@Root() order: WorkOrder, @Ctx() context: RequestContext): string | null {
    return masksContacts(context.actor) ? maskPhone(order.callerPhone) : order.callerPhone;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What the customer asked for. Phone numbers in it are masked for the ANALYST role.',
  })
  description(@Root() order: WorkOrder, @Ctx() context: RequestContext): string | null {
    return freeTextFor(context.actor, order.description);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What happened last, e.g. a note. Phone numbers in it are masked for the ANALYST role.',
  })
  latestActivityDescription(
    @Root() order: WorkOrder,
    @Ctx() context: RequestContext,
  ): string | null {
    const text = order.latestActivityDescription;
    return freeTextFor(context.actor, text);
  }

  @FieldResolver(() => Customer)
  customer(@Root() order: WorkOrder, @Ctx() context: RequestContext): Customer {
    return customerFromColumns(context.actor, order);
  }

  @FieldResolver(() => ProductInfo)
  product(@Root() order: WorkOrder): ProductInfo {
    return {
      indoorBarcode: order.indoorBarcode,
      indoorModel: order.indoorModel,
      outdoorBarcode: order.outdoorBarcode,
      outdoorModel: order.outdoorModel,
      wholeUnitModel: order.wholeUnitModel,
    };
  }

  @FieldResolver(() => OrganizationReference, { description: 'The marketing center.' })
  center(@Root() order: WorkOrder): OrganizationReference {
    return { code: order.centerCode };
  }

  @FieldResolver(() => OrganizationReference, {
    nullable: true,
    description:
      'The outlet the order is dispatched to, or null before dispatch and after rejection.',
  })
  outlet(@Root() order: WorkOrder): OrganizationReference | null {
    return order.outletCode ? { code: order.outletCode } : null;
  }

  @FieldResolver(() => Engineer, { nullable: true })
  engineer(@Root() order: WorkOrder, @Ctx() context: RequestContext): Engineer | null {
    if (!order.engineerName) return null;
    const phone = masksContacts(context.actor)
      ? maskPhone(order.engineerPhone)
      : order.engineerPhone;
    return { name: order.engineerName, phone };
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every step, oldest first.' })
  async history(
    @Root() order: WorkOrder,
    @Ctx() context: RequestContext,
  ): Promise<DocumentEvent[]> {
    return toDocumentEvents(await historyLoader(context).load(order.id), context.actor);
  }

  @FieldResolver(() => [ServiceOrder], {
    description: 'Service and repair orders entered for this order that the caller can see.',
  })
  serviceOrders(@Root() order: WorkOrder, @Ctx() context: RequestContext): Promise<ServiceOrder[]> {
    return serviceOrdersOfWorkOrderLoader(context).load(order.id);
  }
}

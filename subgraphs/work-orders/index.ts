import { forbidden } from '../../platform/errors';
import { RequestContext } from '../../platform/server/context';
import { SubgraphDefinition } from '../../platform/server/subgraph';
import { ServiceOrder } from './entities/service-order';
import { WorkOrder } from './entities/work-order';
import { WorkOrderDesk } from './graphql/references';
import { visibleWorkOrderLoader } from './loaders';
import { CreateWorkOrders1733400000000 } from './migrations/1733400000000-CreateWorkOrders';
import { AddReturnReportHolds1733600000000 } from './migrations/1733600000000-AddReturnReportHolds';
import { DeskResolver } from './resolvers/desk.resolver';
import { ReturnReportResolver } from './resolvers/return-report.resolver';
import { ServiceOrderResolver } from './resolvers/service-order.resolver';
import { WorkOrderMutationResolver } from './resolvers/work-order-mutation.resolver';
import { WorkOrderResolver } from './resolvers/work-order.resolver';

/** Work orders, and the service and repair orders that outlets enter after a visit. */
export const workOrders: SubgraphDefinition = {
  name: 'work-orders',
  entities: [WorkOrder, ServiceOrder],
  migrations: [CreateWorkOrders1733400000000, AddReturnReportHolds1733600000000],
  graphql: {
    resolvers: [
      WorkOrderResolver,
      WorkOrderMutationResolver,
      ServiceOrderResolver,
      ReturnReportResolver,
      DeskResolver,
    ],
    // No root field returns the desk, so its type must be listed to appear in the schema.
    orphanedTypes: [WorkOrderDesk],
    referenceResolvers: {
      // Null for an order the caller may not see, so federation hides it like any other path.
      WorkOrder: {
        __resolveReference: (reference: { id: string }, context: RequestContext) =>
          visibleWorkOrderLoader(context).load(reference.id),
      },
      // The returns subgraph resolves the report and applies its visibility. This subgraph
      // filters only the repair orders.
      ReturnReport: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      },
      Desk: {
        __resolveReference: (reference: { userId: string }, context: RequestContext) => {
          if (reference.userId !== context.actor.userId) {
            throw forbidden('A desk can be read only by its own user');
          }
          return reference;
        },
      },
    },
  },
};

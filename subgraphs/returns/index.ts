import { forbidden } from '../../platform/errors';
import { RequestContext } from '../../platform/server/context';
import { SubgraphDefinition } from '../../platform/server/subgraph';
import { ReturnFaultCause, ReturnFaultyPart } from './entities/return-lines';
import { ReturnReport } from './entities/return-report';
import { ReturnReview } from './entities/return-review';
import { visibleReportLoader } from './loaders';
import { CreateReturns1733400000000 } from './migrations/1733400000000-CreateReturns';
import { AddRepairOrderReservations1733500000000 } from './migrations/1733500000000-AddRepairOrderReservations';
import { ReturnReportDesk } from './graphql/federation-types';
import { ReturnReportDeskResolver } from './resolvers/desk.resolver';
import { ReturnReportStepsResolver } from './resolvers/return-report-steps.resolver';
import { ReturnReportResolver, ReturnReviewResolver } from './resolvers/return-report.resolver';
import { WorkOrderReturnsResolver } from './resolvers/work-order.resolver';

/** Return and exchange reports with their whole workflow. */
export const returns: SubgraphDefinition = {
  name: 'returns',
  entities: [ReturnReport, ReturnFaultCause, ReturnFaultyPart, ReturnReview],
  migrations: [CreateReturns1733400000000, AddRepairOrderReservations1733500000000],
  graphql: {
    resolvers: [
      ReturnReportResolver,
      ReturnReviewResolver,
      ReturnReportStepsResolver,
      WorkOrderReturnsResolver,
      ReturnReportDeskResolver,
    ],
    // The desk is reached only through its federation key, never from a root field here.
    orphanedTypes: [ReturnReportDesk],
    referenceResolvers: {
      // Null for a report the caller may not see, so no other subgraph can reveal it.
      ReturnReport: {
        __resolveReference: (reference: { id: string }, context: RequestContext) =>
          visibleReportLoader(context).load(reference.id),
      },
      WorkOrder: {
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

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Entities of other subgraphs that this one adds fields to. Each stub carries the key alone, and
 * the resolvers declare the fields it contributes.
 */

/** Return report owned by the returns subgraph, to which this subgraph adds `repairOrders`. */
@ObjectType('ReturnReport')
@Directive('@key(fields: "id")')
export class ReturnReportReference {
  @Field(() => ID)
  id: string;
}

/** Caller's desk owned by the master-data subgraph, to which this subgraph adds `workOrders`. */
@ObjectType('Desk')
@Directive('@key(fields: "userId")')
export class WorkOrderDesk {
  @Field(() => ID)
  userId: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ReturnStatus } from './enums';

/** Types shared with other subgraphs through federation. */

/** Work order owned by the work-orders subgraph; this subgraph adds its return reports. */
@ObjectType('WorkOrder')
@Directive('@key(fields: "id")')
export class WorkOrderReference {
  @Field(() => ID)
  id: string;
}

/** Desk of the current user, owned by master data; this subgraph adds the return-report count. */
@ObjectType('Desk')
@Directive('@key(fields: "userId")')
export class ReturnReportDesk {
  @Field(() => ID)
  userId: string;
}

/** A report that keeps a work order from completion; read by the work-orders subgraph only. */
@ObjectType()
@Directive('@inaccessible')
export class BlockingReturnReport {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field(() => ReturnStatus)
  status: ReturnStatus;
}

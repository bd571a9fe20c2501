import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../platform/graphql/common-types';
import { ReturnReport } from '../entities/return-report';

@ObjectType()
export class ReturnReportEdge {
  @Field()
  cursor: string;

  @Field(() => ReturnReport)
  node: ReturnReport;
}

@ObjectType({ description: 'One page of return reports, newest first, with the total count.' })
export class ReturnReportConnection {
  @Field(() => [ReturnReportEdge])
  edges: ReturnReportEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

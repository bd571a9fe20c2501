import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../platform/graphql/common-types';
import { DateScalar } from '../../../platform/scalars';
import {
  DismantleScope,
  ServiceOrder,
  ServiceOrderKind,
  SubmissionStatus,
} from '../entities/service-order';

@InputType()
export class ServiceOrderInput {
  @Field({ description: 'Eight digits, unique among the orders of the entering outlet.' })
  @Matches(/^\d{8}$/, { message: 'must be eight digits' })
  serviceNumber: string;

  @Field(() => ServiceOrderKind)
  kind: ServiceOrderKind;

  @Field(() => ID, { nullable: true, description: 'A work order the caller can see.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a work order id (a UUID)' })
  workOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for a repair order.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a return report id (a UUID)' })
  returnReportId?: string | null;

  @Field(() => DismantleScope)
  scope: DismantleScope;

  @Field(() => String, { nullable: true })
  indoorBarcode?: string | null;

  @Field(() => String, { nullable: true })
  outdoorBarcode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not later than today (UTC+8).' })
  repairDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  customerName?: string | null;
}

@InputType()
export class ServiceOrderFilter {
  @Field(() => SubmissionStatus, { nullable: true })
  status?: SubmissionStatus | null;

  @Field(() => ServiceOrderKind, { nullable: true })
  kind?: ServiceOrderKind | null;

  @Field(() => String, { nullable: true })
  returnReportCode?: string | null;

  @Field(() => String, { nullable: true })
  workOrderCode?: string | null;
}

@ObjectType()
export class ServiceOrderEdge {
  @Field()
  cursor: string;

  @Field(() => ServiceOrder)
  node: ServiceOrder;
}

@ObjectType()
export class ServiceOrderConnection {
  @Field(() => [ServiceOrderEdge])
  edges: ServiceOrderEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ArgsType()
export class ServiceOrdersArgs {
  @Field(() => ServiceOrderFilter, { nullable: true })
  filter?: ServiceOrderFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 20 by default, at most 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already read.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows to skip. Not combined with `after`.' })
  offset?: number | null;
}

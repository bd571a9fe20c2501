import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { connectionType, listArgsType } from '../../../platform/graphql/connection';
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

export const ServiceOrderConnection = connectionType(
  'ServiceOrder',
  ServiceOrder,
  'One page of service and repair orders, newest first, with the total count.',
);
export type ServiceOrderConnection = InstanceType<typeof ServiceOrderConnection>;

export const ServiceOrdersArgs = listArgsType(ServiceOrderFilter);
export type ServiceOrdersArgs = InstanceType<typeof ServiceOrdersArgs>;

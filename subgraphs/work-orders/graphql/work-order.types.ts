import {
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType, listArgsType } from '../../../platform/graphql/connection';
import {
  CustomerInput,
  FIXED_PHONE,
  MOBILE_PHONE,
  ProductInput,
} from '../../../platform/graphql/common-types';
import { DateScalar } from '../../../platform/scalars';
import { ServiceType, WorkOrder, WorkOrderChannel, WorkOrderStage } from '../entities/work-order';

/** A mobile phone, or an office or home phone with an optional area code and hyphen. */
export const PHONE = new RegExp(`${MOBILE_PHONE.source}|${FIXED_PHONE.source}`);
const PHONE_RULE =
  'must be a mobile number of 11 digits starting with 1, or digits with an optional area code and hyphen, e.g. 0574-87654321';
const NOT_BLANK = /\S/;

@ObjectType({ description: 'The outlet engineer who visits the customer.' })
export class Engineer {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Masked for the ANALYST role.' })
  phone: string | null;
}

@InputType()
export class EngineerInput {
  @Field()
  @Matches(NOT_BLANK, { message: 'engineer name is required' })
  @MaxLength(50, { message: 'must be at most 50 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_RULE })
  phone?: string | null;
}

@InputType()
export class CreateWorkOrderInput {
  @Field(() => ServiceType)
  serviceType: ServiceType;

  @Field(() => Int, { description: '1 (most urgent) to 6.' })
  @IsInt()
  @Min(1, { message: 'must be from 1 (most urgent) to 6' })
  @Max(6, { message: 'must be from 1 (most urgent) to 6' })
  level: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_RULE })
  callerPhone?: string | null;

  @Field(() => CustomerInput)
  @ValidateNested()
  customer: CustomerInput;

  @Field(() => ProductInput, {
    nullable: true,
    description: 'Unit barcodes. Master data fills in the models.',
  })
  @IsOptional()
  product?: ProductInput | null;

  @Field({ description: 'The marketing center that handles the order.' })
  @Matches(/^\d{6}$/, { message: 'must be a six-digit organisation code' })
  centerCode: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  description?: string | null;

  @Field(() => WorkOrderChannel, {
    nullable: true,
    description: 'Channel of the request, HOTLINE when omitted.',
  })
  @IsOptional()
  @IsIn(Object.values(WorkOrderChannel))
  channel?: WorkOrderChannel | null;
}

@InputType({
  description: 'Changes a center makes to an order (改单). Omitted fields stay as they are.',
})
export class UpdateWorkOrderInput {
  @Field(() => ServiceType, { nullable: true })
  @IsOptional()
  serviceType?: ServiceType | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be from 1 (most urgent) to 6' })
  @Max(6, { message: 'must be from 1 (most urgent) to 6' })
  level?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_RULE })
  callerPhone?: string | null;

  @Field(() => CustomerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  customer?: CustomerInput | null;

  @Field(() => ProductInput, { nullable: true })
  @IsOptional()
  product?: ProductInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  description?: string | null;
}

@InputType()
export class WorkOrderFilter {
  @Field(() => String, { nullable: true, description: 'The 14-digit number, exactly.' })
  code?: string | null;

  @Field(() => [WorkOrderStage], { nullable: true, description: 'Any of these stages.' })
  stage?: WorkOrderStage[] | null;

  @Field(() => String, { nullable: true })
  outletCode?: string | null;

  @Field(() => String, { nullable: true })
  centerCode?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First creation day (UTC+8), inclusive.',
  })
  createdFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last creation day (UTC+8), inclusive.' })
  createdTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Matches the caller phone or any customer phone exactly. Rejected for callers who see phones masked (the ANALYST role).',
  })
  customerPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches the indoor or outdoor barcode.' })
  barcode?: string | null;
}

export const WorkOrderConnection = connectionType(
  'WorkOrder',
  WorkOrder,
  'One page of work orders, newest first, with the total count.',
);
export type WorkOrderConnection = InstanceType<typeof WorkOrderConnection>;

export const WorkOrdersArgs = listArgsType(WorkOrderFilter);
export type WorkOrdersArgs = InstanceType<typeof WorkOrdersArgs>;

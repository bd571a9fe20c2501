import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import {
  CustomerInput,
  FaultyPartInput,
  PlaceOfUse,
  ReviewDecision,
} from '../../../platform/graphql/common-types';
import { DateScalar, DecimalScalar } from '../../../platform/scalars';
import { Disposition, PurchaseChannel, ReturnMethod, ReturnStatus, ReturnType } from './enums';

const MAX_TEXT = 2000;
const TEXT_TOO_LONG = `must be at most ${MAX_TEXT} characters`;

/** Maximum number of fault-cause codes on one report. */
export const MAX_FAULT_CAUSES = 20;

/** Maximum number of faulty-part lines on one report. */
export const MAX_FAULTY_PARTS = 50;

@InputType({
  description: 'The returned unit. Models are filled from the barcodes and cannot be typed.',
})
export class OriginalUnitInput {
  @Field(() => String, { nullable: true, description: 'Taken from the catalog when omitted.' })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  brand?: string | null;

  @Field(() => String, { nullable: true, description: 'Taken from the catalog when omitted.' })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  category?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  invoiceNumber?: string | null;

  @Field(() => String, { nullable: true })
  indoorBarcode?: string | null;

  @Field(() => String, { nullable: true })
  outdoorBarcode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  installerName?: string | null;

  @Field(() => PurchaseChannel, { nullable: true })
  purchaseChannel?: PurchaseChannel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  sellerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  storeType?: string | null;

  @Field(() => DateScalar, { nullable: true })
  purchaseDate?: string | null;

  @Field(() => PlaceOfUse, { nullable: true })
  placeOfUse?: PlaceOfUse | null;
}

@InputType({ description: 'The application of a return report: unit, customer, fault, method.' })
export class ReturnReportInput {
  @Field(() => ReturnType)
  type: ReturnType;

  @Field(() => ID, {
    nullable: true,
    description: 'The work order the return comes from; required for after-sale types.',
  })
  workOrderId?: string | null;

  @Field(() => OriginalUnitInput)
  @ValidateNested()
  originalUnit: OriginalUnitInput;

  @Field(() => CustomerInput, {
    description: 'The telephone area code is filled from the city.',
  })
  @ValidateNested()
  customer: CustomerInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_TEXT, { message: TEXT_TOO_LONG })
  faultDescription?: string | null;

  // The list sizes are checked in checkApplication, before the codes are looked up in master data.
  @Field(() => [String], {
    description: `One to ${MAX_FAULT_CAUSES} fault-cause codes of the dictionary.`,
  })
  faultCauseCodes: string[];

  @Field(() => [FaultyPartInput], { description: `At most ${MAX_FAULTY_PARTS} lines.` })
  @ValidateNested({ each: true })
  faultyParts: FaultyPartInput[];

  @Field(() => ReturnMethod)
  method: ReturnMethod;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_TEXT, { message: TEXT_TOO_LONG })
  handling?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  newUnitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  oldUnitPrice?: string | null;
}

@InputType({ description: "The center's review of an application." })
export class ReturnReviewInput {
  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field({
    description: 'Whether a production in/out record was found; without one, approval goes to HQ.',
  })
  hasProductionRecord: boolean;

  @Field({ description: 'Whether the fault is a common quality problem.' })
  isCommonQualityIssue: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_TEXT, { message: TEXT_TOO_LONG })
  comment?: string | null;
}

@InputType({
  description:
    'The result of a return. An exchange needs the new indoor or outdoor barcode; models fill from it.',
})
export class ReturnResultInput {
  @Field(() => String, { nullable: true })
  newIndoorBarcode?: string | null;

  @Field(() => String, { nullable: true })
  newOutdoorBarcode?: string | null;

  @Field()
  @MinLength(1, { message: 'a result description is required' })
  @MaxLength(MAX_TEXT, { message: TEXT_TOO_LONG })
  description: string;

  @Field({ description: 'Whether the outlet itself entered the result.' })
  enteredByOutlet: boolean;
}

@InputType({ description: 'The repair progress recorded by the center; it ends the report.' })
export class RepairProgressInput {
  @Field({ description: 'An active service outlet with defective-unit handling capability.' })
  repairUnitCode: string;

  @Field(() => Disposition)
  disposition: Disposition;

  @Field(() => DateScalar, { description: 'Not after today (UTC+8).' })
  completedOn: string;
}

@InputType({ description: 'Search criteria of return reports; all given criteria must match.' })
export class ReturnReportFilter {
  @Field(() => String, { nullable: true, description: 'The report number or its beginning.' })
  code?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First submitted on or after this day (UTC+8).',
  })
  submittedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First submitted on or before this day (UTC+8).',
  })
  submittedTo?: string | null;

  @Field(() => String, { nullable: true })
  indoorBarcode?: string | null;

  @Field(() => String, { nullable: true })
  outdoorBarcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the whole-unit model, any case.' })
  wholeUnitModel?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the model of a faulty part, any case.',
  })
  faultyPartModel?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of a fault-cause code or of its description.',
  })
  faultCauseText?: string | null;

  @Field(() => [ReturnStatus], { nullable: true })
  status?: ReturnStatus[] | null;

  @Field(() => String, { nullable: true })
  submittingOrganizationCode?: string | null;

  @Field(() => String, { nullable: true })
  centerCode?: string | null;

  @Field(() => String, { nullable: true })
  workOrderCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the repair unit.' })
  repairUnitCode?: string | null;
}

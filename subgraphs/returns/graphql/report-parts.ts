import { Field, ObjectType } from 'type-graphql';
import { PlaceOfUse } from '../../../platform/graphql/common-types';
import { OrganizationReference, UserReference } from '../../../platform/graphql/references';
import { DateScalar, DateTimeScalar } from '../../../platform/scalars';
import { Disposition, PurchaseChannel } from './enums';

/** Nested parts of a return report, assembled from the report's columns. */

@ObjectType({ description: 'The returned unit as sold; models come from its barcodes.' })
export class OriginalUnit {
  @Field(() => String, { nullable: true })
  brand: string | null;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => String, { nullable: true })
  wholeUnitModel: string | null;

  @Field(() => String, { nullable: true })
  invoiceNumber: string | null;

  @Field(() => String, { nullable: true })
  indoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  indoorModel: string | null;

  @Field(() => String, { nullable: true })
  outdoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  outdoorModel: string | null;

  @Field(() => String, { nullable: true })
  installerName: string | null;

  @Field(() => PurchaseChannel, { nullable: true })
  purchaseChannel: PurchaseChannel | null;

  @Field(() => String, { nullable: true })
  sellerName: string | null;

  @Field(() => String, { nullable: true })
  storeType: string | null;

  @Field(() => DateScalar, { nullable: true })
  purchaseDate: string | null;

  @Field(() => PlaceOfUse, { nullable: true })
  placeOfUse: PlaceOfUse | null;
}

@ObjectType({ description: 'The outcome of the return as entered by the submitter.' })
export class ReturnResult {
  @Field(() => String, { nullable: true })
  newIndoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  newOutdoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  newWholeUnitModel: string | null;

  @Field(() => String, { nullable: true })
  newIndoorModel: string | null;

  @Field(() => String, { nullable: true })
  newOutdoorModel: string | null;

  @Field({ description: 'Phone numbers in the text are masked for the ANALYST role.' })
  description: string;

  @Field({ description: 'Whether the outlet itself entered the result.' })
  enteredByOutlet: boolean;

  @Field(() => UserReference)
  enteredBy: UserReference;

  @Field(() => DateTimeScalar)
  enteredAt: Date;
}

@ObjectType({ description: 'Who repairs the returned unit, what becomes of it, and when.' })
export class RepairProgress {
  @Field(() => OrganizationReference)
  repairUnit: OrganizationReference;

  @Field(() => Disposition)
  disposition: Disposition;

  @Field(() => DateScalar)
  completedOn: string;

  @Field(() => UserReference)
  enteredBy: UserReference;

  @Field(() => DateTimeScalar)
  enteredAt: Date;
}

import { IsIn, IsInt, IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from '../auth/actor';
import { maskPhone, maskPhonesInText, masksContacts } from '../auth/visibility';
import { DocumentEventRow } from '../history';
import { DateTimeScalar } from '../scalars';
import { UserReference } from './references';

/** Types that several subgraphs serve identically; each is `@shareable` in federation. */

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  SEND_BACK = 'SEND_BACK',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

export enum CustomerType {
  HOUSEHOLD = 'HOUSEHOLD',
  NON_HOUSEHOLD = 'NON_HOUSEHOLD',
}
registerEnumType(CustomerType, { name: 'CustomerType' });

export enum PlaceOfUse {
  HOME = 'HOME',
  OFFICE = 'OFFICE',
  SHOP = 'SHOP',
  OTHER = 'OTHER',
}
registerEnumType(PlaceOfUse, { name: 'PlaceOfUse' });

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ description: 'One action on a document, oldest first in every history list.' })
@Directive('@shareable')
export class DocumentEvent {
  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => UserReference)
  actor: UserReference;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  fromStatus: string | null;

  @Field(() => String, { nullable: true })
  toStatus: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

/**
 * Converts stored history rows to the GraphQL shape. For a reader who sees contacts masked, phone
 * numbers typed into comments are masked too.
 */
export function toDocumentEvents(rows: DocumentEventRow[], actor?: Actor): DocumentEvent[] {
  const masked = actor !== undefined && masksContacts(actor);
  return rows.map((row) => ({
    at: row.at,
    actor: { id: row.actor_id },
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    comment: masked ? maskPhonesInText(row.comment) : row.comment,
  }));
}

@ObjectType({ description: 'Phones are masked (e.g. 138****7869) for the ANALYST role.' })
@Directive('@shareable')
export class Customer {
  @Field()
  name: string;

  @Field(() => CustomerType, { nullable: true })
  type: CustomerType | null;

  @Field(() => String, { nullable: true })
  areaCode: string | null;

  @Field(() => String, { nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  officePhone: string | null;

  @Field(() => String, { nullable: true })
  homePhone: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone2: string | null;
}

/** Returns a customer as the caller may see it: phones masked for read-only BI users. */
export function customerFor(actor: Actor, customer: Customer): Customer {
  if (!masksContacts(actor)) return customer;
  return {
    ...customer,
    officePhone: maskPhone(customer.officePhone),
    homePhone: maskPhone(customer.homePhone),
    mobilePhone: maskPhone(customer.mobilePhone),
    mobilePhone2: maskPhone(customer.mobilePhone2),
  };
}

/** The customer columns that every document table stores, named as on its entity. */
export interface CustomerColumns {
  customerName: string;
  customerType: CustomerType | null;
  customerAreaCode: string | null;
  customerProvince: string | null;
  customerCity: string | null;
  customerDistrict: string | null;
  customerStreet: string | null;
  customerAddress: string | null;
  customerOfficePhone: string | null;
  customerHomePhone: string | null;
  customerMobilePhone: string | null;
  customerMobilePhone2: string | null;
}

/** Builds a document's customer from its columns, as the caller may see it. */
export function customerFromColumns(actor: Actor, row: CustomerColumns): Customer {
  return customerFor(actor, {
    name: row.customerName,
    type: row.customerType,
    areaCode: row.customerAreaCode,
    province: row.customerProvince,
    city: row.customerCity,
    district: row.customerDistrict,
    street: row.customerStreet,
    address: row.customerAddress,
    officePhone: row.customerOfficePhone,
    homePhone: row.customerHomePhone,
    mobilePhone: row.customerMobilePhone,
    mobilePhone2: row.customerMobilePhone2,
  });
}

export const MOBILE_PHONE = /^1\d{10}$/;
export const FIXED_PHONE = /^(0\d{2,3}-)?\d{7,8}$/;

@InputType()
export class CustomerInput {
  @Field()
  @MinLength(1, { message: 'customer name is required' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  name: string;

  @Field(() => CustomerType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CustomerType))
  type?: CustomerType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  province?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'must be at most 50 characters' })
  district?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(FIXED_PHONE, {
    message: 'must be digits, optionally with the area code and a hyphen, e.g. 0574-87654321',
  })
  officePhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(FIXED_PHONE, {
    message: 'must be digits, optionally with the area code and a hyphen, e.g. 0574-87654321',
  })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MOBILE_PHONE, { message: 'must be a mobile number of 11 digits starting with 1' })
  mobilePhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MOBILE_PHONE, { message: 'must be a mobile number of 11 digits starting with 1' })
  mobilePhone2?: string | null;
}

@ObjectType()
@Directive('@shareable')
export class ProductInfo {
  @Field(() => String, { nullable: true })
  indoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  indoorModel: string | null;

  @Field(() => String, { nullable: true })
  outdoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  outdoorModel: string | null;

  @Field(() => String, { nullable: true })
  wholeUnitModel: string | null;
}

@InputType()
export class ProductInput {
  @Field(() => String, { nullable: true })
  indoorBarcode?: string | null;

  @Field(() => String, { nullable: true })
  outdoorBarcode?: string | null;
}

@InputType()
export class FaultyPartInput {
  @Field()
  partCode: string;

  @Field(() => Boolean, { nullable: true })
  missing?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be 0 or more' })
  missingOnUnboxing?: number | null;
}

@ObjectType()
@Directive('@shareable')
export class Attachment {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  size: number;

  @Field()
  sha256: string;

  @Field(() => DateTimeScalar)
  uploadedAt: Date;

  @Field(() => UserReference)
  uploadedBy: UserReference;

  @Field({
    description: 'Path on the gateway that serves the file to users allowed to read the document.',
  })
  url: string;
}

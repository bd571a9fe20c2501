import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CustomerType, PlaceOfUse } from '../../../platform/graphql/common-types';
import { DateTimeScalar, DecimalScalar } from '../../../platform/scalars';
import {
  Disposition,
  PurchaseChannel,
  ReturnMethod,
  ReturnStatus,
  ReturnType,
} from '../graphql/enums';

/**
 * A return or exchange report (退换货报告). The row stores the application, the latest center
 * findings, the result and the repair progress in columns. The report's field resolvers assemble
 * the nested GraphQL objects (original unit, customer, result, repair progress) from them.
 */
@ObjectType({ description: 'A request to exchange or take back a faulty unit, with its workflow.' })
@Directive('@key(fields: "id")')
@Entity('return_report')
export class ReturnReport {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Submitting organisation code + yyyymmdd (UTC+8) + daily sequence.' })
  @Column({ unique: true })
  code: string;

  @Field(() => ReturnType)
  @Column({ type: 'text' })
  type: ReturnType;

  @Field(() => ReturnStatus)
  @Index()
  @Column({ type: 'text' })
  status: ReturnStatus;

  @Field({
    description:
      'True while a revised application waits for center review; approval then leads straight back to result entry.',
  })
  @Column({ default: false })
  revision: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Index()
  @Column({ name: 'work_order_id', type: 'uuid', nullable: true })
  workOrderId: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the linked work order.' })
  @Column({ name: 'work_order_code', type: 'text', nullable: true })
  workOrderCode: string | null;

  @Column({ name: 'submitter_id' })
  submitterId: string;

  @Index()
  @Column({ name: 'submitting_organization_code', type: 'char', length: 6 })
  submittingOrganizationCode: string;

  @Index()
  @Column({ name: 'center_code', type: 'char', length: 6 })
  centerCode: string;

  @Column({ type: 'text', nullable: true })
  brand: string | null;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ name: 'whole_unit_model', type: 'text', nullable: true })
  wholeUnitModel: string | null;

  @Column({ name: 'invoice_number', type: 'text', nullable: true })
  invoiceNumber: string | null;

  @Column({ name: 'indoor_barcode', type: 'text', nullable: true })
  indoorBarcode: string | null;

  @Column({ name: 'indoor_model', type: 'text', nullable: true })
  indoorModel: string | null;

  @Column({ name: 'outdoor_barcode', type: 'text', nullable: true })
  outdoorBarcode: string | null;

  @Column({ name: 'outdoor_model', type: 'text', nullable: true })
  outdoorModel: string | null;

  @Column({ name: 'installer_name', type: 'text', nullable: true })
  installerName: string | null;

  @Column({ name: 'purchase_channel', type: 'text', nullable: true })
  purchaseChannel: PurchaseChannel | null;

  @Column({ name: 'seller_name', type: 'text', nullable: true })
  sellerName: string | null;

  @Column({ name: 'store_type', type: 'text', nullable: true })
  storeType: string | null;

  /** Calendar date `YYYY-MM-DD`. */
  @Column({ name: 'purchase_date', type: 'date', nullable: true })
  purchaseDate: string | null;

  @Column({ name: 'place_of_use', type: 'text', nullable: true })
  placeOfUse: PlaceOfUse | null;

  @Column({ name: 'customer_name' })
  customerName: string;

  @Column({ name: 'customer_type', type: 'text', nullable: true })
  customerType: CustomerType | null;

  @Column({ name: 'customer_area_code', type: 'text', nullable: true })
  customerAreaCode: string | null;

  @Column({ name: 'customer_province', type: 'text', nullable: true })
  customerProvince: string | null;

  @Column({ name: 'customer_city', type: 'text', nullable: true })
  customerCity: string | null;

  @Column({ name: 'customer_district', type: 'text', nullable: true })
  customerDistrict: string | null;

  @Column({ name: 'customer_street', type: 'text', nullable: true })
  customerStreet: string | null;

  @Column({ name: 'customer_address', type: 'text', nullable: true })
  customerAddress: string | null;

  @Column({ name: 'customer_office_phone', type: 'text', nullable: true })
  customerOfficePhone: string | null;

  @Column({ name: 'customer_home_phone', type: 'text', nullable: true })
  customerHomePhone: string | null;

  @Column({ name: 'customer_mobile_phone', type: 'text', nullable: true })
  customerMobilePhone: string | null;

  @Column({ name: 'customer_mobile_phone2', type: 'text', nullable: true })
  customerMobilePhone2: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone numbers in the text are masked for the ANALYST role.',
  })
  @Column({ name: 'fault_description', type: 'text', nullable: true })
  faultDescription: string | null;

  @Field(() => ReturnMethod)
  @Column({ type: 'text' })
  method: ReturnMethod;

  @Field(() => String, {
    nullable: true,
    description: 'Phone numbers in the text are masked for the ANALYST role.',
  })
  @Column({ type: 'text', nullable: true })
  handling: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column({ name: 'new_unit_price', type: 'numeric', precision: 12, scale: 2, nullable: true })
  newUnitPrice: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column({ name: 'old_unit_price', type: 'numeric', precision: 12, scale: 2, nullable: true })
  oldUnitPrice: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'New-unit price minus old-unit price; computed, null unless both are given.',
  })
  @Column({ name: 'price_difference', type: 'numeric', precision: 12, scale: 2, nullable: true })
  priceDifference: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the center found a production in/out record (生产出入库记录).',
  })
  @Column({ name: 'has_production_record', type: 'boolean', nullable: true })
  hasProductionRecord: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the center judged the fault a common quality problem (共性质量问题).',
  })
  @Column({ name: 'is_common_quality_issue', type: 'boolean', nullable: true })
  isCommonQualityIssue: boolean | null;

  @Column({ name: 'result_new_indoor_barcode', type: 'text', nullable: true })
  resultNewIndoorBarcode: string | null;

  @Column({ name: 'result_new_indoor_model', type: 'text', nullable: true })
  resultNewIndoorModel: string | null;

  @Column({ name: 'result_new_outdoor_barcode', type: 'text', nullable: true })
  resultNewOutdoorBarcode: string | null;

  @Column({ name: 'result_new_outdoor_model', type: 'text', nullable: true })
  resultNewOutdoorModel: string | null;

  @Column({ name: 'result_new_whole_unit_model', type: 'text', nullable: true })
  resultNewWholeUnitModel: string | null;

  @Column({ name: 'result_description', type: 'text', nullable: true })
  resultDescription: string | null;

  @Column({ name: 'result_entered_by_outlet', type: 'boolean', nullable: true })
  resultEnteredByOutlet: boolean | null;

  @Column({ name: 'result_entered_by', type: 'text', nullable: true })
  resultEnteredBy: string | null;

  @Column({ name: 'result_entered_at', type: 'timestamptz', precision: 3, nullable: true })
  resultEnteredAt: Date | null;

  @Index()
  @Column({ name: 'repair_unit_code', type: 'char', length: 6, nullable: true })
  repairUnitCode: string | null;

  @Column({ name: 'repair_disposition', type: 'text', nullable: true })
  repairDisposition: Disposition | null;

  /** Calendar date `YYYY-MM-DD`. */
  @Column({ name: 'repair_completed_on', type: 'date', nullable: true })
  repairCompletedOn: string | null;

  @Column({ name: 'repair_entered_by', type: 'text', nullable: true })
  repairEnteredBy: string | null;

  @Column({ name: 'repair_entered_at', type: 'timestamptz', precision: 3, nullable: true })
  repairEnteredAt: Date | null;

  /**
   * Repair orders the work-orders subgraph reserved for this report (one per order entered and
   * not deleted). A change of repair unit is rejected while it is above zero.
   */
  @Column({ name: 'repair_orders_reserved', type: 'integer', default: 0 })
  repairOrdersReserved: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the application was first submitted for center review.',
  })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => DateTimeScalar)
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'created_by' })
  createdBy: string;

  @Field(() => DateTimeScalar)
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'updated_by' })
  updatedBy: string;
}

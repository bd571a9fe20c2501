import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerType } from '../../../platform/graphql/common-types';
import { DateTimeScalar } from '../../../platform/scalars';

export enum WorkOrderStage {
  CREATED = 'CREATED',
  DISPATCHED_TO_OUTLET = 'DISPATCHED_TO_OUTLET',
  ACCEPTED = 'ACCEPTED',
  DISPATCHED_TO_ENGINEER = 'DISPATCHED_TO_ENGINEER',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkOrderStage, {
  name: 'WorkOrderStage',
  valuesConfig: {
    CREATED: { description: 'Taken by the call center; waits for its center to dispatch it.' },
    DISPATCHED_TO_OUTLET: { description: 'Dispatched to an outlet; waits for the outlet.' },
    ACCEPTED: { description: 'Accepted by the outlet; no engineer is named yet.' },
    DISPATCHED_TO_ENGINEER: { description: 'An engineer of the outlet handles it.' },
    COMPLETED: { description: 'The outlet confirmed completion.' },
    CLOSED: { description: 'Closed by the center after completion.' },
    CANCELLED: { description: 'Cancelled by the center before anyone accepted it.' },
  },
});

export enum ServiceType {
  INSTALLATION = 'INSTALLATION',
  REPAIR = 'REPAIR',
  MAINTENANCE = 'MAINTENANCE',
  RELOCATION = 'RELOCATION',
  INSPECTION = 'INSPECTION',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(ServiceType, { name: 'ServiceType' });

/** Channel through which a request came in. Its digit starts the work-order number. */
export enum WorkOrderChannel {
  HOTLINE = 'HOTLINE',
  OUTLET = 'OUTLET',
  ONLINE = 'ONLINE',
}
registerEnumType(WorkOrderChannel, {
  name: 'WorkOrderChannel',
  description: 'Where the request came in; the first digit of the number (1, 2 or 3).',
});

export const CHANNEL_DIGITS: Record<WorkOrderChannel, string> = {
  [WorkOrderChannel.HOTLINE]: '1',
  [WorkOrderChannel.OUTLET]: '2',
  [WorkOrderChannel.ONLINE]: '3',
};

/**
 * One customer request handled by an outlet. Customer, product and engineer are kept in flat
 * columns, which the resolvers assemble and whose phones they mask for analysts.
 */
@ObjectType({ description: 'One customer request (工单) taken by the call center.' })
@Directive('@key(fields: "id")')
@Entity('work_order')
export class WorkOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({
    description: 'Channel digit, creation date yyyymmdd (UTC+8) and a five-digit daily sequence.',
  })
  @Column({ type: 'char', length: 14 })
  code: string;

  @Field(() => WorkOrderChannel)
  @Column({ type: 'text' })
  channel: WorkOrderChannel;

  @Field(() => ServiceType)
  @Column({ name: 'service_type', type: 'text' })
  serviceType: ServiceType;

  @Field(() => Int, { description: '1 (most urgent) to 6.' })
  @Column({ type: 'smallint' })
  level: number;

  /** Stage, served as `stage`. The column is `status` because the workflow kernel guards it. */
  @Column({ type: 'text' })
  status: WorkOrderStage;

  @Column({ name: 'center_code', type: 'char', length: 6 })
  centerCode: string;

  @Column({ name: 'outlet_code', type: 'char', length: 6, nullable: true })
  outletCode: string | null;

  @Column({ name: 'engineer_name', type: 'text', nullable: true })
  engineerName: string | null;

  @Column({ name: 'engineer_phone', type: 'text', nullable: true })
  engineerPhone: string | null;

  @Column({ name: 'caller_phone', type: 'text', nullable: true })
  callerPhone: string | null;

  @Column({ name: 'customer_name', type: 'text' })
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

  @Column({ name: 'indoor_barcode', type: 'text', nullable: true })
  indoorBarcode: string | null;

  @Column({ name: 'indoor_model', type: 'text', nullable: true })
  indoorModel: string | null;

  @Column({ name: 'outdoor_barcode', type: 'text', nullable: true })
  outdoorBarcode: string | null;

  @Column({ name: 'outdoor_model', type: 'text', nullable: true })
  outdoorModel: string | null;

  @Column({ name: 'whole_unit_model', type: 'text', nullable: true })
  wholeUnitModel: string | null;

  // Served by WorkOrderResolver.description, which masks phone numbers for analysts.
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Visit time agreed with the customer, set by the outlet.',
  })
  @Column({ name: 'appointment_at', type: 'timestamptz', precision: 3, nullable: true })
  appointmentAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the customer last called again about this order.',
  })
  @Column({ name: 'repeat_call_at', type: 'timestamptz', precision: 3, nullable: true })
  repeatCallAt: Date | null;

  @Field(() => DateTimeScalar)
  @Column({ name: 'latest_activity_at', type: 'timestamptz', precision: 3 })
  latestActivityAt: Date;

  // Served by WorkOrderResolver.latestActivityDescription, which masks phone numbers for analysts.
  @Column({ name: 'latest_activity_description', type: 'text', nullable: true })
  latestActivityDescription: string | null;

  @Field({ description: 'Four random digits the customer quotes when asking about settlement.' })
  @Column({ name: 'settlement_query_code', type: 'char', length: 4 })
  settlementQueryCode: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;

  @Field(() => Int, { description: 'Raised by every change; pass it back to detect edits.' })
  @Column({ type: 'integer' })
  version: number;
}

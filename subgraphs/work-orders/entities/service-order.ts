import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, DateTimeScalar } from '../../../platform/scalars';

export enum ServiceOrderKind {
  SERVICE = 'SERVICE',
  REPAIR = 'REPAIR',
}
registerEnumType(ServiceOrderKind, {
  name: 'ServiceOrderKind',
  valuesConfig: {
    SERVICE: { description: 'Service order (服务单): a visit entered for settlement.' },
    REPAIR: { description: 'Repair order (返修单): a returned unit repaired by its repair unit.' },
  },
});

export enum DismantleScope {
  INDOOR = 'INDOOR',
  OUTDOOR = 'OUTDOOR',
  WHOLE = 'WHOLE',
}
registerEnumType(DismantleScope, { name: 'DismantleScope' });

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

/**
 * A service or repair order entered by an outlet. The codes of the linked work order and return
 * report are copied in, so list filters need no call to another subgraph.
 */
@ObjectType({ description: 'A service order (服务单) or repair order (返修单) of an outlet.' })
@Entity('service_order')
export class ServiceOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Eight digits typed by the outlet; unique per entering outlet.' })
  @Column({ name: 'service_number', type: 'char', length: 8 })
  serviceNumber: string;

  @Field(() => ServiceOrderKind)
  @Column({ type: 'text' })
  kind: ServiceOrderKind;

  @Field(() => SubmissionStatus)
  @Column({ type: 'text' })
  status: SubmissionStatus;

  @Field(() => DismantleScope)
  @Column({ type: 'text' })
  scope: DismantleScope;

  @Column({ name: 'work_order_id', type: 'uuid', nullable: true })
  workOrderId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'work_order_code', type: 'char', length: 14, nullable: true })
  workOrderCode: string | null;

  @Column({ name: 'return_report_id', type: 'uuid', nullable: true })
  returnReportId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'return_report_code', type: 'text', nullable: true })
  returnReportCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'indoor_barcode', type: 'text', nullable: true })
  indoorBarcode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'outdoor_barcode', type: 'text', nullable: true })
  outdoorBarcode: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'repair_date', type: 'date', nullable: true })
  repairDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'customer_name', type: 'text', nullable: true })
  customerName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Filled from the barcodes through master data; null when no barcode is known.',
  })
  @Column({ name: 'whole_unit_model', type: 'text', nullable: true })
  wholeUnitModel: string | null;

  /** Organisation code of the outlet that entered the order. */
  @Column({ name: 'entered_by', type: 'char', length: 6 })
  enteredBy: string;

  /** Marketing center of the entering outlet, for the center's visibility. */
  @Column({ name: 'center_code', type: 'char', length: 6 })
  centerCode: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;
}

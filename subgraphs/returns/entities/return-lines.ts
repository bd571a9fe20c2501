import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fault-cause line of a report, with the description copied from master data at saving. */
@Entity('return_fault_cause')
export class ReturnFaultCause {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ name: 'fault_cause_code' })
  faultCauseCode: string;

  @Column()
  description: string;
}

/** A faulty-part line of a report, with part and supplier facts copied from master data at saving. */
@Entity('return_faulty_part')
export class ReturnFaultyPart {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ name: 'part_code' })
  partCode: string;

  @Column({ name: 'part_name' })
  partName: string;

  @Column({ name: 'part_model', type: 'text', nullable: true })
  partModel: string | null;

  @Column({ name: 'supplier_code', type: 'text', nullable: true })
  supplierCode: string | null;

  @Column({ name: 'supplier_name', type: 'text', nullable: true })
  supplierName: string | null;

  @Column()
  missing: boolean;

  @Column({ name: 'missing_on_unboxing', type: 'integer' })
  missingOnUnboxing: number;
}

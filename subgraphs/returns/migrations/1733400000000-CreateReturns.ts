import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createDocumentKernelTables,
  dropDocumentKernelTables,
} from '../../../platform/database/kernel-tables';

const STATUSES = `'DRAFT', 'CENTER_REVIEW', 'SENT_BACK', 'REJECTED', 'HQ_APPROVAL', 'RESULT_PENDING', 'RESULT_REVIEW', 'REPAIR_PENDING', 'ENDED'`;
const TYPES = `'PRE_SALE_INDOOR', 'PRE_SALE_OUTDOOR', 'PRE_SALE_WHOLE', 'AFTER_SALE_INDOOR', 'AFTER_SALE_OUTDOOR', 'AFTER_SALE_WHOLE'`;

export class CreateReturns1733400000000 implements MigrationInterface {
  name = 'CreateReturns1733400000000';

  async up(runner: QueryRunner): Promise<void> {
    await createDocumentKernelTables(runner, 'returns');
    await runner.query(`
      CREATE TABLE "returns".return_report (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{18}$'),
        type text NOT NULL CHECK (type IN (${TYPES})),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        revision boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        work_order_id uuid,
        work_order_code text,
        submitter_id text NOT NULL,
        submitting_organization_code char(6) NOT NULL,
        center_code char(6) NOT NULL,
        brand text,
        category text,
        whole_unit_model text,
        invoice_number text,
        indoor_barcode text,
        indoor_model text,
        outdoor_barcode text,
        outdoor_model text,
        installer_name text,
        purchase_channel text CHECK (purchase_channel IN ('CHANNEL', 'RETAIL_STORE', 'ONLINE', 'OTHER')),
        seller_name text,
        store_type text,
        purchase_date date,
        place_of_use text CHECK (place_of_use IN ('HOME', 'OFFICE', 'SHOP', 'OTHER')),
        customer_name text NOT NULL,
        customer_type text CHECK (customer_type IN ('HOUSEHOLD', 'NON_HOUSEHOLD')),
        customer_area_code text,
        customer_province text,
        customer_city text,
        customer_district text,
        customer_street text,
        customer_address text,
        customer_office_phone text,
        customer_home_phone text,
        customer_mobile_phone text,
        customer_mobile_phone2 text,
        fault_description text,
        method text NOT NULL CHECK (method IN ('EXCHANGE', 'REFUND', 'PRE_SALE_REPAIR')),
        handling text,
        new_unit_price numeric(12, 2) CHECK (new_unit_price >= 0),
        old_unit_price numeric(12, 2) CHECK (old_unit_price >= 0),
        price_difference numeric(12, 2),
        has_production_record boolean,
        is_common_quality_issue boolean,
        result_new_indoor_barcode text,
        result_new_indoor_model text,
        result_new_outdoor_barcode text,
        result_new_outdoor_model text,
        result_new_whole_unit_model text,
        result_description text,
        result_entered_by_outlet boolean,
        result_entered_by text,
        result_entered_at timestamptz(3),
        repair_unit_code char(6),
        repair_disposition text CHECK (repair_disposition IN ('DISCOUNT_BUYOUT', 'REPAIR_TO_STOCK', 'WRITE_OFF')),
        repair_completed_on date,
        repair_entered_by text,
        repair_entered_at timestamptz(3),
        submitted_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        CHECK (type LIKE 'PRE_SALE_%' OR work_order_id IS NOT NULL),
        CHECK ((status = 'ENDED') = (repair_unit_code IS NOT NULL))
      )`);
    for (const [name, columns] of [
      ['return_report_created_idx', 'created_at DESC, id DESC'],
      ['return_report_status_idx', 'status'],
      [
        'return_report_submitting_organization_idx',
        'submitting_organization_code, created_at DESC',
      ],
      ['return_report_center_idx', 'center_code, created_at DESC'],
      ['return_report_repair_unit_idx', 'repair_unit_code'],
      ['return_report_work_order_idx', 'work_order_id'],
      ['return_report_work_order_code_idx', 'work_order_code'],
      ['return_report_indoor_barcode_idx', 'indoor_barcode'],
      ['return_report_outdoor_barcode_idx', 'outdoor_barcode'],
      ['return_report_submitted_idx', 'submitted_at'],
    ]) {
      await runner.query(`CREATE INDEX ${name} ON "returns".return_report (${columns})`);
    }

    // One barcode, one return: the primary key makes two concurrent claims of a barcode fail.
    await runner.query(`
      CREATE TABLE "returns".return_barcode (
        barcode text PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES "returns".return_report (id) ON DELETE CASCADE,
        unit_kind text NOT NULL CHECK (unit_kind IN ('INDOOR', 'OUTDOOR'))
      )`);
    await runner.query(
      `CREATE INDEX return_barcode_report_idx ON "returns".return_barcode (report_id)`,
    );

    await runner.query(`
      CREATE TABLE "returns".return_fault_cause (
        report_id uuid NOT NULL REFERENCES "returns".return_report (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        fault_cause_code text NOT NULL,
        description text NOT NULL,
        PRIMARY KEY (report_id, position)
      )`);
    await runner.query(`
      CREATE TABLE "returns".return_faulty_part (
        report_id uuid NOT NULL REFERENCES "returns".return_report (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        part_code text NOT NULL,
        part_name text NOT NULL,
        part_model text,
        supplier_code text,
        supplier_name text,
        missing boolean NOT NULL DEFAULT false,
        missing_on_unboxing integer NOT NULL DEFAULT 0 CHECK (missing_on_unboxing >= 0),
        PRIMARY KEY (report_id, position)
      )`);
    await runner.query(`
      CREATE TABLE "returns".return_review (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES "returns".return_report (id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('CENTER', 'HQ', 'RESULT')),
        decision text NOT NULL CHECK (decision IN ('APPROVE', 'SEND_BACK', 'REJECT')),
        has_production_record boolean,
        is_common_quality_issue boolean,
        comment text,
        reviewer_id text NOT NULL,
        organization_code char(6) NOT NULL,
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX return_review_report_idx ON "returns".return_review (report_id, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'return_review',
      'return_faulty_part',
      'return_fault_cause',
      'return_barcode',
      'return_report',
    ]) {
      await runner.query(`DROP TABLE "returns".${table}`);
    }
    await dropDocumentKernelTables(runner, 'returns');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createDocumentKernelTables,
  dropDocumentKernelTables,
} from '../../../platform/database/kernel-tables';

export class CreateWorkOrders1733400000000 implements MigrationInterface {
  name = 'CreateWorkOrders1733400000000';

  async up(runner: QueryRunner): Promise<void> {
    await createDocumentKernelTables(runner, 'work_orders');
    await runner.query(`
      CREATE TABLE work_orders.work_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code char(14) NOT NULL UNIQUE CHECK (code ~ '^[1-3][0-9]{13}$'),
        channel text NOT NULL CHECK (channel IN ('HOTLINE', 'OUTLET', 'ONLINE')),
        service_type text NOT NULL CHECK (service_type IN
          ('INSTALLATION', 'REPAIR', 'MAINTENANCE', 'RELOCATION', 'INSPECTION', 'CONSULTATION')),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 6),
        status text NOT NULL CHECK (status IN ('CREATED', 'DISPATCHED_TO_OUTLET', 'ACCEPTED',
          'DISPATCHED_TO_ENGINEER', 'COMPLETED', 'CLOSED', 'CANCELLED')),
        center_code char(6) NOT NULL,
        outlet_code char(6),
        engineer_name text,
        engineer_phone text,
        caller_phone text,
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
        indoor_barcode text,
        indoor_model text,
        outdoor_barcode text,
        outdoor_model text,
        whole_unit_model text,
        description text,
        appointment_at timestamptz(3),
        repeat_call_at timestamptz(3),
        latest_activity_at timestamptz(3) NOT NULL DEFAULT now(),
        latest_activity_description text,
        settlement_query_code char(4) NOT NULL CHECK (settlement_query_code ~ '^[0-9]{4}$'),
        completed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        version integer NOT NULL DEFAULT 1,
        CHECK (status NOT IN ('DISPATCHED_TO_OUTLET', 'ACCEPTED', 'DISPATCHED_TO_ENGINEER')
          OR outlet_code IS NOT NULL)
      )`);
    // Lists are newest first, within the outlet or center that visibility narrows them to.
    const workOrderIndexes = [
      'work_order_created_idx ON work_orders.work_order (created_at DESC, id DESC)',
      'work_order_outlet_idx ON work_orders.work_order (outlet_code, created_at DESC)',
      'work_order_center_idx ON work_orders.work_order (center_code, created_at DESC)',
      'work_order_status_idx ON work_orders.work_order (status)',
      'work_order_caller_phone_idx ON work_orders.work_order (caller_phone)',
      'work_order_office_phone_idx ON work_orders.work_order (customer_office_phone)',
      'work_order_home_phone_idx ON work_orders.work_order (customer_home_phone)',
      'work_order_mobile_phone_idx ON work_orders.work_order (customer_mobile_phone)',
      'work_order_mobile_phone2_idx ON work_orders.work_order (customer_mobile_phone2)',
      'work_order_indoor_barcode_idx ON work_orders.work_order (indoor_barcode)',
      'work_order_outdoor_barcode_idx ON work_orders.work_order (outdoor_barcode)',
    ];
    for (const index of workOrderIndexes) await runner.query(`CREATE INDEX ${index}`);

    await runner.query(`
      CREATE TABLE work_orders.service_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_number char(8) NOT NULL CHECK (service_number ~ '^[0-9]{8}$'),
        kind text NOT NULL CHECK (kind IN ('SERVICE', 'REPAIR')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
        scope text NOT NULL CHECK (scope IN ('INDOOR', 'OUTDOOR', 'WHOLE')),
        work_order_id uuid REFERENCES work_orders.work_order (id),
        work_order_code char(14),
        return_report_id uuid,
        return_report_code text,
        indoor_barcode text,
        outdoor_barcode text,
        repair_date date,
        customer_name text,
        whole_unit_model text,
        entered_by char(6) NOT NULL,
        center_code char(6) NOT NULL,
        submitted_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT service_order_number_key UNIQUE (entered_by, service_number),
        CHECK (kind = 'SERVICE' OR return_report_id IS NOT NULL)
      )`);
    const serviceOrderIndexes = [
      'service_order_created_idx ON work_orders.service_order (created_at DESC, id DESC)',
      'service_order_center_idx ON work_orders.service_order (center_code, created_at DESC)',
      'service_order_outlet_idx ON work_orders.service_order (entered_by, created_at DESC)',
      'service_order_work_order_idx ON work_orders.service_order (work_order_id)',
      'service_order_work_order_code_idx ON work_orders.service_order (work_order_code)',
      'service_order_return_report_idx ON work_orders.service_order (return_report_id)',
      'service_order_return_report_code_idx ON work_orders.service_order (return_report_code)',
    ];
    for (const index of serviceOrderIndexes) await runner.query(`CREATE INDEX ${index}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE work_orders.service_order');
    await runner.query('DROP TABLE work_orders.work_order');
    await dropDocumentKernelTables(runner, 'work_orders');
  }
}

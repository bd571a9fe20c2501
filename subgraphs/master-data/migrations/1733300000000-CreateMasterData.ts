import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMasterData1733300000000 implements MigrationInterface {
  name = 'CreateMasterData1733300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE master_data.organization (
        code char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('HEADQUARTERS', 'MARKETING_CENTER', 'SERVICE_OUTLET', 'DEPARTMENT')),
        center_code char(6) REFERENCES master_data.organization (code),
        can_handle_defective_units boolean NOT NULL DEFAULT false,
        province text,
        city text,
        area_code text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((type = 'SERVICE_OUTLET') = (center_code IS NOT NULL))
      )`);
    await runner.query(
      `CREATE INDEX organization_center_idx ON master_data.organization (center_code)`,
    );
    await runner.query(`
      CREATE TABLE master_data.app_user (
        id text PRIMARY KEY,
        name text NOT NULL,
        organization_code char(6) NOT NULL REFERENCES master_data.organization (code),
        roles text[] NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE master_data.product_model (
        material_code char(8) PRIMARY KEY CHECK (material_code ~ '^[0-9]{8}$'),
        brand text NOT NULL,
        category text NOT NULL,
        unit_kind text NOT NULL CHECK (unit_kind IN ('INDOOR', 'OUTDOOR')),
        model text NOT NULL,
        whole_unit_model text NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX product_model_whole_unit_idx ON master_data.product_model (whole_unit_model)`,
    );
    await runner.query(`
      CREATE TABLE master_data.fault_cause (
        code text PRIMARY KEY CHECK (code ~ '^([0-9]{2}){1,3}$'),
        description text NOT NULL,
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
        parent_code text REFERENCES master_data.fault_cause (code)
      )`);
    await runner.query(
      `CREATE INDEX fault_cause_parent_idx ON master_data.fault_cause (parent_code)`,
    );
    await runner.query(`
      CREATE TABLE master_data.supplier (
        code text PRIMARY KEY,
        name text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE master_data.part (
        code text PRIMARY KEY,
        name text NOT NULL,
        model text,
        supplier_code text REFERENCES master_data.supplier (code)
      )`);
    await runner.query(`CREATE INDEX part_supplier_idx ON master_data.part (supplier_code)`);
    await runner.query(`
      CREATE TABLE master_data.region (
        code text PRIMARY KEY,
        name text NOT NULL,
        parent_code text REFERENCES master_data.region (code),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
        area_code text
      )`);
    await runner.query(`CREATE INDEX region_parent_idx ON master_data.region (parent_code)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'region',
      'part',
      'supplier',
      'fault_cause',
      'product_model',
      'app_user',
      'organization',
    ]) {
      await runner.query(`DROP TABLE master_data.${table}`);
    }
  }
}

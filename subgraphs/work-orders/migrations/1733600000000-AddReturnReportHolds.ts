import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds the count of open return reports holding a work order. The returns subgraph holds the
 * order before it saves a report linked to it and releases it once the report no longer blocks
 * completion, so a completion, which locks the same row, sees every report being linked.
 */
export class AddReturnReportHolds1733600000000 implements MigrationInterface {
  name = 'AddReturnReportHolds1733600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE work_orders.work_order
        ADD COLUMN open_return_reports integer NOT NULL DEFAULT 0
        CHECK (open_return_reports >= 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE work_orders.work_order DROP COLUMN open_return_reports`);
  }
}

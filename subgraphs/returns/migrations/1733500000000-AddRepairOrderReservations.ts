import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds the count of repair orders reserved on a report. The work-orders subgraph reserves one
 * before it inserts a repair order and releases it when the order is deleted, so a change of
 * repair unit, which locks the same row, sees every repair order being entered.
 */
export class AddRepairOrderReservations1733500000000 implements MigrationInterface {
  name = 'AddRepairOrderReservations1733500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE "returns".return_report
        ADD COLUMN repair_orders_reserved integer NOT NULL DEFAULT 0
        CHECK (repair_orders_reserved >= 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "returns".return_report DROP COLUMN repair_orders_reserved`);
  }
}

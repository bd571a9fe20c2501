import { DataSource, EntityManager } from 'typeorm';
import { DemoReport, demoReports } from './demo/report-rows';

const SCHEMA = '"returns"';
const CHUNK = 40;

/** Inserts rows of one table in chunks, skipping rows that already exist; returns the keys. */
async function insertRows(
  manager: EntityManager,
  table: string,
  rows: object[],
  returning?: string,
): Promise<string[]> {
  const inserted: string[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const columns = Object.keys(chunk[0]);
    const params: unknown[] = [];
    const values = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        params.push((row as Record<string, unknown>)[column]);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    const result: Record<string, string>[] = await manager.query(
      `INSERT INTO ${SCHEMA}.${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
       ON CONFLICT DO NOTHING${returning ? ` RETURNING ${returning}` : ''}`,
      params,
    );
    if (returning) inserted.push(...result.map((row) => row[returning]));
  }
  return inserted;
}

/**
 * Loads the demo return reports with their lines, barcodes, reviews and history. Reports that
 * exist already are skipped together with their child rows, so loading twice changes nothing.
 * The daily counters are raised to the demo numbers, so a report created on a demo day gets the
 * next free number.
 */
export async function seedReturns(db: DataSource): Promise<void> {
  const reports = demoReports();
  await db.transaction(async (manager) => {
    const inserted = new Set(
      await insertRows(
        manager,
        'return_report',
        reports.map((demo) => demo.report),
        'id',
      ),
    );
    const fresh = reports.filter((demo) => inserted.has(demo.report.id as string));
    const childRows = <T extends object>(pick: (demo: DemoReport) => T[], numbered: boolean) =>
      fresh.flatMap((demo) =>
        pick(demo).map((row, index) => ({
          report_id: demo.report.id,
          ...(numbered ? { position: index + 1 } : {}),
          ...row,
        })),
      );
    const faultCauses = childRows((demo) => demo.faultCauses, true);
    const faultyParts = childRows((demo) => demo.faultyParts, true);
    const barcodes = childRows((demo) => demo.barcodes, false);
    const reviews = childRows((demo) => demo.reviews, false);
    const events = fresh.flatMap((demo) =>
      demo.events.map((event) => ({
        document_type: 'RETURN_REPORT',
        document_id: demo.report.id,
        ...event,
      })),
    );
    if (faultCauses.length > 0) await insertRows(manager, 'return_fault_cause', faultCauses);
    if (faultyParts.length > 0) await insertRows(manager, 'return_faulty_part', faultyParts);
    if (barcodes.length > 0) await insertRows(manager, 'return_barcode', barcodes);
    if (reviews.length > 0) await insertRows(manager, 'return_review', reviews);
    if (events.length > 0) await insertRows(manager, 'document_event', events);

    for (const demo of reports) {
      const code = demo.report.code as string;
      await manager.query(
        `INSERT INTO ${SCHEMA}.document_counter AS counter (document_type, scope_code, day, last_value)
         VALUES ('RETURN_REPORT', $1, $2, $3)
         ON CONFLICT (document_type, scope_code, day)
         DO UPDATE SET last_value = GREATEST(counter.last_value, EXCLUDED.last_value)`,
        [code.slice(0, 6), code.slice(6, 14), Number(code.slice(14))],
      );
    }
  });
}

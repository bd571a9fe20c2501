import { chinaDateCompact } from '../../platform/china-time';
import { sql } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  firstError,
  tryMutateReport,
} from './support';

const barcodes = new BarcodeFactory(2);

describe('return report concurrency', () => {
  it('numbers 20 parallel creations without gaps', async () => {
    // No other test creates reports for outlet 571105, so in a new test database the numbers are
    // 0001 to 0020. The counter is read first, so the test also holds when the day has reports.
    const day = chinaDateCompact();
    const [counter] = await sql<{ last_value: number }>(
      `SELECT last_value FROM returns.document_counter
        WHERE document_type = 'RETURN_REPORT' AND scope_code = '571105' AND day = $1`,
      [day],
    );
    const start = counter?.last_value ?? 0;

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        tryMutateReport(
          'createReturnReport',
          'input: $input',
          { input: applicationInput(barcodes, { customer: { city: '杭州市' } }) },
          'outlet-571105',
        ),
      ),
    );
    const errors = results.flatMap((result) => result.errors ?? []);
    expect(errors).toEqual([]);
    const codes = results.map((result) => result.report?.code as string);
    expect(codes.every((code) => code.startsWith(`571105${day}`))).toBe(true);
    const sequences = codes.map((code) => Number(code.slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => start + index + 1));
  });

  it('same barcode in parallel gives one report', async () => {
    for (let round = 0; round < 5; round += 1) {
      const input = applicationInput(barcodes);
      const [first, second] = await Promise.all([
        tryMutateReport('createReturnReport', 'input: $input', { input }, 'outlet-574225'),
        tryMutateReport('createReturnReport', 'input: $input', { input }, 'outlet-574307'),
      ]);
      const created = [first, second].filter((result) => result.report !== null);
      const failed = [first, second].filter((result) => result.errors !== undefined);
      expect(created).toHaveLength(1);
      expect(failed).toHaveLength(1);
      const error = firstError(failed[0].errors);
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.reason).toBe('BARCODE_ALREADY_USED');
      expect(error.extensions?.reportCode).toBe(created[0].report?.code);
      const rows = await sql(
        `SELECT report.id FROM returns.return_report report
          WHERE report.indoor_barcode = $1`,
        [input.originalUnit.indoorBarcode],
      );
      expect(rows).toHaveLength(1);
    }
  });

  it('two parallel reviews: one wins', async () => {
    for (let round = 0; round < 5; round += 1) {
      const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
      const review = (decision: string) =>
        tryMutateReport(
          'reviewReturnReport',
          'id: $id, input: $input',
          {
            id: report.id,
            input: { decision, hasProductionRecord: true, isCommonQualityIssue: false },
          },
          'center-574001',
        );
      const results = await Promise.all([review('APPROVE'), review('REJECT')]);
      const won = results.filter((result) => result.report !== null);
      const lost = results.filter((result) => result.errors !== undefined);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(firstError(lost[0].errors).extensions?.code).toBe('CONFLICT');
      const reviews = await sql('SELECT id FROM returns.return_review WHERE report_id = $1', [
        report.id,
      ]);
      expect(reviews).toHaveLength(1);
    }
  });
});

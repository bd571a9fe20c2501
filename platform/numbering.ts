import { EntityManager } from 'typeorm';

/**
 * Takes the next number of a daily sequence inside the caller's transaction. The counter row of
 * (document type, scope, day) stays locked until that transaction ends, so concurrent creations
 * wait for each other and never receive the same number. A rolled-back creation returns its
 * number to the sequence.
 */
export async function nextDailySequence(
  manager: EntityManager,
  schema: string,
  documentType: string,
  scopeCode: string,
  day: string,
): Promise<number> {
  const rows: { last_value: number }[] = await manager.query(
    `INSERT INTO "${schema}".document_counter AS counter (document_type, scope_code, day, last_value)
     VALUES ($1, $2, $3, 1)
     ON CONFLICT (document_type, scope_code, day)
     DO UPDATE SET last_value = counter.last_value + 1
     RETURNING last_value`,
    [documentType, scopeCode, day],
  );
  return rows[0].last_value;
}

/** Pads a sequence number to `width` digits, refusing one that would not fit. */
export function formatSequence(value: number, width: number): string {
  const text = String(value);
  if (text.length > width) {
    throw new Error(`Daily sequence ${value} does not fit in ${width} digits`);
  }
  return text.padStart(width, '0');
}

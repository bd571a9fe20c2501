import { QueryRunner } from 'typeorm';

/**
 * Creates the tables every document-owning subgraph keeps in its own schema: the daily number
 * counters and the history of document events.
 */
export async function createDocumentKernelTables(
  runner: QueryRunner,
  schema: string,
): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}".document_counter (
      document_type text NOT NULL,
      scope_code text NOT NULL,
      day char(8) NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (document_type, scope_code, day)
    )`);
  await runner.query(`
    CREATE TABLE "${schema}".document_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_type text NOT NULL,
      document_id uuid NOT NULL,
      at timestamptz(3) NOT NULL DEFAULT now(),
      actor_id text NOT NULL,
      actor_name text NOT NULL,
      organization_code text NOT NULL,
      action text NOT NULL,
      from_status text,
      to_status text,
      comment text
    )`);
  await runner.query(
    `CREATE INDEX document_event_document_idx ON "${schema}".document_event (document_id, id)`,
  );
}

export async function dropDocumentKernelTables(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE "${schema}".document_event`);
  await runner.query(`DROP TABLE "${schema}".document_counter`);
}

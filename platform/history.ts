import { EntityManager } from 'typeorm';
import { Actor } from './auth/actor';

/** One row of a document's history. */
export interface DocumentEventRow {
  id: string;
  document_id: string;
  at: Date;
  actor_id: string;
  actor_name: string;
  organization_code: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  comment: string | null;
}

export interface NewDocumentEvent {
  documentType: string;
  documentId: string;
  actor: Actor;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment?: string | null;
}

/** Appends one event to a document's history inside the caller's transaction. */
export async function recordEvent(
  manager: EntityManager,
  schema: string,
  event: NewDocumentEvent,
): Promise<void> {
  await manager.query(
    `INSERT INTO "${schema}".document_event
       (document_type, document_id, actor_id, actor_name, organization_code, action, from_status, to_status, comment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      event.documentType,
      event.documentId,
      event.actor.userId,
      event.actor.name,
      event.actor.organizationCode,
      event.action,
      event.fromStatus,
      event.toStatus,
      event.comment ?? null,
    ],
  );
}

/** Loads the histories of many documents in one statement, oldest event first. */
export async function loadHistories(
  manager: EntityManager,
  schema: string,
  documentIds: readonly string[],
): Promise<DocumentEventRow[][]> {
  const rows: DocumentEventRow[] = await manager.query(
    `SELECT * FROM "${schema}".document_event WHERE document_id = ANY($1::uuid[]) ORDER BY id`,
    [documentIds],
  );
  const byDocument = new Map<string, DocumentEventRow[]>();
  for (const row of rows) {
    const list = byDocument.get(row.document_id) ?? [];
    list.push(row);
    byDocument.set(row.document_id, list);
  }
  return documentIds.map((id) => byDocument.get(id) ?? []);
}

import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, forbidden, notFound, Reason } from './errors';

/**
 * One step of a document's life: in which statuses the action is allowed, which party of the
 * document may take it, and the status it leads to. `desk: false` marks incidental actions (a
 * note, a new appointment) that do not make a document wait for that party.
 */
export interface TransitionRule<S extends string, A extends string, P extends string> {
  action: A;
  from: readonly S[];
  party: P;
  to: S;
  desk?: boolean;
}

/** A condition in SQL with its named parameters. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The declarative state machine of one document type. The same table enforces transitions and
 * feeds the desk counts of documents waiting for each party.
 */
export class Workflow<S extends string, A extends string, P extends string> {
  constructor(
    readonly documentName: string,
    readonly rules: readonly TransitionRule<S, A, P>[],
    readonly closedStatuses: readonly S[],
    readonly partyNames: Record<P, string>,
  ) {}

  /**
   * Returns the rule that lets one of `parties` take `action` on a document in `status`. Throws
   * `CONFLICT`/`INVALID_TRANSITION` naming the current status when the status does not allow the
   * action, and `FORBIDDEN` when it is another party's turn.
   */
  authorize(
    action: A,
    status: S,
    parties: ReadonlySet<P>,
    documentCode: string,
  ): TransitionRule<S, A, P> {
    const candidates = this.rules.filter((rule) => rule.action === action);
    if (candidates.length === 0) throw new Error(`${this.documentName} has no action "${action}"`);
    const allowedHere = candidates.filter((rule) => rule.from.includes(status));
    if (allowedHere.length === 0) {
      const allowedFrom = [...new Set(candidates.flatMap((rule) => rule.from))];
      throw conflict(
        Reason.INVALID_TRANSITION,
        `The step "${humanize(action)}" is not allowed on ${this.documentName} ${documentCode} in status ${status}; it is allowed only in ${allowedFrom.join(', ')}. Reload the ${this.documentName} to see its current status.`,
        { currentStatus: status, allowedStatuses: allowedFrom },
      );
    }
    const rule = allowedHere.find((candidate) => parties.has(candidate.party));
    if (!rule) {
      const turn = [...new Set(allowedHere.map((candidate) => this.partyNames[candidate.party]))];
      throw forbidden(
        `The step "${humanize(action)}" on ${this.documentName} ${documentCode} (status ${status}) is for ${turn.join(' or ')}, not for your organisation.`,
      );
    }
    return rule;
  }

  /** Returns the statuses in which a document waits for `party` to act. */
  statusesAwaiting(party: P): S[] {
    const statuses = this.rules
      .filter((rule) => rule.party === party && rule.desk !== false)
      .flatMap((rule) => rule.from);
    return [...new Set(statuses)];
  }

  /**
   * Builds the condition "waits for the caller": for each party, the document is in a status
   * awaiting that party and the caller is that party on it (given as SQL, or null when the
   * caller cannot be that party at all).
   */
  awaitingCondition(
    statusColumn: string,
    partyConditions: Record<P, SqlCondition | null>,
  ): SqlCondition {
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    for (const party of Object.keys(partyConditions) as P[]) {
      const condition = partyConditions[party];
      const statuses = this.statusesAwaiting(party);
      if (!condition || statuses.length === 0) continue;
      const key = `awaiting_${party.toLowerCase()}`;
      parts.push(`(${statusColumn} IN (:...${key}) AND ${condition.sql})`);
      params[key] = statuses;
      Object.assign(params, condition.params);
    }
    return { sql: parts.length > 0 ? `(${parts.join(' OR ')})` : 'FALSE', params };
  }

  /** Builds the condition "still open": the status is not a closed one. */
  openCondition(statusColumn: string): SqlCondition {
    if (this.closedStatuses.length === 0) return { sql: 'TRUE', params: {} };
    return {
      sql: `${statusColumn} NOT IN (:...closedStatuses)`,
      params: { closedStatuses: [...this.closedStatuses] },
    };
  }
}

/** Turns an action name into words: `approveAtHq` becomes "approve at HQ". */
function humanize(action: string): string {
  return action
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .replace(/\bhq\b/g, 'HQ');
}

/**
 * Updates a document only if it still has the status the caller read and, when the client sent
 * one, the version it read. The version is raised either way. When another request got there
 * first, throws `CONFLICT` with `INVALID_TRANSITION` (the status moved on) or `STALE_VERSION`
 * (same status, newer version than the client's).
 */
export async function guardedUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  guard: { id: string; status: string; version?: number | null; label: string },
  changes: Record<string, unknown>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where(
      guard.version == null
        ? 'id = :id AND status = :status'
        : 'id = :id AND status = :status AND version = :version',
      guard,
    )
    .execute();
  if (result.affected === 1) return;

  const current = await manager
    .createQueryBuilder(entity, 'document')
    .select(['document.status', 'document.version'])
    .where('document.id = :id', { id: guard.id })
    .getOne();
  if (!current) throw notFound(guard.label, guard.id);
  if (current.status !== guard.status) {
    throw conflict(
      Reason.INVALID_TRANSITION,
      `${guard.label} changed while this request ran: its status is now ${current.status}, not ${guard.status}. Reload it and try again`,
      { currentStatus: current.status },
    );
  }
  throw conflict(
    Reason.STALE_VERSION,
    `${guard.label} has version ${current.version}, but the request was based on version ${guard.version}. Reload it and try again`,
    { currentVersion: current.version, currentStatus: current.status },
  );
}

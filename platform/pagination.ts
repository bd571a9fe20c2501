import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FieldErrors, invalidField } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

interface CursorPosition {
  /** The sort value of the last row seen: an ISO instant for `createdAt`, else the key itself. */
  value: string;
  id: string;
}

function encodeCursor(value: unknown, id: string): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return Buffer.from(JSON.stringify({ value: text, id })).toString('base64url');
}

function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPosition;
    if (typeof value.value !== 'string' || typeof value.id !== 'string') return null;
    return value;
  } catch {
    return null;
  }
}

/** Checks paging arguments and returns every invalid one at once. */
export function checkPageArgs(args: PageArgs): {
  first: number;
  cursor: CursorPosition | null;
  offset: number;
} {
  const errors = new FieldErrors();
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    errors.add('first', `must be from 1 to ${MAX_PAGE_SIZE} (got ${args.first})`);
  }
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) {
    errors.add('offset', `must be 0 or more (got ${args.offset})`);
  }
  let cursor: CursorPosition | null = null;
  if (args.after != null) {
    cursor = decodeCursor(args.after);
    if (!cursor) errors.add('after', `"${args.after}" is not a cursor returned by this list`);
  }
  if (args.after != null && args.offset != null && args.offset > 0) {
    errors.add('offset', 'cannot be combined with "after": page by cursor or by offset');
  }
  errors.throwIfAny();
  return { first, cursor, offset };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns true when a decoded cursor contains values of the types this list sorts by. */
function cursorFitsOrder(cursor: CursorPosition, order: ListOrder): boolean {
  if (cursor.value.includes('\u0000') || cursor.id.includes('\u0000')) return false;
  if (order.property === 'createdAt') {
    const time = new Date(cursor.value).getTime();
    if (!/^\d{4}-\d{2}-\d{2}T/.test(cursor.value) || Number.isNaN(time)) return false;
  }
  return (order.tieBreaker ?? 'id') !== 'id' || UUID.test(cursor.id);
}

/** Sort order of a list: newest first by `createdAt` unless a unique key and direction are given. */
export interface ListOrder {
  property: string;
  direction: 'ASC' | 'DESC';
  /** Unique property that breaks ties; `id` unless the sort property is itself unique. */
  tieBreaker?: string;
}

const NEWEST_FIRST: ListOrder = { property: 'createdAt', direction: 'DESC' };

/**
 * Runs a list query paged by cursor (keyset on the sort property and id) or by offset, and counts
 * the rows of the whole filtered list. Rows are newest first by default; `createdAt` columns must
 * have millisecond precision so a cursor names a row exactly.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
  order: ListOrder = NEWEST_FIRST,
): Promise<Page<T>> {
  const { first, cursor, offset } = checkPageArgs(args);
  if (cursor && !cursorFitsOrder(cursor, order)) {
    throw invalidField('after', `"${args.after}" is not a cursor returned by this list`);
  }
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  const sortColumn = `${alias}.${order.property}`;
  const tieBreaker = order.tieBreaker ?? 'id';
  const tieColumn = `${alias}.${tieBreaker}`;
  if (cursor) {
    const comparison = order.direction === 'DESC' ? '<' : '>';
    const value = order.property === 'createdAt' ? new Date(cursor.value) : cursor.value;
    page.andWhere(`(${sortColumn}, ${tieColumn}) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: cursor.id,
    });
  }
  const rows = await page
    .orderBy(sortColumn, order.direction)
    .addOrderBy(tieColumn, order.direction)
    .offset(cursor ? 0 : offset)
    .limit(first + 1)
    .getMany();
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({
    cursor: encodeCursor(node[order.property], String(node[tieBreaker])),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: cursor !== null || offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

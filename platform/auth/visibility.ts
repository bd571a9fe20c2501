import { Actor, Role } from './actor';

/**
 * The part of the documents a caller may read. An outlet reads what it submitted, what was
 * dispatched to it and what names it as repair unit. A center reads everything of its outlets and
 * itself, HQ and analysts read everything, and a department reads what was distributed to it.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'outlet'; organizationCode: string }
  | { kind: 'center'; organizationCode: string }
  | { kind: 'department'; organizationCode: string }
  | { kind: 'none' };

/** Returns the widest document scope among the caller's roles. */
export function documentScope(actor: Actor): Scope {
  const organizationCode = actor.organizationCode;
  if (actor.roles.includes(Role.HQ) || actor.roles.includes(Role.ANALYST)) return { kind: 'all' };
  if (actor.roles.includes(Role.CENTER)) return { kind: 'center', organizationCode };
  if (actor.roles.includes(Role.OUTLET)) return { kind: 'outlet', organizationCode };
  if (actor.roles.includes(Role.DEPARTMENT)) return { kind: 'department', organizationCode };
  return { kind: 'none' };
}

/** Returns true when customer phones must be masked for this caller (read-only BI users). */
export function masksContacts(actor: Actor): boolean {
  return actor.roles.includes(Role.ANALYST) && !actor.roles.includes(Role.HQ);
}

/** Returns true when the caller may change documents at all; analysts only read. */
export function canWriteDocuments(actor: Actor): boolean {
  return actor.roles.some((role) => role !== Role.ANALYST);
}

/** Columns of one document table that the visibility rules look at. */
export interface VisibilityColumns {
  /** Columns naming an outlet that may see the row (submitter, assignee, repair unit). */
  outlet: string[];
  /** Column naming the marketing center that the row belongs to. */
  center: string;
  /** Column naming a department that may see the row, if the document is distributed. */
  department?: string;
}

/** Builds the SQL condition that limits a query to the rows a scope may read. */
export function visibilityCondition(
  scope: Scope,
  columns: VisibilityColumns,
): { sql: string; params: Record<string, string> } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'outlet':
      return {
        sql: `(${columns.outlet.map((column) => `${column} = :visibleOrganization`).join(' OR ')})`,
        params: { visibleOrganization: scope.organizationCode },
      };
    case 'center':
      return {
        sql: `${columns.center} = :visibleOrganization`,
        params: { visibleOrganization: scope.organizationCode },
      };
    case 'department':
      return columns.department
        ? {
            sql: `${columns.department} = :visibleOrganization`,
            params: { visibleOrganization: scope.organizationCode },
          }
        : { sql: 'FALSE', params: {} };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

/** Returns true when a row with these organisation values is visible in a scope. */
export function isVisible(
  scope: Scope,
  row: {
    outlets: (string | null | undefined)[];
    center: string | null | undefined;
    department?: string | null;
  },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'outlet':
      return row.outlets.includes(scope.organizationCode);
    case 'center':
      return row.center === scope.organizationCode;
    case 'department':
      return row.department != null && row.department === scope.organizationCode;
    case 'none':
      return false;
  }
}

/** Masks a phone number for readers who may not see contact details: `138****7869`. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (phone == null || phone === '') return phone ?? null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(phone.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** A digit, ASCII or full-width as typed on Chinese keyboards. */
const D = '[0-9\uFF10-\uFF19]';

/** Mobile numbers, optionally written 138 1234 5678 or 138-1234-5678. */
const MOBILE_IN_TEXT = new RegExp(
  `(?<!${D})([1\uFF11]${D}{2})[ -]?${D}{4}[ -]?(${D}{4})(?!${D})`,
  'g',
);

/** Office and home numbers with an area code (0574-87654321) or split by a hyphen (8765-4321). */
const FIXED_IN_TEXT = new RegExp(
  `(?<!${D})(?:([0\uFF10]${D}{2,3})[ -]?${D}{3,4}|${D}{3,4}-)(${D}{4})(?!${D})`,
  'g',
);

/**
 * Masks phone numbers that users typed into free text (notes, comments, descriptions), for readers
 * who may not see contact details: `客户电话13900001111` becomes `客户电话139****1111`. A bare run of
 * seven or eight digits is left alone, because in this business it is more often a service
 * number or a date than a phone.
 */
export function maskPhonesInText(text: string | null | undefined): string | null {
  if (text == null) return null;
  return text
    .replace(MOBILE_IN_TEXT, (_match, head: string, tail: string) => `${head}****${tail}`)
    .replace(FIXED_IN_TEXT, (_match, areaCode: string | undefined, tail: string) =>
      areaCode ? `${areaCode}-****${tail}` : `****${tail}`,
    );
}

/** Returns free text as the caller may read it: typed phone numbers masked for analysts. */
export function freeTextFor(actor: Actor, text: string | null): string | null {
  return masksContacts(actor) ? maskPhonesInText(text) : text;
}

import { Actor, Role } from './actor';

/**
 * What part of the documents a caller may read. An outlet sees what it submitted, what was
 * dispatched to it and what names it as repair unit; a center sees everything of its outlets and
 * itself; HQ and analysts see everything; a department sees what was distributed to it.
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

const PHONE_IN_TEXT = /(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)|(?<!\d)(0\d{2,3}-?)\d{3,4}(\d{4})(?!\d)/g;

/**
 * Masks phone numbers that users typed into free text (notes, comments, descriptions), for readers
 * who may not see contact details: `客户电话13900001111` becomes `客户电话139****1111`.
 */
export function maskPhonesInText(text: string | null | undefined): string | null {
  if (text == null) return null;
  return text.replace(
    PHONE_IN_TEXT,
    (_match, mobileHead?: string, mobileTail?: string, areaCode?: string, fixedTail?: string) =>
      mobileHead ? `${mobileHead}****${mobileTail}` : `${areaCode}****${fixedTail}`,
  );
}

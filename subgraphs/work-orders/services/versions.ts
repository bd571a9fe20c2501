import { conflict, Reason } from '../../../platform/errors';

/**
 * Rejects a request based on another version than the document's current one. `expected` is the
 * optional `version` argument of a mutation. Without it the check passes, and only the status
 * guards the update.
 */
export function assertExpectedVersion(
  label: string,
  current: { version: number; status: string },
  expected: number | null | undefined,
): void {
  if (expected == null || expected === current.version) return;
  throw conflict(
    Reason.STALE_VERSION,
    `${label} has version ${current.version}, but the request was based on version ${expected}. Reload it and try again`,
    { currentVersion: current.version, currentStatus: current.status },
  );
}

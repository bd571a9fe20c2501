import { createHmac, timingSafeEqual } from 'node:crypto';
import { keyConfig } from '../config';
import { forbidden, Reason } from '../errors';

/** Header that marks a request as sent by another subgraph of this system. */
export const INTERNAL_CALL_HEADER = 'x-internal-call';

/**
 * Returns the key that signs subgraph-to-subgraph calls: `INTERNAL_CALL_SECRET`, else the HS256
 * token secret. With tokens verified by a JWKS URL there is no shared secret, so
 * `INTERNAL_CALL_SECRET` is then required.
 */
export function internalCallSecret(): string {
  const secret = process.env.INTERNAL_CALL_SECRET || keyConfig().secret;
  if (!secret) {
    throw new Error(
      'Missing INTERNAL_CALL_SECRET: subgraphs need it to sign calls to each other when tokens are verified with JWT_JWKS_URL',
    );
  }
  return secret;
}

/** Signs the caller's token for a call to another subgraph, binding the call to that caller. */
export function signInternalCall(token: string): string {
  return createHmac('sha256', internalCallSecret()).update(token).digest('base64url');
}

/** Returns true when `signature` is this system's signature of `token`. */
export function isInternalCall(signature: string | string[] | undefined, token: string): boolean {
  if (typeof signature !== 'string' || token === '') return false;
  const expected = Buffer.from(signInternalCall(token));
  const received = Buffer.from(signature);
  return expected.length === received.length && timingSafeEqual(expected, received);
}

/**
 * Refuses a field that only another subgraph may call, such as a reservation that must follow a
 * write in that subgraph. The caller's own token is not enough for these fields.
 */
export function requireInternalCall(context: { internalCall?: boolean }, field: string): void {
  if (!context.internalCall) {
    throw forbidden(
      `${field} is called by the subgraphs of this system on a user's behalf, not by clients`,
      Reason.INTERNAL_ONLY,
    );
  }
}

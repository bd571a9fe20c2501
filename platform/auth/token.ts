import { createRemoteJWKSet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { KeyConfig } from '../config';
import { unauthenticated } from '../errors';
import { Actor, Role } from './actor';

const ROLES = new Set<string>(Object.values(Role));
const ORGANIZATION_CODE = /^\d{6}$/;

/** Verifies bearer tokens with a shared HS256 secret or with the keys of a JWKS URL. */
export class TokenVerifier {
  private readonly verifyPayload: (token: string) => Promise<JWTPayload>;

  constructor(config: KeyConfig) {
    // Tokens without an expiry would stay valid forever, so `exp` is required.
    const options = { issuer: config.issuer, audience: config.audience, requiredClaims: ['exp'] };
    if (config.jwksUrl) {
      const keys = createRemoteJWKSet(new URL(config.jwksUrl));
      this.verifyPayload = async (token) => (await jwtVerify(token, keys, options)).payload;
    } else if (config.secret) {
      const key = new TextEncoder().encode(config.secret);
      this.verifyPayload = async (token) =>
        (await jwtVerify(token, key, { ...options, algorithms: ['HS256'] })).payload;
    } else {
      throw new Error('TokenVerifier needs a secret or a JWKS URL');
    }
  }

  /** Returns the actor of an `Authorization` header value, or throws `UNAUTHENTICATED`. */
  async verifyHeader(header: string | undefined): Promise<{ actor: Actor; token: string }> {
    if (!header) {
      throw unauthenticated('Missing Authorization header: send "Authorization: Bearer <token>"');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) {
      throw unauthenticated('Invalid Authorization header: expected "Bearer <token>"');
    }
    const token = match[1];
    let payload: JWTPayload;
    try {
      payload = await this.verifyPayload(token);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED') {
        throw unauthenticated('The token has expired: sign in again for a new token');
      }
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
        const claim = (error as { claim?: string }).claim ?? 'unknown';
        throw unauthenticated(
          `Invalid token: claim "${claim}" is missing or not accepted; tokens must carry an expiry (exp)`,
        );
      }
      throw unauthenticated('Invalid token: its signature or claims could not be verified');
    }
    return { actor: actorFromPayload(payload), token };
  }
}

function actorFromPayload(payload: JWTPayload): Actor {
  const { sub, name, org, roles } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub === '')
    throw unauthenticated('Invalid token: missing claim "sub"');
  if (typeof org !== 'string' || !ORGANIZATION_CODE.test(org)) {
    throw unauthenticated('Invalid token: claim "org" must be a six-digit organisation code');
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => ROLES.has(role))) {
    throw unauthenticated(
      `Invalid token: claim "roles" must list roles among ${[...ROLES].join(', ')}`,
    );
  }
  return {
    userId: sub,
    name: typeof name === 'string' && name !== '' ? name : sub,
    organizationCode: org,
    roles: roles as Role[],
  };
}

/** Signs an HS256 token for an actor; used by local tooling and tests, never by a request path. */
export async function signToken(
  actor: Actor,
  secret: string,
  options: { expiresIn?: string | number; issuedAt?: number } = {},
): Promise<string> {
  return new SignJWT({ name: actor.name, org: actor.organizationCode, roles: actor.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(actor.userId)
    .setIssuedAt(options.issuedAt)
    .setExpirationTime(options.expiresIn ?? '7d')
    .sign(new TextEncoder().encode(secret));
}

import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One subgraph of the federated graph: its name, PostgreSQL schema and default port. */
export interface SubgraphInfo {
  name: SubgraphName;
  schema: string;
  defaultPort: number;
}

export type SubgraphName = 'master-data' | 'work-orders' | 'returns';

/** Subgraphs composed into the supergraph, in start-up order. */
export const SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: 'master-data', schema: 'master_data', defaultPort: 4001 },
  { name: 'work-orders', schema: 'work_orders', defaultPort: 4002 },
  { name: 'returns', schema: 'returns', defaultPort: 4003 },
];

export const GATEWAY_DEFAULT_PORT = 4000;

/** Root of the checkout, where `.data/` lives. */
export const PROJECT_ROOT = join(
  __dirname,
  basename(dirname(__dirname)) === 'dist' ? '../..' : '..',
);
export const DATA_DIR = process.env.DATA_DIR ?? join(PROJECT_ROOT, '.data');

export function subgraphInfo(name: SubgraphName): SubgraphInfo {
  const info = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!info) throw new Error(`Unknown subgraph "${name}"`);
  return info;
}

/** Turns `work-orders` into `WORK_ORDERS`, the prefix of that subgraph's variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** Reads `<NAME>_DATABASE_URL`, falling back to `DATABASE_URL`. */
export function databaseUrlFor(name: SubgraphName): string {
  const url = process.env[`${envPrefix(name)}_DATABASE_URL`] ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      `Missing database configuration for ${name}: set ${envPrefix(name)}_DATABASE_URL or DATABASE_URL`,
    );
  }
  return url;
}

/** Reads `<NAME>_URL`, falling back to the subgraph's default port on 127.0.0.1. */
export function subgraphUrl(name: SubgraphName): string {
  return (
    process.env[`${envPrefix(name)}_URL`] ??
    `http://127.0.0.1:${subgraphInfo(name).defaultPort}/graphql`
  );
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

export function portFromEnv(fallback: number): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid PORT "${raw}": expected an integer from 0 to 65535`);
  }
  return port;
}

/** Path of the signing secret that local runs generate once and keep. */
export const LOCAL_SECRET_FILE = join(DATA_DIR, 'jwt-secret');

/** Key configuration for JWT verification: a shared HS256 secret or a JWKS URL. */
export interface KeyConfig {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/**
 * Reads the key configuration. In production a missing key is fatal; elsewhere the secret that
 * local runs keep in `.data/jwt-secret` is used when neither variable is set.
 */
export function keyConfig(): KeyConfig {
  const config: KeyConfig = {
    secret: process.env.JWT_SECRET || undefined,
    jwksUrl: process.env.JWT_JWKS_URL || undefined,
    issuer: process.env.JWT_ISSUER || undefined,
    audience: process.env.JWT_AUDIENCE || undefined,
  };
  if (config.secret || config.jwksUrl) return config;
  if (isProduction()) {
    throw new Error('Missing key configuration: set JWT_SECRET or JWT_JWKS_URL in production');
  }
  try {
    config.secret = readFileSync(LOCAL_SECRET_FILE, 'utf8').trim();
  } catch {
    throw new Error(
      `Missing key configuration: set JWT_SECRET or JWT_JWKS_URL, or run "npm start" once to create ${LOCAL_SECRET_FILE}`,
    );
  }
  return config;
}

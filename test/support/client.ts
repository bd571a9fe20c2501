import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '../../platform/auth/actor';
import { signToken } from '../../platform/auth/token';
import { users } from '../../demo/catalog';

/** Shape of one GraphQL error as clients receive it. */
export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    fields?: { path: string; message: string }[];
    [key: string]: unknown;
  };
}

export interface GraphQLResult<T> {
  status: number;
  data: T;
  errors?: GraphQLErrorShape[];
}

export function gatewayUrl(): string {
  const url = process.env.TEST_GATEWAY_URL;
  if (!url) throw new Error('TEST_GATEWAY_URL is not set: run the tests through jest');
  return url;
}

/** URL of one subgraph as the test system started it, e.g. `subgraphUrl('returns')`. */
export function subgraphUrl(name: string): string {
  const urls = JSON.parse(process.env.TEST_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  if (!urls[name]) throw new Error(`No test URL for subgraph "${name}"`);
  return urls[name];
}

/** Signs a token for a demo user id, e.g. `outlet-574225`, with the test system's secret. */
export async function tokenFor(
  userId: string,
  options: { expiresIn?: string | number; issuedAt?: number; secret?: string } = {},
): Promise<string> {
  const user = users.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`Unknown demo user "${userId}"`);
  return signToken(
    {
      userId: user.id,
      name: user.name,
      organizationCode: user.organizationCode,
      roles: user.roles as Role[],
    },
    options.secret ?? (process.env.TEST_JWT_SECRET as string),
    options,
  );
}

export interface RequestOptions {
  /** Demo user id to sign in as. */
  as?: string;
  /** Raw token; wins over `as`. Pass an empty string to send no Authorization header. */
  token?: string;
  /** Endpoint; the gateway unless given. */
  url?: string;
  /** Signs the request as a call from another subgraph, as `querySubgraph` does. */
  internal?: boolean;
}

/** Sends one GraphQL operation and returns the status, data and errors. */
export async function graphql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResult<T>> {
  const token = options.token ?? (options.as ? await tokenFor(options.as) : '');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.internal) {
    headers['x-internal-call'] = createHmac('sha256', process.env.TEST_JWT_SECRET as string)
      .update(token)
      .digest('base64url');
  }
  const response = await fetch(options.url ?? gatewayUrl(), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: GraphQLErrorShape[] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** Returns the SQL statements a subgraph process has sent since it started. */
export async function sqlStatements(subgraph: string): Promise<number> {
  const url = new URL(subgraphUrl(subgraph));
  url.pathname = '/metrics';
  const text = await (await fetch(url)).text();
  const match = /^sql_statements_total (\d+)$/m.exec(text);
  if (!match) throw new Error(`No sql_statements_total in ${url}`);
  return Number(match[1]);
}

/** Runs SQL against the test database, for arranging states the API cannot reach quickly. */
export async function sql<T = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL_RESOLVED });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Starts the whole system once for the suite: a fresh database on the PostgreSQL server at
 * 127.0.0.1:5432 when one answers (or TEST_DATABASE_URL), otherwise on embedded PostgreSQL;
 * then every subgraph and the gateway from the compiled `dist/` tree, with demo data loaded.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..');
  // The system is loaded from dist/ so the suite runs the code that `npm start` runs.
  const { isPostgresReachable, startEmbeddedPostgres } = require(
    join(root, 'dist/platform/database/embedded.js'),
  ) as typeof import('../../platform/database/embedded');
  const { startSystem } = require(
    join(root, 'dist/scripts/system.js'),
  ) as typeof import('../../scripts/system');

  const database = process.env.TEST_DATABASE_NAME ?? 'aftersales_test';
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  let databaseUrl: string;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (await isPostgresReachable(serverUrl)) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  } else {
    const dataDir = join(root, '.data', 'test-postgres');
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 15433),
      database: 'postgres',
    });
    const admin = new Client({ connectionString: embedded.url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    databaseUrl = embedded.url.replace(/\/postgres$/, `/${database}`);
    stopEmbedded = embedded.stop;
  }

  const secret = randomBytes(32).toString('base64url');
  const logDir = join(root, '.data', 'test-logs');
  mkdirSync(logDir, { recursive: true });
  const gatewayPort = Number(process.env.TEST_GATEWAY_PORT ?? 4600);
  const system = await startSystem({
    databaseUrl,
    secret,
    gatewayPort,
    logFile: join(logDir, 'system.log'),
  });

  process.env.TEST_JWT_SECRET = secret;
  process.env.TEST_DATABASE_URL_RESOLVED = databaseUrl;
  process.env.TEST_GATEWAY_URL = system.gatewayUrl;
  process.env.TEST_SUBGRAPH_URLS = JSON.stringify(system.subgraphUrls);
  (globalThis as Record<string, unknown>).__system = { system, stopEmbedded };
}

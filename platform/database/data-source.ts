import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { StatementCountingLogger } from './statement-counter';

export interface SubgraphDataSourceOptions {
  url: string;
  /** PostgreSQL schema that this subgraph owns; its tables and migration history live there. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/** Creates the TypeORM data source of one subgraph, confined to its own PostgreSQL schema. */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query'],
    logger: new StatementCountingLogger(['migration', 'schema', 'info', 'log']),
    extra: {
      max: options.poolSize ?? 10,
      application_name: `aftersales-${options.schema}`,
      // Every instant is stored with its zone; the session zone only affects how SQL prints them.
      options: '-c TimeZone=Asia/Shanghai',
    },
  });
}

/** Creates the subgraph's schema if needed and applies its pending migrations. */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const bootstrap = new DataSource({
    ...dataSource.options,
    migrations: [],
    entities: [],
  } as never);
  await bootstrap.initialize();
  try {
    await bootstrap.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await bootstrap.destroy();
  }
  const initialized = dataSource.isInitialized;
  if (!initialized) await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    if (!initialized) await dataSource.destroy();
  }
}

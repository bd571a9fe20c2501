import { SUBGRAPHS, SubgraphName } from './platform/config';
import { subgraphDataSource } from './platform/server/subgraph';
import { REGISTERED_SUBGRAPHS } from './subgraphs/registry';

/**
 * Data source for the TypeORM CLI: the subgraph named by `SUBGRAPH` (master-data by default), on
 * `<NAME>_DATABASE_URL` or `DATABASE_URL`. Each subgraph keeps its migrations in its own schema.
 * Example, after `npm run build`:
 *   SUBGRAPH=returns DATABASE_URL=postgres://... npx typeorm migration:show -d dist/ormconfig.js
 */
const name = (process.env.SUBGRAPH ?? 'master-data') as SubgraphName;
const entry = REGISTERED_SUBGRAPHS[name];
if (!entry) {
  throw new Error(
    `Unknown subgraph "${name}" in SUBGRAPH: use one of ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`,
  );
}

export default subgraphDataSource(entry.definition);

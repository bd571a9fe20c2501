import { composeServices } from '@apollo/composition';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printSchema } from 'graphql';
import { PROJECT_ROOT, subgraphInfo } from '../platform/config';
import { printSubgraphSdl } from '../platform/server/federated-schema';
import { registeredSubgraphs } from '../subgraphs/registry';

export interface ComposedSchemas {
  supergraph: string;
  api: string;
}

/**
 * Composes the SDL of every subgraph into the supergraph the gateway serves, and prints the API
 * schema that clients see. Subgraph URLs are the local defaults; the gateway overrides them from
 * `<NAME>_URL`.
 */
export async function composeSchemas(): Promise<ComposedSchemas> {
  const services = await Promise.all(
    registeredSubgraphs().map(async ({ definition }) => ({
      name: definition.name,
      url: `http://127.0.0.1:${subgraphInfo(definition.name).defaultPort}/graphql`,
      typeDefs: parse(await printSubgraphSdl(definition.graphql)),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((error) => error.message).join('\n')}`,
    );
  }
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraph: result.supergraphSdl, api: `${api}\n` };
}

export const SUPERGRAPH_PATH = join(PROJECT_ROOT, 'schema', 'supergraph.graphql');
export const API_SCHEMA_PATH = join(PROJECT_ROOT, 'schema', 'api.graphql');

/** Returns the committed schema files that differ from a fresh composition. */
export function staleFiles(composed: ComposedSchemas): string[] {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  const stale: string[] = [];
  if (read(SUPERGRAPH_PATH) !== composed.supergraph) stale.push(SUPERGRAPH_PATH);
  if (read(API_SCHEMA_PATH) !== composed.api) stale.push(API_SCHEMA_PATH);
  return stale;
}

async function main(): Promise<void> {
  const composed = await composeSchemas();
  if (process.argv.includes('--check')) {
    const stale = staleFiles(composed);
    if (stale.length > 0) {
      console.error(
        `Stale schema files: ${stale.join(', ')}. Run "npm run compose" and commit them.`,
      );
      process.exit(1);
    }
    console.log('Schema files are up to date');
    return;
  }
  writeFileSync(SUPERGRAPH_PATH, composed.supergraph);
  writeFileSync(API_SCHEMA_PATH, composed.api);
  console.log(`Wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import {
  buildSchema,
  BuildSchemaOptions,
  createResolversMap,
  getMetadataStorage,
  NonEmptyArray,
} from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` functions and other resolvers that type-graphql cannot declare. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

/**
 * Orders resolver parameters by position. Parameter decorators run from the last parameter to the
 * first, so without this the schema would list every field's arguments in reverse.
 */
function orderParametersByPosition(): void {
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}

async function buildTypeGraphqlSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  orderParametersByPosition();
  const buildOptions: BuildSchemaOptions = {
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    skipCheck: true,
  };
  return buildSchema(buildOptions);
}

/** Prints the subgraph SDL, with the federation directives, that composition consumes. */
export async function printSubgraphSdl(options: FederatedSchemaOptions): Promise<string> {
  const schema = await buildTypeGraphqlSchema(options);
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`;
}

/** Builds the executable subgraph schema: type-graphql types printed, then federated. */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphqlSchema(options);
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, fields] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

export { DateScalar, DateTimeScalar, DecimalScalar };

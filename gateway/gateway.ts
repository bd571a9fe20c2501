import {
  ApolloGateway,
  GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from 'pino';
import { Actor } from '../platform/auth/actor';
import { TokenVerifier } from '../platform/auth/token';
import {
  GATEWAY_DEFAULT_PORT,
  isProduction,
  keyConfig,
  portFromEnv,
  PROJECT_ROOT,
  subgraphUrl,
  SubgraphName,
} from '../platform/config';
import { formatClientError } from '../platform/errors';
import { createLogger } from '../platform/logger';
import { createHttpServer, drain, listen } from '../platform/server/http';
import { requestLogPlugin } from '../platform/server/plugins';
import { RunningProcess } from '../platform/server/subgraph';

export interface GatewayContext {
  requestId: string;
  logger: Logger;
  actor: Actor;
  authorization: string;
}

/** Path of the composed supergraph that the gateway serves. */
export const SUPERGRAPH_FILE = join(PROJECT_ROOT, 'schema', 'supergraph.graphql');

class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('authorization' in context)) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.requestId);
  }
}

/** Returns the names of the subgraphs that a supergraph routes to. */
export function supergraphSubgraphNames(supergraphSdl: string): SubgraphName[] {
  const names = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map(
    (match) => match[1],
  );
  return names as SubgraphName[];
}

/** Pings every subgraph's `/ready`; the gateway is ready only when all of them are. */
async function subgraphsReady(names: SubgraphName[]): Promise<boolean> {
  const results = await Promise.all(
    names.map(async (name) => {
      const url = new URL(subgraphUrl(name));
      url.pathname = '/ready';
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => null);
      return response?.ok === true;
    }),
  );
  return results.every(Boolean);
}

/**
 * Starts the gateway: it verifies the caller's token, forwards it with a request id to the
 * subgraphs named in the static supergraph, and limits query depth and cost.
 */
export async function startGateway(
  options: { port?: number; logger?: Logger } = {},
): Promise<RunningProcess> {
  const logger = options.logger ?? createLogger('gateway');
  const verifier = new TokenVerifier(keyConfig());
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const subgraphNames = supergraphSubgraphNames(supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new AuthenticatedDataSource({ url: subgraphUrl(name as SubgraphName), fetcher: fetch }),
  });
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { n: 5000 },
    blockFieldSuggestion: { enabled: isProduction() },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !isProduction(),
    // This process drains its HTTP server before stopping Apollo, so Apollo must not exit first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    plugins: [...protection.plugins, requestLogPlugin(), ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) =>
      formatClientError(formatted, error, (unexpected) =>
        logger.error({ err: unexpected, path: formatted.path }, 'unexpected error'),
      ),
  });
  await apollo.start();

  const server = createHttpServer<GatewayContext>({
    apollo,
    logger,
    context: async (request, requestId) => {
      const { actor, token } = await verifier.verifyHeader(request.headers.authorization);
      return {
        requestId,
        logger: logger.child({ requestId }),
        actor,
        authorization: `Bearer ${token}`,
      };
    },
    ready: () => subgraphsReady(subgraphNames),
  });
  const port = await listen(server, options.port ?? portFromEnv(GATEWAY_DEFAULT_PORT));
  logger.info({ port }, 'gateway started');
  return {
    port,
    async stop() {
      logger.info('stopping: draining in-flight requests');
      await drain(server);
      await apollo.stop();
      logger.info('gateway stopped');
    },
  };
}

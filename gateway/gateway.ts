import {
  ApolloGateway,
  GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
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
import { requestIdInErrorsPlugin, requestLogPlugin } from '../platform/server/plugins';
import { GATEWAY_MAX_DEPTH, queryLimits } from '../platform/server/query-limits';
import { RunningProcess } from '../platform/server/subgraph';

export interface GatewayContext {
  requestId: string;
  logger: Logger;
  actor: Actor;
  authorization: string;
}

/** Path of the composed supergraph that the gateway serves. */
export const SUPERGRAPH_FILE = join(PROJECT_ROOT, 'schema', 'supergraph.graphql');

const SUBGRAPH_TIMEOUT_MS = Number(process.env.GATEWAY_SUBGRAPH_TIMEOUT_MS ?? 15_000);

/** Builds the GraphQL response a client gets when a subgraph cannot be reached in time. */
function unavailableResponse(subgraph: string, reason: string): Response {
  const body = {
    errors: [
      {
        message: `The ${subgraph} service ${reason}, so this part of the query has no data. Try again shortly.`,
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          reason: 'DEPENDENCY_UNAVAILABLE',
          service: subgraph,
        },
      },
    ],
  };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * Creates the fetch function for one subgraph. It gives up after `GATEWAY_SUBGRAPH_TIMEOUT_MS`
 * and turns an unreachable subgraph into a `DEPENDENCY_UNAVAILABLE` error. A GraphQL error
 * response sent with HTTP 400, such as an invalid variable, passes on as an ordinary response, so
 * its errors reach the client with code and message intact.
 */
function subgraphFetcher(subgraph: string, logger: Logger) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const timeout = AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal });
    } catch (error) {
      logger.error({ err: error, subgraph }, 'subgraph call failed');
      return unavailableResponse(
        subgraph,
        timeout.aborted
          ? `did not respond within ${SUBGRAPH_TIMEOUT_MS} ms`
          : 'could not be reached',
      );
    }
    if (response.status !== 400) return response;
    const text = await response.text();
    let isGraphQLResponse = false;
    try {
      isGraphQLResponse = Array.isArray((JSON.parse(text) as { errors?: unknown }).errors);
    } catch {
      isGraphQLResponse = false;
    }
    return new Response(text, {
      status: isGraphQLResponse ? 200 : response.status,
      statusText: isGraphQLResponse ? 'OK' : response.statusText,
      headers: response.headers,
    });
  };
}

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
      new AuthenticatedDataSource({
        url: subgraphUrl(name as SubgraphName),
        fetcher: subgraphFetcher(name, logger) as typeof fetch,
      }),
  });
  const protection = queryLimits(GATEWAY_MAX_DEPTH);

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !isProduction(),
    // This process drains its HTTP server before stopping Apollo, so Apollo must not exit first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      requestLogPlugin(),
      requestIdInErrorsPlugin(),
      // Outside production a browser opening the endpoint gets Apollo Sandbox, where the
      // Authorization header can be set; the page itself needs no token.
      isProduction()
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
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
      const requestLogger = logger.child({ requestId });
      try {
        const { actor, token } = await verifier.verifyHeader(request.headers.authorization);
        return { requestId, logger: requestLogger, actor, authorization: `Bearer ${token}` };
      } catch (error) {
        // The message names the failed check, never the token itself.
        requestLogger.warn(
          { reason: (error as Error).message },
          'request rejected: not authenticated',
        );
        throw error;
      }
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

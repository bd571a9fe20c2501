import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { INTERNAL_CALL_HEADER, internalCallSecret, isInternalCall } from '../auth/internal-call';
import { TokenVerifier } from '../auth/token';
import {
  databaseUrlFor,
  isProduction,
  keyConfig,
  portFromEnv,
  subgraphInfo,
  SubgraphName,
} from '../config';
import { createSubgraphDataSource } from '../database/data-source';
import { processStatementCount, withStatementCounter } from '../database/statement-counter';
import { formatClientError } from '../errors';
import { createLogger } from '../logger';
import { RequestContext } from './context';
import { buildFederatedSchema, FederatedSchemaOptions } from './federated-schema';
import { createHttpServer, drain, listen } from './http';
import {
  isServiceRequest,
  requestIdInErrorsPlugin,
  requestLogPlugin,
  requireAuthenticationPlugin,
} from './plugins';
import { GATEWAY_MAX_DEPTH, queryLimits } from './query-limits';

/** The parts of one subgraph: GraphQL types and resolvers, entities and migrations. */
export interface SubgraphDefinition {
  name: SubgraphName;
  graphql: FederatedSchemaOptions;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

export interface SubgraphContext extends RequestContext {
  authError?: GraphQLError;
}

/** Creates the data source of a subgraph from `<NAME>_DATABASE_URL` or `DATABASE_URL`. */
export function subgraphDataSource(definition: SubgraphDefinition, url?: string): DataSource {
  return createSubgraphDataSource({
    url: url ?? databaseUrlFor(definition.name),
    schema: subgraphInfo(definition.name).schema,
    entities: definition.entities,
    migrations: definition.migrations,
  });
}

export interface RunningProcess {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts one subgraph as its own HTTP process: connects to its database, builds the federated
 * schema, and serves `/graphql`, `/health`, `/ready` and `/metrics`. Every request must carry a
 * valid token; the subgraph verifies it again even behind the gateway.
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  options: { port?: number; logger?: Logger } = {},
): Promise<RunningProcess> {
  const logger = options.logger ?? createLogger(definition.name);
  const verifier = new TokenVerifier(keyConfig());
  // Fails at start-up rather than on the first subgraph-to-subgraph call.
  internalCallSecret();
  const db = subgraphDataSource(definition);
  await db.initialize();
  const schema = await buildFederatedSchema(definition.graphql);

  const limits = queryLimits(GATEWAY_MAX_DEPTH + 2);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    validationRules: limits.validationRules,
    introspection: !isProduction(),
    // This process drains its HTTP server before stopping Apollo, so Apollo must not exit first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...limits.plugins,
      requireAuthenticationPlugin(),
      requestLogPlugin(),
      requestIdInErrorsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    formatError: (formatted, error) =>
      formatClientError(formatted, error, (unexpected) =>
        logger.error({ err: unexpected, path: formatted.path }, 'unexpected error'),
      ),
  });
  await apollo.start();

  const server = createHttpServer<SubgraphContext>({
    apollo,
    logger,
    context: async (request, requestId, body) => {
      const requestLogger = logger.child({ requestId });
      const base = { requestId, logger: requestLogger, db, loaders: new Map() };
      try {
        const { actor, token } = await verifier.verifyHeader(request.headers.authorization);
        const internalCall = isInternalCall(request.headers[INTERNAL_CALL_HEADER], token);
        return { ...base, actor, token, internalCall };
      } catch (error) {
        // Only a query for `_service` alone may go on without a token.
        if (!isServiceRequest(body)) {
          requestLogger.warn(
            { reason: (error as Error).message },
            'request rejected: not authenticated',
          );
          throw error;
        }
        return {
          ...base,
          actor: undefined as unknown as Actor,
          token: '',
          authError: error as GraphQLError,
        };
      }
    },
    ready: async () => {
      await db.query('SELECT 1');
      return true;
    },
    metrics: () =>
      [
        '# HELP sql_statements_total SQL statements sent to PostgreSQL by this process.',
        '# TYPE sql_statements_total counter',
        `sql_statements_total ${processStatementCount()}`,
        '',
      ].join('\n'),
  });
  // Each request gets its own statement counter for the request log.
  const handler = server.listeners('request')[0] as (...args: unknown[]) => void;
  server.removeAllListeners('request');
  server.on('request', (...args: unknown[]) => withStatementCounter(() => handler(...args)));

  const port = await listen(
    server,
    options.port ?? portFromEnv(subgraphInfo(definition.name).defaultPort),
  );
  logger.info({ port }, `${definition.name} subgraph started`);

  return {
    port,
    async stop() {
      logger.info('stopping: draining in-flight requests');
      await drain(server);
      await apollo.stop();
      await db.destroy();
      logger.info(`${definition.name} subgraph stopped`);
    },
  };
}

/** Runs a process until SIGINT or SIGTERM, then stops it gracefully. */
export function stopOnSignals(running: RunningProcess, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'signal received');
    try {
      await running.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'failed to stop cleanly');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A process started by the launcher also stops when the launcher is gone.
  if (process.send) process.on('disconnect', () => void stop('launcher disconnected'));
}

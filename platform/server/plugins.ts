import { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import { Logger } from 'pino';
import { requestStatementCount } from '../database/statement-counter';

interface LoggedContext {
  requestId: string;
  logger: Logger;
  authError?: GraphQLError;
}

/**
 * Logs one line per request with the operation name, duration, SQL statement count and error
 * codes; the context's child logger adds the request id. Variables are never logged because they carry customer data.
 */
export function requestLogPlugin<C extends LoggedContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext: GraphQLRequestContext<C>) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const errors = requestContext.errors ?? [];
          contextValue.logger.info(
            {
              operationName: requestContext.operationName ?? null,
              operationType: requestContext.operation?.operation ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              sqlStatements: requestStatementCount(),
              errorCodes: errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
            },
            'request',
          );
        },
      };
    },
  };
}

const OPEN_ROOT_FIELDS = new Set(['_service', '__typename']);

/** Returns true when an operation selects nothing but `_service`, which may be read anonymously. */
function isServiceQuery(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && OPEN_ROOT_FIELDS.has(selection.name.value),
  );
}

/**
 * Refuses every operation of a caller without a valid token, `_entities` included; only a query
 * for `_service` alone is open. The context carries the verification error instead of failing, so
 * that single exception is possible.
 */
export function requireAuthenticationPlugin<C extends LoggedContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.authError && !isServiceQuery(operation)) throw contextValue.authError;
        },
      };
    },
  };
}

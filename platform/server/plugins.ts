import { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode, parse } from 'graphql';
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
export function isServiceQuery(operation: OperationDefinitionNode | undefined): boolean {
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

/**
 * Adds the request id to every `INTERNAL_SERVER_ERROR` in a response, so a user can quote it and
 * an operator can find the logged cause.
 */
export function requestIdInErrorsPlugin<C extends LoggedContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
        },
      };
    },
  };
}

/**
 * Returns true when a request body contains a single query for `_service` alone. Used before
 * validation, so unauthenticated callers learn nothing about the schema from validation errors.
 */
export function isServiceRequest(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  try {
    const operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    return operations.length === 1 && isServiceQuery(operations[0]);
  } catch {
    return false;
  }
}

import { INTERNAL_CALL_HEADER, signInternalCall } from '../auth/internal-call';
import { subgraphUrl, SubgraphName } from '../config';
import { AppError, dependencyUnavailable, ErrorCode } from '../errors';
import { RequestContext } from './context';

const TIMEOUT_MS = Number(process.env.SUBGRAPH_CALL_TIMEOUT_MS ?? 5000);

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Asks another subgraph for a fact it owns, with the caller's own token, so that subgraph applies
 * its visibility rules to the caller. Fails closed: when the subgraph cannot be reached or does
 * not respond in time, the error states that `consequence` (e.g. "the order was not completed").
 * An error the other subgraph returns on purpose is passed on with its code and reason.
 */
export async function querySubgraph<T>(
  context: Pick<RequestContext, 'token' | 'requestId' | 'logger'>,
  subgraph: SubgraphName,
  query: string,
  variables: Record<string, unknown>,
  consequence: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(subgraphUrl(subgraph), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${context.token}`,
        'x-request-id': context.requestId,
        [INTERNAL_CALL_HEADER]: signInternalCall(context.token),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    context.logger.error({ err: error, subgraph }, 'subgraph call failed');
    throw dependencyUnavailable(subgraph, consequence);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    context.logger.error(
      { err: error, subgraph, status: response.status },
      'subgraph returned no JSON',
    );
    throw dependencyUnavailable(subgraph, consequence);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = String(first.extensions?.code ?? '');
    if (code in ErrorCode && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      throw new AppError(first.message, code as ErrorCode, { ...first.extensions });
    }
    context.logger.error({ subgraph, code, status: response.status }, 'subgraph returned an error');
    throw dependencyUnavailable(subgraph, consequence);
  }
  if (!response.ok || body.data == null) {
    context.logger.error({ subgraph, status: response.status }, 'subgraph returned no data');
    throw dependencyUnavailable(subgraph, consequence);
  }
  return body.data;
}

/**
 * Sends a follow-up call to another subgraph after this subgraph's own change has committed or
 * been abandoned, so a failure cannot undo anything here. Never throws: a failure is logged with
 * `ids` and `consequence`, and the function returns false.
 */
export async function notifySubgraph(
  context: Pick<RequestContext, 'token' | 'requestId' | 'logger'>,
  subgraph: SubgraphName,
  mutation: string,
  variables: Record<string, unknown>,
  log: { ids: Record<string, unknown>; done: string; failed: string },
): Promise<boolean> {
  try {
    await querySubgraph(context, subgraph, mutation, variables, log.failed);
    context.logger.info(log.ids, log.done);
    return true;
  } catch (error) {
    context.logger.error({ err: error, ...log.ids }, log.failed);
    return false;
  }
}

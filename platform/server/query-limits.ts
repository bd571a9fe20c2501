import { ApolloArmor } from '@escape.tech/graphql-armor';
import { isProduction } from '../config';

/** Maximum selection depth of a client query at the gateway. */
export const GATEWAY_MAX_DEPTH = 12;

/**
 * Limits on query shape, applied by the gateway and again by every subgraph, because a subgraph
 * can be called directly. Subgraphs allow two more levels for the `_entities` wrapper and inline
 * fragment that the gateway adds.
 */
export function queryLimits(maxDepth: number): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: maxDepth },
    // A page of 50 return reports with their usual details was measured at a cost of about 23000.
    costLimit: { maxCost: 60000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { n: 5000 },
    blockFieldSuggestion: { enabled: isProduction() },
  }).protect();
}

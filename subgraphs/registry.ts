import { DataSource } from 'typeorm';
import { SubgraphName } from '../platform/config';
import { SubgraphDefinition } from '../platform/server/subgraph';
import { masterData } from './master-data';
import { seedMasterData } from './master-data/seed';
import { returns } from './returns';
import { seedReturns } from './returns/seed';
import { workOrders } from './work-orders';
import { seedWorkOrders } from './work-orders/seed';

/** A subgraph with the demo data it loads into its own schema. */
export interface RegisteredSubgraph {
  definition: SubgraphDefinition;
  seed: (db: DataSource) => Promise<void>;
}

/** Every subgraph of the graph, in the order they start and load demo data. */
export const REGISTERED_SUBGRAPHS: Record<SubgraphName, RegisteredSubgraph | undefined> = {
  'master-data': { definition: masterData, seed: seedMasterData },
  'work-orders': { definition: workOrders, seed: seedWorkOrders },
  returns: { definition: returns, seed: seedReturns },
};

export function registeredSubgraphs(): RegisteredSubgraph[] {
  return Object.values(REGISTERED_SUBGRAPHS).filter(
    (entry): entry is RegisteredSubgraph => entry !== undefined,
  );
}

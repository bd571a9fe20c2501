import { createLogger } from '../../platform/logger';
import { startSubgraph, stopOnSignals } from '../../platform/server/subgraph';
import { workOrders } from './index';

const logger = createLogger(workOrders.name);
startSubgraph(workOrders, { logger })
  .then((running) => stopOnSignals(running, logger))
  .catch((error) => {
    logger.fatal({ err: error }, `${workOrders.name} subgraph failed to start`);
    process.exit(1);
  });

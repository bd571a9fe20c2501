import { createLogger } from '../../platform/logger';
import { startSubgraph, stopOnSignals } from '../../platform/server/subgraph';
import { returns } from './index';

const logger = createLogger(returns.name);
startSubgraph(returns, { logger })
  .then((running) => stopOnSignals(running, logger))
  .catch((error) => {
    logger.fatal({ err: error }, `${returns.name} subgraph failed to start`);
    process.exit(1);
  });

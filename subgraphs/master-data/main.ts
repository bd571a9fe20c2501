import { createLogger } from '../../platform/logger';
import { startSubgraph, stopOnSignals } from '../../platform/server/subgraph';
import { masterData } from './index';

const logger = createLogger(masterData.name);
startSubgraph(masterData, { logger })
  .then((running) => stopOnSignals(running, logger))
  .catch((error) => {
    logger.fatal({ err: error }, `${masterData.name} subgraph failed to start`);
    process.exit(1);
  });

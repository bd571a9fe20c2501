import { createLogger } from '../platform/logger';
import { stopOnSignals } from '../platform/server/subgraph';
import { startGateway } from './gateway';

const logger = createLogger('gateway');
startGateway({ logger })
  .then((running) => stopOnSignals(running, logger))
  .catch((error) => {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  });

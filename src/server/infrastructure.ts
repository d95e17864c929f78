import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createEventBus, type EventBus } from '../events/pubsub.js';
import { createDependencyMonitor, type DependencyMonitor } from '../observability/dependency-monitor.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';

/** What every role needs before anything else: metrics, dependency watch, the database and the event bus. */
export interface Infrastructure {
  metrics: Metrics;
  monitor: DependencyMonitor;
  database: Database;
  events: EventBus;
}

export async function openInfrastructure(config: Config, logger: Logger): Promise<Infrastructure> {
  const metrics = createMetrics({ maxOperationNames: config.exposure.maxOperationNames });
  const monitor = createDependencyMonitor({ registry: metrics.registry, logger, ...config.dependencies });
  const database = await openDatabase(config.database, {
    onPoolError: (error) => monitor.connectionError('database', error),
  });
  const events = await createEventBus(config.redisUrl, logger, {
    onConnectionError: (error) => monitor.connectionError('redis', error),
    onConnectionReady: () => void monitor.check(),
    onPublishFailed: (error) => monitor.publishFailed(error),
  });
  if (config.role !== 'all' && !config.redisUrl) {
    logger.warn(
      'QUESTLINE_ROLE is split but REDIS_URL is unset: events from other processes will not reach subscribers',
    );
  }
  return { metrics, monitor, database, events };
}

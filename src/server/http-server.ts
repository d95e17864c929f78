import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import type { DependencyMonitor } from '../observability/dependency-monitor.js';
import type { Metrics } from '../observability/metrics.js';
import { ADMIN_JOBS_PATH } from './admin-dashboard.js';
import { allowOriginOfRefusals } from './cors.js';
import type { GraphQLFront } from './graphql-front.js';
import { limitRequestBody } from './limits/body-limit.js';
import { handleOperationalRoute } from './operational-routes.js';

/** The HTTP server of every role; `isReady` turns false when shutdown begins, so /readyz says so. */
export function createHttpServer(
  config: Config,
  observed: { monitor: DependencyMonitor; metrics: Metrics; isReady: () => boolean },
  front: GraphQLFront | null,
): Server {
  const operational = {
    checkDependencies: observed.monitor.check,
    metrics: observed.metrics,
    isReady: observed.isReady,
    metricsToken: config.metricsToken,
  };
  return createServer((req, res) => {
    if (handleOperationalRoute(req, res, operational)) return;
    if (front && isUnder(req, ADMIN_JOBS_PATH)) return void front.dashboard(req, res);
    if (front) {
      allowOriginOfRefusals(req, res, config.exposure.cors);
      return limitRequestBody(req, res, config.requestLimits.maxBodyBytes, () => void front.handle(req, res));
    }
    notFound(res);
  });
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
}

function isUnder(req: IncomingMessage, path: string): boolean {
  const url = req.url ?? '';
  return url === path || url.startsWith(`${path}/`) || url.startsWith(`${path}?`);
}

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Stops accepting connections and waits for in-flight requests. Long-lived
 * responses (SSE subscriptions) never end by themselves: they are cut after
 * the grace period.
 */
export async function closeHttpServer(server: Server, graceMs: number): Promise<void> {
  server.closeIdleConnections();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const grace = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(grace);
}

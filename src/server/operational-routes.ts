import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';
import type { Metrics } from '../observability/metrics.js';

interface OperationalDeps {
  database: Database;
  metrics: Metrics;
  isReady: () => boolean;
}

/**
 * The routes every role serves without a token: /healthz (the process is
 * up), /readyz (it can serve: database reachable, not shutting down) and
 * /metrics (Prometheus text). Returns false for any other path.
 */
export function handleOperationalRoute(req: IncomingMessage, res: ServerResponse, deps: OperationalDeps): boolean {
  const path = req.url?.split('?')[0];
  if (path === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return true;
  }
  if (path === '/metrics') {
    deps.metrics.registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(body),
      () => sendJson(res, 500, { status: 'metrics unavailable' }),
    );
    return true;
  }
  if (path !== '/readyz') return false;
  if (!deps.isReady()) {
    sendJson(res, 503, { status: 'shutting down' });
    return true;
  }
  deps.database.prisma.$queryRaw`SELECT 1`.then(
    () => sendJson(res, 200, { status: 'ready' }),
    () => sendJson(res, 503, { status: 'database unreachable' }),
  );
  return true;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

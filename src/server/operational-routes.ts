import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readiness, type Dependencies } from '../domain/readiness.js';
import type { Metrics } from '../observability/metrics.js';

interface OperationalDeps {
  /** Probes the database, Redis and the job store now. */
  checkDependencies: () => Promise<Dependencies>;
  metrics: Metrics;
  isReady: () => boolean;
  /** When set, /metrics needs `Authorization: Bearer <metricsToken>` (a scraper's credential). */
  metricsToken?: string;
}

/**
 * The routes every role serves without a user's token: /healthz (the process
 * is up), /readyz (it can serve: database reachable, not shutting down; 200
 * but "degraded" when Redis or the job store's connections are down) and
 * /metrics (Prometheus text; behind METRICS_TOKEN when that is set). Returns
 * false for any other path.
 */
export function handleOperationalRoute(req: IncomingMessage, res: ServerResponse, deps: OperationalDeps): boolean {
  const path = req.url?.split('?')[0];
  if (path === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return true;
  }
  if (path === '/metrics') {
    if (deps.metricsToken !== undefined && !hasBearer(req, deps.metricsToken)) {
      res.setHeader('www-authenticate', 'Bearer');
      sendJson(res, 401, { status: 'metrics need the METRICS_TOKEN bearer token' });
      return true;
    }
    deps.metrics.registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(body),
      () => sendJson(res, 500, { status: 'metrics unavailable' }),
    );
    return true;
  }
  if (path !== '/readyz') return false;
  deps.checkDependencies().then(
    (dependencies) => {
      const answer = readiness(!deps.isReady(), dependencies);
      sendJson(res, answer.httpStatus, answer.body);
    },
    () => sendJson(res, 503, readiness(!deps.isReady(), { database: 'down' }).body),
  );
  return true;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Constant-time comparison: the token is a secret, and a scraper may retry as often as it likes. */
function hasBearer(req: IncomingMessage, token: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Viewer } from '../context/context.js';
import { clientAddress } from '../domain/client-address.js';
import type { Authenticator } from './authenticate.js';
import { rateLimitedError, type RateLimitDecision, type RateLimiter } from './rate-limiter.js';

/** The next step of a GraphQL request, given the viewer already authenticated here (undefined: none). */
export type GraphQLRequestHandler = (req: IncomingMessage, res: ServerResponse, viewer: Viewer | undefined) => void;

/**
 * The rate-limit step of HTTP GraphQL requests. A valid bearer token takes a
 * token from the user's bucket; no token or an invalid one, from the client
 * address's bucket (the next step then answers the 401 as it would without
 * limits). Every response carries X-RateLimit-Limit, -Remaining and -Reset
 * (seconds until the bucket is full again); a refused request gets 429 with
 * Retry-After and a RATE_LIMITED error, and nothing of it is parsed or run.
 */
export function rateLimitHttp(
  limiter: RateLimiter,
  authenticate: Authenticator,
  trustedProxies: number,
  logger: Logger,
  next: GraphQLRequestHandler,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A CORS preflight does no work; the request it announces is the one counted.
    if (req.method === 'OPTIONS') return next(req, res, undefined);
    let viewer: Viewer | undefined;
    let decision: RateLimitDecision | null;
    try {
      // Verified tokens and viewers are cached, so the next step reuses this viewer instead of a second check.
      viewer = await authenticate(req.headers.authorization).catch(() => undefined);
      decision = viewer
        ? await limiter.take('user', viewer.id)
        : await limiter.take(
            'anonymous',
            clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxies),
          );
    } catch (error) {
      // The limiter never rejects; should it ever, the request is served rather than lost.
      logger.error({ err: error }, 'rate-limit step failed; request served unlimited');
      return next(req, res, viewer);
    }
    if (decision) {
      res.setHeader('X-RateLimit-Limit', decision.limit);
      res.setHeader('X-RateLimit-Remaining', decision.remaining);
      res.setHeader('X-RateLimit-Reset', decision.resetSeconds);
    }
    if (!decision || decision.allowed) return next(req, res, viewer);
    refuse(req, res, decision);
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, decision: RateLimitDecision): void {
  // Read and drop the body (the body-size step before this one bounds it) so the connection can be reused.
  req.resume();
  res.setHeader('Retry-After', decision.retryAfterSeconds);
  res
    .writeHead(429, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [rateLimitedError(decision).toJSON()] }));
}

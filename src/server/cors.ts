import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import { isAllowedOrigin, type CorsPolicy } from '../domain/cors-origins.js';

// Browsers show a cross-origin script only the headers listed here (beyond the CORS-safelisted ones).
const EXPOSED_HEADERS = ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/**
 * yoga's `cors` option, per request: an allowed origin gets itself back in
 * Access-Control-Allow-Origin; any other gets no CORS header at all (its
 * preflight is answered without permission, so the browser refuses). No
 * credentials: the API reads a bearer token, never a cookie.
 */
export function corsOptions(policy: CorsPolicy): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !isAllowedOrigin(origin, policy)) return false;
    return { origin, credentials: false, methods: ['GET', 'POST'], exposedHeaders: EXPOSED_HEADERS, maxAge: 600 };
  };
}

/**
 * The same permission for the answers written before yoga sees the request
 * (413 for a body too large, 429 for a rate limit): without it an allowed
 * browser origin could not read why it was refused, nor when to retry.
 * yoga's own answers set these headers again, to the same values.
 */
export function allowOriginOfRefusals(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): void {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (typeof origin !== 'string' || !isAllowedOrigin(origin, policy)) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
}

/** The answer depends on the Origin header: caches must key on it. */
export function useVaryOnOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (!vary) response.headers.set('vary', 'Origin');
      else if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) response.headers.set('vary', `${vary}, Origin`);
    },
  };
}

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

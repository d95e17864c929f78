/**
 * Which browser origins may call the API cross-origin. An origin is
 * compared exactly (scheme, host and port) against the configured list; in
 * development any loopback origin (http://localhost:<port>,
 * http://127.0.0.1:<port>, http://[::1]:<port>) is allowed too, since a
 * front end's dev server runs on a port of its own. Nothing else: an
 * arbitrary origin is never reflected.
 */
export interface CorsPolicy {
  /** Exact origins, e.g. "https://app.example.com". */
  origins: readonly string[];
  /** Any loopback origin over http (development). */
  localhost: boolean;
}

const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function isAllowedOrigin(origin: string, policy: CorsPolicy): boolean {
  if (policy.origins.includes(origin)) return true;
  return policy.localhost && LOOPBACK_ORIGIN.test(origin);
}

/** Whether `text` is an origin as browsers send it: http(s)://host[:port], nothing after. */
export function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

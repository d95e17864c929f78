/**
 * The address a request came from, for per-address rate limits. Behind
 * `trustedProxies` reverse proxies (load balancers) the socket's peer is the
 * nearest proxy, and each proxy appends the address it received the request
 * from to X-Forwarded-For: the client's address is then that many entries from
 * the end. Entries further left were written by the client and could be
 * anything, so they are never used. With fewer entries than proxies (a request
 * that reached the server around them), the leftmost entry present is used.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const peer = socketAddress ?? 'unknown';
  if (trustedProxies === 0 || forwardedFor === undefined) return peer;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return peer;
  return entries[Math.max(0, entries.length - trustedProxies)]!;
}

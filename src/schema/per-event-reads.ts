/**
 * One event reaches every subscription of its topic at once (a user may have
 * many devices or tabs open), and the pub/sub hands them all the same event
 * object: a Redis message is parsed once per process, an in-memory publish is
 * passed along as is. A read that an event's delivery needs is therefore kept
 * with the event: done once per event and query, not once per subscriber, and
 * dropped with the event.
 *
 * `key` must name everything the read depends on besides the event: the
 * viewer it is scoped to (so one user's read is never served to another) and
 * the selection it loads.
 */
const readsByEvent = new WeakMap<object, Map<string, Promise<unknown>>>();

export function readOncePerEvent<T>(event: object, key: string, read: () => Promise<T>): Promise<T> {
  let reads = readsByEvent.get(event);
  if (!reads) readsByEvent.set(event, (reads = new Map()));
  let result = reads.get(key) as Promise<T> | undefined;
  if (!result) reads.set(key, (result = read()));
  return result;
}

/** The cache key of a read scoped to `viewerId` that loads `query` (a Prisma select/include) for `field`. */
export function scopedReadKey(viewerId: string, field: string, query: unknown): string {
  return `${viewerId}\u0000${field}\u0000${JSON.stringify(query)}`;
}

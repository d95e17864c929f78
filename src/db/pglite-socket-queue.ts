import type { PGlite } from '@electric-sql/pglite';

/**
 * A fix for @electric-sql/pglite-socket 0.2.17 (pinned), whose server shares
 * one PGlite session between all client connections and queues their
 * messages one protocol message at a time. Two flaws follow:
 *
 * 1. Extended-query messages (Parse, Bind, Describe, Execute … Sync) of two
 *    connections interleave: one connection's Bind lands on the other's
 *    unnamed statement ("bind message supplies 5 parameters, but prepared
 *    statement "" requires 18"). We keep serving the same connection until
 *    its Sync, as the server already does for the length of a transaction.
 * 2. A message that throws leaves the queue marked busy forever. We reject
 *    that message and carry on.
 *
 * The queue is internal to the package, so the shape is checked before it is
 * replaced; a version that changes it fails loudly at start-up.
 */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
}

interface QueryQueue {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

// Frontend message types that continue an extended-query exchange until Sync.
const EXTENDED_QUERY_TYPES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

export function installOrderedQueryQueue(server: object): void {
  const queue = (server as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function' || !queue.db) {
    throw new Error('@electric-sql/pglite-socket changed its query queue: revisit src/db/pglite-socket-queue.ts');
  }
  // The connection in the middle of an extended-query exchange, if any.
  let owner: number | null = null;

  const nextMessage = (): QueuedMessage | undefined => {
    const holder = queue.db.isInTransaction() ? queue.lastHandlerId : owner;
    if (holder === null) return queue.queue.shift();
    const index = queue.queue.findIndex((entry) => entry.handlerId === holder);
    // The holder has nothing queued yet: wait for it (its next message restarts processing).
    return index === -1 ? undefined : queue.queue.splice(index, 1)[0];
  };

  queue.processQueue = async function processQueue() {
    if (queue.processing) return;
    queue.processing = true;
    try {
      for (let entry = nextMessage(); entry; entry = nextMessage()) {
        let bytes = 0;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(entry!.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                entry!.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          entry.reject(error);
          continue;
        }
        owner = EXTENDED_QUERY_TYPES.has(entry.message[0]!) ? entry.handlerId : null;
        queue.lastHandlerId = entry.handlerId;
        entry.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    if (owner === handlerId) {
      owner = null;
      void queue.processQueue();
    }
  };
}

import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The load side of the fan-out benchmark: many graphql-ws connections, one
 * subscription each, every delivery timestamped (performance.now(), the same
 * clock as the benchmark) when graphql-ws hands it to the subscriber, i.e.
 * after the client has read and parsed it, as an application would see it.
 */
export interface SubscriberTarget {
  /** ws://host:port/graphql */
  url: string;
  /** How many connections (= subscriptions) on this target. */
  count: number;
}

export interface OpenSubscribersOptions {
  targets: SubscriberTarget[];
  /** connection_init's authorization param, e.g. "Bearer …". */
  authorization: string;
  /** The subscription (or one per subscriber, by index); every delivery must carry `data.<field>.id` (`field` may be a dotted path). */
  query: string | ((subscriber: number) => string);
  field: string;
  /** Connections opened at once; the next batch waits for this one's acknowledgements. */
  batchSize: number;
  /** Per connection, from opening the socket to connection_ack. */
  connectTimeoutMs?: number;
}

export interface Delivery {
  /** Index of the subscriber (0 … total-1, in target order). */
  subscriber: number;
  /** Index into `targets` of the process it is connected to. */
  target: number;
  /** performance.now() when the payload reached the subscriber. */
  at: number;
}

export interface SubscriberPool {
  /** Subscribers whose connection was acknowledged and whose subscription was sent. */
  subscribed: number;
  /** Connections that failed, were closed, or deliveries with errors: the first few descriptions. */
  problems(): string[];
  problemCount(): number;
  /**
   * The deliveries of the event about `id` so far, once all `subscribed` have
   * it or `timeoutMs` has passed, whichever is first. Deliveries that arrive
   * before this is called (the event can overtake the mutation's response) count.
   */
  waitFor(id: string, timeoutMs: number): Promise<Delivery[]>;
  /** Forgets the deliveries of `id` (keeps memory flat over many events). */
  forget(id: string): void;
  /** Closes every connection, in batches, and waits for the sockets to be gone. */
  close(): Promise<void>;
}

const MAX_PROBLEMS = 10;

export async function openSubscribers(options: OpenSubscribersOptions): Promise<SubscriberPool> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 15_000;
  const problems: string[] = [];
  let problemCount = 0;
  const noteProblem = (problem: string) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS && !problems.includes(problem)) problems.push(problem);
  };

  const deliveries = new Map<string, Delivery[]>();
  const waiters = new Map<string, () => void>();
  const clients: Client[] = [];
  const sockets = new Set<WebSocket>();
  let subscribed = 0;
  let closing = false;

  const onDelivery = (subscriber: number, target: number, payload: unknown) => {
    const at = performance.now();
    const id = deliveredId(payload, options.field);
    if (id === null) {
      noteProblem(`subscriber ${subscriber}: unexpected payload ${snippet(JSON.stringify(payload))}`);
      return;
    }
    let list = deliveries.get(id);
    if (!list) deliveries.set(id, (list = []));
    list.push({ subscriber, target, at });
    if (list.length >= subscribed) waiters.get(id)?.();
  };

  // A WebSocket class that remembers its instances, so close() can wait for every socket to be gone.
  class TrackedWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      sockets.add(this);
      this.once('close', () => sockets.delete(this));
    }
  }

  const open = (subscriber: number, target: number, url: string): Promise<void> =>
    new Promise<void>((resolve) => {
      let settled = false;
      const settle = (problem?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (problem) noteProblem(`subscriber ${subscriber} (${url}): ${problem}`);
        resolve();
      };
      const timer = setTimeout(() => settle(`no connection_ack within ${connectTimeoutMs} ms`), connectTimeoutMs);
      const client = createClient({
        url,
        webSocketImpl: TrackedWebSocket,
        connectionParams: { authorization: options.authorization },
        lazy: false,
        retryAttempts: 0,
        shouldRetry: () => false,
        onNonLazyError: (error) => settle(`connection failed: ${describe(error)}`),
      });
      clients.push(client);
      client.on('closed', (event) => {
        if (!closing) {
          if (settled) noteProblem(`subscriber ${subscriber} (${url}): connection closed: ${describe(event)}`);
          else settle(`connection closed before connection_ack: ${describe(event)}`);
        }
      });
      client.on('connected', () => {
        if (settled) return;
        client.subscribe(
          { query: typeof options.query === 'string' ? options.query : options.query(subscriber) },
          {
            next: (payload) => onDelivery(subscriber, target, payload),
            error: (error) => {
              if (!closing) noteProblem(`subscriber ${subscriber}: subscription error: ${describe(error)}`);
            },
            complete: () => {
              if (!closing) noteProblem(`subscriber ${subscriber}: subscription completed by the server`);
            },
          },
        );
        subscribed += 1;
        settle();
      });
    });

  const plan = options.targets.flatMap((target, index) =>
    Array.from({ length: target.count }, () => ({ target: index, url: target.url })),
  );
  const pool: SubscriberPool = {
    get subscribed() {
      return subscribed;
    },
    problems: () => [...problems],
    problemCount: () => problemCount,
    waitFor(id, timeoutMs) {
      const done = () => deliveries.get(id) ?? [];
      if (done().length >= subscribed) return Promise.resolve(done());
      return new Promise<Delivery[]>((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(id);
          resolve(done());
        };
        const timer = setTimeout(finish, timeoutMs);
        waiters.set(id, finish);
      });
    },
    forget(id) {
      deliveries.delete(id);
    },
    async close() {
      closing = true;
      for (let i = 0; i < clients.length; i += options.batchSize) {
        await Promise.all(clients.slice(i, i + options.batchSize).map((client) => client.dispose()));
      }
      // dispose() starts the close handshake; wait (bounded) for the sockets to finish it, then cut any rest.
      const deadline = performance.now() + 5_000;
      while (sockets.size > 0 && performance.now() < deadline) await sleep(20);
      for (const socket of sockets) socket.terminate();
      sockets.clear();
    },
  };

  try {
    for (let i = 0; i < plan.length; i += options.batchSize) {
      await Promise.all(
        plan.slice(i, i + options.batchSize).map((entry, offset) => open(i + offset, entry.target, entry.url)),
      );
    }
  } catch (error) {
    await pool.close();
    throw error;
  }
  return pool;
}

function deliveredId(payload: unknown, field: string): string | null {
  if (!isRecord(payload) || payload.errors !== undefined || !isRecord(payload.data)) return null;
  let node: unknown = payload.data;
  for (const key of field.split('.')) node = isRecord(node) ? node[key] : undefined;
  return isRecord(node) && typeof node.id === 'string' ? node.id : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (isRecord(value) && 'code' in value) return `code ${String(value.code)} ${String(value.reason ?? '')}`.trim();
  if (Array.isArray(value)) return snippet(JSON.stringify(value));
  return snippet(String(value));
}

function snippet(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

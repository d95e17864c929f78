import type { ExecutionResult } from 'graphql';

/**
 * One execution per event for identical subscriptions.
 *
 * A user often has the same subscription open many times: several devices
 * and tabs, each sending the same document. Executed separately, every event
 * is resolved and checked once per subscription, and that cost (not the event
 * bus) bounds how fast an event reaches them all. Subscriptions with the same
 * key — the same viewer, document and variables, so the same authorisation
 * and the same answer — share one source here: the first subscribes for real,
 * and each result it yields is handed to every member.
 *
 * A member that joins later receives the events published after it joined,
 * as its own subscription would. When the last member leaves, the shared
 * source is closed. A source that fails ends every member with the error; a
 * refused subscription (an error result) is not kept.
 */
export type SubscriptionResult = AsyncIterable<ExecutionResult> | ExecutionResult;

export interface SharingHooks<Args> {
  /** A subscription started receiving; `first` when it opened the shared source. */
  onJoin?(args: Args, first: boolean): void;
  /** A subscription that had joined stopped receiving. */
  onLeave?(args: Args): void;
}

export interface SharedSubscriptions<Args> {
  /** Subscribes, sharing the source with every open subscription of the same key (null: never shared). */
  subscribe(args: Args, key: string | null): Promise<SubscriptionResult>;
  /** Shared sources currently open. */
  readonly sources: number;
}

interface Shared {
  source: Promise<SubscriptionResult>;
  members: Set<Member>;
}

export function shareSubscriptions<Args>(
  subscribe: (args: Args) => Promise<SubscriptionResult> | SubscriptionResult,
  hooks: SharingHooks<Args> = {},
): SharedSubscriptions<Args> {
  const shared = new Map<string, Shared>();

  async function pump(key: string, entry: Shared, source: AsyncIterable<ExecutionResult>): Promise<void> {
    try {
      for await (const result of source) for (const member of entry.members) member.push(result);
      for (const member of [...entry.members]) member.end();
    } catch (error) {
      for (const member of [...entry.members]) member.end(error);
    } finally {
      if (shared.get(key) === entry) shared.delete(key);
    }
  }

  function leave(key: string, entry: Shared, member: Member): void {
    entry.members.delete(member);
    if (entry.members.size > 0) return;
    // The last one out closes the source, which ends the pump.
    if (shared.get(key) === entry) shared.delete(key);
    void entry.source.then((source) => {
      if (isAsyncIterable(source)) void source[Symbol.asyncIterator]().return?.();
    });
  }

  return {
    get sources() {
      return shared.size;
    },
    async subscribe(args, key) {
      if (key === null) return subscribe(args);
      let entry = shared.get(key);
      const first = entry === undefined;
      if (!entry) {
        const created: Shared = { source: Promise.resolve().then(() => subscribe(args)), members: new Set() };
        shared.set(key, created);
        created.source.then(
          (source) => {
            if (isAsyncIterable(source)) void pump(key, created, source);
            else if (shared.get(key) === created) shared.delete(key);
          },
          () => {
            if (shared.get(key) === created) shared.delete(key);
          },
        );
        entry = created;
      }
      const current = entry;
      const member = new Member(() => {
        leave(key, current, member);
        hooks.onLeave?.(args);
      });
      // Joined before the source is awaited: no result published in between is missed.
      current.members.add(member);
      let source: SubscriptionResult;
      try {
        source = await current.source;
      } catch (error) {
        current.members.delete(member);
        throw error;
      }
      if (!isAsyncIterable(source)) {
        current.members.delete(member);
        return source;
      }
      hooks.onJoin?.(args, first);
      return member;
    },
  };
}

/** One subscriber's stream of the shared results: they queue until its consumer pulls them. */
class Member implements AsyncIterable<ExecutionResult>, AsyncIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private pending: { resolve(step: IteratorResult<ExecutionResult>): void; reject(error: unknown): void } | null = null;
  private failure: { error: unknown } | null = null;
  private finished = false;

  constructor(private readonly onFinish: () => void) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  push(result: ExecutionResult): void {
    if (this.finished) return;
    if (this.pending) this.settle().resolve({ value: result, done: false });
    else this.queue.push(result);
  }

  /** The source ended (or failed): queued results are still delivered, then the end or the error. */
  end(error?: unknown): void {
    if (this.finished) return;
    if (error !== undefined) this.failure = { error };
    if (this.pending) {
      const pending = this.settle();
      if (this.failure) pending.reject(this.failure.error);
      else pending.resolve({ value: undefined, done: true });
      this.failure = null;
    }
    this.finish();
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.failure) {
      const { error } = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.pending = { resolve, reject }));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue.length = 0;
    this.failure = null;
    if (this.pending) this.settle().resolve({ value: undefined, done: true });
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  private settle() {
    const pending = this.pending!;
    this.pending = null;
    return pending;
  }

  private finish() {
    if (this.finished) return;
    this.finished = true;
    this.onFinish();
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

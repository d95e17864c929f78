import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context/context.js';
import type { QuestlinePubSub } from '../events/pubsub.js';

const STOP: unique symbol = Symbol('account deleted');

/**
 * Ends every subscription of a user whose account is deleted (deleteViewer publishes
 * `account:deleted`), on whichever API process it runs when the events go through Redis: the
 * client sees its subscription complete, as if the server had nothing more to send.
 */
export function useEndSubscriptionsOnAccountDeletion(pubsub: QuestlinePubSub): Plugin<GraphQLContext> {
  return {
    onSubscribe() {
      return {
        onSubscribeResult({ args, result, setResult }) {
          if (!isAsyncIterable(result)) return;
          setResult(endWhenDeleted(result, pubsub.subscribe('account:deleted', args.contextValue.viewer.id)));
        },
      };
    },
  };
}

function isAsyncIterable<T>(value: T | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * The source's values until the first `stop` event; then both are closed.
 *
 * Each wait is a promise of its own that the stop event can settle. Racing every value against
 * one long-lived "stopped" promise (Promise.race) would leave a reaction on that promise per value
 * delivered, kept until the account is deleted: memory that grows with every event of a
 * subscription that stays open for days.
 */
async function* endWhenDeleted<T>(source: AsyncIterable<T>, stop: AsyncIterable<unknown>): AsyncGenerator<T> {
  const values = source[Symbol.asyncIterator]();
  const stops = stop[Symbol.asyncIterator]();
  // Set by the stop event, which comes in from outside the loop.
  const state: { stopped: { error: unknown } | 'ended' | null } = { stopped: null };
  let waiting: { resolve(step: typeof STOP): void; reject(error: unknown): void } | null = null;
  stops.next().then(
    () => {
      state.stopped = 'ended';
      waiting?.resolve(STOP);
    },
    (error: unknown) => {
      state.stopped = { error };
      waiting?.reject(error);
    },
  );
  try {
    while (true) {
      if (state.stopped === 'ended') return;
      if (state.stopped) throw state.stopped.error;
      const next = await new Promise<IteratorResult<T> | typeof STOP>((resolve, reject) => {
        waiting = { resolve, reject };
        values.next().then(resolve, reject);
      });
      waiting = null;
      if (next === STOP || next.done) return;
      yield next.value;
    }
  } finally {
    waiting = null;
    // Not awaited: closing must not wait on a source that is itself waiting for a value.
    void values.return?.()?.catch(() => undefined);
    void stops.return?.()?.catch(() => undefined);
  }
}

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

/** The source's values until the first `stop` event; then both are closed. */
async function* endWhenDeleted<T>(source: AsyncIterable<T>, stop: AsyncIterable<unknown>): AsyncGenerator<T> {
  const values = source[Symbol.asyncIterator]();
  const stops = stop[Symbol.asyncIterator]();
  const stopped = stops.next().then((): typeof STOP => STOP);
  try {
    while (true) {
      const next = await Promise.race([values.next(), stopped]);
      if (next === STOP || next.done) return;
      yield next.value;
    }
  } finally {
    // Not awaited: closing must not wait on a source that is itself waiting for a value.
    void values.return?.()?.catch(() => undefined);
    void stops.return?.()?.catch(() => undefined);
  }
}

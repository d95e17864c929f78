import type { Plugin } from 'graphql-yoga';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Metrics } from './metrics.js';

/** The metric labels of an operation: its name (bounded, see operation-labels.ts) and type. */
export function describeOperation(metrics: Metrics, document: DocumentNode, operationName?: string | null) {
  const operation = getOperationAST(document, operationName ?? undefined);
  return { operation: metrics.operationLabel(operation?.name?.value), type: operation?.operation ?? 'unknown' };
}

/**
 * Set on the context by a transport that counts its subscriptions itself: the
 * WebSocket layer shares one execution among identical subscriptions, so only
 * it knows how many subscribers there are.
 */
export const SUBSCRIPTIONS_COUNTED_BY_TRANSPORT = Symbol('subscriptions counted by the transport');

/** Counts and times GraphQL operations by name, and tracks open subscriptions, over every transport. */
export function useOperationMetrics(metrics: Metrics): Plugin {
  return {
    onExecute({ args }) {
      const labels = describeOperation(metrics, args.document, args.operationName);
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const failed = 'errors' in result && Boolean(result.errors?.length);
          metrics.operations.inc({ ...labels, outcome: failed ? 'error' : 'ok' });
          metrics.operationDuration.observe(labels, (performance.now() - started) / 1000);
        },
      };
    },
    onSubscribe({ args }) {
      if (SUBSCRIPTIONS_COUNTED_BY_TRANSPORT in (args.contextValue as object)) return;
      const labels = describeOperation(metrics, args.document, args.operationName);
      metrics.operations.inc({ ...labels, outcome: 'ok' });
      metrics.activeSubscriptions.inc();
      let ended = false;
      const end = () => {
        if (!ended) metrics.activeSubscriptions.dec();
        ended = true;
      };
      return {
        onSubscribeError: end,
        onSubscribeResult() {
          return { onEnd: end };
        },
      };
    },
  };
}

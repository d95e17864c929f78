import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { ConnectionInitMessage, ServerOptions, SubscribePayload } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Viewer } from '../context/context.js';
import { SUBSCRIPTIONS_COUNTED_BY_TRANSPORT } from '../observability/graphql-metrics.js';
import type { PersistedDocumentsGate } from './persisted-documents.js';
import { rateLimitedError, type RateLimiter } from './rate-limiter.js';
import { subscriptionShareKey } from './subscription-share-key.js';
import type { QuestlineYoga } from './yoga.js';

export type Envelope = ReturnType<QuestlineYoga['getEnveloped']>;
export type WebSocketServerOptions = ServerOptions<ConnectionInitMessage['payload'], Extra>;
/** The viewer of each acknowledged connection, by graphql-ws' per-connection `extra`. */
export type ConnectionViewers = WeakMap<object, Viewer>;
/** What makes two subscriptions identical, so that they share one execution. */
export type ShareKeys = WeakMap<ExecutionArgs, string>;

/**
 * Turns a `subscribe` message into execution arguments through yoga's
 * envelop (its context, parser and validation), or into the errors of this
 * operation alone: the socket stays open either way.
 */
export function prepareOperation(
  yoga: QuestlineYoga,
  viewers: ConnectionViewers,
  shareKeys: ShareKeys,
  rateLimiter: RateLimiter | null,
  persistedDocuments: PersistedDocumentsGate,
): NonNullable<WebSocketServerOptions['onSubscribe']> {
  return async (ctx, _id, sent) => {
    // Over the limit: an error for this operation only (nothing parsed or run).
    const viewer = viewers.get(ctx.extra);
    const decision = viewer && rateLimiter ? await rateLimiter.take('subscribe', viewer.id) : null;
    if (decision && !decision.allowed) return [rateLimitedError(decision)];
    // A document id becomes its text here, as yoga's onParams does over HTTP (which this path skips).
    const payload = await persistedDocuments.forWebSocket(sent, viewer);
    if (Array.isArray(payload)) return payload;
    const enveloped = yoga.getEnveloped({
      ...ctx,
      req: ctx.extra.request,
      socket: ctx.extra.socket,
      params: payload,
      viewer,
    });
    return executionArgs(enveloped, payload, shareKeys);
  };
}

async function executionArgs(
  enveloped: Envelope,
  payload: SubscribePayload,
  shareKeys: ShareKeys,
): Promise<ExecutionArgs | readonly GraphQLError[]> {
  let document: ExecutionArgs['document'];
  try {
    document = enveloped.parse(payload.query);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError('the query could not be parsed')];
  }
  const context = await enveloped.contextFactory();
  const args: ExecutionArgs = {
    schema: enveloped.schema,
    operationName: payload.operationName,
    document,
    variableValues: payload.variables,
    contextValue: { ...context, [SUBSCRIPTIONS_COUNTED_BY_TRANSPORT]: true },
    rootValue: enveloped,
  };
  const errors = enveloped.validate(args.schema, args.document);
  if (errors.length > 0) return errors;
  const key = subscriptionShareKey(context.viewer, document, payload.operationName, payload.variables);
  if (key !== null) shareKeys.set(args, key);
  return args;
}

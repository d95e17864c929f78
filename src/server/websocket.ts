import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Logger } from 'pino';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../context/context.js';
import { isUnauthenticated, type Authenticator } from './authenticate.js';
import { describeOperation, SUBSCRIPTIONS_COUNTED_BY_TRANSPORT } from '../observability/graphql-metrics.js';
import type { Metrics } from '../observability/metrics.js';
import { rateLimitedError, type RateLimiter } from './rate-limiter.js';
import { logOversizedMessages } from './limits/websocket-message-limit.js';
import { shareSubscriptions } from './shared-subscriptions.js';
import { GRAPHQL_PATH, type QuestlineYoga } from './yoga.js';

type Envelope = ReturnType<QuestlineYoga['getEnveloped']>;

/**
 * graphql-ws on the GraphQL path, executed through yoga's envelop so the
 * plugins, context and masking are the same as over HTTP and SSE. The token
 * comes in `connection_init` ({ authorization: "Bearer …" }); a missing or bad
 * one closes the socket with 4403 before any operation runs.
 */
export function attachWebSocketServer(
  httpServer: Server,
  yoga: QuestlineYoga,
  authenticate: Authenticator,
  metrics: Metrics,
  logger: Logger,
  limits: {
    rateLimiter: RateLimiter | null;
    /** A bigger message closes the socket with 1009; null: ws' own default (100 MiB). */
    maxMessageBytes: number | null;
  },
) {
  const { rateLimiter, maxMessageBytes } = limits;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    ...(maxMessageBytes !== null && { maxPayload: maxMessageBytes }),
  });
  logOversizedMessages(wsServer, logger);
  const viewers = new WeakMap<object, Viewer>();
  // Identical subscriptions (same viewer, document and variables) share one execution per event.
  const shareKeys = new WeakMap<ExecutionArgs, string>();
  const shared = shareSubscriptions((args: ExecutionArgs) => (args.rootValue as Envelope).subscribe(args), {
    onJoin(args) {
      metrics.operations.inc({ ...describeOperation(metrics, args.document, args.operationName), outcome: 'ok' });
      metrics.activeSubscriptions.inc();
    },
    onLeave: () => metrics.activeSubscriptions.dec(),
  });

  const serverCleanup = useServer(
    {
      execute: (args) => (args.rootValue as Envelope).execute(args),
      subscribe: (args) => shared.subscribe(args, shareKeys.get(args) ?? null),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization = params.authorization ?? params.Authorization;
        try {
          viewers.set(ctx.extra, await authenticate(authorization));
        } catch (error) {
          // A bad token is the client's problem: 4403. Anything else (the database, say) is ours: logged,
          // and graphql-ws closes with 4500 so the client retries instead of dropping its token.
          if (isUnauthenticated(error)) return false;
          logger.error({ err: error }, 'could not authenticate a WebSocket connection');
          throw error;
        }
        metrics.websocketConnections.inc();
        return true;
      },
      onClose: (ctx) => {
        // Only connections that were acknowledged were counted.
        if (viewers.delete(ctx.extra)) metrics.websocketConnections.dec();
      },
      onSubscribe: async (ctx, _id, payload) => {
        // Over the limit: an error for this operation only (nothing parsed or run); the socket stays open.
        const viewer = viewers.get(ctx.extra);
        const decision = viewer && rateLimiter ? await rateLimiter.take('subscribe', viewer.id) : null;
        if (decision && !decision.allowed) return [rateLimitedError(decision)];
        const enveloped = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          viewer,
        });
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
        // The whole viewer (id and role): what a subscription may see depends on both.
        shareKeys.set(
          args,
          JSON.stringify([context.viewer, payload.operationName ?? null, payload.query, payload.variables ?? null]),
        );
        return args;
      },
    },
    wsServer,
  );

  return {
    /** Closes every socket with 1001 (going away) and stops accepting new ones. */
    async close() {
      for (const client of wsServer.clients) client.close(1001, 'server shutting down');
      await serverCleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

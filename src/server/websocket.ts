import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { Logger } from 'pino';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isUnauthenticated, type Authenticator } from './authenticate.js';
import { closeReason } from '../domain/close-reason.js';
import { describeOperation } from '../observability/graphql-metrics.js';
import type { Metrics } from '../observability/metrics.js';
import type { PersistedDocumentsGate } from './persisted-documents.js';
import type { RateLimiter } from './rate-limiter.js';
import { logOversizedMessages } from './limits/websocket-message-limit.js';
import { shareSubscriptions } from './shared-subscriptions.js';
import {
  prepareOperation,
  type ConnectionViewers,
  type Envelope,
  type ShareKeys,
  type WebSocketServerOptions,
} from './websocket-operations.js';
import { GRAPHQL_PATH, type QuestlineYoga } from './yoga.js';

export interface WebSocketLimits {
  rateLimiter: RateLimiter | null;
  /** Which documents run (GRAPHQL_DOCUMENTS): the same decision as over HTTP. */
  persistedDocuments: PersistedDocumentsGate;
  /** A bigger message closes the socket with 1009; null: ws' own default (100 MiB). */
  maxMessageBytes: number | null;
}

/**
 * graphql-ws on the GraphQL path, executed through yoga's envelop so the
 * plugins, context and masking are the same as over HTTP and SSE. The token
 * comes in `connection_init` ({ authorization: "Bearer …" }); a missing or bad
 * one closes the socket with 4403 and the reason HTTP gives in its 401 (e.g.
 * "token has expired") before any operation runs.
 */
export function attachWebSocketServer(
  httpServer: Server,
  yoga: QuestlineYoga,
  authenticate: Authenticator,
  metrics: Metrics,
  logger: Logger,
  limits: WebSocketLimits,
) {
  const wsServer = openWebSocketServer(httpServer, limits.maxMessageBytes, logger);
  const viewers: ConnectionViewers = new WeakMap();
  // Identical subscriptions (same viewer, document and variables) share one execution per event.
  const shareKeys: ShareKeys = new WeakMap();
  const shared = shareIdenticalSubscriptions(metrics);
  const serverCleanup = useServer(
    {
      execute: (args) => (args.rootValue as Envelope).execute(args),
      subscribe: (args) => shared.subscribe(args, shareKeys.get(args) ?? null),
      onConnect: authenticateConnection(authenticate, viewers, metrics, logger),
      onClose: (ctx) => {
        // Only connections that were acknowledged were counted.
        if (viewers.delete(ctx.extra)) metrics.websocketConnections.dec();
      },
      onSubscribe: prepareOperation(yoga, viewers, shareKeys, limits.rateLimiter, limits.persistedDocuments),
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

function openWebSocketServer(httpServer: Server, maxMessageBytes: number | null, logger: Logger): WebSocketServer {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    ...(maxMessageBytes !== null && { maxPayload: maxMessageBytes }),
  });
  logOversizedMessages(wsServer, logger);
  return wsServer;
}

function shareIdenticalSubscriptions(metrics: Metrics) {
  return shareSubscriptions((args: ExecutionArgs) => (args.rootValue as Envelope).subscribe(args), {
    onJoin(args) {
      metrics.operations.inc({ ...describeOperation(metrics, args.document, args.operationName), outcome: 'ok' });
      metrics.activeSubscriptions.inc();
    },
    onLeave: () => metrics.activeSubscriptions.dec(),
  });
}

function authenticateConnection(
  authenticate: Authenticator,
  viewers: ConnectionViewers,
  metrics: Metrics,
  logger: Logger,
): NonNullable<WebSocketServerOptions['onConnect']> {
  return async (ctx) => {
    const params = ctx.connectionParams ?? {};
    const authorization = params.authorization ?? params.Authorization;
    try {
      viewers.set(ctx.extra, await authenticate(authorization));
    } catch (error) {
      // A bad token is the client's problem: 4403. Anything else (the database, say) is ours: logged,
      // and graphql-ws closes with 4500 so the client retries instead of dropping its token.
      if (isUnauthenticated(error)) {
        refuseConnection(ctx.extra.socket, (error as Error).message);
        return false;
      }
      logger.error({ err: error }, 'could not authenticate a WebSocket connection');
      throw error;
    }
    metrics.websocketConnections.inc();
    return true;
  };
}

/**
 * Code 4403 for every refused token, the code graphql-ws itself uses for a connection that
 * onConnect refuses (clients and tests already key on it). graphql-ws alone would send the reason
 * "Forbidden" whatever the fault; closing first sends HTTP's reason instead, so a client can tell
 * a missing token from an expired or malformed one. graphql-ws' own close that follows is a no-op
 * on a socket already closing.
 */
const AUTHENTICATION_REFUSED_CLOSE_CODE = 4403;

function refuseConnection(socket: { close(code: number, reason: string): void }, reason: string): void {
  socket.close(AUTHENTICATION_REFUSED_CLOSE_CODE, closeReason(reason));
}

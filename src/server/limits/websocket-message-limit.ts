import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

/** ws' error code for a message over `maxPayload`. */
const MESSAGE_TOO_BIG = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/**
 * ws closes a socket whose message is over `maxPayload` with 1009 by itself,
 * then emits the refusal as an 'error' event, which graphql-ws prints with
 * console.error as a fault of the server ("Please check your
 * implementation"). It is the client's doing: logged here at info level, and
 * not passed on.
 */
export function logOversizedMessages(wsServer: WebSocketServer, logger: Logger): void {
  wsServer.on('connection', (socket: WebSocket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      const error = args[0] as { code?: unknown } | undefined;
      if (event === 'error' && error?.code === MESSAGE_TOO_BIG) {
        logger.info({ maxPayload: wsServer.options.maxPayload }, 'WebSocket closed (1009): message over the limit');
        return true;
      }
      return emit(event, ...args);
    }) as WebSocket['emit'];
  });
}

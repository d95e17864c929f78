import type { IncomingMessage, ServerResponse } from 'node:http';

export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

/**
 * Reads a request's body, up to `max` bytes, before anything else looks at the
 * request (authentication, rate limits, yoga). A declared Content-Length over
 * the limit is refused without reading; a body without one (chunked) is
 * counted as it arrives and refused as soon as it passes the limit. Either way
 * the client gets a 413 with a JSON error, and the connection is closed rather
 * than read to its end.
 *
 * A body within the limit is left on `req.body`, which yoga's server adapter
 * (@whatwg-node/server) takes as the body instead of reading the stream again.
 * Hand-written: yoga's own `maxRequestBodySize` runs inside yoga, after the
 * steps (rate limits) that must come after this one.
 */
export function limitRequestBody(
  req: IncomingMessage,
  res: ServerResponse,
  max: number | null,
  next: () => void,
): void {
  if (max === null) return next();
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > max) return refuse(req, res, max);

  const chunks: Buffer[] = [];
  let received = 0;
  const stop = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', stop);
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > max) {
      stop();
      refuse(req, res, max);
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = () => {
    stop();
    if (received > 0)
      (req as IncomingMessage & { body?: ReadBody }).body = new ReadBody(Buffer.concat(chunks, received));
    next();
  };
  // A client that goes away mid-body gets no answer.
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', stop);
}

/**
 * The read body as @whatwg-node/server takes it: an async iterable with an own property. (It tests
 * `Object.keys(body).length > 0`, which a Buffer answers by listing every byte's index: milliseconds
 * for a body of 100 KB.)
 */
class ReadBody {
  constructor(readonly bytes: Buffer) {}
  async *[Symbol.asyncIterator]() {
    yield this.bytes;
  }
}

function refuse(req: IncomingMessage, res: ServerResponse, max: number): void {
  req.pause();
  const body = JSON.stringify({
    errors: [
      {
        message: `Request body too large: the limit is ${max} bytes.`,
        extensions: { code: PAYLOAD_TOO_LARGE, limit: max },
      },
    ],
  });
  // `connection: close`: Node closes the socket once the answer is sent instead of reading the rest.
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body);
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JsonServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The benchmarks' baseline: node:http on an ephemeral loopback port, no auth,
 * no GraphQL — `read` does the database work and its result goes out as JSON
 * (null → 404, a rejection → 500).
 */
export async function startJsonServer(read: (url: URL) => Promise<unknown>): Promise<JsonServer> {
  const server: Server = createServer((req, res) => {
    req.resume();
    read(new URL(req.url ?? '/', 'http://bare')).then(
      (value) => {
        const body = JSON.stringify(value);
        res
          .writeHead(value === null ? 404 : 200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          })
          .end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

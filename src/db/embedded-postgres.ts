import { mkdirSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { installOrderedQueryQueue } from './pglite-socket-queue.js';

/**
 * An in-process PostgreSQL (PGlite, WebAssembly) served over the Postgres wire
 * protocol on a loopback port, so Prisma's pg adapter and Agenda's pg backend
 * talk to it exactly as they would to a real server.
 */
export interface EmbeddedPostgres {
  connectionString: string;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Let the process exit while the server is still open (the Prisma CLI never closes some of its adapters). */
  unref?: boolean;
}

/** `dataDir` undefined means in memory (throw-away databases for tests and the CLI's shadow). */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  // PGlite does not create parent directories itself.
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // Several pool connections share the one PGlite; it serialises their queries.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
  installOrderedQueryQueue(server);
  await server.start();
  const netServer = (server as unknown as { server: Server }).server;
  if (options.unref) {
    netServer.unref();
    netServer.on('connection', (socket) => socket.unref());
  }
  const { port } = listeningAddress(netServer);
  return {
    connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

// The socket server does not expose its net.Server, whose port the OS chose for port 0.
function listeningAddress(netServer: Server): AddressInfo {
  const address = netServer.address();
  if (!address || typeof address === 'string') throw new Error('embedded PostgreSQL is not listening on TCP');
  return address;
}

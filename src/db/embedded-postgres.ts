import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { installOrderedQueryQueue } from './pglite-socket-queue.js';

/**
 * An in-process PostgreSQL (PGlite, WebAssembly) served over the Postgres wire
 * protocol, so Prisma's pg adapter and Agenda's pg backend talk to it exactly
 * as they would to a real server.
 *
 * PGlite accepts any user and password, so the socket must be reachable by
 * this process only: it is a Unix-domain socket (no TCP port) in a directory
 * of mode 0700, and the socket itself is 0600. Only the process's own user
 * (and root) can connect.
 */
export interface EmbeddedPostgres {
  connectionString: string;
  /** The directory holding the socket `.s.PGSQL.5432` (psql: `host=<this>`). */
  socketDir: string;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Let the process exit while the server is still open (the Prisma CLI never closes some of its adapters). */
  unref?: boolean;
}

// PostgreSQL clients look for `<host>/.s.PGSQL.<port>`; the port is only a name here.
const SOCKET_PORT = 5432;
const SOCKET_NAME = `.s.PGSQL.${SOCKET_PORT}`;
// sun_path holds 108 bytes on Linux, 104 on macOS, with its terminating NUL.
const MAX_SOCKET_PATH_BYTES = 103;

/** `dataDir` undefined means in memory (throw-away databases for tests and the CLI's shadow). */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  let lock: DataDirLock | undefined;
  if (dataDir) {
    // PGlite does not create parent directories itself. Its files are the whole database: owner only,
    // as PostgreSQL requires of its own data directory.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
    // Before PGlite reads the directory: a second process must not even load it.
    lock = lockDataDir(`${resolve(dataDir)}.lock`, `The embedded database ${resolve(dataDir)}`);
  }
  const socket = privateSocketDir(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    // Several pool connections share the one PGlite; it serialises their queries.
    const server = new PGLiteSocketServer({ db, path: socket.path, maxConnections: 32 });
    installOrderedQueryQueue(server);
    await server.start();
    chmodSync(socket.path, 0o600);
    const netServer = (server as unknown as { server: Server }).server;
    if (options.unref) {
      netServer.unref();
      netServer.on('connection', (connection) => connection.unref());
    }
    return {
      connectionString: socketConnectionString(socket.dir),
      socketDir: socket.dir,
      async close() {
        try {
          await server.stop();
          await db.close();
        } finally {
          socket.remove();
          lock?.release();
        }
      },
    };
  } catch (error) {
    socket.remove();
    lock?.release();
    throw error;
  }
}

function socketConnectionString(socketDir: string): string {
  return `postgresql://postgres@/postgres?host=${encodeURIComponent(socketDir)}&port=${SOCKET_PORT}&sslmode=disable`;
}

/**
 * The connection string of the embedded database that a running process serves from `dataDir`
 * (the one whose lock refused us), when its socket is in its usual place beside the data
 * directory; null otherwise (a path too long for a socket puts it in a private temporary directory).
 */
export function runningEmbeddedPostgres(dataDir: string): string | null {
  const dir = join(dirname(resolve(dataDir)), 'pglite-socket');
  return existsSync(join(dir, SOCKET_NAME)) ? socketConnectionString(dir) : null;
}

// An unref'd server (the CLI) is never closed: do not leave its directory behind.
const temporaryDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * `<DATA_DIR>/pglite-socket/` when the data directory is on disk and the path
 * fits in a socket address; otherwise a fresh private directory under the
 * system's temporary directory (removed on close).
 */
function privateSocketDir(dataDir: string | undefined): { dir: string; path: string; remove(): void } {
  const beside = dataDir ? join(dirname(resolve(dataDir)), 'pglite-socket') : undefined;
  if (beside && Buffer.byteLength(join(beside, SOCKET_NAME)) <= MAX_SOCKET_PATH_BYTES) {
    mkdirSync(beside, { recursive: true, mode: 0o700 });
    // mkdir's mode is filtered by the umask and ignored for an existing directory; a directory
    // someone else owns cannot be made private by us (chmod fails), so start-up stops there.
    chmodSync(beside, 0o700);
    if (process.getuid && statSync(beside).uid !== process.getuid()) {
      throw new Error(`${beside} belongs to another user: it cannot hold the embedded database's private socket`);
    }
    const path = join(beside, SOCKET_NAME);
    // We hold the data directory's lock, so a socket file left here is a killed process's.
    rmSync(path, { force: true });
    return { dir: beside, path, remove: () => rmSync(path, { force: true }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'questline-pg-')); // mode 0700
  const path = join(dir, SOCKET_NAME);
  temporaryDirs.add(dir);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    temporaryDirs.delete(dir);
  };
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH_BYTES) {
    remove();
    throw new Error(`no short enough directory for the embedded database's socket (TMPDIR=${tmpdir()})`);
  }
  return { dir, path, remove };
}

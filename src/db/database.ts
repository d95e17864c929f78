import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrate } from './migrate.js';

export const SERVER_CONNECT_TIMEOUT_MS = 10_000;

export interface Database {
  prisma: PrismaClient;
  /** For the parts that speak SQL directly (the job queue). */
  connectionString: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the configured database, bringing its schema up to date first:
 * a PostgreSQL server with DATABASE_URL, else the embedded PGlite in DATA_DIR
 * (created on first start).
 */
export async function openDatabase(
  config: DatabaseConfig,
  options: {
    poolSize?: number;
    /** A connection of the pool failed (idle, or held by a transaction): the pool replaces it. */
    onPoolError?: (error: Error) => void;
  } = {},
): Promise<Database> {
  const embedded = config.kind === 'embedded' ? await startEmbeddedPostgres(join(config.dataDir, 'pglite')) : null;
  const connectionString = embedded?.connectionString ?? (config as { url: string }).url;
  try {
    await migrate(connectionString);
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  // Our own pool, so an idle connection that the server drops is reported instead of being an
  // unhandled 'error' event that takes the process down.
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    // A server that does not answer (a network partition, not a refusal) fails new connections after
    // this instead of holding requests for minutes. The embedded database is in-process: no limit.
    connectionTimeoutMillis: embedded ? 0 : SERVER_CONNECT_TIMEOUT_MS,
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const prisma = new PrismaClient({
    // A connection dropped under a transaction is reported too (the adapter listens on it; the transaction fails).
    adapter: new PrismaPg(pool, { onConnectionError: (error) => options.onPoolError?.(error) }),
    // Prisma's defaults (2 s to start, 5 s to finish) are too tight for bursts on the embedded
    // database, which runs one transaction at a time; ours are short, so waiting is safe.
    transactionOptions: { maxWait: 15_000, timeout: 20_000 },
  });
  // Connect and initialise the query compiler before any concurrent use: several first queries
  // racing on a cold client were seen to hang (a worker's first job, loading four queries at once).
  await prisma.$connect();
  await prisma.$queryRaw`SELECT 1`;
  return {
    prisma,
    connectionString,
    embedded: embedded !== null,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      await embedded?.close();
    },
  };
}

import { join } from 'node:path';
import type { DatabaseConfig } from '../../src/config.js';
import { DataDirInUseError } from '../../src/db/data-dir-lock.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { runningEmbeddedPostgres } from '../../src/db/embedded-postgres.js';

/**
 * The configured database, for a short-lived script: a PostgreSQL server (DATABASE_URL) is
 * opened as usual, running API or not. The embedded database in DATA_DIR is opened directly
 * when no server holds it; while `npm start` runs it is locked (one process per data
 * directory), and the script goes through that server's private socket instead, as one
 * more client of the running database.
 */
export async function openScriptDatabase(
  config: DatabaseConfig,
): Promise<{ database: Database; through: 'database' | 'running server' }> {
  if (config.kind === 'postgres') return { database: await openDatabase(config, { poolSize: 2 }), through: 'database' };
  try {
    return { database: await openDatabase(config, { poolSize: 2 }), through: 'database' };
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const url = runningEmbeddedPostgres(join(config.dataDir, 'pglite'));
    if (!url) {
      throw new DataDirInUseError(
        `${error.message} Its database socket is not beside the data directory (the path is too long for a ` +
          'socket), so this script cannot reach it: stop the server, run the script, and start the server again.',
      );
    }
    return { database: await openDatabase({ kind: 'postgres', url }, { poolSize: 2 }), through: 'running server' };
  }
}

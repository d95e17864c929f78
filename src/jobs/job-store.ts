import { PostgresBackend } from '@agendajs/postgres-backend';
import pg from 'pg';
import type { Logger } from 'pino';
import { SERVER_CONNECT_TIMEOUT_MS } from '../db/database.js';
import type { JobBackendChoice } from './backend-choice.js';
import { ReconnectingNotificationChannel } from './notification-channel.js';
import { PreconnectedBackend } from './preconnected-backend.js';
import { underJobSchemaLock } from './schema-lock.js';
import type { JobConnectionHooks } from './settings.js';

/** Where Agenda keeps its jobs, with the connections the job system owns. */
export interface JobStore {
  backend: PreconnectedBackend;
  /** LISTEN/NOTIFY on PostgreSQL, when the database delivers notifications. */
  notifications?: ReconnectingNotificationChannel;
  /** Answers when the job store can be reached through the job system's own connections. */
  ping(): Promise<unknown>;
  close(): Promise<void>;
}

/** Opens the chosen store; its backend is already connecting (await `backend.connected`). */
export function openJobStore(choice: JobBackendChoice, logger: Logger, hooks: JobConnectionHooks): Promise<JobStore> {
  return choice.kind === 'postgres'
    ? Promise.resolve(openPostgresStore(choice, logger, hooks))
    : openMongoStore(choice.url);
}

function openPostgresStore(
  choice: Extract<JobBackendChoice, { kind: 'postgres' }>,
  logger: Logger,
  hooks: JobConnectionHooks,
): JobStore {
  // Our own pool: a dropped idle connection is reported, not an unhandled 'error' that kills the process.
  const pool = new pg.Pool({
    connectionString: choice.connectionString,
    // As for the application's pool: bounded waits on a server (notifications mean a server) that does not answer.
    connectionTimeoutMillis: choice.notifications ? SERVER_CONNECT_TIMEOUT_MS : 0,
  });
  pool.on('error', (error) => hooks.onConnectionError(error));
  // The backend's own LISTEN channel would end the process when its connection drops: ours instead.
  const backend = new PostgresBackend({ pool, disableNotifications: true });
  const notifications = choice.notifications ? listenForJobs(pool, logger, hooks) : undefined;
  return {
    backend: new PreconnectedBackend(backend, (connect) => underJobSchemaLock(pool, connect)),
    notifications,
    ping: () => pool.query('SELECT 1'),
    close: () => pool.end().catch(() => undefined),
  };
}

function listenForJobs(pool: pg.Pool, logger: Logger, hooks: JobConnectionHooks): ReconnectingNotificationChannel {
  return new ReconnectingNotificationChannel(
    { pool },
    {
      onError: (error) => {
        logger.warn({ err: error }, 'job notifications (LISTEN) interrupted; reconnecting with backoff');
        hooks.onConnectionError(error);
      },
      onReconnected: () => logger.info('job notifications (LISTEN) reconnected'),
    },
  );
}

async function openMongoStore(url: string): Promise<JobStore> {
  // Loaded only when configured: no MongoDB driver in memory otherwise.
  const { MongoBackend } = await import('@agendajs/mongo-backend');
  const backend = new MongoBackend({ address: url });
  return {
    backend: new PreconnectedBackend(backend),
    ping: () => backend.repository.getQueueSize(),
    close: async () => undefined,
  };
}

import { Agenda, exponential, InMemoryNotificationChannel, type AgendaBackend, type Job } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import pg from 'pg';
import type { Logger } from 'pino';
import { retryJobStateWrites } from './job-state-retry.js';
import { ReconnectingNotificationChannel } from './notification-channel.js';
import { SERVER_CONNECT_TIMEOUT_MS } from '../db/database.js';
import { generateQuestsForUser } from '../resolvers/quest-generation/generate-quests.js';
import { runNightlySweep, type SweepDeps } from '../resolvers/quest-generation/nightly-sweep.js';
import { skipIfPoolRefilled } from '../resolvers/quest-generation/on-demand.js';
import type { JobQueue, QuestGenerationJob } from './queue.js';

export const QUEST_GENERATION_JOB = 'quest-generation';
export const NIGHTLY_SWEEP_JOB = 'nightly-quest-sweep';
/** Every 15 minutes (UTC): each run serves the zones then in their 02:00 hour (see domain/nightly-window). */
export const NIGHTLY_SWEEP_CRON = '*/15 * * * *';

export interface JobSettings {
  connectionString: string;
  /** PGlite delivers no NOTIFY across connections: poll with an in-process channel there. */
  embedded: boolean;
  processEveryMs: number;
  /** First retry delay of a failed generation (then ×2): 3 attempts in all. */
  retryDelayMs: number;
  generationConcurrency: number;
  lockLifetimeMs: number;
  mongoUrl?: string;
}

export type JobBackendChoice =
  { kind: 'postgres'; connectionString: string; notifications: boolean } | { kind: 'mongo'; url: string };

/**
 * Where Agenda keeps its jobs: MongoDB when JOBS_MONGODB_URL is set (the
 * product's original design), else the application's PostgreSQL with
 * LISTEN/NOTIFY (polling on the embedded database, which cannot notify
 * across connections).
 */
export function chooseJobBackend(
  settings: Pick<JobSettings, 'connectionString' | 'embedded' | 'mongoUrl'>,
): JobBackendChoice {
  if (settings.mongoUrl) return { kind: 'mongo', url: settings.mongoUrl };
  return { kind: 'postgres', connectionString: settings.connectionString, notifications: !settings.embedded };
}

/** What the job system tells about its connections (logs, metrics, /readyz). */
export interface JobConnectionHooks {
  onConnectionError(error: unknown): void;
}

interface JobStore {
  backend: AgendaBackend & { connected: Promise<void> };
  /** LISTEN/NOTIFY on PostgreSQL, when the database delivers notifications. */
  notifications?: ReconnectingNotificationChannel;
  /** Answers when the job store can be reached through the job system's own connections. */
  ping(): Promise<unknown>;
  close(): Promise<void>;
}

async function createBackend(choice: JobBackendChoice, logger: Logger, hooks: JobConnectionHooks): Promise<JobStore> {
  if (choice.kind === 'postgres') {
    // Our own pool: a dropped idle connection is reported, not an unhandled 'error' that kills the process.
    const pool = new pg.Pool({
      connectionString: choice.connectionString,
      // As for the application's pool: bounded waits on a server (notifications mean a server) that does not answer.
      connectionTimeoutMillis: choice.notifications ? SERVER_CONNECT_TIMEOUT_MS : 0,
    });
    pool.on('error', (error) => hooks.onConnectionError(error));
    // The backend's own LISTEN channel would end the process when its connection drops: ours instead.
    const backend = new PostgresBackend({ pool, disableNotifications: true });
    const notifications = choice.notifications
      ? new ReconnectingNotificationChannel(
          { pool },
          {
            onError: (error) => {
              logger.warn({ err: error }, 'job notifications (LISTEN) interrupted; reconnecting with backoff');
              hooks.onConnectionError(error);
            },
            onReconnected: () => logger.info('job notifications (LISTEN) reconnected'),
          },
        )
      : undefined;
    return {
      backend: connectOnce(backend, (connect) => underAdvisoryLock(pool, connect)),
      notifications,
      ping: () => pool.query('SELECT 1'),
      close: () => pool.end().catch(() => undefined),
    };
  }
  // Loaded only when configured: no MongoDB driver in memory otherwise.
  const { MongoBackend } = await import('@agendajs/mongo-backend');
  const backend = new MongoBackend({ address: choice.url });
  return {
    backend: connectOnce(backend),
    ping: () => backend.repository.getQueueSize(),
    close: async () => undefined,
  };
}

/**
 * Agenda calls `backend.connect()` in its constructor and never handles a
 * rejection: its `ready` promise then stays pending and start-up hangs with
 * no error. Connect the backend ourselves, once, so that we can await the
 * outcome (and fail start-up with the reason), and hand Agenda the same
 * promise.
 */
function connectOnce<T extends AgendaBackend>(
  backend: T,
  around: (connect: () => Promise<void>) => Promise<void> = (connect) => connect(),
): T & { connected: Promise<void> } {
  const connect = backend.connect.bind(backend);
  const connected = around(connect);
  backend.connect = () => connected;
  return Object.assign(backend, { connected });
}

// Any constant, distinct from the migration lock's.
const JOB_SCHEMA_LOCK_KEY = 724_981_338;

/**
 * The PostgreSQL backend creates its tables on connect with `CREATE TABLE IF
 * NOT EXISTS`, which is not safe against itself: several processes starting
 * together on a fresh database fail with a duplicate key in pg_type. One
 * process at a time, then.
 */
async function underAdvisoryLock(pool: pg.Pool, work: () => Promise<void>): Promise<void> {
  const lock = await pool.connect();
  // Held outside the pool's care: a drop would otherwise be an unhandled 'error' event.
  const ignoreDrop = () => undefined;
  lock.on('error', ignoreDrop);
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [JOB_SCHEMA_LOCK_KEY]);
    try {
      await work();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [JOB_SCHEMA_LOCK_KEY]);
    }
  } finally {
    lock.off('error', ignoreDrop);
    lock.release();
  }
}

export interface JobSystem {
  agenda: Agenda;
  queue: JobQueue;
  /** Starts processing jobs and makes sure the nightly sweep is scheduled (worker role). */
  startWorker(): Promise<void>;
  /** The job store answers through the job system's connections, and LISTEN is up where it is used. */
  isConnected(): Promise<boolean>;
  stop(timeoutMs?: number): Promise<void>;
}

type Generate = typeof generateQuestsForUser;

/**
 * Agenda on the application's own database. The API role only enqueues;
 * the worker role also processes. Job handlers call the same use cases as the
 * API, so both always agree.
 */
export async function createJobSystem(
  settings: JobSettings,
  deps: Omit<SweepDeps, 'jobs'>,
  logger: Logger,
  options: { generate?: Generate; hooks?: JobConnectionHooks } = {},
): Promise<JobSystem> {
  const choice = chooseJobBackend(settings);
  const store = await createBackend(choice, logger, options.hooks ?? { onConnectionError: () => undefined });
  // Before Agenda exists, so that a failure is ours to report and not an unhandled rejection inside it.
  try {
    await store.backend.connected;
  } catch (error) {
    await store.close();
    throw new Error(`The job system could not connect to its database: ${(error as Error).message}`, { cause: error });
  }
  const agenda = new Agenda({
    backend: store.backend,
    name: `questline-${process.pid}`,
    processEvery: settings.processEveryMs,
    defaultLockLifetime: settings.lockLifetimeMs,
    ...(store.notifications
      ? { notificationChannel: store.notifications }
      : choice.kind === 'postgres'
        ? { notificationChannel: new InMemoryNotificationChannel() }
        : {}),
  });
  agenda.on('error', (error) => logger.error({ err: error }, 'job system error'));
  const stopping = new AbortController();
  retryJobStateWrites(agenda.db, {
    maxWaitMs: settings.lockLifetimeMs / 2,
    signal: stopping.signal,
    onRetry: (error, attempt) => {
      if (attempt === 1) logger.warn({ err: error }, 'saving a job state failed; retrying until the database is back');
    },
  });

  const queue: JobQueue = {
    async enqueueQuestGeneration(job, { delayMs } = {}) {
      if (delayMs) await agenda.schedule(new Date(Date.now() + delayMs), QUEST_GENERATION_JOB, job);
      else await agenda.now(QUEST_GENERATION_JOB, job);
    },
  };
  const generate = options.generate ?? generateQuestsForUser;
  const sweepDeps: SweepDeps = { ...deps, jobs: queue };

  agenda.define(
    QUEST_GENERATION_JOB,
    async (job: Job<QuestGenerationJob>) => {
      const { userId, trigger, windowKey } = job.attrs.data;
      if (await skipIfPoolRefilled(deps, job.attrs.data)) {
        logger.info(
          { userId, trigger, windowKey },
          'quest generation skipped: the pool was refilled since it was queued',
        );
        return;
      }
      await generate(deps, { userId, trigger, windowKey, heartbeat: () => job.touch() });
    },
    {
      concurrency: settings.generationConcurrency,
      // Lock only what this worker can run now, leaving the rest for other workers.
      lockLimit: settings.generationConcurrency,
      lockLifetime: settings.lockLifetimeMs,
      backoff: exponential({ delay: settings.retryDelayMs, factor: 2, maxRetries: 2 }),
    },
  );
  agenda.define(
    NIGHTLY_SWEEP_JOB,
    async (job: Job) => {
      await runNightlySweep(sweepDeps, {
        concurrency: settings.generationConcurrency,
        retryDelayMs: settings.retryDelayMs,
        heartbeat: () => job.touch(),
        // Only a replacement (tests inject failures with it): by default the sweep generates users in pages.
        generate: options.generate,
      });
    },
    { concurrency: 1, lockLifetime: settings.lockLifetimeMs },
  );
  agenda.on(`retry exhausted:${QUEST_GENERATION_JOB}`, (error, job) =>
    logger.error({ err: error, data: job.attrs.data }, 'quest generation job gave up after its retries'),
  );

  let started = false;
  return {
    agenda,
    queue,
    async startWorker() {
      await agenda.start();
      started = true;
      // Re-declaring a recurring job updates it rather than adding another.
      await agenda.every(NIGHTLY_SWEEP_CRON, NIGHTLY_SWEEP_JOB, undefined, { timezone: 'UTC', skipImmediate: true });
    },
    async isConnected() {
      await store.ping();
      // Only a worker listens; an API process enqueues through the pool alone.
      return !started || !store.notifications || store.notifications.state === 'connected';
    },
    async stop(timeoutMs = 30_000) {
      // Let running jobs finish (bounded), then close the connections. A job still running at the
      // deadline keeps its lock (drain does not release it, and stop() no longer can): another worker
      // takes it over when the lock expires, as after a crash. Say so, since nothing else will.
      if (started) {
        const drained = await agenda.drain({ timeout: timeoutMs });
        if (drained.running > 0) {
          logger.warn(
            { running: drained.running, timeoutMs, lockLifetimeMs: settings.lockLifetimeMs },
            'shutdown: jobs still running were abandoned; another worker takes them over when their locks expire',
          );
        }
      }
      stopping.abort();
      await agenda.stop();
      // Also when start() never got as far as the listener: a pending reconnection must not outlive us.
      await store.notifications?.disconnect();
      await store.close();
    },
  };
}

import { Agenda, InMemoryNotificationChannel, type NotificationChannel } from 'agenda';
import type { Logger } from 'pino';
import type { generateQuestsForUser } from '../resolvers/quest-generation/generate-quests.js';
import type { SweepDeps } from '../resolvers/quest-generation/nightly-sweep.js';
import { createAgendaQueue } from './agenda-queue.js';
import { chooseJobBackend, type JobBackendChoice } from './backend-choice.js';
import { JOBS } from './definitions/index.js';
import { retryJobStateWrites } from './job-state-retry.js';
import { openJobStore, type JobStore } from './job-store.js';
import type { JobQueue } from './queue.js';
import { registerJobs, scheduleRecurringJobs } from './register.js';
import type { JobConnectionHooks, JobSettings } from './settings.js';

export interface JobSystem {
  agenda: Agenda;
  queue: JobQueue;
  /** Starts processing jobs and makes sure the recurring jobs are scheduled (worker role). */
  startWorker(): Promise<void>;
  /** The job store answers through the job system's connections, and LISTEN is up where it is used. */
  isConnected(): Promise<boolean>;
  stop(timeoutMs?: number): Promise<void>;
}

/** What a running job system is made of. */
interface JobSystemParts {
  agenda: Agenda;
  queue: JobQueue;
  store: JobStore;
  settings: JobSettings;
  logger: Logger;
  /** Aborted at shutdown: stops retrying job state writes. */
  stopping: AbortController;
}

/**
 * Agenda on the application's own database. The API role only enqueues;
 * the worker role also processes.
 */
export async function createJobSystem(
  settings: JobSettings,
  deps: Omit<SweepDeps, 'jobs'>,
  logger: Logger,
  options: { generate?: typeof generateQuestsForUser; hooks?: JobConnectionHooks } = {},
): Promise<JobSystem> {
  const choice = chooseJobBackend(settings);
  const store = await connectJobStore(choice, logger, options.hooks);
  const agenda = createAgenda(settings, store, notificationChannelFor(choice, store), logger);
  const stopping = new AbortController();
  keepJobStateWritesThroughOutages(agenda, settings, logger, stopping.signal);
  const queue = createAgendaQueue(agenda);
  registerJobs(agenda, JOBS, { deps, queue, settings, logger, generate: options.generate });
  return jobSystemOf({ agenda, queue, store, settings, logger, stopping });
}

/** Connected before Agenda exists, so that a failure is ours to report and not an unhandled rejection inside it. */
async function connectJobStore(
  choice: JobBackendChoice,
  logger: Logger,
  hooks: JobConnectionHooks = { onConnectionError: () => undefined },
): Promise<JobStore> {
  const store = await openJobStore(choice, logger, hooks);
  try {
    await store.backend.connected;
  } catch (error) {
    await store.close();
    throw new Error(`The job system could not connect to its database: ${(error as Error).message}`, { cause: error });
  }
  return store;
}

/**
 * LISTEN/NOTIFY where the database delivers it. On the embedded database an
 * in-process channel: jobs this process enqueues still wake its own worker at
 * once, and polling picks up the rest. MongoDB: polling alone.
 */
function notificationChannelFor(choice: JobBackendChoice, store: JobStore): NotificationChannel | undefined {
  if (store.notifications) return store.notifications;
  return choice.kind === 'postgres' ? new InMemoryNotificationChannel() : undefined;
}

function createAgenda(
  settings: JobSettings,
  store: JobStore,
  notificationChannel: NotificationChannel | undefined,
  logger: Logger,
): Agenda {
  const agenda = new Agenda({
    backend: store.backend,
    name: `questline-${process.pid}`,
    processEvery: settings.processEveryMs,
    defaultLockLifetime: settings.lockLifetimeMs,
    ...(notificationChannel && { notificationChannel }),
  });
  agenda.on('error', (error) => logger.error({ err: error }, 'job system error'));
  return agenda;
}

function keepJobStateWritesThroughOutages(
  agenda: Agenda,
  settings: JobSettings,
  logger: Logger,
  signal: AbortSignal,
): void {
  retryJobStateWrites(agenda.db, {
    maxWaitMs: settings.lockLifetimeMs / 2,
    signal,
    onRetry: (error, attempt) => {
      if (attempt === 1) logger.warn({ err: error }, 'saving a job state failed; retrying until the database is back');
    },
  });
}

function jobSystemOf(parts: JobSystemParts): JobSystem {
  const { agenda, queue, store } = parts;
  let started = false;
  return {
    agenda,
    queue,
    async startWorker() {
      await agenda.start();
      started = true;
      await scheduleRecurringJobs(agenda, JOBS);
    },
    async isConnected() {
      await store.ping();
      // Only a worker listens; an API process enqueues through the pool alone.
      return !started || !store.notifications || store.notifications.state === 'connected';
    },
    stop: (timeoutMs = 30_000) => stopJobSystem(parts, started, timeoutMs),
  };
}

async function stopJobSystem(parts: JobSystemParts, started: boolean, timeoutMs: number): Promise<void> {
  const { agenda, store } = parts;
  if (started) await drainRunningJobs(parts, timeoutMs);
  parts.stopping.abort();
  await agenda.stop();
  // Also when start() never got as far as the listener: a pending reconnection must not outlive us.
  await store.notifications?.disconnect();
  await store.close();
}

/**
 * Lets running jobs finish, within the deadline. A job still running then
 * keeps its lock (drain does not release it, and stop() no longer can):
 * another worker takes it over when the lock expires, as after a crash. Say
 * so, since nothing else will.
 */
async function drainRunningJobs({ agenda, settings, logger }: JobSystemParts, timeoutMs: number): Promise<void> {
  const drained = await agenda.drain({ timeout: timeoutMs });
  if (drained.running === 0) return;
  logger.warn(
    { running: drained.running, timeoutMs, lockLifetimeMs: settings.lockLifetimeMs },
    'shutdown: jobs still running were abandoned; another worker takes them over when their locks expire',
  );
}

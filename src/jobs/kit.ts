import type { JobDefinition } from 'agenda';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { generateQuestsForUser } from '../resolvers/quest-generation/generate-quests.js';
import type { SweepDeps } from '../resolvers/quest-generation/nightly-sweep.js';
import type { JobQueue } from './queue.js';
import type { JobSettings } from './settings.js';

/** What every job handler may use. Handlers call the same use cases as the API, so both always agree. */
export interface JobContext {
  deps: Omit<SweepDeps, 'jobs'>;
  /** For follow-up jobs (the sweep enqueues a retry per failed user). */
  queue: JobQueue;
  settings: JobSettings;
  logger: Logger;
  /**
   * Replaces the generation use case: tests wrap it to inject failures. Unset in production, where a job runs
   * generateQuestsForUser and the sweep generates its users in pages.
   */
  generate?: typeof generateQuestsForUser;
}

/** Agenda's per-job settings that our jobs use. */
export type JobOptions = Partial<Pick<JobDefinition, 'concurrency' | 'lockLimit' | 'lockLifetime' | 'backoff'>>;

/** One run of a job, as its handler sees it. */
export interface JobRun {
  context: JobContext;
  /** Renews the job's lock; long work calls it so the lock never expires under it. */
  heartbeat(): Promise<unknown>;
}

/**
 * Everything about one kind of job, in one place. The payload schema is
 * checked when a job is enqueued (a bad one never reaches the database) and
 * again when it runs (a row written by an older release, or edited by hand,
 * fails once instead of misbehaving).
 */
export interface JobSpec<Payload> {
  name: string;
  payload: z.ZodType<Payload>;
  options(settings: JobSettings): JobOptions;
  /** Recurring jobs are (re-)declared by the worker role at start; re-declaring updates, never duplicates. */
  recurring?: { cron: string; timezone: string };
  /** Logged at error level, with the payload, when the last retry has failed too. */
  gaveUpMessage?: string;
  // A method, not a property: a list of jobs with different payloads is then one array type.
  run(payload: Payload, run: JobRun): Promise<void>;
}

export function defineJob<Payload>(spec: JobSpec<Payload>): JobSpec<Payload> {
  return spec;
}

/** A payload its job's schema refuses: a bug or a stale row, never transient, so never retried. */
export class InvalidJobPayloadError extends Error {
  override name = 'InvalidJobPayloadError';

  constructor(
    readonly jobName: string,
    refusal: z.ZodError,
  ) {
    super(`invalid payload for job "${jobName}": ${z.prettifyError(refusal)}`, { cause: refusal });
  }
}

export function parsePayload<Payload>(job: JobSpec<Payload>, data: unknown): Payload {
  const result = job.payload.safeParse(data);
  if (!result.success) throw new InvalidJobPayloadError(job.name, result.error);
  return result.data;
}

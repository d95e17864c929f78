import { when, type Agenda, type BackoffStrategy, type Job } from 'agenda';
import { InvalidJobPayloadError, parsePayload, type JobContext, type JobSpec } from './kit.js';

/** Defines every job with Agenda: payloads checked before the handler runs. */
export function registerJobs(agenda: Agenda, jobs: readonly JobSpec<unknown>[], context: JobContext): void {
  for (const job of jobs) registerJob(agenda, job, context);
}

function registerJob<Payload>(agenda: Agenda, job: JobSpec<Payload>, context: JobContext): void {
  const { backoff, ...options } = job.options(context.settings);
  agenda.define(job.name, (agendaJob: Job) => runChecked(job, agendaJob, context), {
    ...options,
    ...(backoff && { backoff: neverRetryInvalidPayloads(backoff) }),
  });
  const { gaveUpMessage } = job;
  if (!gaveUpMessage) return;
  agenda.on(`retry exhausted:${job.name}`, (error: unknown, agendaJob: Job) => {
    // Already logged as invalid when it failed: it had no retries to exhaust.
    if (error instanceof InvalidJobPayloadError) return;
    context.logger.error({ err: error, data: agendaJob.attrs.data }, gaveUpMessage);
  });
}

async function runChecked<Payload>(job: JobSpec<Payload>, agendaJob: Job, context: JobContext): Promise<void> {
  let payload: Payload;
  try {
    payload = parsePayload(job, agendaJob.attrs.data);
  } catch (error) {
    context.logger.error(
      { err: error, job: job.name, jobId: agendaJob.attrs._id?.toString(), data: agendaJob.attrs.data },
      'job payload is invalid: the job fails without retrying',
    );
    throw error;
  }
  await job.run(payload, { context, heartbeat: () => agendaJob.touch() });
}

/** An invalid payload stays invalid: retrying it would only fail again, so it fails once. */
export function neverRetryInvalidPayloads(backoff: BackoffStrategy): BackoffStrategy {
  return when((attempt) => !(attempt.error instanceof InvalidJobPayloadError), backoff);
}

/** Declares the recurring jobs (worker role, after Agenda has started). */
export async function scheduleRecurringJobs(agenda: Agenda, jobs: readonly JobSpec<unknown>[]): Promise<void> {
  for (const job of jobs) {
    if (!job.recurring) continue;
    const { cron, timezone } = job.recurring;
    // Re-declaring a recurring job updates it rather than adding another.
    await agenda.every(cron, job.name, undefined, { timezone, skipImmediate: true });
  }
}

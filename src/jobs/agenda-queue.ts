import type { Agenda } from 'agenda';
import { questGenerationJob } from './definitions/quest-generation.js';
import { parsePayload, type JobSpec } from './kit.js';
import type { JobQueue } from './queue.js';

/** The queue the use cases see, on Agenda. */
export function createAgendaQueue(agenda: Agenda): JobQueue {
  return {
    enqueueQuestGeneration: (job, options) => enqueueJob(agenda, questGenerationJob, job, options),
    // Agenda's PostgreSQL backend matches `data` by JSON containment (data @> {"userId": …}).
    cancelUserJobs: (userId) => agenda.cancel({ data: { userId } }),
  };
}

/** Checks the payload against its job's schema (throws InvalidJobPayloadError), then stores the job. */
export async function enqueueJob<Payload>(
  agenda: Pick<Agenda, 'now' | 'schedule'>,
  job: JobSpec<Payload>,
  payload: Payload,
  { delayMs }: { delayMs?: number } = {},
): Promise<void> {
  const data = parsePayload(job, payload);
  if (delayMs) await agenda.schedule(new Date(Date.now() + delayMs), job.name, data);
  else await agenda.now(job.name, data);
}

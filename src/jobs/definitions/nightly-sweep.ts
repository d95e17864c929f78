import { z } from 'zod';
import { runNightlySweep } from '../../resolvers/quest-generation/nightly-sweep.js';
import { defineJob } from '../kit.js';

export const NIGHTLY_SWEEP_JOB = 'nightly-quest-sweep';
/** Every 15 minutes (UTC): each run serves the zones then in their 02:00 hour (see domain/nightly-window). */
export const NIGHTLY_SWEEP_CRON = '*/15 * * * *';

/** The recurring sweep: generates for every user whose local night it is. */
export const nightlySweepJob = defineJob<null | undefined>({
  name: NIGHTLY_SWEEP_JOB,
  // No payload: PostgreSQL stores the absent data as null, MongoDB leaves it out.
  payload: z.null().optional(),
  options: (settings) => ({ concurrency: 1, lockLifetime: settings.lockLifetimeMs }),
  recurring: { cron: NIGHTLY_SWEEP_CRON, timezone: 'UTC' },
  async run(_payload, { context, heartbeat }) {
    await runNightlySweep(
      { ...context.deps, jobs: context.queue },
      {
        concurrency: context.settings.generationConcurrency,
        retryDelayMs: context.settings.retryDelayMs,
        heartbeat,
        generate: context.generate,
      },
    );
  },
});

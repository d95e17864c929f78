import { GenerationTrigger } from '@prisma/client';
import { exponential } from 'agenda';
import { z } from 'zod';
import { generateQuestsForUser } from '../../resolvers/quest-generation/generate-quests.js';
import { skipIfPoolRefilled } from '../../resolvers/quest-generation/on-demand.js';
import { defineJob } from '../kit.js';
import type { QuestGenerationJob } from '../queue.js';

export const QUEST_GENERATION_JOB = 'quest-generation';

/** One user's generation run for one window (on demand, or a nightly user's retry). */
export const questGenerationJob = defineJob<QuestGenerationJob>({
  name: QUEST_GENERATION_JOB,
  payload: z.object({
    userId: z.string().min(1),
    trigger: z.enum(GenerationTrigger),
    windowKey: z.string().min(1),
  }),
  options: (settings) => ({
    concurrency: settings.generationConcurrency,
    // Lock only what this worker can run now, leaving the rest for other workers.
    lockLimit: settings.generationConcurrency,
    lockLifetime: settings.lockLifetimeMs,
    // 3 attempts in all; the window key keeps them to one batch.
    backoff: exponential({ delay: settings.retryDelayMs, factor: 2, maxRetries: 2 }),
  }),
  gaveUpMessage: 'quest generation job gave up after its retries',
  async run(payload, { context, heartbeat }) {
    const { userId, trigger, windowKey } = payload;
    if (await skipIfPoolRefilled(context.deps, payload)) {
      context.logger.info(
        { userId, trigger, windowKey },
        'quest generation skipped: the pool was refilled since it was queued',
      );
      return;
    }
    const generate = context.generate ?? generateQuestsForUser;
    await generate(context.deps, { userId, trigger, windowKey, heartbeat });
  },
});

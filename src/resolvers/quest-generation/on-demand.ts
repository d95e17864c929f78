import type { PrismaClient } from '@prisma/client';
import { HEALTHY_POOL_SIZE } from '../../domain/quest-types.js';
import type { JobQueue } from '../../jobs/queue.js';

/** On-demand generation runs at most once per user in this period. */
export const ON_DEMAND_COOLDOWN_MS = 6 * 60 * 60_000;

/**
 * After a completion: when the pending pool is below the healthy size, claim
 * the user's on-demand slot and enqueue a run. The claim is one conditional
 * UPDATE, so of many concurrent completions exactly one wins; the window key
 * (the claim time) keeps that run's retries to one batch.
 */
export async function requestOnDemandGeneration(
  deps: { prisma: PrismaClient; jobs: JobQueue; now: () => Date },
  userId: string,
  pendingCount: number,
): Promise<boolean> {
  if (pendingCount >= HEALTHY_POOL_SIZE) return false;
  const now = deps.now();
  const { count } = await deps.prisma.user.updateMany({
    where: {
      id: userId,
      OR: [
        { lastOnDemandGenerationAt: null },
        { lastOnDemandGenerationAt: { lte: new Date(now.getTime() - ON_DEMAND_COOLDOWN_MS) } },
      ],
    },
    data: { lastOnDemandGenerationAt: now },
  });
  if (count !== 1) return false;
  try {
    await deps.jobs.enqueueQuestGeneration({
      userId,
      trigger: 'ON_DEMAND',
      windowKey: `on_demand:${now.toISOString()}`,
    });
  } catch (error) {
    // Give the slot back so the next completion can try again.
    await deps.prisma.user.updateMany({
      where: { id: userId, lastOnDemandGenerationAt: now },
      data: { lastOnDemandGenerationAt: null },
    });
    throw error;
  }
  return true;
}

import type { PrismaClient } from '@prisma/client';
import { HEALTHY_POOL_SIZE } from '../../domain/quest-types.js';
import type { JobQueue, QuestGenerationJob } from '../../jobs/queue.js';

/** On-demand generation runs at most once per user in this period. */
export const ON_DEMAND_COOLDOWN_MS = 6 * 60 * 60_000;

const ON_DEMAND_PREFIX = 'on_demand:';

/** The generation window of an on-demand run: named after the claim of the user's slot. */
export function onDemandWindowKey(claimedAt: Date): string {
  return `${ON_DEMAND_PREFIX}${claimedAt.toISOString()}`;
}

function claimTimeOf(windowKey: string): Date | null {
  if (!windowKey.startsWith(ON_DEMAND_PREFIX)) return null;
  const claimedAt = new Date(windowKey.slice(ON_DEMAND_PREFIX.length));
  return Number.isNaN(claimedAt.getTime()) ? null : claimedAt;
}

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
      windowKey: onDemandWindowKey(now),
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

/**
 * A queued run (on-demand, or a nightly retry) can start after the pool was
 * refilled: by another run, or by missions the user added. Then there is
 * nothing to do. Only before the window's first attempt, though: once a run
 * exists, generation's own idempotency decides (its batch may be what
 * refilled the pool). An on-demand run skipped this way cost nothing, so it
 * gives its 6-hour slot back.
 */
export async function skipIfPoolRefilled(deps: { prisma: PrismaClient }, job: QuestGenerationJob): Promise<boolean> {
  const { prisma } = deps;
  const pending = await prisma.mission.count({ where: { userId: job.userId, status: 'PENDING' } });
  if (pending < HEALTHY_POOL_SIZE) return false;
  const run = await prisma.questGenerationRun.findUnique({
    where: { userId_windowKey: { userId: job.userId, windowKey: job.windowKey } },
    select: { id: true },
  });
  if (run) return false;
  const claimedAt = job.trigger === 'ON_DEMAND' ? claimTimeOf(job.windowKey) : null;
  if (claimedAt) {
    await prisma.user.updateMany({
      where: { id: job.userId, lastOnDemandGenerationAt: claimedAt },
      data: { lastOnDemandGenerationAt: null },
    });
  }
  return true;
}

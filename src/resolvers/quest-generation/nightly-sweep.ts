import type { GenerationSweep } from '@prisma/client';
import { dueZones, nightlyWindowKey, sweepSlot, type DueZone } from '../../domain/nightly-window.js';
import { HEALTHY_POOL_SIZE } from '../../domain/quest-types.js';
import type { JobQueue } from '../../jobs/queue.js';
import { SWEEP_FAILURE_RATE_ALERT } from './alerts.js';
import { GenerationBusyError, generateQuestsForUser, type GenerationDeps } from './generate-quests.js';

export interface SweepOptions {
  /** Users generated at once (the model call dominates; the database takes more). */
  concurrency?: number;
  /** Renews the sweep job's lock; called between users. */
  heartbeat?: () => Promise<unknown>;
  /** Delay of the retry job enqueued for a user whose run failed. */
  retryDelayMs?: number;
  generate?: typeof generateQuestsForUser;
}

export type SweepDeps = GenerationDeps & { jobs: JobQueue };

/**
 * One nightly sweep slot: every user whose local time is in the 02:00 hour,
 * whose pool is below the healthy size, and who has no batch for that local
 * night yet, gets a run. A failed user gets an individual retry job (with
 * the same window key, so it can never add a second batch). Re-running a
 * slot only does what is left.
 */
export async function runNightlySweep(deps: SweepDeps, options: SweepOptions = {}): Promise<GenerationSweep> {
  const slot = sweepSlot(deps.now());
  const sweep = await deps.prisma.generationSweep.upsert({
    where: { slot },
    create: { slot, startedAt: deps.now() },
    update: {},
  });
  const zones = await distinctTimeZones(deps);
  const due = dueZones(zones, slot);
  let usersProcessed = 0;
  let missionsGenerated = 0;
  let failures = 0;
  for (const zone of due) {
    const userIds = await dueUsers(deps, zone);
    await forEachConcurrently(userIds, options.concurrency ?? 4, async (userId) => {
      const windowKey = nightlyWindowKey(zone.localDate);
      try {
        const run = await (options.generate ?? generateQuestsForUser)(deps, { userId, trigger: 'NIGHTLY', windowKey });
        usersProcessed += 1;
        missionsGenerated += run.missionsCreated;
      } catch (error) {
        // Busy: another run holds the user (an on-demand one, say); the retry job comes back later.
        if (!(error instanceof GenerationBusyError)) failures += 1;
        usersProcessed += 1;
        await deps.jobs
          .enqueueQuestGeneration(
            { userId, trigger: 'NIGHTLY', windowKey },
            { delayMs: options.retryDelayMs ?? 60_000 },
          )
          .catch((enqueueError: unknown) =>
            deps.logger.error({ err: enqueueError, userId }, 'could not enqueue a nightly retry'),
          );
      }
      await options.heartbeat?.();
    });
  }
  const finished = await deps.prisma.generationSweep.update({
    where: { id: sweep.id },
    data: {
      finishedAt: deps.now(),
      usersProcessed: { increment: usersProcessed },
      missionsGenerated: { increment: missionsGenerated },
      failures: { increment: failures },
    },
  });
  deps.metrics.sweepUsers.inc(usersProcessed);
  deps.metrics.sweepMissions.inc(missionsGenerated);
  deps.metrics.sweepErrors.inc(failures);
  deps.logger.info(
    { slot: slot.toISOString(), zones: due.map((zone) => zone.timeZone), usersProcessed, missionsGenerated, failures },
    'nightly quest sweep finished',
  );
  await checkSweepFailureRate(deps, finished);
  return finished;
}

async function distinctTimeZones(deps: SweepDeps): Promise<string[]> {
  // GROUP BY in the database: `distinct` would read every user row and de-duplicate in JavaScript.
  const rows = await deps.prisma.user.groupBy({ by: ['timeZone'] });
  return [...new Set(rows.map((row) => row.timeZone ?? 'UTC'))];
}

/** Users of one zone that are due: pool below the healthy size, no batch for this local night yet. */
async function dueUsers(deps: SweepDeps, zone: DueZone): Promise<string[]> {
  const rows = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u
    WHERE COALESCE(u."timeZone", 'UTC') = ${zone.timeZone}
      AND (SELECT count(*) FROM "Mission" m WHERE m."userId" = u.id AND m.status = 'PENDING') < ${HEALTHY_POOL_SIZE}
      AND NOT EXISTS (
        SELECT 1 FROM "QuestGenerationRun" r
        WHERE r."userId" = u.id AND r."windowKey" = ${nightlyWindowKey(zone.localDate)} AND r.status = 'SUCCEEDED'
      )
    ORDER BY u.id`;
  return rows.map((row) => row.id);
}

async function checkSweepFailureRate(deps: SweepDeps, sweep: GenerationSweep): Promise<void> {
  const rate = sweep.usersProcessed === 0 ? 0 : sweep.failures / sweep.usersProcessed;
  const active = await deps.prisma.generationAlert.findFirst({
    where: { kind: 'SWEEP_FAILURE_RATE', resolvedAt: null },
  });
  if (rate > SWEEP_FAILURE_RATE_ALERT) {
    const message = `nightly sweep ${sweep.slot.toISOString()}: ${sweep.failures} of ${sweep.usersProcessed} users failed (${Math.round(rate * 100)}%)`;
    deps.logger.error({ alert: 'SWEEP_FAILURE_RATE', sweepId: sweep.id, rate }, message);
    if (active) await deps.prisma.generationAlert.update({ where: { id: active.id }, data: { message } });
    else await deps.prisma.generationAlert.create({ data: { kind: 'SWEEP_FAILURE_RATE', message } });
  } else if (active && sweep.usersProcessed > 0) {
    await deps.prisma.generationAlert.update({ where: { id: active.id }, data: { resolvedAt: deps.now() } });
  }
  deps.metrics.activeAlerts.set(await deps.prisma.generationAlert.count({ where: { resolvedAt: null } }));
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

import type { GenerationSweep } from '@prisma/client';
import { dueZones, nightlyWindowKey, sweepSlot, type DueZone } from '../../domain/nightly-window.js';
import { HEALTHY_POOL_SIZE } from '../../domain/quest-types.js';
import type { JobQueue } from '../../jobs/queue.js';
import { SWEEP_FAILURE_RATE_ALERT } from './alerts.js';
import { forEachConcurrently, generateBatch, type GenerationResult } from './generate-batch.js';
import { GenerationBusyError, type GenerationDeps, type generateQuestsForUser } from './generate-quests.js';

export interface SweepOptions {
  /** Model calls at once (the model call dominates; the database takes more). */
  concurrency?: number;
  /** Users generated together: claimed, read and stored with a handful of statements per page. */
  pageSize?: number;
  /** Renews the sweep job's lock; called between pages (and during long model calls). */
  heartbeat?: () => Promise<unknown>;
  /** Delay of the retry job enqueued for a user whose run failed. */
  retryDelayMs?: number;
  /**
   * Generates each user alone with this instead of in pages (tests inject failures with it). The result
   * is the same; the cost is not: a page of users shares its statements, a user alone pays for them all.
   */
  generate?: typeof generateQuestsForUser;
}

/** Users per page: the statements of a page are shared, and a page's model calls are in memory until stored. */
export const SWEEP_PAGE_SIZE = 200;

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
  const tally = (userId: string, windowKey: string, result: GenerationResult) => {
    usersProcessed += 1;
    if (result.status === 'succeeded' || result.status === 'done') {
      missionsGenerated += result.run.missionsCreated;
      return;
    }
    // Busy: another run holds the user (an on-demand one, say); the retry job comes back later.
    if (result.status === 'failed') failures += 1;
    return deps.jobs
      .enqueueQuestGeneration({ userId, trigger: 'NIGHTLY', windowKey }, { delayMs: options.retryDelayMs ?? 60_000 })
      .catch((enqueueError: unknown) =>
        deps.logger.error({ err: enqueueError, userId }, 'could not enqueue a nightly retry'),
      );
  };
  for (const zone of due) {
    const userIds = await dueUsers(deps, zone);
    const windowKey = nightlyWindowKey(zone.localDate);
    for (let start = 0; start < userIds.length; start += options.pageSize ?? SWEEP_PAGE_SIZE) {
      const page = userIds.slice(start, start + (options.pageSize ?? SWEEP_PAGE_SIZE));
      const results = await generatePage(deps, page, windowKey, options);
      for (const [position, userId] of page.entries()) await tally(userId, windowKey, results[position]!);
      await options.heartbeat?.();
    }
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

/** One page of a zone's due users: together, or each alone through `options.generate`. */
async function generatePage(
  deps: SweepDeps,
  userIds: string[],
  windowKey: string,
  options: SweepOptions,
): Promise<GenerationResult[]> {
  const requests = userIds.map((userId) => ({ userId, trigger: 'NIGHTLY' as const, windowKey }));
  const { generate } = options;
  if (generate) {
    const results: GenerationResult[] = [];
    await forEachConcurrently([...requests.entries()], options.concurrency ?? 4, async ([position, request]) => {
      try {
        results[position] = { status: 'succeeded', run: await generate(deps, request) };
      } catch (error) {
        results[position] = error instanceof GenerationBusyError ? { status: 'busy' } : { status: 'failed', error };
      }
      await options.heartbeat?.();
    });
    return results;
  }
  try {
    return await generateBatch(deps, requests, { concurrency: options.concurrency ?? 4, heartbeat: options.heartbeat });
  } catch (error) {
    // The claim itself failed (one statement: nothing was claimed). Each user gets a retry job.
    deps.logger.error({ err: error, users: userIds.length }, 'a page of the nightly sweep could not be claimed');
    return userIds.map(() => ({ status: 'failed', error }));
  }
}

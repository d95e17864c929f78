import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestGenerationJob } from '../../src/jobs/queue.js';
import { generateBatch } from '../../src/resolvers/quest-generation/generate-batch.js';
import { generateQuestsForUser } from '../../src/resolvers/quest-generation/generate-quests.js';
import { loadGenerationInputs } from '../../src/resolvers/quest-generation/generation-context.js';
import { runNightlySweep, type SweepDeps } from '../../src/resolvers/quest-generation/nightly-sweep.js';
import { seedUser } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The nightly sweep as it runs by default: users in pages, each page claimed,
 * read and stored with a handful of statements. Called directly (no job
 * system), with a recording queue for the retry jobs and the clock set per test.
 * Each test serves its own time zone, so a sweep only sees that test's users.
 */
let clock = new Date('2026-11-21T12:00:00Z');
let t: TestApp;
let prisma: PrismaClient;
const retries: QuestGenerationJob[] = [];

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  prisma = t.app.services.prisma;
});
afterAll(async () => {
  await t?.close();
});

function sweepDeps(): SweepDeps {
  return {
    ...t.app.services,
    now: () => clock,
    jobs: {
      async enqueueQuestGeneration(job) {
        retries.push(job);
      },
      cancelUserJobs: async () => 0,
    },
  };
}

const GOALS = [
  { title: 'Run a half marathon', valueCategory: 'HEALTH' as const },
  { title: 'Learn Japanese', valueCategory: 'GROWTH' as const },
  { title: 'Call old friends', valueCategory: 'CONNECTION' as const },
];

/** Users of one zone with 1–3 goals and 0–2 pending missions. */
async function seedZone(prefix: string, count: number, timeZone: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `${prefix}-${i}`;
    await seedUser(prisma, id, { timeZone, goals: GOALS.slice(0, 1 + (i % 3)), pending: i % 3 });
    ids.push(id);
  }
  return ids;
}

const runsOf = (userId: string) =>
  prisma.questGenerationRun.findMany({ where: { userId }, orderBy: { startedAt: 'asc' } });

describe('the sweep in pages', () => {
  it('reads for each user of a page the same context as a run of that user alone', async () => {
    const ids = await seedZone('ctx', 4, 'Pacific/Auckland');
    // Finished sessions in the 30-day window for one of them, so the patterns are not empty.
    clock = new Date('2026-11-21T12:00:00Z');
    const mission = await prisma.mission.findFirstOrThrow({ where: { userId: ids[1]! } });
    await prisma.missionSession.createMany({
      data: [
        {
          missionId: mission.id,
          userId: ids[1]!,
          status: 'COMPLETED',
          startedAt: new Date('2026-11-20T08:00:00Z'),
          completedAt: new Date('2026-11-20T08:25:00Z'),
          actualMinutes: 25,
        },
        {
          missionId: mission.id,
          userId: ids[1]!,
          status: 'ABANDONED',
          startedAt: new Date('2026-11-19T18:00:00Z'),
          completedAt: new Date('2026-11-19T18:05:00Z'),
          actualMinutes: 5,
        },
      ],
    });
    // Generated missions, whatever their status, for the energy history: counted within 30 days only.
    const generated = (userId: string, energyLevel: 'LOW' | 'MEDIUM' | 'HIGH', createdAt: string, title: string) => ({
      userId,
      title,
      estimatedMinutes: 20,
      energyLevel,
      valueCategory: 'HEALTH' as const,
      status: 'COMPLETED' as const,
      source: 'GENERATED' as const,
      createdAt: new Date(createdAt),
    });
    await prisma.mission.createMany({
      data: [
        generated(ids[2]!, 'HIGH', '2026-11-20T02:00:00Z', 'Generated yesterday'),
        generated(ids[2]!, 'HIGH', '2026-10-25T02:00:00Z', 'Generated 27 days ago'),
        generated(ids[2]!, 'LOW', '2026-10-10T02:00:00Z', 'Generated 42 days ago'),
        generated(ids[3]!, 'MEDIUM', '2026-11-01T02:00:00Z', 'Generated 20 days ago'),
      ],
    });
    const users = await prisma.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, displayName: true, timeZone: true, currentEnergy: true, consecutiveGenerationFailures: true },
    });
    const together = await loadGenerationInputs(prisma, users, clock);
    for (const user of users) {
      const alone = await loadGenerationInputs(prisma, [user], clock);
      expect(together.get(user.id)).toEqual(alone.get(user.id));
    }
    expect(together.get(ids[1]!)!.context.patterns.completedCount).toBe(1);
    expect(together.get(ids[2]!)!.context.goals).toHaveLength(3);
    expect(together.get(ids[2]!)!.context.pendingCount).toBe(2);
    expect(together.get(ids[2]!)!.context.recentGeneratedByEnergy).toEqual({ LOW: 0, MEDIUM: 0, HIGH: 2 });
    expect(together.get(ids[3]!)!.context.recentGeneratedByEnergy).toEqual({ LOW: 0, MEDIUM: 1, HIGH: 0 });
    expect(together.get(ids[0]!)!.context.recentGeneratedByEnergy).toEqual({ LOW: 0, MEDIUM: 0, HIGH: 0 });
  });

  it('generates every due user once, across pages, and a second sweep of the slot adds nothing', async () => {
    const ids = await seedZone('paged', 7, 'UTC');
    clock = new Date('2026-11-22T02:00:00Z');
    const sweep = await runNightlySweep(sweepDeps(), { pageSize: 3 });
    expect(sweep).toMatchObject({ usersProcessed: 7, failures: 0 });

    let generated = 0;
    for (const id of ids) {
      const runs = await runsOf(id);
      expect(runs.map((run) => [run.trigger, run.windowKey, run.status, run.attempts])).toEqual([
        ['NIGHTLY', 'nightly:2026-11-22', 'SUCCEEDED', 1],
      ]);
      const run = runs[0]!;
      expect(run).toMatchObject({ provider: 'offline', fellBack: false, error: null, rejections: [] });
      expect(run.missionsCreated).toBeGreaterThanOrEqual(3);
      const missions = await prisma.mission.findMany({ where: { generationRunId: run.id } });
      expect(missions).toHaveLength(run.missionsCreated);
      for (const mission of missions) {
        expect(mission).toMatchObject({ userId: id, source: 'GENERATED', status: 'PENDING', generatedBy: 'MODEL' });
        expect(mission.goalId).not.toBeNull();
        expect(mission.priorityScore).toBeGreaterThan(0);
      }
      expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
        generationLeaseUntil: null,
        consecutiveGenerationFailures: 0,
      });
      generated += run.missionsCreated;
    }
    expect(sweep.missionsGenerated).toBe(generated);

    clock = new Date('2026-11-22T02:15:00Z');
    const again = await runNightlySweep(sweepDeps(), { pageSize: 3 });
    expect(again).toMatchObject({ usersProcessed: 0, failures: 0 });
    expect(await prisma.mission.count({ where: { userId: { in: ids }, source: 'GENERATED' } })).toBe(generated);
    expect(retries).toEqual([]);
  });

  it('leaves a busy user to its retry job, fails a refused batch alone, and reuses a retried window', async () => {
    const zone = 'Europe/Paris';
    const [busy, refused, retried, alerted, plain] = await seedZone('mixed', 5, zone);
    // 01:00 UTC is 02:00 in Paris (winter time).
    clock = new Date('2026-11-23T01:00:00Z');
    const windowKey = 'nightly:2026-11-23';
    await prisma.user.update({
      where: { id: busy! },
      data: { generationLeaseUntil: new Date(clock.getTime() + 60_000) },
    });
    // An earlier attempt of the window died: its run is left RUNNING, its lease expired.
    const stale = await prisma.questGenerationRun.create({
      data: { userId: retried!, trigger: 'NIGHTLY', windowKey, startedAt: new Date(clock.getTime() - 3_600_000) },
    });
    await prisma.user.update({
      where: { id: retried! },
      data: { generationLeaseUntil: new Date(clock.getTime() - 1000) },
    });
    // Three failures in a row before: an open alert, which this night's success resolves.
    await prisma.user.update({ where: { id: alerted! }, data: { consecutiveGenerationFailures: 3 } });
    await prisma.generationAlert.create({
      data: { kind: 'USER_REPEATED_FAILURES', userId: alerted!, message: 'failed 3 times' },
    });
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_missions_of_mixed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_missions_of_mixed BEFORE INSERT ON "Mission"
       FOR EACH ROW WHEN (NEW."userId" = '${refused!}') EXECUTE FUNCTION refuse_missions_of_mixed()`,
    );
    retries.length = 0;
    let sweep;
    try {
      sweep = await runNightlySweep(sweepDeps(), { pageSize: 10 });
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_missions_of_mixed ON "Mission"');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_missions_of_mixed()');
    }
    // The busy user is processed (handed to its retry) but is not a failure; the refused one is.
    expect(sweep).toMatchObject({ usersProcessed: 5, failures: 1 });
    expect(retries.map((job) => job.userId).sort()).toEqual([busy, refused].sort());
    expect(retries.every((job) => job.trigger === 'NIGHTLY' && job.windowKey === windowKey)).toBe(true);

    expect(await runsOf(busy!)).toEqual([]);

    const [failed] = await runsOf(refused!);
    expect(failed).toMatchObject({ status: 'FAILED', missionsCreated: 0 });
    expect(failed!.error).toContain('disk full');
    expect(await prisma.mission.count({ where: { userId: refused!, source: 'GENERATED' } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: refused! } })).toMatchObject({
      generationLeaseUntil: null,
      consecutiveGenerationFailures: 1,
    });

    const reused = await runsOf(retried!);
    expect(reused).toHaveLength(1);
    expect(reused[0]).toMatchObject({ id: stale.id, status: 'SUCCEEDED', attempts: 2 });
    expect(await prisma.mission.count({ where: { generationRunId: stale.id } })).toBe(reused[0]!.missionsCreated);

    expect(await prisma.user.findUniqueOrThrow({ where: { id: alerted! } })).toMatchObject({
      consecutiveGenerationFailures: 0,
      generationLeaseUntil: null,
    });
    expect(
      await prisma.generationAlert.count({
        where: { userId: alerted!, kind: 'USER_REPEATED_FAILURES', resolvedAt: null },
      }),
    ).toBe(0);
    expect((await runsOf(plain!))[0]).toMatchObject({ status: 'SUCCEEDED' });
  });
});

describe('a batch of runs', () => {
  it('adds nothing for a window that succeeded after the due list was read, and gives its lease back', async () => {
    const [finished, fresh] = await seedZone('raced-batch', 2, 'Asia/Kolkata');
    clock = new Date('2026-11-24T12:00:00Z');
    const windowKey = 'admin:raced-batch';
    const first = await generateQuestsForUser(t.app.services, { userId: finished!, trigger: 'ADMIN', windowKey });
    const results = await generateBatch(sweepDeps(), [
      { userId: finished!, trigger: 'ADMIN', windowKey },
      { userId: fresh!, trigger: 'ADMIN', windowKey },
    ]);
    expect(results[0]).toEqual({ status: 'done', run: first });
    expect(results[1]).toMatchObject({ status: 'succeeded', run: { userId: fresh, windowKey, status: 'SUCCEEDED' } });
    expect(await runsOf(finished!)).toHaveLength(1);
    expect(await prisma.mission.count({ where: { userId: finished!, source: 'GENERATED' } })).toBe(
      first.missionsCreated,
    );
    for (const id of [finished!, fresh!]) {
      expect((await prisma.user.findUniqueOrThrow({ where: { id } })).generationLeaseUntil).toBeNull();
    }
  });
});

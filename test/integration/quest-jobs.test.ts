import type { PrismaClient } from '@prisma/client';
import type { JobWithId } from 'agenda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIGHTLY_SWEEP_JOB } from '../../src/jobs/definitions/nightly-sweep.js';
import type { QuestGenerationJob } from '../../src/jobs/queue.js';
import { generateQuestsForUser } from '../../src/resolvers/quest-generation/generate-quests.js';
import { onDemandWindowKey } from '../../src/resolvers/quest-generation/on-demand.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GENERATION_HEALTH } from '../support/operations.js';
import { seedUser, waitFor } from '../support/seed.js';

/** Jobs through real Agenda on the test database, with the clock driven by the test. */
let clock = new Date('2026-11-21T12:00:00Z');
let failuresToInject = new Map<string, number>();
let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp({
    now: () => clock,
    // Fails the first attempts of the chosen users: once before any work, once after the batch is
    // committed (a crash between the commit and the job's completion: the retry must not add a batch).
    generate: async (deps, request) => {
      const left = failuresToInject.get(request.userId) ?? 0;
      if (left === 0) return generateQuestsForUser(deps, request);
      failuresToInject.set(request.userId, left - 1);
      if (left % 2 === 0) throw new Error('injected failure before the run');
      await generateQuestsForUser(deps, request);
      throw new Error('injected failure after the commit');
    },
  });
  admin = await t.token('jobs-admin', { admin: true });
});
afterAll(async () => {
  await t?.close();
});

function runSweepJob(at: Date): Promise<void> {
  clock = at;
  const agenda = t.app.jobs.agenda;
  return new Promise((resolve, reject) => {
    const done = () => {
      agenda.off(`complete:${NIGHTLY_SWEEP_JOB}`, done);
      resolve();
    };
    agenda.on(`complete:${NIGHTLY_SWEEP_JOB}`, done);
    agenda.now(NIGHTLY_SWEEP_JOB).catch(reject);
  });
}

const runsOf = (prisma: PrismaClient, userId: string) =>
  prisma.questGenerationRun.findMany({ where: { userId }, orderBy: { startedAt: 'asc' } });

describe('the nightly sweep', () => {
  it("generates at 02:00 in each user's own time zone, once per local night", async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'tokyo', {
      timeZone: 'Asia/Tokyo',
      goals: [{ title: 'Calligraphy', valueCategory: 'CRAFT' }],
    });
    await seedUser(prisma, 'newyork', {
      timeZone: 'America/New_York',
      goals: [{ title: 'Marathon', valueCategory: 'HEALTH' }],
    });
    await seedUser(prisma, 'tokyo-full', {
      timeZone: 'Asia/Tokyo',
      goals: [{ title: 'Garden', valueCategory: 'HEALTH' }],
      pending: 5,
    });

    // 17:00 UTC is 02:00 on the 22nd in Tokyo and noon in New York.
    await runSweepJob(new Date('2026-11-21T17:00:00Z'));
    expect((await runsOf(prisma, 'tokyo')).map((run) => [run.trigger, run.windowKey, run.status])).toEqual([
      ['NIGHTLY', 'nightly:2026-11-22', 'SUCCEEDED'],
    ]);
    expect(await runsOf(prisma, 'newyork')).toEqual([]);
    // A healthy pool (5 pending) is left alone.
    expect(await runsOf(prisma, 'tokyo-full')).toEqual([]);

    // The next sweep in the same local hour finds nothing left to do for Tokyo.
    await runSweepJob(new Date('2026-11-21T17:15:00Z'));
    expect(await runsOf(prisma, 'tokyo')).toHaveLength(1);

    // 07:00 UTC on the 22nd is 02:00 in New York (EST).
    await runSweepJob(new Date('2026-11-22T07:00:00Z'));
    expect((await runsOf(prisma, 'newyork')).map((run) => run.windowKey)).toEqual(['nightly:2026-11-22']);
    expect(await runsOf(prisma, 'tokyo')).toHaveLength(1);

    const sweeps = await prisma.generationSweep.findMany({ orderBy: { slot: 'asc' } });
    expect(sweeps.map((sweep) => [sweep.slot.toISOString(), sweep.usersProcessed, sweep.failures])).toEqual([
      ['2026-11-21T17:00:00.000Z', 1, 0],
      ['2026-11-21T17:15:00.000Z', 0, 0],
      ['2026-11-22T07:00:00.000Z', 1, 0],
    ]);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/questline_nightly_sweep_users_processed_total 2/);
    expect(metrics).toMatch(/questline_quest_generation_runs_total\{trigger="NIGHTLY",status="SUCCEEDED"\} 2/);
  });

  it('raises an alert when more than 10% of a sweep fails, and clears it after a good sweep', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'utc-1', { timeZone: 'UTC', goals: [{ title: 'Piano', valueCategory: 'CRAFT' }] });
    await seedUser(prisma, 'utc-2', { timeZone: 'UTC', goals: [{ title: 'Chess', valueCategory: 'GROWTH' }] });
    failuresToInject = new Map([['utc-1', 2]]);
    await runSweepJob(new Date('2026-11-23T02:00:00Z'));
    const health = (await t.gql(GENERATION_HEALTH, {}, admin)).data.questGenerationHealth;
    expect(health.lastSweep).toMatchObject({ usersProcessed: 2, failures: 1 });
    expect(health.activeAlerts).toEqual([
      expect.objectContaining({
        kind: 'SWEEP_FAILURE_RATE',
        userId: null,
        message: expect.stringContaining('1 of 2 users failed'),
      }),
    ]);
    // The failed user's retry job (same window) completes the night with one batch.
    const retried = await waitFor(() =>
      prisma.questGenerationRun.findFirst({
        where: { userId: 'utc-1', windowKey: 'nightly:2026-11-23', status: 'SUCCEEDED' },
      }),
    );
    expect(retried.missionsCreated).toBeGreaterThanOrEqual(3);
    expect(await prisma.mission.count({ where: { generationRunId: retried.id } })).toBe(retried.missionsCreated);
    expect(await prisma.mission.count({ where: { userId: 'utc-1', source: 'GENERATED' } })).toBe(
      retried.missionsCreated,
    );

    await runSweepJob(new Date('2026-11-24T02:00:00Z'));
    expect((await t.gql(GENERATION_HEALTH, {}, admin)).data.questGenerationHealth.activeAlerts).toEqual([]);
  });
});

describe('retries and idempotency', () => {
  it('a job that fails twice then succeeds creates exactly one batch', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'flaky', {
      goals: [
        { title: 'Pottery', valueCategory: 'CRAFT' },
        { title: 'Friends', valueCategory: 'CONNECTION' },
      ],
    });
    failuresToInject = new Map([['flaky', 2]]);
    const retries: number[] = [];
    t.app.jobs.agenda.on('retry:quest-generation', (_job, details) => retries.push(details.attempt));
    await t.app.jobs.queue.enqueueQuestGeneration({
      userId: 'flaky',
      trigger: 'ON_DEMAND',
      windowKey: 'on_demand:test',
    });

    await waitFor(async () => failuresToInject.get('flaky') === 0 && retries.length === 2);
    const run = await waitFor(() =>
      prisma.questGenerationRun.findFirst({ where: { userId: 'flaky', status: 'SUCCEEDED' } }),
    );
    // Let the third attempt finish too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const runs = await runsOf(prisma, 'flaky');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: run.id, windowKey: 'on_demand:test', status: 'SUCCEEDED', attempts: 1 });
    expect(await prisma.mission.count({ where: { userId: 'flaky' } })).toBe(run.missionsCreated);
    expect(retries).toEqual([1, 2]);
  });

  it('a queued on-demand run that finds the pool refilled generates nothing and gives its slot back', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'refilled', { goals: [{ title: 'Yoga', valueCategory: 'HEALTH' }], pending: 5 });
    const claimedAt = new Date('2026-11-21T11:00:00Z');
    await prisma.user.update({ where: { id: 'refilled' }, data: { lastOnDemandGenerationAt: claimedAt } });
    const agenda = t.app.jobs.agenda;
    const finished = new Promise<void>((resolve) => {
      const done = (job: JobWithId, remote?: false) => {
        if (remote || (job.attrs.data as QuestGenerationJob).userId !== 'refilled') return;
        agenda.off('complete:quest-generation', done);
        resolve();
      };
      agenda.on('complete:quest-generation', done);
    });
    await t.app.jobs.queue.enqueueQuestGeneration({
      userId: 'refilled',
      trigger: 'ON_DEMAND',
      windowKey: onDemandWindowKey(claimedAt),
    });
    await finished;
    expect(await runsOf(prisma, 'refilled')).toEqual([]);
    expect(await prisma.mission.count({ where: { userId: 'refilled' } })).toBe(5);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: 'refilled' } })).lastOnDemandGenerationAt).toBeNull();
  });

  it('a run whose window another process finished after its first look adds no second batch', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'raced', { goals: [{ title: 'Chess', valueCategory: 'GROWTH' }] });
    const request = { userId: 'raced', trigger: 'ADMIN' as const, windowKey: 'admin:raced' };
    const first = await generateQuestsForUser(t.app.services, request);
    // The first look at the window ran before that run finished: only the lease and the write are left to tell.
    const staleFirstLook = prisma.$extends({
      query: { questGenerationRun: { findUnique: async () => null } },
    }) as unknown as PrismaClient;
    const second = await generateQuestsForUser({ ...t.app.services, prisma: staleFirstLook }, request);
    expect(second).toMatchObject({ id: first.id, status: 'SUCCEEDED', attempts: 1 });
    expect(await prisma.mission.count({ where: { userId: 'raced' } })).toBe(first.missionsCreated);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: 'raced' } })).generationLeaseUntil).toBeNull();
  });

  it('three consecutive failed runs for a user raise an admin-visible alert; a success resolves it', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'broken', { goals: [{ title: 'Knitting', valueCategory: 'CRAFT' }] });
    // The database refuses this user's batch: the run itself fails (not just the model). A trigger, so the
    // refusal does not depend on how the batch is written.
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_missions_of_broken() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_missions_of_broken BEFORE INSERT ON "Mission"
       FOR EACH ROW WHEN (NEW."userId" = 'broken') EXECUTE FUNCTION refuse_missions_of_broken()`,
    );
    const deps = t.app.services;
    try {
      for (const window of ['a', 'b', 'c']) {
        await expect(
          generateQuestsForUser(deps, { userId: 'broken', trigger: 'ADMIN', windowKey: `admin:${window}` }),
        ).rejects.toThrow('disk full');
      }
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_missions_of_broken ON "Mission"');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_missions_of_broken()');
    }
    const runs = await runsOf(prisma, 'broken');
    expect(runs.map((run) => [run.status, run.missionsCreated])).toEqual([
      ['FAILED', 0],
      ['FAILED', 0],
      ['FAILED', 0],
    ]);
    expect(runs[0]!.error).toContain('disk full');
    expect(await prisma.mission.count({ where: { userId: 'broken' } })).toBe(0);
    // The lease was released each time.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: 'broken' } })).generationLeaseUntil).toBeNull();

    const health = (await t.gql(GENERATION_HEALTH, {}, admin)).data.questGenerationHealth;
    expect(health.activeAlerts).toContainEqual(
      expect.objectContaining({
        kind: 'USER_REPEATED_FAILURES',
        userId: 'broken',
        message: expect.stringContaining('3 times'),
      }),
    );
    expect(health.failedLast24h).toBeGreaterThanOrEqual(3);

    await generateQuestsForUser(t.app.services, { userId: 'broken', trigger: 'ADMIN', windowKey: 'admin:d' });
    const after = (await t.gql(GENERATION_HEALTH, {}, admin)).data.questGenerationHealth;
    expect(after.activeAlerts.filter((alert: any) => alert.userId === 'broken')).toEqual([]);
  });
});

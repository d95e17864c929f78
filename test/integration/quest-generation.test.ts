import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationText, startTestApp, type TestApp } from '../support/test-app.js';
import {
  COMPLETE_MISSION,
  GENERATE_QUESTS,
  GENERATION_HEALTH,
  GENERATION_RUNS,
  QUEST_PATTERNS,
  QUESTS_GENERATED,
  START_MISSION,
  TRIAD,
} from '../support/operations.js';
import { nodesOf } from '../support/connections.js';
import { TEMPLATE_LIBRARY } from '../../src/domain/quest-templates.js';
import { seedUser, waitFor } from '../support/seed.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('qg-admin', { admin: true });
});
afterAll(async () => {
  await t?.close();
});

const GOALS = [
  { title: 'Run a half marathon', valueCategory: 'HEALTH' as const },
  { title: 'Learn Japanese', valueCategory: 'GROWTH' as const },
];

const missionId = (id: string) => Buffer.from(`Mission:${id}`).toString('base64url');

describe('on-demand generation after a completion', () => {
  it('pushes the new quests on a graphql-ws subscription opened before the completion', async () => {
    const { goalIds } = await seedUser(t.app.services.prisma, 'qg-alice', { goals: GOALS, pending: 5 });
    const token = await t.token('qg-alice');
    const received = new Promise<any>((resolve, reject) => {
      const client = t.wsClient(token);
      client.subscribe(
        { query: operationText(QUESTS_GENERATED) },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const first = await t.app.services.prisma.mission.findFirstOrThrow({ where: { userId: 'qg-alice' } });
    const completion = await t.gql(COMPLETE_MISSION, { input: { id: missionId(first.id) } }, token);
    expect(completion.data.completeMission.userErrors).toEqual([]);

    const event = (await received).data.questsGenerated;
    expect(event.run).toMatchObject({ trigger: 'ON_DEMAND', status: 'SUCCEEDED', fellBack: false });
    // 4 pending left: 7 - 4 = 3 new quests.
    expect(event.missions).toHaveLength(3);
    expect(event.run.missionsCreated).toBe(3);
    for (const mission of event.missions) {
      expect(mission).toMatchObject({ source: 'GENERATED', status: 'PENDING' });
      expect(mission.estimatedMinutes).toBeGreaterThanOrEqual(10);
      expect(mission.estimatedMinutes).toBeLessThanOrEqual(30);
      expect(goalIds.map((id) => Buffer.from(`Goal:${id}`).toString('base64url'))).toContain(mission.goal.id);
    }
    // Both goals get quests: no goal is dropped wholesale.
    expect(new Set(event.missions.map((m: any) => m.goal.id)).size).toBe(2);
    // Generated quests carry real priority scores and show up in "what next".
    expect(event.missions.every((m: any) => m.priorityScore > 0)).toBe(true);
    const triad = (await t.gql(TRIAD, {}, token)).data.viewer.missionTriad;
    expect(triad).toHaveLength(3);
  });

  it('runs at most once per 6 hours per user', async () => {
    const prisma = t.app.services.prisma;
    const token = await t.token('qg-alice');
    const before = await prisma.questGenerationRun.count({ where: { userId: 'qg-alice' } });
    const another = await prisma.mission.findFirstOrThrow({
      where: { userId: 'qg-alice', status: 'PENDING', source: 'MANUAL' },
    });
    await prisma.mission.updateMany({
      where: { userId: 'qg-alice', status: 'PENDING', NOT: { id: another.id } },
      data: { status: 'DEFERRED' },
    });
    await t.gql(COMPLETE_MISSION, { input: { id: missionId(another.id) } }, token);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await prisma.questGenerationRun.count({ where: { userId: 'qg-alice' } })).toBe(before);
  });

  it('50 concurrent completions that each leave the pool low produce exactly one run', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'qg-burst', { goals: GOALS, pending: 50 });
    const token = await t.token('qg-burst');
    const missions = await prisma.mission.findMany({ where: { userId: 'qg-burst' } });
    // Started missions are not pending: after each completion the pool is empty, so every one may trigger.
    for (const mission of missions) await t.gql(START_MISSION, { input: { id: missionId(mission.id) } }, token);
    const results = await Promise.all(
      missions.map((mission) => t.gql(COMPLETE_MISSION, { input: { id: missionId(mission.id) } }, token)),
    );
    expect(results.every((result) => result.data.completeMission.userErrors.length === 0)).toBe(true);
    await waitFor(() => prisma.questGenerationRun.findFirst({ where: { userId: 'qg-burst', status: 'SUCCEEDED' } }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await prisma.questGenerationRun.count({ where: { userId: 'qg-burst' } })).toBe(1);
    // An empty pool asks for 5, but two goals hold at most 4 at 2 per goal.
    expect(await prisma.mission.count({ where: { userId: 'qg-burst', source: 'GENERATED' } })).toBe(4);
  });
});

describe('admin API', () => {
  it('refuses non-admins', async () => {
    const token = await t.token('qg-alice');
    const attempt = await t.gql(GENERATE_QUESTS, { input: { userId: 'qg-alice' } }, token);
    expect(attempt.data?.generateQuests ?? null).toBeNull();
    expect(attempt.errors?.[0]?.message).toMatch(/not authorized/i);
    expect((await t.gql(GENERATION_HEALTH, {}, token)).errors?.[0]?.message).toMatch(/not authorized/i);
    expect((await t.gql(GENERATION_RUNS, {}, token)).errors?.[0]?.message).toMatch(/not authorized/i);
  });

  it('generates now for a user, ignoring the 6-hour limit, and lists the runs', async () => {
    const result = await t.gql(GENERATE_QUESTS, { input: { userId: 'qg-alice' } }, admin);
    expect(result.data.generateQuests.userErrors).toEqual([]);
    const run = result.data.generateQuests.run;
    expect(run).toMatchObject({ userId: 'qg-alice', trigger: 'ADMIN', status: 'SUCCEEDED', attempts: 1 });
    expect(nodesOf(run.missions)).toHaveLength(run.missionsCreated);
    expect(run.missions.totalCount).toBe(run.missionsCreated);
    expect(run.missionsCreated).toBeGreaterThanOrEqual(3);

    const runs = await t.gql(GENERATION_RUNS, { userId: 'qg-alice', status: 'SUCCEEDED' }, admin);
    expect(runs.data.questGenerationRuns.edges.map((edge: any) => edge.node.trigger)).toEqual(['ADMIN', 'ON_DEMAND']);

    expect(
      (await t.gql(GENERATE_QUESTS, { input: { userId: 'nobody' } }, admin)).data.generateQuests.userErrors,
    ).toEqual([{ code: 'NOT_FOUND', field: 'userId', message: 'User not found' }]);
  });

  it('never adds a second copy of a quest already pending, however often it runs in a day', async () => {
    await seedUser(t.app.services.prisma, 'qg-repeat', { goals: [GOALS[0]!] });
    // Run until the goal's templates are used up: every run stores only titles not pending yet, and once
    // they are all pending a run finds no new quest. (The count comes from the library, which grew from 6.)
    const templates = TEMPLATE_LIBRARY.HEALTH.CONCRETE.length;
    const created: number[] = [];
    for (let run = 0; run <= templates && created.at(-1) !== 0; run++) {
      const result = await t.gql(GENERATE_QUESTS, { input: { userId: 'qg-repeat' } }, admin);
      expect(result.data.generateQuests.run.status).toBe('SUCCEEDED');
      created.push(result.data.generateQuests.run.missionsCreated);
    }
    const pending = await t.app.services.prisma.mission.findMany({
      where: { userId: 'qg-repeat', status: 'PENDING' },
      select: { title: true },
    });
    // One concrete HEALTH goal: the first runs store 3 each, the last run none, and no template twice.
    expect(created.slice(0, 2)).toEqual([3, 3]);
    expect(created.at(-1)).toBe(0);
    expect(created.reduce((sum, n) => sum + n, 0)).toBe(templates);
    expect(pending).toHaveLength(templates);
    const keys = pending.map((mission) => mission.title.toLowerCase().replace(/[^a-z0-9]/g, ''));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('returns the run in flight instead of starting a second one', async () => {
    const prisma = t.app.services.prisma;
    await seedUser(prisma, 'qg-busy', { goals: GOALS });
    const inFlight = await prisma.questGenerationRun.create({
      data: { userId: 'qg-busy', trigger: 'NIGHTLY', windowKey: 'nightly:2026-11-21' },
    });
    await prisma.user.update({
      where: { id: 'qg-busy' },
      data: { generationLeaseUntil: new Date(Date.now() + 60_000) },
    });
    const result = await t.gql(GENERATE_QUESTS, { input: { userId: 'qg-busy' } }, admin);
    expect(result.data.generateQuests.run).toMatchObject({
      id: expect.any(String),
      status: 'RUNNING',
      trigger: 'NIGHTLY',
    });
    expect(await prisma.mission.count({ where: { userId: 'qg-busy' } })).toBe(0);
    expect(await prisma.questGenerationRun.count({ where: { userId: 'qg-busy' } })).toBe(1);
    expect(inFlight.status).toBe('RUNNING');
  });

  it('reports health: recent failure rate and the last sweep', async () => {
    const health = (await t.gql(GENERATION_HEALTH, {}, admin)).data.questGenerationHealth;
    expect(health.runsLast24h).toBeGreaterThanOrEqual(3);
    expect(health.failedLast24h).toBe(0);
    expect(health.failureRate).toBe(0);
    expect(health.activeAlerts).toEqual([]);
  });
});

describe('questPatterns', () => {
  it("summarises the viewer's last 30 days", async () => {
    const token = await t.token('qg-alice');
    const patterns = (await t.gql(QUEST_PATTERNS, {}, token)).data.viewer.questPatterns;
    expect(patterns.windowDays).toBe(30);
    expect(patterns.completedCount).toBe(2);
    expect(patterns.completionsByHour).toHaveLength(24);
    expect(patterns.completionsByHour.reduce((a: number, b: number) => a + b, 0)).toBe(2);
    expect(patterns.meanActualMinutes).toBe(20);
    expect(patterns.goalActivity.map((row: any) => row.goal.title).sort()).toEqual(
      GOALS.map((goal) => goal.title).sort(),
    );
    expect(patterns.categories.find((row: any) => row.valueCategory === 'HEALTH').share).toBe(1);
  });
});

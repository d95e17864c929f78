import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Operation, type TestApp } from '../support/test-app.js';
import {
  ABANDON_MISSION,
  ARCHIVE_GOAL,
  COMPLETE_MISSION,
  CREATE_GOAL,
  CREATE_MISSION,
  DEFER_MISSION,
  START_MISSION,
  TRIAD,
  UPDATE_GOAL,
  UPDATE_MISSION,
  UPDATE_VIEWER,
  VIEWER,
  VIEWER_GOALS,
  VIEWER_MISSIONS,
} from '../support/operations.js';
import { nodesOf } from '../support/connections.js';

const NOW = new Date('2026-11-21T10:00:00Z');
let clock = NOW;
let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  token = await t.token('gm-user');
});
afterAll(async () => {
  await t?.close();
});

const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

async function ok<T = any>(query: Operation, input: Record<string, unknown>, field: string): Promise<T> {
  const response = await t.gql(query, { input }, token);
  expect(response.errors).toBeUndefined();
  const payload = (response.data as Record<string, { userErrors: unknown[] }>)[field]!;
  expect(payload.userErrors).toEqual([]);
  return payload as T;
}

async function userErrors(query: Operation, input: Record<string, unknown>, field: string, as = token) {
  const response = await t.gql(query, { input }, as);
  expect(response.errors).toBeUndefined();
  const payload = (response.data as Record<string, Record<string, unknown> & { userErrors: unknown[] }>)[field]!;
  // A payload with errors never carries a result.
  expect(Object.entries(payload).filter(([key, value]) => key !== 'userErrors' && value !== null)).toEqual([]);
  return payload.userErrors as { code: string; field: string | null; message: string }[];
}

const newGoal = async (input: Record<string, unknown> = {}) =>
  (await ok(CREATE_GOAL, { title: 'Run a 10k', goalType: 'CONCRETE', valueCategory: 'HEALTH', ...input }, 'createGoal'))
    .goal;

const newMission = async (input: Record<string, unknown> = {}) =>
  (
    await ok(
      CREATE_MISSION,
      { title: 'Jog 20 minutes', estimatedMinutes: 20, energyLevel: 'MEDIUM', valueCategory: 'HEALTH', ...input },
      'createMission',
    )
  ).mission;

describe('goals', () => {
  it('creates, updates and lists goals', async () => {
    const goal = await newGoal({ description: 'Spring race', importance: 5, targetDate: days(60) });
    expect(goal).toMatchObject({
      title: 'Run a 10k',
      description: 'Spring race',
      goalType: 'CONCRETE',
      importance: 5,
      status: 'ACTIVE',
    });
    expect(goal.targetDate).toBe(days(60));

    const updated = (
      await ok(
        UPDATE_GOAL,
        { id: goal.id, title: 'Run a half marathon', status: 'PAUSED', targetDate: null },
        'updateGoal',
      )
    ).goal;
    expect(updated).toMatchObject({
      id: goal.id,
      title: 'Run a half marathon',
      importance: 5,
      status: 'PAUSED',
      targetDate: null,
    });

    const list = await t.gql(VIEWER_GOALS, { first: 10 }, token);
    expect(list.data.viewer.goals.edges.map((edge: any) => edge.node.id)).toContain(goal.id);
  });

  it('archives a goal, retiring its open missions but keeping completed ones', async () => {
    const goal = await newGoal({ title: 'Learn the cello' });
    const open = await newMission({ goalId: goal.id, title: 'Scales' });
    const done = await newMission({ goalId: goal.id, title: 'Tune it' });
    await ok(COMPLETE_MISSION, { id: done.id }, 'completeMission');

    const archived = (await ok(ARCHIVE_GOAL, { id: goal.id }, 'archiveGoal')).goal;
    expect(archived.status).toBe('ARCHIVED');
    const statuses = Object.fromEntries(archived.missions.edges.map((edge: any) => [edge.node.id, edge.node.status]));
    expect(statuses).toEqual({ [open.id]: 'ARCHIVED', [done.id]: 'COMPLETED' });

    expect(await userErrors(ARCHIVE_GOAL, { id: goal.id }, 'archiveGoal')).toEqual([
      { code: 'INVALID_STATE', field: 'id', message: 'the goal is already archived' },
    ]);
    expect((await userErrors(UPDATE_GOAL, { id: goal.id, title: 'x' }, 'updateGoal'))[0]?.code).toBe('INVALID_STATE');
    expect(
      (
        await userErrors(
          CREATE_MISSION,
          { goalId: goal.id, title: 'x', estimatedMinutes: 10, energyLevel: 'LOW' },
          'createMission',
        )
      )[0],
    ).toMatchObject({ code: 'INVALID_STATE', field: 'goalId' });
    expect((await userErrors(COMPLETE_MISSION, { id: open.id }, 'completeMission'))[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: 'id',
    });
  });
});

describe('mission life cycle', () => {
  it('starts, abandons, restarts and completes a mission with its sessions', async () => {
    const goal = await newGoal({ title: 'Write a novel', valueCategory: 'CRAFT', goalType: 'ABSTRACT' });
    const mission = await newMission({
      goalId: goal.id,
      title: 'Draft a scene',
      valueCategory: null,
      estimatedMinutes: 30,
    });
    expect(mission).toMatchObject({
      status: 'PENDING',
      source: 'MANUAL',
      valueCategory: 'CRAFT',
      goal: { id: goal.id },
    });

    const started = (await ok(START_MISSION, { id: mission.id }, 'startMission')).mission;
    expect(started.status).toBe('IN_PROGRESS');
    expect(nodesOf(started.sessions)).toHaveLength(1);
    expect(nodesOf(started.sessions)[0]).toMatchObject({ status: 'IN_PROGRESS', actualMinutes: null });

    expect((await userErrors(START_MISSION, { id: mission.id }, 'startMission'))[0]).toMatchObject({
      code: 'INVALID_STATE',
    });

    const abandoned = (await ok(ABANDON_MISSION, { id: mission.id }, 'abandonMission')).mission;
    expect(abandoned.status).toBe('PENDING');
    expect(nodesOf(abandoned.sessions)[0].status).toBe('ABANDONED');

    await ok(START_MISSION, { id: mission.id }, 'startMission');
    clock = new Date(NOW.getTime() + 25 * 60_000);
    const completed = (await ok(COMPLETE_MISSION, { id: mission.id }, 'completeMission')).mission;
    clock = NOW;
    expect(completed.status).toBe('COMPLETED');
    expect(completed.completedAt).toBe(new Date(NOW.getTime() + 25 * 60_000).toISOString());
    const closed = nodesOf(completed.sessions).find((session: any) => session.status === 'COMPLETED');
    expect(closed.actualMinutes).toBe(25);

    const goalRow = await t.app.services.prisma.goal.findFirstOrThrow({ where: { title: 'Write a novel' } });
    expect(goalRow.lastWorkedAt?.toISOString()).toBe(new Date(NOW.getTime() + 25 * 60_000).toISOString());

    for (const action of [
      [START_MISSION, 'startMission'],
      [DEFER_MISSION, 'deferMission'],
      [ABANDON_MISSION, 'abandonMission'],
      [COMPLETE_MISSION, 'completeMission'],
    ] as const) {
      expect((await userErrors(action[0], { id: mission.id }, action[1]))[0]).toMatchObject({
        code: 'INVALID_STATE',
        field: 'id',
      });
    }
    expect((await userErrors(UPDATE_MISSION, { id: mission.id, title: 'x' }, 'updateMission'))[0]?.code).toBe(
      'INVALID_STATE',
    );
  });

  it('records a session with the given minutes when completing without starting', async () => {
    const mission = await newMission({ title: 'Call grandma', valueCategory: 'CONNECTION' });
    const completed = (await ok(COMPLETE_MISSION, { id: mission.id, actualMinutes: 17 }, 'completeMission')).mission;
    expect(nodesOf(completed.sessions)).toEqual([
      expect.objectContaining({
        status: 'COMPLETED',
        actualMinutes: 17,
        completedAt: NOW.toISOString(),
        startedAt: new Date(NOW.getTime() - 17 * 60_000).toISOString(),
      }),
    ]);
  });

  it('defers a running mission and closes its session', async () => {
    const mission = await newMission({ title: 'Stretch' });
    await ok(START_MISSION, { id: mission.id }, 'startMission');
    const deferred = (await ok(DEFER_MISSION, { id: mission.id }, 'deferMission')).mission;
    expect(deferred.status).toBe('DEFERRED');
    expect(nodesOf(deferred.sessions)[0].status).toBe('ABANDONED');
    expect((await ok(START_MISSION, { id: mission.id }, 'startMission')).mission.status).toBe('IN_PROGRESS');
  });

  it('lets only one of two concurrent completions win', async () => {
    const mission = await newMission({ title: 'Race me' });
    const results = await Promise.all([1, 2].map(() => t.gql(COMPLETE_MISSION, { input: { id: mission.id } }, token)));
    const errors = results.map((result) => result.data.completeMission.userErrors.length);
    expect(errors.sort()).toEqual([0, 1]);
    expect(
      await t.app.services.prisma.missionSession.count({
        where: { mission: { title: 'Race me' }, status: 'COMPLETED' },
      }),
    ).toBe(1);
  });

  it('updates a mission and recomputes its priority', async () => {
    const mission = await newMission({ title: 'Someday' });
    const urgent = (await ok(UPDATE_MISSION, { id: mission.id, dueDate: days(0.5), title: 'Today!' }, 'updateMission'))
      .mission;
    expect(urgent.title).toBe('Today!');
    expect(urgent.priorityScore).toBeGreaterThan(mission.priorityScore);
  });
});

describe('bad input changes nothing', () => {
  it('reports each invalid field as a typed error', async () => {
    const before = await t.app.services.prisma.mission.count();
    const errors = await userErrors(
      CREATE_MISSION,
      {
        title: 'x'.repeat(201),
        estimatedMinutes: -5,
        energyLevel: 'LOW',
        valueCategory: 'HEALTH',
        description: 'y'.repeat(2001),
      },
      'createMission',
    );
    expect(errors.map((error) => [error.code, error.field])).toEqual([
      ['VALIDATION', 'title'],
      ['VALIDATION', 'description'],
      ['VALIDATION', 'estimatedMinutes'],
    ]);
    expect(await t.app.services.prisma.mission.count()).toBe(before);
  });

  it('rejects a mission without category or goal, empty titles and out-of-range numbers', async () => {
    expect(
      await userErrors(CREATE_MISSION, { title: 'x', estimatedMinutes: 10, energyLevel: 'LOW' }, 'createMission'),
    ).toEqual([{ code: 'VALIDATION', field: 'valueCategory', message: 'is required for a mission without a goal' }]);
    expect(
      (
        await userErrors(
          CREATE_GOAL,
          { title: '   ', goalType: 'CONCRETE', valueCategory: 'HEALTH', importance: 9 },
          'createGoal',
        )
      ).map((e) => e.field),
    ).toEqual(['title', 'importance']);
    expect(
      (
        await userErrors(
          CREATE_MISSION,
          { title: 'x', estimatedMinutes: 181, energyLevel: 'LOW', valueCategory: 'HEALTH' },
          'createMission',
        )
      )[0]?.field,
    ).toBe('estimatedMinutes');
    expect(
      (await userErrors(COMPLETE_MISSION, { id: (await newMission()).id, actualMinutes: 0 }, 'completeMission'))[0]
        ?.field,
    ).toBe('actualMinutes');
    expect((await userErrors(UPDATE_VIEWER, { timeZone: 'Mars/Olympus' }, 'updateViewer'))[0]).toMatchObject({
      code: 'VALIDATION',
      field: 'timeZone',
    });
  });

  it('reports malformed and mistyped IDs as typed errors', async () => {
    expect(await userErrors(START_MISSION, { id: '%%%not-an-id' }, 'startMission')).toEqual([
      { code: 'VALIDATION', field: 'id', message: 'is not a valid ID' },
    ]);
    const goal = await newGoal({ title: 'Typed ids' });
    expect(await userErrors(START_MISSION, { id: goal.id }, 'startMission')).toEqual([
      { code: 'NOT_FOUND', field: 'id', message: 'Mission not found' },
    ]);
    expect(
      (
        await userErrors(
          CREATE_MISSION,
          { goalId: 'Zm9vOmJhcg', title: 'x', estimatedMinutes: 10, energyLevel: 'LOW' },
          'createMission',
        )
      )[0],
    ).toMatchObject({ code: 'NOT_FOUND', field: 'goalId' });
  });

  it('rejects an unknown enum value and a malformed date with a clear error naming the input', async () => {
    const before = await t.app.services.prisma.goal.count();
    const badEnum = await t.gql(
      CREATE_GOAL,
      { input: { title: 'x', goalType: 'CONCRETE', valueCategory: 'WEALTH' } },
      token,
    );
    expect(badEnum.data).toBeUndefined();
    expect(badEnum.errors?.[0]?.message).toMatch(/valueCategory.*WEALTH|WEALTH.*ValueCategory/s);
    const badDate = await t.gql(
      CREATE_GOAL,
      { input: { title: 'x', goalType: 'CONCRETE', valueCategory: 'HEALTH', targetDate: '31/12/2026' } },
      token,
    );
    expect(badDate.errors?.[0]?.message).toContain('targetDate');
    expect(await t.app.services.prisma.goal.count()).toBe(before);
  });
});

describe('reading the pool', () => {
  let reader: string;
  beforeAll(async () => {
    reader = await t.token('gm-reader');
    const create = (input: Record<string, unknown>) =>
      t.gql(
        CREATE_MISSION,
        { input: { estimatedMinutes: 20, energyLevel: 'MEDIUM', valueCategory: 'HEALTH', ...input } },
        reader,
      );
    for (let i = 0; i < 120; i += 1) await create({ title: `Filler ${i}`, dueDate: days(i % 30) });
  });

  it('pages missions with a default of 20, a maximum of 100 and stable cursors', async () => {
    const first = await t.gql(VIEWER_MISSIONS, {}, reader);
    expect(first.data.viewer.missions.edges).toHaveLength(20);
    expect(first.data.viewer.missions.pageInfo.hasNextPage).toBe(true);

    // Asking for more than the maximum is clamped to 100.
    const tooMany = await t.gql(VIEWER_MISSIONS, { first: 500 }, reader);
    expect(tooMany.data.viewer.missions.edges).toHaveLength(100);
    expect(tooMany.data.viewer.missions.pageInfo.hasNextPage).toBe(true);

    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = await t.gql(VIEWER_MISSIONS, { first: 50, after }, reader);
      for (const edge of page.data.viewer.missions.edges) seen.add(edge.node.id);
      if (!page.data.viewer.missions.pageInfo.hasNextPage) break;
      after = page.data.viewer.missions.pageInfo.endCursor;
    }
    expect(seen.size).toBe(120);
  });

  it('orders missions by priority, highest first', async () => {
    const page = await t.gql(VIEWER_MISSIONS, { first: 100, status: 'PENDING' }, reader);
    const scores = page.data.viewer.missions.edges.map((edge: any) => edge.node.priorityScore);
    expect(scores).toHaveLength(100);
    expect(new Set(scores).size).toBeGreaterThan(10);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });
});

describe('priority and the triad', () => {
  it('ranks an important, urgent, neglected goal above a minor one with no deadline', async () => {
    const rank = await t.token('gm-rank');
    const goal = (input: Record<string, unknown>) =>
      t
        .gql(CREATE_GOAL, { input: { goalType: 'CONCRETE', valueCategory: 'GROWTH', ...input } }, rank)
        .then((r) => r.data.createGoal.goal);
    const important = await goal({ title: 'Pass the exam', importance: 5, targetDate: days(2) });
    const minor = await goal({ title: 'Someday maybe', importance: 1 });
    const mission = (goalId: string, title: string) =>
      t
        .gql(CREATE_MISSION, { input: { goalId, title, estimatedMinutes: 20, energyLevel: 'MEDIUM' } }, rank)
        .then((r) => r.data.createMission.mission);
    const high = await mission(important.id, 'Revise chapter 1');
    const low = await mission(minor.id, 'Browse ideas');
    expect(high.priorityScore).toBeGreaterThan(low.priorityScore);

    // Raising the minor goal's importance and deadline recomputes its missions.
    await t.gql(UPDATE_GOAL, { input: { id: minor.id, importance: 5, targetDate: days(1) } }, rank);
    const page = await t.gql(VIEWER_MISSIONS, { first: 10 }, rank);
    const rescored = page.data.viewer.missions.edges.find((edge: any) => edge.node.id === low.id).node.priorityScore;
    expect(rescored).toBeGreaterThan(low.priorityScore);
  });

  it('offers one high, one medium and one lower-priority mission, varied in category and energy', async () => {
    const triadUser = await t.token('gm-triad');
    await t.gql(VIEWER, {}, triadUser);
    // Scores set directly: this is about the selection, not the scoring.
    const specs = [
      ['H1', 'HEALTH', 'HIGH', 0.9],
      ['H2', 'HEALTH', 'HIGH', 0.88],
      ['H3', 'CRAFT', 'LOW', 0.86],
      ['M1', 'HEALTH', 'HIGH', 0.6],
      ['M2', 'GROWTH', 'MEDIUM', 0.58],
      ['M3', 'HEALTH', 'HIGH', 0.56],
      ['L1', 'HEALTH', 'HIGH', 0.3],
      ['L2', 'HEALTH', 'MEDIUM', 0.28],
      ['L3', 'CONNECTION', 'LOW', 0.26],
    ] as const;
    await t.app.services.prisma.mission.createMany({
      data: specs.map(([title, valueCategory, energyLevel, priorityScore]) => ({
        userId: 'gm-triad',
        title,
        valueCategory,
        energyLevel,
        priorityScore,
        estimatedMinutes: 20,
      })),
    });
    // A completed mission never shows up in the triad.
    await t.app.services.prisma.mission.create({
      data: {
        userId: 'gm-triad',
        title: 'Done',
        valueCategory: 'GROWTH',
        energyLevel: 'LOW',
        priorityScore: 1,
        estimatedMinutes: 20,
        status: 'COMPLETED',
      },
    });
    const triad = (await t.gql(TRIAD, {}, triadUser)).data.viewer.missionTriad;
    expect(triad).toHaveLength(3);
    const [high, medium, low] = triad;
    expect(high.priorityScore).toBeGreaterThan(medium.priorityScore);
    expect(medium.priorityScore).toBeGreaterThan(low.priorityScore);
    expect(high.title).toBe('H1');
    expect(medium.title).toBe('M2');
    expect(low.title).toBe('L3');
    expect(new Set(triad.map((m: any) => m.valueCategory)).size).toBe(3);
  });

  it('updates the viewer and rescores open missions for their current energy', async () => {
    const energy = await t.token('gm-energy');
    const create = (title: string, energyLevel: string) =>
      t
        .gql(CREATE_MISSION, { input: { title, energyLevel, estimatedMinutes: 10, valueCategory: 'GROWTH' } }, energy)
        .then((r) => r.data.createMission.mission);
    const calm = await create('Read', 'LOW');
    await create('Sprint', 'HIGH');
    const updated = await t.gql(
      UPDATE_VIEWER,
      { input: { displayName: 'Ada', timeZone: 'Europe/Paris', currentEnergy: 'LOW' } },
      energy,
    );
    expect(updated.data.updateViewer).toEqual({
      viewer: { id: 'gm-energy', displayName: 'Ada', timeZone: 'Europe/Paris', currentEnergy: 'LOW' },
      userErrors: [],
    });
    const page = await t.gql(VIEWER_MISSIONS, { first: 10 }, energy);
    const [first, second] = page.data.viewer.missions.edges.map((edge: any) => edge.node);
    expect(first.id).toBe(calm.id);
    expect(first.priorityScore).toBeGreaterThan(second.priorityScore);
    expect((await t.gql(VIEWER, {}, energy)).data.viewer.pendingMissionCount).toBe(2);
  });
});

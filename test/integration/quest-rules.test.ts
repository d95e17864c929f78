import type { ValueCategory } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATE_QUESTS, GENERATION_RUN_AUDIT } from '../support/operations.js';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';
import { seedUser } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { nodesOf } from '../support/connections.js';

/**
 * The batch rules through the app: an admin run against a local OpenAI-compatible
 * server answering what each case needs, then what is stored (missions) and what
 * the run records (provider, model, prompt, tokens, rejections), read back through
 * `questGenerationRuns` as an admin would.
 */
let mock: MockOpenAI;
let t: TestApp;
let admin: string;

beforeAll(async () => {
  mock = await startMockOpenAI();
  t = await startTestApp({
    config: {
      llm: { model: 'openai:gpt-4o-mini', baseUrl: mock.baseUrl, apiKey: 'test-key', timeoutMs: 3000, maxRetries: 0 },
    },
  });
  admin = await t.token('rules-admin', { admin: true });
});
afterAll(async () => {
  await t?.close();
  await mock?.close();
});

const CATEGORIES: ValueCategory[] = ['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION'];
const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const titleKey = (title: string) => title.toLowerCase().replace(/[^a-z0-9]/g, '');
const bucket = (minutes: number) => (minutes < 15 ? 'short' : minutes < 25 ? 'medium' : 'long');

interface SeededUser {
  userId: string;
  goalIds: string[];
  categories: ValueCategory[];
}

async function user(userId: string, goals: number, pending = 0): Promise<SeededUser> {
  const categories = Array.from({ length: goals }, (_, i) => CATEGORIES[i % 4]!);
  const { goalIds } = await seedUser(t.app.services.prisma, userId, {
    goals: categories.map((valueCategory, i) => ({ title: `Goal ${i + 1} of ${userId}`, valueCategory })),
    pending,
  });
  return { userId, goalIds, categories };
}

const item = (goalId: string | null, title: string, over: Record<string, unknown> = {}) => ({
  goalId,
  title,
  description: 'Do it now.',
  estimatedMinutes: 30,
  energyLevel: 'HIGH',
  valueCategory: 'HEALTH',
  ...over,
});

/** One admin run answered by `quests`, and the run as `questGenerationRuns` shows it. */
async function run(userId: string, quests: object[] | null) {
  if (quests) mock.enqueue({ kind: 'tool', args: { quests } });
  const requestsBefore = mock.requests.length;
  const generated = await t.gql(GENERATE_QUESTS, { input: { userId } }, admin);
  expect(generated.errors).toBeUndefined();
  expect(generated.data.generateQuests.run.status).toBe('SUCCEEDED');
  const listed = await t.gql(GENERATION_RUN_AUDIT, { userId }, admin);
  expect(listed.errors).toBeUndefined();
  const node = listed.data.questGenerationRuns.edges[0].node;
  expect(node.id).toBe(generated.data.generateQuests.run.id);
  // The run's missions are a page (first: 100 holds any batch): the checks read them as a list.
  return { ...node, missions: nodesOf(node.missions), modelRequests: mock.requests.length - requestsBefore };
}

/** The rules of DESIGN.md, checked on what was stored, with the pool as it was before the run. */
async function brokenRules(seeded: SeededUser, stored: any, pendingBefore: { title: string; valueCategory: string }[]) {
  const broken: string[] = [];
  const missions: any[] = stored.missions;
  const goals = seeded.goalIds.length;
  const due = Math.min(5, Math.max(3, 7 - pendingBefore.length));
  const size = goals === 1 ? 3 : Math.min(due, 2 * goals);
  if (missions.length !== size) broken.push(`stored ${missions.length}, expected ${size}`);
  const perGoal = new Map<string, number>();
  for (const m of missions) {
    const goalId = m.goal ? rawId(m.goal.id) : null;
    if (!goalId || !seeded.goalIds.includes(goalId)) broken.push(`not an active goal: ${m.title}`);
    else perGoal.set(goalId, (perGoal.get(goalId) ?? 0) + 1);
    if (m.source !== 'GENERATED' || !['MODEL', 'FILL_IN'].includes(m.generatedBy)) broken.push(`origin of ${m.title}`);
  }
  for (const [goalId, n] of perGoal) if (n > (goals === 1 ? 3 : 2)) broken.push(`${n} for goal ${goalId}`);
  if (goals <= missions.length && perGoal.size !== goals) broken.push('a goal was left out');
  if (new Set(missions.map((m) => m.energyLevel)).size < 2) broken.push('all one energy level');
  if (new Set(missions.map((m) => bucket(m.estimatedMinutes))).size < 3) broken.push('durations not spread');
  for (const category of new Set(seeded.categories)) {
    const starved = !pendingBefore.some((p) => p.valueCategory === category);
    if (starved && !missions.some((m) => m.valueCategory === category)) broken.push(`category ${category} unserved`);
  }
  const keys = missions.map((m) => titleKey(m.title));
  if (new Set(keys).size !== keys.length) broken.push('a title repeats within the batch');
  const pendingKeys = new Set(pendingBefore.map((p) => titleKey(p.title)));
  for (const m of missions) if (pendingKeys.has(titleKey(m.title))) broken.push(`repeats pending: ${m.title}`);
  // What the run says matches what was stored.
  if (stored.missionsCreated !== missions.length) broken.push('missionsCreated differs from the missions');
  return broken;
}

const pendingOf = (userId: string) =>
  t.app.services.prisma.mission.findMany({
    where: { userId, status: 'PENDING' },
    select: { title: true, valueCategory: true },
  });

describe('the batch rules through the app, with the audit on the run', () => {
  it('an answer all for one goal: two kept, the other goals filled in, 5 stored, and everything recorded', async () => {
    const seeded = await user('rules-one-goal', 3, 2);
    const [g1, g2] = seeded.goalIds as [string, string];
    const before = await pendingOf(seeded.userId);
    const stored = await run(seeded.userId, [
      item(g1, 'Jog one kilometre', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      item(g1, 'Jog two kilometres', { estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      item(g1, 'Jog three kilometres'),
      item(g1, 'Jog four kilometres'),
      item(g1, 'Jog five kilometres'),
      item(g2, 'Sketch a teapot', { valueCategory: 'CRAFT', estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
    ]);
    expect(await brokenRules(seeded, stored, before)).toEqual([]);
    expect(stored.missions).toHaveLength(5); // 2 pending: 5 due
    expect(stored).toMatchObject({
      fellBack: true,
      error: null,
      provider: 'openai',
      model: 'gpt-4o-mini',
      promptVersion: 'quests-v3',
      inputTokens: 100, // the mock's usage: 100 prompt and 50 completion tokens
      outputTokens: 50,
      shortfall: null,
    });
    expect(stored.modelLatencyMs).toBeGreaterThanOrEqual(0);
    expect(stored.rejections.map((r: any) => [r.reason, r.goalId])).toEqual([
      ['PER_GOAL_CAP', g1],
      ['PER_GOAL_CAP', g1],
      ['PER_GOAL_CAP', g1],
    ]);
    const origins = stored.missions.map((m: any) => m.generatedBy);
    expect(origins.filter((o: string) => o === 'MODEL')).toHaveLength(3);
    expect(origins.filter((o: string) => o === 'FILL_IN')).toHaveLength(2);
    // The stored rows say the same as the API.
    const rows = await t.app.services.prisma.mission.groupBy({
      by: ['generatedBy'],
      where: { userId: seeded.userId, source: 'GENERATED' },
      _count: { _all: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.generatedBy, r._count._all]))).toEqual({ MODEL: 3, FILL_IN: 2 });
  });

  it('an answer all HIGH and 30 minutes is not stored as it is: replaced until energies and durations mix', async () => {
    const seeded = await user('rules-all-high', 3);
    const before = await pendingOf(seeded.userId);
    const quests = seeded.goalIds.flatMap((goalId, i) => [
      item(goalId, `Hard session ${i} a`, { valueCategory: seeded.categories[i] }),
      item(goalId, `Hard session ${i} b`, { valueCategory: seeded.categories[i] }),
    ]);
    const stored = await run(seeded.userId, quests);
    expect(await brokenRules(seeded, stored, before)).toEqual([]);
    expect(stored.rejections.some((r: any) => r.reason === 'BATCH_MIX')).toBe(true);
    const fromModel = stored.missions.filter((m: any) => m.generatedBy === 'MODEL').length;
    // Every model item is either stored or recorded with its reason.
    expect(fromModel + stored.rejections.length).toBe(quests.length);
    expect(stored.fellBack).toBe(true);
  });

  it("goal-less, another user's and archived goals are rejected with their reason, and never stored", async () => {
    const seeded = await user('rules-foreign', 2);
    const archived = await t.app.services.prisma.goal.create({
      data: {
        userId: seeded.userId,
        title: 'Old hobby',
        goalType: 'CONCRETE',
        valueCategory: 'GROWTH',
        status: 'ARCHIVED',
      },
    });
    const other = await user('rules-other-user', 1);
    const before = await pendingOf(seeded.userId);
    const [g1, g2] = seeded.goalIds as [string, string];
    const stored = await run(seeded.userId, [
      item(null, 'Write one page of anything', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      item(other.goalIds[0]!, 'Planted quest'),
      item(archived.id, 'Revive the old hobby', { valueCategory: 'GROWTH' }),
      item(g1, 'Walk to the river', { estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      item(g2, 'Sand the stool', { valueCategory: 'CRAFT', estimatedMinutes: 10, energyLevel: 'LOW' }),
    ]);
    expect(await brokenRules(seeded, stored, before)).toEqual([]);
    expect(stored.rejections.map((r: any) => [r.index, r.reason, r.title])).toEqual([
      [0, 'NO_GOAL', 'Write one page of anything'],
      [1, 'UNKNOWN_GOAL', 'Planted quest'],
      [2, 'UNKNOWN_GOAL', 'Revive the old hobby'],
    ]);
    const titles = stored.missions.map((m: any) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['Walk to the river', 'Sand the stool']));
    expect(
      await t.app.services.prisma.mission.count({ where: { goalId: { in: [archived.id, other.goalIds[0]!] } } }),
    ).toBe(0);
  });

  it('a repeat of a title far down a large pool is rejected, however it is spelled', async () => {
    const seeded = await user('rules-large-pool', 3, 150);
    await t.app.services.prisma.mission.create({
      data: {
        userId: seeded.userId,
        title: 'Stretch, for ten minutes!',
        estimatedMinutes: 10,
        energyLevel: 'LOW',
        valueCategory: 'HEALTH',
        priorityScore: 0.001, // the lowest priority of the pool: past the 100 a run used to read
      },
    });
    const before = await pendingOf(seeded.userId);
    const [g1, g2, g3] = seeded.goalIds as [string, string, string];
    const stored = await run(seeded.userId, [
      item(g1, '  stretch FOR ten   minutes ', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      item(g2, 'Carve a spoon', { valueCategory: 'CRAFT', estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      item(g3, 'Read one article', { valueCategory: 'GROWTH', estimatedMinutes: 30, energyLevel: 'MEDIUM' }),
      item(g3, 'seeded 149', { valueCategory: 'GROWTH', estimatedMinutes: 10, energyLevel: 'LOW' }),
    ]);
    expect(await brokenRules(seeded, stored, before)).toEqual([]);
    expect(stored.rejections.map((r: any) => [r.index, r.reason])).toEqual([
      [0, 'ALREADY_PENDING'],
      [3, 'ALREADY_PENDING'],
    ]);
  });

  it('a user without an active goal gets no mission and no model call, and the run says why', async () => {
    await seedUser(t.app.services.prisma, 'rules-no-goal', { pending: 1 });
    const stored = await run('rules-no-goal', null);
    expect(stored).toMatchObject({
      missionsCreated: 0,
      missions: [],
      shortfall: 'no active goal',
      provider: null,
      inputTokens: null,
      rejections: [],
      fellBack: false,
    });
    expect(stored.modelRequests).toBe(0);
  });

  for (const goals of [1, 2, 3, 7]) {
    it(`${goals} goal(s), 0 to 4 pending, against a hostile answer: every stored batch keeps the rules`, async () => {
      for (let pending = 0; pending <= 4; pending += 1) {
        const seeded = await user(`rules-${goals}-goals-${pending}-pending`, goals, pending);
        const before = await pendingOf(seeded.userId);
        // Everything for the first goal, all HIGH and 30 minutes, plus a goal-less item.
        const quests = [
          ...Array.from({ length: 5 }, (_, i) => item(seeded.goalIds[0]!, `Push hard, round ${i + 1}`)),
          item(null, 'Tidy the desk', { estimatedMinutes: 10, energyLevel: 'LOW' }),
        ];
        const stored = await run(seeded.userId, quests);
        expect(await brokenRules(seeded, stored, before), `${goals} goals, ${pending} pending`).toEqual([]);
        const fromModel = stored.missions.filter((m: any) => m.generatedBy === 'MODEL').length;
        expect(fromModel + stored.rejections.length).toBe(quests.length);
        // One goal holds 3: short of the 4 or 5 a pool of 0 to 3 asks for, and the run says so.
        if (goals === 1 && pending <= 3) expect(stored.shortfall).toMatch(/1 active goal\(s\) hold at most 3/);
        if (goals >= 3) expect(stored.shortfall).toBeNull();
      }
    });
  }

  it('more goals than places: the least recently served goals get the places, the others are recorded', async () => {
    const seeded = await user('rules-served-order', 7);
    const prisma = t.app.services.prisma;
    const dayAgo = new Date(Date.now() - 86_400_000);
    // Goals 1–4 were served yesterday (by a generated mission, since completed); 5–7 never.
    await prisma.mission.createMany({
      data: seeded.goalIds.slice(0, 4).map((goalId, i) => ({
        userId: seeded.userId,
        goalId,
        title: `Served yesterday ${i}`,
        estimatedMinutes: 20,
        energyLevel: 'MEDIUM' as const,
        valueCategory: seeded.categories[i]!,
        status: 'COMPLETED' as const,
        source: 'GENERATED' as const,
        createdAt: dayAgo,
      })),
    });
    // One pending mission per category (none starved), 4 in all: 3 places.
    await prisma.mission.createMany({
      data: CATEGORIES.map((valueCategory, i) => ({
        userId: seeded.userId,
        title: `Pending ${valueCategory}`,
        estimatedMinutes: 20,
        energyLevel: 'MEDIUM' as const,
        valueCategory,
        goalId: seeded.goalIds[i]!,
      })),
    });
    const before = await pendingOf(seeded.userId);
    const stored = await run(
      seeded.userId,
      seeded.goalIds.map((goalId, i) =>
        item(goalId, `Step for goal ${i + 1}`, {
          valueCategory: seeded.categories[i],
          estimatedMinutes: [10, 20, 30][i % 3],
          energyLevel: ['LOW', 'MEDIUM', 'HIGH'][i % 3],
        }),
      ),
    );
    expect(await brokenRules(seeded, stored, before)).toEqual([]);
    const served = stored.missions.map((m: any) => rawId(m.goal.id)).sort();
    expect(served).toEqual(seeded.goalIds.slice(4).sort());
    expect(stored.rejections.map((r: any) => [r.index, r.reason])).toEqual([
      [0, 'GOAL_NOT_DUE'],
      [1, 'GOAL_NOT_DUE'],
      [2, 'GOAL_NOT_DUE'],
      [3, 'GOAL_NOT_DUE'],
    ]);
  });

  it('a recent history skewed to HIGH: the prompt asks for no HIGH, and the fill-ins add none', async () => {
    const seeded = await user('rules-energy-history', 3);
    const prisma = t.app.services.prisma;
    const generated = (energyLevel: 'LOW' | 'MEDIUM' | 'HIGH', count: number, daysAgo: number, source = 'GENERATED') =>
      Array.from({ length: count }, (_, i) => ({
        userId: seeded.userId,
        goalId: seeded.goalIds[i % 3]!,
        title: `${source} ${energyLevel} ${daysAgo} ${i}`,
        estimatedMinutes: 20,
        energyLevel,
        valueCategory: seeded.categories[i % 3]!,
        status: 'COMPLETED' as const,
        source: source as 'GENERATED' | 'MANUAL',
        createdAt: new Date(Date.now() - daysAgo * 86_400_000),
      }));
    await prisma.mission.createMany({
      data: [
        // Counted: generated in the last 30 days, whatever their status.
        ...generated('LOW', 2, 3),
        ...generated('MEDIUM', 3, 5),
        ...generated('HIGH', 12, 10),
        // Not counted: generated before the window, and missions the user made.
        ...generated('LOW', 30, 45),
        ...generated('LOW', 20, 2, 'MANUAL'),
      ],
    });
    const before = await pendingOf(seeded.userId);
    mock.enqueue({ kind: 'text', content: 'no tool call today' });
    const stored = await run(seeded.userId, null);
    expect(await brokenRules(seeded, stored, before)).toEqual([]);
    expect(stored.fellBack).toBe(true);
    expect(stored.missions.every((m: any) => m.generatedBy === 'FILL_IN')).toBe(true);
    expect(stored.missions.filter((m: any) => m.energyLevel === 'HIGH')).toEqual([]);
    // 2/3/12 and 5 to come: MEDIUM is furthest below its share, then LOW.
    const prompt = JSON.stringify(mock.requests.at(-1));
    expect(prompt).toContain('Energy: 1 LOW, 4 MEDIUM, 0 HIGH');
    expect(prompt).toContain('were 2 LOW, 3 MEDIUM, 12 HIGH');
  });

  it('counts tokens and rejections by reason in /metrics', async () => {
    const text = await (await fetch(`${t.url}/metrics`)).text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 'NaN');
    expect(
      value(/^questline_llm_tokens_total\{operation="quest_generation",kind="input"\} (\d+)/m),
    ).toBeGreaterThanOrEqual(100);
    expect(
      value(/^questline_llm_tokens_total\{operation="quest_generation",kind="output"\} (\d+)/m),
    ).toBeGreaterThanOrEqual(50);
    for (const reason of ['PER_GOAL_CAP', 'NO_GOAL', 'UNKNOWN_GOAL', 'ALREADY_PENDING', 'BATCH_MIX']) {
      const pattern = new RegExp(`^questline_quest_generation_rejections_total\\{reason="${reason}"\\} (\\d+)`, 'm');
      expect(value(pattern), reason).toBeGreaterThan(0);
    }
    expect(value(/^questline_quest_generation_quests_total\{origin="FILL_IN"\} (\d+)/m)).toBeGreaterThan(0);
  });
});

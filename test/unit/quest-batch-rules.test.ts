import { describe, expect, it } from 'vitest';
import { batchSizeFor, decideQuestBatch, servedGoals, type DecidedQuest } from '../../src/domain/quest-batch-rules.js';
import { analyzePatterns } from '../../src/domain/quest-patterns.js';
import { questCountFor } from '../../src/domain/quest-patterns.js';
import { deterministicCandidates, generateDeterministicQuests } from '../../src/domain/quest-templates.js';
import type { GenerationContext, GoalContext } from '../../src/domain/quest-types.js';
import { DAY_MS } from '../../src/domain/time-units.js';
import { VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from '../../src/domain/vocabulary.js';

const NOW = new Date('2026-03-14T02:05:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

function goal(id: string, overrides: Partial<GoalContext> = {}): GoalContext {
  return {
    id,
    title: `Goal ${id}`,
    description: null,
    goalType: 'CONCRETE',
    valueCategory: 'HEALTH',
    importance: 3,
    targetDate: null,
    lastWorkedAt: null,
    createdAt: daysAgo(40),
    lastServedAt: null,
    ...overrides,
  };
}

interface Pending {
  title: string;
  valueCategory: ValueCategory;
  energyLevel?: EnergyLevel;
  goalId?: string | null;
}

function context(
  goals: GoalContext[],
  pending: Pending[] = [],
  recentGeneratedByEnergy: Record<EnergyLevel, number> = { LOW: 0, MEDIUM: 0, HIGH: 0 },
): GenerationContext {
  const pendingByCategory = Object.fromEntries(VALUE_CATEGORIES.map((c) => [c, 0])) as Record<ValueCategory, number>;
  const pendingByGoal: Record<string, number> = {};
  for (const p of pending) {
    pendingByCategory[p.valueCategory] += 1;
    if (p.goalId) pendingByGoal[p.goalId] = (pendingByGoal[p.goalId] ?? 0) + 1;
  }
  return {
    now: NOW,
    userName: 'Ada',
    timeZone: 'UTC',
    goals,
    patterns: analyzePatterns([], goals, 'UTC', NOW),
    pendingCount: pending.length,
    pendingByCategory,
    pendingByGoal,
    recentGeneratedByEnergy,
    pendingTitles: pending.map((p) => p.title),
    targetCount: questCountFor(pending.length),
  };
}

const CATEGORIES: ValueCategory[] = ['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION'];
const goalsOf = (n: number, served: (i: number) => Date | null = () => null) =>
  Array.from({ length: n }, (_, i) =>
    goal(`g${i + 1}`, {
      valueCategory: CATEGORIES[i % 4]!,
      goalType: i % 3 === 0 ? 'ABSTRACT' : 'CONCRETE',
      title: `Goal number ${i + 1}`,
      lastServedAt: served(i),
    }),
  );

const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, '');
const bucket = (m: number) => (m < 15 ? 'short' : m < 25 ? 'medium' : 'long');

/**
 * An independent check of the product owner's rules on a stored batch (written
 * from DESIGN.md, not from the implementation). Returns the rules broken.
 */
function brokenRules(ctx: GenerationContext, batch: readonly DecidedQuest[]): string[] {
  const broken: string[] = [];
  const active = new Set(ctx.goals.map((g) => g.id));
  if (ctx.goals.length === 0) return batch.length === 0 ? [] : ['goal-less user got quests'];
  const due = Math.min(5, Math.max(3, 7 - ctx.pendingCount));
  const capped = ctx.goals.length === 1 ? 3 : Math.min(due, 2 * ctx.goals.length);
  if (batch.length !== capped) broken.push(`size ${batch.length}, expected ${capped}`);
  if (batch.length < 3) broken.push('fewer than 3');
  for (const q of batch) if (!q.goalId || !active.has(q.goalId)) broken.push(`not an active goal: ${q.title}`);
  const perGoal = new Map<string, number>();
  for (const q of batch) perGoal.set(q.goalId!, (perGoal.get(q.goalId!) ?? 0) + 1);
  const cap = ctx.goals.length === 1 ? 3 : 2;
  for (const [g, n] of perGoal) if (n > cap) broken.push(`goal ${g} has ${n}`);
  if (batch.length >= 3) {
    if (new Set(batch.map((q) => q.energyLevel)).size < 2) broken.push('all one energy level');
    if (new Set(batch.map((q) => bucket(q.estimatedMinutes))).size < 3) broken.push('durations not spread');
  }
  for (const q of batch) {
    if (q.estimatedMinutes < 10 || q.estimatedMinutes > 30) broken.push(`minutes ${q.estimatedMinutes}`);
  }
  for (const c of CATEGORIES) {
    const starved = ctx.pendingByCategory[c] === 0 && ctx.goals.some((g) => g.valueCategory === c);
    if (starved && !batch.some((q) => q.valueCategory === c)) broken.push(`starved category ${c} not served`);
  }
  const pending = new Set(ctx.pendingTitles.map(key));
  const seen = new Set<string>();
  for (const q of batch) {
    if (pending.has(key(q.title))) broken.push(`repeats pending: ${q.title}`);
    if (seen.has(key(q.title))) broken.push(`repeats in batch: ${q.title}`);
    seen.add(key(q.title));
  }
  // Goals served: every goal when they fit, else the least recently served ones.
  const servedIds = new Set(batch.map((q) => q.goalId));
  if (ctx.goals.length <= batch.length) {
    for (const g of ctx.goals) if (!servedIds.has(g.id)) broken.push(`goal ${g.id} not served`);
  }
  return broken;
}

const quest = (goalId: string | null, title: string, over: Record<string, unknown> = {}) => ({
  goalId,
  title,
  description: '',
  estimatedMinutes: 30,
  energyLevel: 'HIGH',
  valueCategory: 'HEALTH',
  ...over,
});

const decide = (ctx: GenerationContext, items: unknown[] | null) =>
  decideQuestBatch(ctx, items, deterministicCandidates(ctx));

describe('batch rules on crafted model answers', () => {
  it('all for one goal: keeps two, fills in for the other goals, and the batch is full', () => {
    const goals = goalsOf(3);
    const ctx = context(goals, [
      { title: 'Old one', valueCategory: 'HEALTH' },
      { title: 'Old two', valueCategory: 'CRAFT' },
    ]);
    const items = [
      quest('g1', 'Jog 1 km', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      quest('g1', 'Jog 2 km', { estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      quest('g1', 'Jog 3 km'),
      quest('g1', 'Jog 4 km'),
      quest('g1', 'Jog 5 km'),
      quest('g2', 'Sketch a bowl', { valueCategory: 'CRAFT', energyLevel: 'MEDIUM', estimatedMinutes: 20 }),
    ];
    const { batch, rejections, shortfall } = decide(ctx, items);
    expect(batch).toHaveLength(5); // 2 pending: 5 are due
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(batch.filter((q) => q.goalId === 'g1')).toHaveLength(2);
    // The model's items are kept wherever the rules allow: two for g1, and its one for g2.
    expect(batch.filter((q) => q.origin === 'MODEL')).toHaveLength(3);
    expect(batch.find((q) => q.title === 'Sketch a bowl')?.origin).toBe('MODEL');
    expect(batch.some((q) => q.goalId === 'g3' && q.origin === 'FILL_IN')).toBe(true);
    expect(rejections.map((r) => r.reason)).toEqual(['PER_GOAL_CAP', 'PER_GOAL_CAP', 'PER_GOAL_CAP']);
    expect(rejections.every((r) => r.goalId === 'g1')).toBe(true);
    expect(shortfall).toBeNull();
  });

  it('all one energy level and one length: replaced until the batch mixes both', () => {
    const goals = goalsOf(3);
    const ctx = context(goals);
    const items = goals.flatMap((g, i) => [
      quest(g.id, `High thirty ${i}a`, { valueCategory: g.valueCategory }),
      quest(g.id, `High thirty ${i}b`, { valueCategory: g.valueCategory }),
    ]);
    const { batch, rejections } = decide(ctx, items);
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(new Set(batch.map((q) => q.energyLevel)).size).toBeGreaterThanOrEqual(2);
    expect(batch.filter((q) => q.origin === 'FILL_IN').length).toBeGreaterThanOrEqual(2);
    expect(rejections.filter((r) => r.reason === 'BATCH_MIX').length).toBeGreaterThanOrEqual(1);
    // Every model item is either stored or recorded.
    expect(batch.filter((q) => q.origin === 'MODEL').length + rejections.length).toBe(items.length);
  });

  it('goal-less, foreign and archived goals are rejected with their reason and replaced', () => {
    const goals = goalsOf(2);
    const ctx = context(goals);
    const items = [
      quest(null, 'Write one page of anything', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      quest('someone-elses-goal', 'Planted quest'),
      quest('archived-goal', 'Old goal quest'),
      quest('g1', 'Walk to the lake', { estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
    ];
    const { batch, rejections } = decide(ctx, items);
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(batch.every((q) => q.goalId === 'g1' || q.goalId === 'g2')).toBe(true);
    expect(rejections.map((r) => [r.index, r.reason, r.title])).toEqual([
      [0, 'NO_GOAL', 'Write one page of anything'],
      [1, 'UNKNOWN_GOAL', 'Planted quest'],
      [2, 'UNKNOWN_GOAL', 'Old goal quest'],
    ]);
    expect(batch.find((q) => q.title === 'Walk to the lake')?.origin).toBe('MODEL');
  });

  it('a duplicate of a title far down a large pool is rejected (case, spacing and punctuation ignored)', () => {
    const goals = goalsOf(3);
    const pending = Array.from({ length: 300 }, (_, i) => ({
      title: `Pending quest ${i}`,
      valueCategory: CATEGORIES[i % 4]!,
    }));
    pending.push({ title: 'Stretch, for ten minutes!', valueCategory: 'HEALTH' });
    const ctx = context(goals, pending);
    const items = [
      quest('g1', '  stretch FOR ten   minutes ', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      quest('g2', 'Sand the chair', { valueCategory: 'CRAFT', estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      quest('g2', 'sand the chair.', { valueCategory: 'CRAFT' }),
    ];
    const { batch, rejections } = decide(ctx, items);
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(rejections.map((r) => [r.index, r.reason])).toEqual([
      [0, 'ALREADY_PENDING'],
      [2, 'DUPLICATE_TITLE'],
    ]);
  });

  it('more goals than places: the least recently served goals get the places, the others are recorded', () => {
    // g1..g7; g5, g6, g7 were served yesterday, the others long ago or never.
    const goals = goalsOf(7, (i) => (i >= 4 ? daysAgo(1) : i === 0 ? daysAgo(30) : null));
    const ctx = context(goals, [
      { title: 'a', valueCategory: 'HEALTH' },
      { title: 'b', valueCategory: 'CRAFT' },
      { title: 'c', valueCategory: 'GROWTH' },
      { title: 'd', valueCategory: 'CONNECTION' },
    ]); // 4 pending: 3 places
    expect(batchSizeFor(ctx)).toBe(3);
    expect(servedGoals(ctx, 3).map((g) => g.id)).toEqual(['g2', 'g3', 'g4']);
    const items = goals.map((g, i) =>
      quest(g.id, `Step for ${g.id}`, {
        valueCategory: g.valueCategory,
        estimatedMinutes: [10, 20, 30][i % 3],
        energyLevel: ['LOW', 'MEDIUM', 'HIGH'][i % 3],
      }),
    );
    const { batch, rejections } = decide(ctx, items);
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(batch.map((q) => q.goalId).sort()).toEqual(['g2', 'g3', 'g4']);
    expect(rejections.filter((r) => r.reason === 'GOAL_NOT_DUE').map((r) => r.goalId)).toEqual([
      'g1',
      'g5',
      'g6',
      'g7',
    ]);
  });

  it('a category with no pending mission and an active goal gets a quest even if the model ignores it', () => {
    const goals = [goal('h', { valueCategory: 'HEALTH' }), goal('c', { valueCategory: 'CONNECTION' })];
    const ctx = context(goals, [
      { title: 'p1', valueCategory: 'HEALTH' },
      { title: 'p2', valueCategory: 'HEALTH' },
      { title: 'p3', valueCategory: 'HEALTH' },
    ]);
    const items = [
      quest('h', 'Swim', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      quest('h', 'Cycle', { estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      quest('h', 'Row'),
    ];
    const { batch } = decide(ctx, items);
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(batch.some((q) => q.valueCategory === 'CONNECTION')).toBe(true);
  });

  it('a user without an active goal gets nothing, and the decision says why', () => {
    const ctx = context([]);
    const { batch, rejections, shortfall } = decide(ctx, [quest(null, 'Anything')]);
    expect(batch).toEqual([]);
    expect(shortfall).toBe('no active goal');
    expect(rejections).toEqual([
      { index: 0, title: 'Anything', goalId: null, reason: 'NO_ACTIVE_GOAL', detail: 'the user has no active goal' },
    ]);
  });

  it('one goal: three quests for it (the floor of 3 wins over 2 per goal); two goals: at most 4', () => {
    const one = context(goalsOf(1));
    const single = decide(one, null);
    expect(single.batch).toHaveLength(3);
    expect(brokenRules(one, single.batch)).toEqual([]);
    expect(single.shortfall).toMatch(/1 active goal\(s\) hold at most 3/);
    const two = context(goalsOf(2));
    expect(decide(two, null).batch).toHaveLength(4);
  });

  it('a valid, well-mixed model answer is stored as it is, with no fill-in', () => {
    const goals = goalsOf(3);
    const ctx = context(goals, [
      { title: 'x', valueCategory: 'HEALTH' },
      { title: 'y', valueCategory: 'CRAFT' },
    ]);
    const items = [
      quest('g1', 'Walk 2 km', { estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      quest('g2', 'Sketch', { valueCategory: 'CRAFT', estimatedMinutes: 10, energyLevel: 'LOW' }),
      quest('g3', 'Read a chapter', { valueCategory: 'GROWTH', estimatedMinutes: 30, energyLevel: 'MEDIUM' }),
      quest('g1', 'Stretch', { estimatedMinutes: 10, energyLevel: 'LOW' }),
      quest('g3', 'Solve a problem', { valueCategory: 'GROWTH', estimatedMinutes: 30, energyLevel: 'HIGH' }),
    ];
    const { batch, rejections } = decide(ctx, items);
    expect(batch.every((q) => q.origin === 'MODEL')).toBe(true);
    expect(batch.map((q) => q.title).sort()).toEqual(items.map((i) => i.title).sort());
    expect(rejections).toEqual([]);
  });
});

describe('a hostile answer for users with 1, 2, 3 and 7 goals and 0 to 4 pending', () => {
  for (const goals of [1, 2, 3, 7]) {
    for (let pending = 0; pending <= 4; pending += 1) {
      it(`${goals} goal(s), ${pending} pending: every rule kept, every model item stored or recorded`, () => {
        const pool = Array.from({ length: pending }, (_, i) => ({
          title: `Pending ${i}`,
          valueCategory: 'HEALTH' as const,
          goalId: 'g1',
        }));
        const ctx = context(goalsOf(goals), pool);
        // Everything for the first goal, all HIGH and 30 minutes, a goal-less item and a repeat of the pool.
        const items = [
          ...Array.from({ length: 5 }, (_, i) => quest('g1', `Push hard, round ${i + 1}`)),
          quest(null, 'Tidy the desk', { estimatedMinutes: 10, energyLevel: 'LOW' }),
          quest('g1', 'PENDING 0!', { estimatedMinutes: 10, energyLevel: 'LOW' }),
        ];
        const { batch, rejections, shortfall } = decide(ctx, items);
        expect(brokenRules(ctx, batch)).toEqual([]);
        expect(batch.filter((q) => q.origin === 'MODEL').length + rejections.length).toBe(items.length);
        expect(rejections.find((r) => r.index === 5)?.reason).toBe('NO_GOAL');
        if (pending > 0) expect(rejections.find((r) => r.index === 6)?.reason).toBe('ALREADY_PENDING');
        // One goal holds 3 and two hold 4: short of what a small pool asks for, and the decision says so.
        const capped = batchSizeFor(ctx) < ctx.targetCount;
        expect(capped).toBe(goals === 1 ? pending <= 3 : goals === 2 ? pending <= 2 : false);
        if (capped) expect(shortfall).toMatch(/active goal\(s\) hold at most/);
        else expect(shortfall).toBeNull();
      });
    }
  }
});

describe('the offline generator never breaks the rules', () => {
  const pendingSets: Pending[][] = [
    [],
    [{ title: 'Write down one concrete next step for Goal number 1', valueCategory: 'HEALTH' }],
    [
      { title: 'p1', valueCategory: 'CRAFT', energyLevel: 'LOW' },
      { title: 'p2', valueCategory: 'CRAFT', energyLevel: 'LOW' },
    ],
    [
      { title: 'p1', valueCategory: 'HEALTH', energyLevel: 'HIGH' },
      { title: 'p2', valueCategory: 'GROWTH' },
      { title: 'p3', valueCategory: 'GROWTH' },
    ],
    [
      { title: 'p1', valueCategory: 'HEALTH' },
      { title: 'p2', valueCategory: 'CRAFT' },
      { title: 'p3', valueCategory: 'GROWTH' },
      { title: 'p4', valueCategory: 'CONNECTION' },
    ],
  ];
  for (let goals = 1; goals <= 10; goals += 1) {
    for (const pending of pendingSets) {
      it(`${goals} goal(s), ${pending.length} pending`, () => {
        for (const served of [() => null, (i: number) => daysAgo(i + 1)]) {
          const ctx = context(goalsOf(goals, served), pending);
          const batch = generateDeterministicQuests(ctx, ctx.targetCount).map((q) => ({
            ...q,
            origin: 'FILL_IN' as const,
          }));
          expect(brokenRules(ctx, batch)).toEqual([]);
        }
      });
    }
  }

  it('serves every goal within a few runs when goals outnumber places', () => {
    const goals = goalsOf(7);
    const servedAt = new Map<string, Date>();
    const seen = new Set<string>();
    for (let run = 0; run < 3; run += 1) {
      const ctx = context(
        goals.map((g) => ({ ...g, lastServedAt: servedAt.get(g.id) ?? null })),
        [
          { title: 'a', valueCategory: 'HEALTH' },
          { title: 'b', valueCategory: 'CRAFT' },
          { title: 'c', valueCategory: 'GROWTH' },
          { title: 'd', valueCategory: 'CONNECTION' },
        ],
      );
      for (const q of generateDeterministicQuests(ctx, ctx.targetCount)) {
        seen.add(q.goalId!);
        servedAt.set(q.goalId!, new Date(NOW.getTime() + run * 1000));
      }
    }
    expect(seen.size).toBe(7);
  });
});

describe('the energy tendency across runs (quest-energy-tendency.ts), under every other rule', () => {
  /**
   * A user's nights with the offline generator: each run sees the energy levels
   * of everything generated so far (the history) and keeps 0 to 2 of the
   * previous batch pending; the day changes, so the templates drawn do too.
   */
  function simulate(goalCount: number, runs: number, start: Record<EnergyLevel, number>) {
    const history = { ...start };
    const servedAt = new Map<string, Date>();
    let pending: Pending[] = [];
    const broken: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      const now = new Date(NOW.getTime() + run * DAY_MS);
      const goals = goalsOf(goalCount).map((g) => ({ ...g, lastServedAt: servedAt.get(g.id) ?? null }));
      const ctx = { ...context(goals, pending, { ...history }), now };
      const batch = generateDeterministicQuests(ctx, ctx.targetCount).map((q) => ({ ...q, origin: 'MODEL' as const }));
      broken.push(...brokenRules(ctx, batch).map((rule) => `run ${run}: ${rule}`));
      for (const q of batch) {
        history[q.energyLevel] += 1;
        servedAt.set(q.goalId!, now);
      }
      pending = batch.slice(0, run % 3).map((q) => ({ title: q.title, valueCategory: q.valueCategory }));
    }
    const total = history.LOW + history.MEDIUM + history.HIGH - (start.LOW + start.MEDIUM + start.HIGH);
    const made = (level: EnergyLevel) => history[level] - start[level];
    return { broken, total, share: (level: EnergyLevel) => (made(level) / total) * 100 };
  }

  for (const goals of [1, 2, 3, 7, 10]) {
    it(`${goals} goal(s), 25 runs from an empty history: within ±5 points of 30/50/20, no rule broken`, () => {
      const { broken, total, share } = simulate(goals, 25, { LOW: 0, MEDIUM: 0, HIGH: 0 });
      expect(broken).toEqual([]);
      expect(total).toBeGreaterThanOrEqual(75);
      expect(Math.abs(share('LOW') - 30), `LOW ${share('LOW')}`).toBeLessThanOrEqual(5);
      expect(Math.abs(share('MEDIUM') - 50), `MEDIUM ${share('MEDIUM')}`).toBeLessThanOrEqual(5);
      expect(Math.abs(share('HIGH') - 20), `HIGH ${share('HIGH')}`).toBeLessThanOrEqual(5);
    });
  }

  it('a history skewed to HIGH gets LOW and MEDIUM next, and still mixes levels and durations', () => {
    for (const goals of [1, 2, 3, 7]) {
      const ctx = context(goalsOf(goals), [], { LOW: 2, MEDIUM: 3, HIGH: 12 });
      const { batch } = decide(ctx, null);
      expect(brokenRules(ctx, batch), `${goals} goals`).toEqual([]);
      expect(
        batch.map((q) => q.energyLevel).filter((level) => level === 'HIGH'),
        `${goals} goals`,
      ).toEqual([]);
    }
  });

  it('a history skewed to LOW and MEDIUM gets its HIGH quests back', () => {
    const ctx = context(goalsOf(3), [], { LOW: 10, MEDIUM: 14, HIGH: 0 });
    const { batch } = decide(ctx, null);
    expect(brokenRules(ctx, batch)).toEqual([]);
    expect(batch.filter((q) => q.energyLevel === 'HIGH').length).toBeGreaterThanOrEqual(2);
  });

  it('the model still proposes: a valid, mixed answer is kept even when the history would pick otherwise', () => {
    const goals = goalsOf(3);
    const ctx = context(goals, [], { LOW: 0, MEDIUM: 0, HIGH: 20 });
    const items = [
      quest('g1', 'Sprint up the hill', { estimatedMinutes: 10, energyLevel: 'HIGH' }),
      quest('g2', 'Sketch a cup', { valueCategory: 'CRAFT', estimatedMinutes: 20, energyLevel: 'MEDIUM' }),
      quest('g3', 'Read a chapter', { valueCategory: 'GROWTH', estimatedMinutes: 30, energyLevel: 'LOW' }),
      quest('g1', 'Walk it off', { estimatedMinutes: 20, energyLevel: 'LOW' }),
      quest('g2', 'Carve a spoon', { valueCategory: 'CRAFT', estimatedMinutes: 30, energyLevel: 'MEDIUM' }),
    ];
    const { batch, rejections } = decide(ctx, items);
    expect(batch.every((q) => q.origin === 'MODEL')).toBe(true);
    expect(rejections).toEqual([]);
  });
});

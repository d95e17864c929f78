import { describe, expect, it } from 'vitest';
import {
  candidateScore,
  categoryBoost,
  describeDiversity,
  durationBucket,
  energyMixDistance,
  extendDiverseBatch,
  selectDiverseBatch,
} from '../../src/domain/quest-diversity.js';
import { analyzePatterns } from '../../src/domain/quest-patterns.js';
import {
  ENERGY_LEVELS,
  VALUE_CATEGORIES,
  type EnergyLevel,
  type GenerationContext,
  type GoalContext,
  type QuestProposal,
  type ValueCategory,
} from '../../src/domain/quest-types.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number): Date => new Date(NOW.getTime() + days * DAY_MS);

function goal(id: string, overrides: Partial<GoalContext> = {}): GoalContext {
  return {
    id,
    title: `Goal ${id}`,
    description: null,
    goalType: 'CONCRETE',
    valueCategory: 'HEALTH',
    importance: 3,
    targetDate: null,
    lastWorkedAt: daysFromNow(-3),
    createdAt: daysFromNow(-60),
    ...overrides,
  };
}

function context(goals: GoalContext[], pending: Partial<Record<ValueCategory, number>> = {}): GenerationContext {
  const pendingByCategory = { HEALTH: 1, CRAFT: 1, GROWTH: 1, CONNECTION: 1, ...pending };
  return {
    now: NOW,
    userName: null,
    timeZone: 'UTC',
    goals,
    patterns: analyzePatterns([], goals, 'UTC', NOW),
    pendingCount: Object.values(pendingByCategory).reduce((a, b) => a + b, 0),
    pendingByCategory,
    pendingByGoal: {},
    pendingTitles: [],
    targetCount: 5,
  };
}

let serial = 0;
function quest(overrides: Partial<QuestProposal> = {}): QuestProposal {
  serial += 1;
  return {
    goalId: null,
    title: `Quest ${serial}`,
    description: '',
    estimatedMinutes: 20,
    energyLevel: 'MEDIUM',
    valueCategory: 'HEALTH',
    ...overrides,
  };
}

const titles = (batch: readonly QuestProposal[]): string[] => batch.map((q) => q.title);

/** Every combination of energy, duration and category: a pool rich enough for every rule to be satisfiable. */
function richPool(goalIds: (string | null)[] = [null]): QuestProposal[] {
  return goalIds.flatMap((goalId) =>
    VALUE_CATEGORIES.flatMap((valueCategory) =>
      ENERGY_LEVELS.flatMap((energyLevel) =>
        [10, 20, 30].map((estimatedMinutes) =>
          quest({
            goalId,
            valueCategory,
            energyLevel,
            estimatedMinutes,
            title: `${goalId ?? 'free'} ${valueCategory} ${energyLevel} ${estimatedMinutes}`,
          }),
        ),
      ),
    ),
  );
}

describe('selectDiverseBatch: per-goal cap', () => {
  it('keeps exactly 2 of a goal with 4 proposals: the 2 best by score', () => {
    const g1 = goal('g1');
    const g2 = goal('g2', { valueCategory: 'GROWTH' });
    const ctx = context([g1, g2], { HEALTH: 6, CRAFT: 0, GROWTH: 2, CONNECTION: 2 });
    const g1Proposals = [
      quest({ goalId: 'g1', title: 'health one', valueCategory: 'HEALTH' }),
      quest({ goalId: 'g1', title: 'craft one', valueCategory: 'CRAFT' }),
      quest({ goalId: 'g1', title: 'health two', valueCategory: 'HEALTH' }),
      quest({ goalId: 'g1', title: 'craft two', valueCategory: 'CRAFT' }),
    ];
    const batch = selectDiverseBatch([...g1Proposals, quest({ goalId: 'g2', title: 'growth' })], ctx, 5);
    const kept = batch.filter((q) => q.goalId === 'g1');
    expect(titles(kept)).toEqual(['craft one', 'craft two']);
    // CRAFT has no pending missions: the kept ones really are the better-scored ones.
    expect(candidateScore(kept[0]!, ctx)).toBeGreaterThan(candidateScore(g1Proposals[0]!, ctx));
    expect(describeDiversity(batch).perGoal).toEqual({ g1: 2, g2: 1 });
  });

  it('returns only what the cap allows when a single goal proposes many', () => {
    const ctx = context([goal('g1')]);
    const batch = selectDiverseBatch(richPool(['g1']), ctx, 5);
    expect(batch).toHaveLength(2);
  });

  it('never picks two quests with the same title', () => {
    const ctx = context([]);
    const batch = selectDiverseBatch(
      [quest({ title: 'Walk' }), quest({ title: 'walk ' }), quest({ title: 'Read' }), quest({ title: 'Call' })],
      ctx,
      3,
    );
    expect(titles(batch)).toEqual(['Walk', 'Read', 'Call']);
  });
});

describe('selectDiverseBatch: coverage', () => {
  it('never drops a goal wholesale while there is room', () => {
    const strong = { importance: 5, targetDate: daysFromNow(1), lastWorkedAt: daysFromNow(-20) };
    const ctx = context([goal('a', strong), goal('b', strong), goal('weak', { importance: 1, lastWorkedAt: NOW })]);
    const pool = [
      ...[1, 2, 3].map((i) => quest({ goalId: 'a', title: `a${i}` })),
      ...[1, 2, 3].map((i) => quest({ goalId: 'b', title: `b${i}` })),
      quest({ goalId: 'weak', title: 'weak1' }),
    ];
    const batch = selectDiverseBatch(pool, ctx, 3);
    expect(describeDiversity(batch).perGoal).toEqual({ a: 1, b: 1, weak: 1 });
  });

  it('serves every goal before goal-less quests, even high-scoring ones', () => {
    const ctx = context([goal('g', { importance: 1, lastWorkedAt: NOW })], { HEALTH: 9, CONNECTION: 0 });
    const pool = [
      ...[1, 2, 3, 4].map((i) => quest({ title: `free${i}`, valueCategory: 'CONNECTION' })),
      quest({ goalId: 'g', title: 'goal quest', valueCategory: 'HEALTH' }),
    ];
    const batch = selectDiverseBatch(pool, ctx, 3);
    expect(titles(batch)).toContain('goal quest');
  });

  it('with more goals than slots, keeps one quest each of the most pressing goals', () => {
    const ctx = context([
      goal('far', { targetDate: daysFromNow(300) }),
      goal('soon', { targetDate: daysFromNow(2) }),
      goal('mid', { targetDate: daysFromNow(20) }),
      goal('later', { targetDate: daysFromNow(60) }),
    ]);
    const pool = ['far', 'soon', 'mid', 'later'].flatMap((id) =>
      [1, 2].map((i) => quest({ goalId: id, title: `${id}${i}` })),
    );
    const batch = selectDiverseBatch(pool, ctx, 3);
    expect(batch.map((q) => q.goalId)).toEqual(['soon', 'mid', 'later']);
  });
});

describe('selectDiverseBatch: balancing', () => {
  it('boosts a category with zero pending missions over one with many', () => {
    const ctx = context([], { HEALTH: 8, CRAFT: 3, GROWTH: 3, CONNECTION: 0 });
    const pool = [
      ...[1, 2, 3].map((i) => quest({ title: `health${i}`, valueCategory: 'HEALTH' })),
      ...[1, 2, 3].map((i) => quest({ title: `connect${i}`, valueCategory: 'CONNECTION' })),
    ];
    const batch = selectDiverseBatch(pool, ctx, 3);
    expect(describeDiversity(batch).categories).toEqual({ HEALTH: 0, CRAFT: 0, GROWTH: 0, CONNECTION: 3 });
  });

  it('spreads categories when several are equally under-served', () => {
    const ctx = context([], { HEALTH: 5, CRAFT: 0, GROWTH: 0, CONNECTION: 5 });
    const pool = VALUE_CATEGORIES.flatMap((valueCategory) =>
      [1, 2, 3].map((i) => quest({ title: `${valueCategory}${i}`, valueCategory })),
    );
    const { categories } = describeDiversity(selectDiverseBatch(pool, ctx, 4));
    expect(categories).toEqual({ HEALTH: 0, CRAFT: 2, GROWTH: 2, CONNECTION: 0 });
  });

  it('category boost: 1 at the minimum (zero included, missing counts as zero), less above it', () => {
    expect(categoryBoost('CONNECTION', { HEALTH: 8 })).toBe(1);
    expect(categoryBoost('HEALTH', { HEALTH: 8 })).toBeCloseTo(1 / 9);
    expect(categoryBoost('CRAFT', { HEALTH: 2, CRAFT: 3, GROWTH: 2, CONNECTION: 2 })).toBe(0.5);
  });

  it('mixes energy near 30/50/20 in a 5-batch from a rich pool', () => {
    const batch = selectDiverseBatch(richPool(), context([]), 5);
    const { energy } = describeDiversity(batch);
    expect(batch).toHaveLength(5);
    expect(energy.LOW).toBeGreaterThanOrEqual(1);
    expect(energy.LOW).toBeLessThanOrEqual(2);
    expect(energy.MEDIUM).toBeGreaterThanOrEqual(2);
    expect(energy.MEDIUM).toBeLessThanOrEqual(3);
    expect(energy.HIGH).toBeLessThanOrEqual(1);
    expect(energyMixDistance(batch.map((q) => q.energyLevel))).toBeLessThanOrEqual(0.2 + 1e-9);
  });

  it('keeps the energy mix even when the pool leads with high-energy quests', () => {
    const pool = [
      ...Array.from({ length: 8 }, (_, i) => quest({ title: `high${i}`, energyLevel: 'HIGH' })),
      ...Array.from({ length: 3 }, (_, i) => quest({ title: `low${i}`, energyLevel: 'LOW' })),
      ...Array.from({ length: 3 }, (_, i) => quest({ title: `medium${i}`, energyLevel: 'MEDIUM' })),
    ];
    const { energy } = describeDiversity(selectDiverseBatch(pool, context([]), 5));
    expect(energy.HIGH).toBe(1);
    expect(energy.MEDIUM).toBeGreaterThanOrEqual(2);
    expect(energy.LOW).toBeGreaterThanOrEqual(1);
  });

  it('keeps the energy mix across goals too', () => {
    const ctx = context([goal('a'), goal('b'), goal('c')]);
    const { energy, perGoal } = describeDiversity(selectDiverseBatch(richPool(['a', 'b', 'c']), ctx, 5));
    expect(energy.HIGH).toBeLessThanOrEqual(1);
    expect(energy.MEDIUM).toBeGreaterThanOrEqual(2);
    expect(energy.LOW).toBeGreaterThanOrEqual(1);
    expect(Object.values(perGoal).every((n) => n >= 1 && n <= 2)).toBe(true);
  });

  it('spreads durations: a 3-batch uses 10, 20 and 30 minutes when available', () => {
    const pool = [20, 20, 20, 10, 30, 20].map((m, i) => quest({ title: `d${i}`, estimatedMinutes: m }));
    const batch = selectDiverseBatch(pool, context([]), 3);
    expect([...batch.map((q) => q.estimatedMinutes)].sort((a, b) => a - b)).toEqual([10, 20, 30]);
  });

  it('groups durations into the nearest bucket', () => {
    expect([10, 14, 15, 16, 24, 26, 30].map(durationBucket)).toEqual([10, 10, 10, 20, 20, 30, 30]);
  });

  it('measures the energy mix distance against 30/50/20', () => {
    expect(energyMixDistance([])).toBe(0);
    expect(energyMixDistance(['MEDIUM'])).toBeCloseTo(1);
    expect(energyMixDistance(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'LOW'] as EnergyLevel[])).toBeCloseTo(0.2);
    expect(energyMixDistance(['HIGH', 'HIGH'])).toBeCloseTo(1.6);
  });
});

describe('selectDiverseBatch: priorities and order', () => {
  it('prefers the near-deadline goal and puts its quests first', () => {
    const ctx = context([goal('far', { targetDate: daysFromNow(300) }), goal('near', { targetDate: daysFromNow(2) })]);
    const pool = [
      ...[1, 2, 3].map((i) => quest({ goalId: 'far', title: `far${i}` })),
      ...[1, 2, 3].map((i) => quest({ goalId: 'near', title: `near${i}` })),
    ];
    const batch = selectDiverseBatch(pool, ctx, 3);
    expect(batch.map((q) => q.goalId)).toEqual(['near', 'near', 'far']);
  });

  it('prefers the long-neglected and the more important goal', () => {
    const neglected = context([
      goal('fresh', { lastWorkedAt: NOW }),
      goal('stale', { lastWorkedAt: daysFromNow(-30) }),
    ]);
    const pool = (ids: string[]) => ids.flatMap((id) => [1, 2].map((i) => quest({ goalId: id, title: `${id}${i}` })));
    expect(selectDiverseBatch(pool(['fresh', 'stale']), neglected, 3).map((q) => q.goalId)).toEqual([
      'stale',
      'stale',
      'fresh',
    ]);
    const important = context([goal('minor', { importance: 1 }), goal('major', { importance: 5 })]);
    expect(selectDiverseBatch(pool(['minor', 'major']), important, 3).map((q) => q.goalId)).toEqual([
      'major',
      'major',
      'minor',
    ]);
  });

  it("keeps a goal's quests in their original relative order", () => {
    const ctx = context([goal('g1', { targetDate: daysFromNow(1) }), goal('g2')]);
    // The MEDIUM quest fits the energy mix better, so it is picked before 'step 1'; the output still reads in order.
    const pool = [
      quest({ goalId: 'g1', title: 'step 1', energyLevel: 'HIGH', estimatedMinutes: 30 }),
      quest({ goalId: 'g1', title: 'step 2', energyLevel: 'MEDIUM', estimatedMinutes: 20 }),
      quest({ goalId: 'g2', title: 'other', energyLevel: 'LOW', estimatedMinutes: 10 }),
    ];
    expect(titles(selectDiverseBatch(pool, ctx, 3))).toEqual(['step 1', 'step 2', 'other']);
  });
});

describe('selectDiverseBatch: size', () => {
  it('clamps the count to 3..5', () => {
    const ctx = context([]);
    expect(selectDiverseBatch(richPool(), ctx, 10)).toHaveLength(5);
    expect(selectDiverseBatch(richPool(), ctx, 1)).toHaveLength(3);
    expect(selectDiverseBatch(richPool(), ctx, 0)).toHaveLength(3);
    expect(selectDiverseBatch(richPool(), ctx, Number.NaN)).toHaveLength(3);
    expect(selectDiverseBatch(richPool(), ctx, 4)).toHaveLength(4);
  });

  it('never picks a quest whose title is already pending', () => {
    const ctx = { ...context([]), pendingTitles: ['Quest Repeat'] };
    const batch = selectDiverseBatch([quest({ title: 'quest  repeat' }), ...richPool()], ctx, 5);
    expect(batch).toHaveLength(5);
    expect(titles(batch).map((title) => title.toLowerCase().replace(/\s+/g, ' '))).not.toContain('quest repeat');
  });

  it('returns what is allowed when there are fewer candidates than requested', () => {
    const ctx = context([goal('g1')]);
    expect(selectDiverseBatch([quest(), quest()], ctx, 5)).toHaveLength(2);
    expect(selectDiverseBatch([], ctx, 5)).toEqual([]);
  });

  it('is deterministic and leaves its input untouched', () => {
    const ctx = context([goal('a'), goal('b', { targetDate: daysFromNow(5) }), goal('c')], { GROWTH: 0 });
    const pool = richPool(['a', 'b', 'c', null]);
    const snapshot = structuredClone(pool);
    const first = selectDiverseBatch(pool, ctx, 5);
    expect(selectDiverseBatch(pool, ctx, 5)).toEqual(first);
    expect(pool).toEqual(snapshot);
  });
});

describe('extendDiverseBatch', () => {
  it('keeps what was chosen and fills the remaining slots under the same rules', () => {
    const ctx = context([goal('g')]);
    const kept = [
      quest({ goalId: 'g', title: 'kept high', energyLevel: 'HIGH', estimatedMinutes: 30 }),
      quest({ goalId: 'g', title: 'kept medium', energyLevel: 'MEDIUM', estimatedMinutes: 20 }),
    ];
    const extra = [
      quest({ goalId: 'g', title: 'third for g', energyLevel: 'LOW', estimatedMinutes: 10 }),
      quest({ title: 'free high', energyLevel: 'HIGH', estimatedMinutes: 10 }),
      quest({ title: 'free low', energyLevel: 'LOW', estimatedMinutes: 10 }),
      quest({ title: 'free kept medium', energyLevel: 'MEDIUM', estimatedMinutes: 20 }),
      quest({ title: 'kept HIGH', energyLevel: 'LOW', estimatedMinutes: 10 }),
    ];
    const batch = extendDiverseBatch(kept, extra, ctx, 3);
    // The goal is at its cap (counted from `kept`), HIGH is already used, the duplicate title is skipped.
    expect(titles(batch)).toEqual(['kept high', 'kept medium', 'free low']);
  });
});

describe('describeDiversity', () => {
  it('counts goals, energies, categories and lists durations', () => {
    const batch = [
      quest({ goalId: 'g1', energyLevel: 'LOW', valueCategory: 'CRAFT', estimatedMinutes: 10 }),
      quest({ goalId: 'g1', energyLevel: 'HIGH', valueCategory: 'CRAFT', estimatedMinutes: 30 }),
      quest({ goalId: null, energyLevel: 'LOW', valueCategory: 'GROWTH', estimatedMinutes: 20 }),
    ];
    expect(describeDiversity(batch)).toEqual({
      perGoal: { g1: 2, '(none)': 1 },
      energy: { LOW: 2, MEDIUM: 0, HIGH: 1 },
      categories: { HEALTH: 0, CRAFT: 2, GROWTH: 1, CONNECTION: 0 },
      durations: [10, 30, 20],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { decideQuestBatch } from '../../src/domain/quest-batch-rules.js';
import { describeDiversity, durationBucket } from '../../src/domain/quest-diversity.js';
import { analyzePatterns, questCountFor } from '../../src/domain/quest-patterns.js';
import {
  TEMPLATE_LIBRARY,
  deterministicCandidates,
  generateDeterministicQuests,
  type GoalType,
  type QuestTemplate,
} from '../../src/domain/quest-templates.js';
import {
  MAX_QUESTS_PER_GOAL,
  QUEST_TITLE_MAX,
  type GenerationContext,
  type GoalContext,
} from '../../src/domain/quest-types.js';
import { validateProposals } from '../../src/domain/quest-validation.js';
import { DAY_MS } from '../../src/domain/time-units.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from '../../src/domain/vocabulary.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const GOAL_TYPES: readonly GoalType[] = ['CONCRETE', 'ABSTRACT'];
const daysFrom = (base: Date, days: number): Date => new Date(base.getTime() + days * DAY_MS);

function goal(id: string, title: string, overrides: Partial<GoalContext> = {}): GoalContext {
  return {
    id,
    title,
    description: null,
    goalType: 'CONCRETE',
    valueCategory: 'HEALTH',
    importance: 3,
    targetDate: null,
    lastWorkedAt: daysFrom(NOW, -3),
    createdAt: daysFrom(NOW, -60),
    ...overrides,
  };
}

const GOALS: GoalContext[] = [
  goal('g-run', 'Run a half marathon', { targetDate: daysFrom(NOW, 10), importance: 4 }),
  goal('g-novel', 'Write a novel', { valueCategory: 'CRAFT', lastWorkedAt: daysFrom(NOW, -2) }),
  goal('g-friend', 'Be a better friend', { valueCategory: 'CONNECTION', goalType: 'ABSTRACT', lastWorkedAt: null }),
];

function context(
  goals: GoalContext[] = GOALS,
  now: Date = NOW,
  pending: Partial<Record<ValueCategory, number>> = {},
): GenerationContext {
  const pendingByCategory = { HEALTH: 1, CRAFT: 0, GROWTH: 0, CONNECTION: 0, ...pending };
  return {
    now,
    userName: 'Ada',
    timeZone: 'Europe/Paris',
    goals,
    patterns: analyzePatterns([], goals, 'Europe/Paris', now),
    pendingCount: 1,
    pendingByCategory,
    pendingByGoal: {},
    recentGeneratedByEnergy: { LOW: 0, MEDIUM: 0, HIGH: 0 },
    pendingTitles: [],
    targetCount: 5,
  };
}

describe('template library', () => {
  it('has at least 4 templates per category and goal type, mixing energies and 10/20/30 minutes', () => {
    for (const category of VALUE_CATEGORIES) {
      for (const list of [TEMPLATE_LIBRARY[category].CONCRETE, TEMPLATE_LIBRARY[category].ABSTRACT]) {
        expect(list.length).toBeGreaterThanOrEqual(4);
        expect(new Set(list.map((t) => t.energy))).toEqual(new Set(ENERGY_LEVELS));
        expect(new Set(list.map((t) => t.minutes))).toEqual(new Set([10, 20, 30]));
        expect(list.every((t) => t.title.includes('{goal}'))).toBe(true);
      }
    }
  });

  // A single-goal user keeps up to 4 pending missions from one list, and titles may not repeat:
  // 5 per length means even 4 pending of one length leave every length, with mixed energies, to pick from.
  it('has at least 12 templates per list, 4+ per length with 2+ energies each, about 30/50/20 energies', () => {
    for (const category of VALUE_CATEGORIES) {
      for (const goalType of GOAL_TYPES) {
        const list = TEMPLATE_LIBRARY[category][goalType];
        const where = `${category} ${goalType}`;
        expect(list.length, where).toBeGreaterThanOrEqual(12);
        expect(new Set(list.map((t) => t.title.toLowerCase())).size, where).toBe(list.length);
        for (const minutes of [10, 20, 30] as const) {
          const ofLength = list.filter((t) => t.minutes === minutes);
          expect(ofLength.length, `${where} ${minutes} min`).toBeGreaterThanOrEqual(4);
          expect(new Set(ofLength.map((t) => t.energy)).size, `${where} ${minutes} min`).toBeGreaterThanOrEqual(2);
        }
        const share = (level: EnergyLevel) => list.filter((t) => t.energy === level).length / list.length;
        expect(share('LOW'), where).toBeGreaterThanOrEqual(0.25);
        expect(share('LOW'), where).toBeLessThanOrEqual(0.4);
        expect(share('MEDIUM'), where).toBeGreaterThanOrEqual(0.4);
        expect(share('MEDIUM'), where).toBeLessThanOrEqual(0.6);
        expect(share('HIGH'), where).toBeGreaterThanOrEqual(0.15);
        expect(share('HIGH'), where).toBeLessThanOrEqual(0.25);
      }
    }
  });

  it('writes titles that fit and whose stated minutes match the template', () => {
    for (const category of VALUE_CATEGORIES) {
      for (const goalType of GOAL_TYPES) {
        for (const template of TEMPLATE_LIBRARY[category][goalType]) {
          expect(template.title.replace('{goal}', '').length).toBeLessThan(QUEST_TITLE_MAX);
          const stated = /(\d+)[- ]minutes?/.exec(template.title);
          if (stated) expect(Number(stated[1]), template.title).toBe(template.minutes);
        }
      }
    }
  });

  it('gives abstract goals reflective and planning steps', () => {
    const titles = TEMPLATE_LIBRARY.GROWTH.ABSTRACT.map((t) => t.title);
    expect(titles).toContain('Write down one concrete next step for {goal}');
  });
});

describe('generateDeterministicQuests', () => {
  it('gives the same output for the same input', () => {
    const first = generateDeterministicQuests(context(), 5);
    expect(generateDeterministicQuests(context(), 5)).toEqual(first);
    expect(first).toHaveLength(5);
  });

  it('varies from day to day', () => {
    const days = Array.from({ length: 7 }, (_, d) =>
      JSON.stringify(generateDeterministicQuests(context(GOALS, daysFrom(NOW, d)), 5).map((q) => q.title)),
    );
    expect(new Set(days).size).toBeGreaterThan(1);
  });

  it('depends on the UTC day only, not on the time of day', () => {
    const morning = new Date('2025-06-01T00:30:00.000Z');
    const evening = new Date('2025-06-01T23:30:00.000Z');
    const titles = (now: Date) => generateDeterministicQuests(context(GOALS, now), 5).map((q) => q.title);
    expect(titles(evening)).toEqual(titles(morning));
  });

  it('produces quests that pass validation against the context goals', () => {
    const longTitle = goal('g-long', `Learn ${'very '.repeat(40)}advanced  category\ttheory`, {
      valueCategory: 'GROWTH',
    });
    const contexts = [
      context(),
      context([GOALS[2]!]),
      context([longTitle, ...GOALS]),
      ...[1, 2, 3, 4, 5].map((d) => context(GOALS, daysFrom(NOW, d))),
    ];
    for (const ctx of contexts) {
      const quests = generateDeterministicQuests(ctx, 5);
      expect(validateProposals(quests, ctx.goals)).toEqual({ valid: quests, rejected: [] });
    }
  });

  it('embeds the goal title in every goal quest, shortened when it would not fit', () => {
    for (const quest of generateDeterministicQuests(context(), 5)) {
      const title = GOALS.find((g) => g.id === quest.goalId)!.title;
      expect(quest.title).toContain(title);
    }
    const long = goal('g-long', `Master ${'the '.repeat(60)}guitar`, { valueCategory: 'CRAFT' });
    const quests = generateDeterministicQuests(context([long]), 3);
    const goalQuests = quests.filter((q) => q.goalId === 'g-long');
    expect(goalQuests.length).toBeGreaterThan(0);
    for (const quest of goalQuests) {
      expect(quest.title.length).toBeLessThanOrEqual(QUEST_TITLE_MAX);
      expect(quest.title).toContain('Master the the');
      expect(quest.title).toContain('…');
    }
  });

  it('obeys the diversity rules', () => {
    for (let day = 0; day < 10; day += 1) {
      const quests = generateDeterministicQuests(context(GOALS, daysFrom(NOW, day)), 5);
      const { perGoal, energy, durations } = describeDiversity(quests);
      expect(quests).toHaveLength(5);
      // Every goal is served, none more than twice.
      expect(Object.keys(perGoal).sort()).toEqual(['g-friend', 'g-novel', 'g-run']);
      expect(Math.max(...Object.values(perGoal))).toBeLessThanOrEqual(MAX_QUESTS_PER_GOAL);
      expect(energy.HIGH).toBeLessThanOrEqual(1);
      expect(energy.MEDIUM).toBeGreaterThanOrEqual(2);
      expect(energy.LOW).toBeGreaterThanOrEqual(1);
      expect(new Set(durations).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts the goal with the nearest deadline first', () => {
    const urgent = goal('g-urgent', 'Pass the exam', { valueCategory: 'GROWTH', targetDate: daysFrom(NOW, 1) });
    const quests = generateDeterministicQuests(context([...GOALS, urgent]), 5);
    expect(quests[0]!.goalId).toBe('g-urgent');
  });

  it('writes nothing without an active goal: a generated quest always serves a goal', () => {
    expect(generateDeterministicQuests(context([], NOW, { HEALTH: 6, CRAFT: 0 }), 5)).toEqual([]);
  });

  it('gives a single goal three quests (never fewer than 3 wins over 2 per goal), and never a goal-less one', () => {
    const quests = generateDeterministicQuests(context([GOALS[1]!]), 5);
    expect(quests).toHaveLength(3);
    expect(quests.every((q) => q.goalId === 'g-novel')).toBe(true);
  });

  it('returns 3 to 5 quests whatever the count asked for', () => {
    expect(generateDeterministicQuests(context(), 1)).toHaveLength(3);
    expect(generateDeterministicQuests(context(), 4)).toHaveLength(4);
    expect(generateDeterministicQuests(context(), 9)).toHaveLength(5);
    expect(generateDeterministicQuests(context([]), 3)).toHaveLength(0);
  });
});

describe('a single-goal user with 4 pending missions from its own list', () => {
  const filled = (template: QuestTemplate, title: string) => template.title.replace('{goal}', title);

  function singleGoalContext(
    category: ValueCategory,
    goalType: GoalType,
    pending: readonly QuestTemplate[],
    now: Date,
  ) {
    const only = goal('g-only', 'Keep going', { valueCategory: category, goalType });
    const pendingByCategory = Object.fromEntries(VALUE_CATEGORIES.map((c) => [c, 0])) as Record<ValueCategory, number>;
    pendingByCategory[category] = pending.length;
    const ctx: GenerationContext = {
      now,
      userName: 'Ada',
      timeZone: 'UTC',
      goals: [only],
      patterns: analyzePatterns([], [only], 'UTC', now),
      pendingCount: pending.length,
      pendingByCategory,
      pendingByGoal: { [only.id]: pending.length },
      recentGeneratedByEnergy: { LOW: 0, MEDIUM: 0, HIGH: 0 },
      pendingTitles: pending.map((template) => filled(template, only.title)),
      // One goal holds 3 new quests: asking for exactly that keeps the size note out of `shortfall`.
      targetCount: 3,
    };
    return ctx;
  }

  /** Which 4 are pending: the list's first 4, and the worst case, 4 of the same length. */
  function pendingChoices(list: readonly QuestTemplate[]): QuestTemplate[][] {
    return [list.slice(0, 4), ...([10, 20, 30] as const).map((m) => list.filter((t) => t.minutes === m).slice(0, 4))];
  }

  it('gets 3 quests covering short, medium and long with mixed energies, no rule eased', () => {
    expect(questCountFor(4)).toBeGreaterThanOrEqual(3);
    for (const category of VALUE_CATEGORIES) {
      for (const goalType of GOAL_TYPES) {
        const list = TEMPLATE_LIBRARY[category][goalType];
        for (const pending of pendingChoices(list)) {
          for (let day = 0; day < 3; day += 1) {
            const ctx = singleGoalContext(category, goalType, pending, daysFrom(NOW, day));
            const where = `${category} ${goalType}, pending ${pending.map((t) => t.minutes).join('/')}, day ${day}`;
            const { batch, shortfall } = decideQuestBatch(ctx, null, deterministicCandidates(ctx));
            expect(batch, where).toHaveLength(3);
            expect(new Set(batch.map((q) => durationBucket(q.estimatedMinutes))).size, where).toBe(3);
            expect(new Set(batch.map((q) => q.energyLevel)).size, where).toBeGreaterThanOrEqual(2);
            expect(
              batch.some((q) => ctx.pendingTitles.includes(q.title)),
              where,
            ).toBe(false);
            expect(shortfall ?? null, where).toBeNull();
          }
        }
      }
    }
  });
});

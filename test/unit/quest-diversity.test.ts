import { describe, expect, it } from 'vitest';
import { priorityBreakdown } from '../../src/domain/priority.js';
import {
  categoryBoost,
  describeDiversity,
  durationBucket,
  energyMixDistance,
  goalNeglect,
  goalUrgency,
} from '../../src/domain/quest-diversity.js';
import type { GenerationContext, GoalContext, QuestProposal } from '../../src/domain/quest-types.js';
import type { EnergyLevel } from '../../src/domain/vocabulary.js';

// The choice of a batch is tested in quest-batch-rules.test.ts; these are the scores it uses.

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

describe('diversity scores', () => {
  it('category boost: 1 at the minimum (zero included, missing counts as zero), less above it', () => {
    expect(categoryBoost('CONNECTION', { HEALTH: 8 })).toBe(1);
    expect(categoryBoost('HEALTH', { HEALTH: 8 })).toBeCloseTo(1 / 9);
    expect(categoryBoost('CRAFT', { HEALTH: 2, CRAFT: 3, GROWTH: 2, CONNECTION: 2 })).toBe(0.5);
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

describe('goal urgency and neglect: the priority curves', () => {
  const NOW = new Date('2025-06-01T12:00:00.000Z');
  const daysFromNow = (days: number): Date => new Date(NOW.getTime() + days * 86_400_000);
  const goal = (overrides: Partial<GoalContext> = {}): GoalContext => ({
    id: 'g1',
    title: 'Run a 10k',
    description: null,
    goalType: 'CONCRETE',
    valueCategory: 'HEALTH',
    importance: 3,
    targetDate: daysFromNow(3),
    lastWorkedAt: daysFromNow(-4),
    createdAt: daysFromNow(-60),
    ...overrides,
  });
  const withActivity = (daysSinceLastWorked: number | null): GenerationContext =>
    ({
      now: NOW,
      patterns: { goalActivity: [{ goalId: 'g1', completions: 1, lastWorkedAt: null, daysSinceLastWorked }] },
    }) as unknown as GenerationContext;
  // The priority of a mission of this goal with no due date of its own.
  const priorityOf = (g: GoalContext) =>
    priorityBreakdown({
      now: NOW,
      goal: g,
      dueDate: null,
      energyLevel: 'MEDIUM',
      valueCategory: 'HEALTH',
      currentEnergy: null,
      pendingCategoryCounts: {},
    });

  it("scores a goal's urgency as the priority does", () => {
    for (const targetDate of [null, daysFromNow(-1), daysFromNow(3), daysFromNow(7), daysFromNow(400)]) {
      expect(goalUrgency(goal({ targetDate }), NOW)).toBe(priorityOf(goal({ targetDate })).urgency);
    }
    expect(goalUrgency(null, NOW)).toBe(0.2);
  });

  it("scores neglect as the priority does when the patterns do not know the goal, else from the patterns' days", () => {
    const g = goal();
    expect(goalNeglect(g, withActivity(null))).toBe(priorityOf(g).neglect);
    expect(goalNeglect(g, withActivity(7))).toBe(0.5);
    expect(goalNeglect(null, withActivity(7))).toBe(0.5);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PRIORITY_WEIGHTS,
  daysSinceWorked,
  importanceCurve,
  neglectCurve,
  priorityBreakdown,
  priorityScore,
  urgencyCurve,
  type PriorityInput,
} from '../../src/domain/priority.js';
import { DAY_MS } from '../../src/domain/time-units.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const daysFromNow = (days: number): Date => new Date(NOW.getTime() + days * DAY_MS);

type Goal = NonNullable<PriorityInput['goal']>;

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    importance: 3,
    targetDate: null,
    lastWorkedAt: NOW,
    createdAt: daysFromNow(-30),
    ...overrides,
  };
}

function input(overrides: Partial<PriorityInput> = {}): PriorityInput {
  return {
    now: NOW,
    goal: goal(),
    dueDate: null,
    energyLevel: 'MEDIUM',
    valueCategory: 'CRAFT',
    currentEnergy: null,
    pendingCategoryCounts: {},
    ...overrides,
  };
}

describe('PRIORITY_WEIGHTS', () => {
  it('sum to 1 so the score stays in [0,1]', () => {
    const sum = Object.values(PRIORITY_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('have the documented values', () => {
    expect(PRIORITY_WEIGHTS).toEqual({
      importance: 0.3,
      urgency: 0.25,
      neglect: 0.2,
      energyFit: 0.15,
      diversity: 0.1,
    });
  });
});

describe('importance', () => {
  it('maps 1..5 linearly onto 0..1', () => {
    expect(priorityBreakdown(input({ goal: goal({ importance: 1 }) })).importance).toBe(0);
    expect(priorityBreakdown(input({ goal: goal({ importance: 3 }) })).importance).toBe(0.5);
    expect(priorityBreakdown(input({ goal: goal({ importance: 5 }) })).importance).toBe(1);
  });

  it('clamps out-of-range importance to 1..5', () => {
    expect(priorityBreakdown(input({ goal: goal({ importance: 9 }) })).importance).toBe(1);
    expect(priorityBreakdown(input({ goal: goal({ importance: -2 }) })).importance).toBe(0);
  });

  it('is 0.4 for a mission without a goal', () => {
    expect(priorityBreakdown(input({ goal: null })).importance).toBe(0.4);
  });
});

describe('urgency', () => {
  it('is 0.2 when there is no deadline at all', () => {
    expect(priorityBreakdown(input()).urgency).toBe(0.2);
    expect(priorityBreakdown(input({ goal: null })).urgency).toBe(0.2);
  });

  it('is 1 when overdue or due right now', () => {
    expect(priorityBreakdown(input({ dueDate: daysFromNow(-3) })).urgency).toBe(1);
    expect(priorityBreakdown(input({ dueDate: NOW })).urgency).toBe(1);
  });

  it('is 0.5 when due in exactly 7 days', () => {
    expect(priorityBreakdown(input({ dueDate: daysFromNow(7) })).urgency).toBe(0.5);
  });

  it('uses fractional days', () => {
    expect(priorityBreakdown(input({ dueDate: daysFromNow(3.5) })).urgency).toBeCloseTo(2 / 3, 10);
    expect(priorityBreakdown(input({ dueDate: daysFromNow(0.5) })).urgency).toBeCloseTo(14 / 15, 10);
  });

  it('never drops below 0.05 for far deadlines', () => {
    expect(priorityBreakdown(input({ dueDate: daysFromNow(1000) })).urgency).toBe(0.05);
  });

  it("falls back to the goal's target date", () => {
    const withTarget = input({ goal: goal({ targetDate: daysFromNow(7) }) });
    expect(priorityBreakdown(withTarget).urgency).toBe(0.5);
  });

  it("prefers the mission's own due date over the goal's target date", () => {
    const both = input({ dueDate: daysFromNow(7), goal: goal({ targetDate: daysFromNow(-1) }) });
    expect(priorityBreakdown(both).urgency).toBe(0.5);
  });

  it('uses the due date of a mission without a goal', () => {
    expect(priorityBreakdown(input({ goal: null, dueDate: daysFromNow(7) })).urgency).toBe(0.5);
  });
});

describe('neglect', () => {
  it('grows with days since the goal was last worked on', () => {
    expect(priorityBreakdown(input({ goal: goal({ lastWorkedAt: NOW }) })).neglect).toBe(0);
    expect(priorityBreakdown(input({ goal: goal({ lastWorkedAt: daysFromNow(-7) }) })).neglect).toBe(0.5);
  });

  it('is capped at 1', () => {
    expect(priorityBreakdown(input({ goal: goal({ lastWorkedAt: daysFromNow(-14) }) })).neglect).toBe(1);
    expect(priorityBreakdown(input({ goal: goal({ lastWorkedAt: daysFromNow(-90) }) })).neglect).toBe(1);
  });

  it('uses createdAt when the goal was never worked on', () => {
    const never = input({ goal: goal({ lastWorkedAt: null, createdAt: daysFromNow(-3.5) }) });
    expect(priorityBreakdown(never).neglect).toBe(0.25);
  });

  it('prefers lastWorkedAt over createdAt', () => {
    const worked = input({ goal: goal({ lastWorkedAt: daysFromNow(-7), createdAt: daysFromNow(-100) }) });
    expect(priorityBreakdown(worked).neglect).toBe(0.5);
  });

  it('is never negative, even for a timestamp in the future', () => {
    expect(priorityBreakdown(input({ goal: goal({ lastWorkedAt: daysFromNow(2) }) })).neglect).toBe(0);
  });

  it('is 0.5 for a mission without a goal', () => {
    expect(priorityBreakdown(input({ goal: null })).neglect).toBe(0.5);
  });
});

describe('energyFit', () => {
  it('is 0.5 (neutral) when the current energy is unknown', () => {
    expect(priorityBreakdown(input({ energyLevel: 'HIGH', currentEnergy: null })).energyFit).toBe(0.5);
  });

  it('is 1 when energies are equal', () => {
    for (const level of ['LOW', 'MEDIUM', 'HIGH'] as const) {
      expect(priorityBreakdown(input({ energyLevel: level, currentEnergy: level })).energyFit).toBe(1);
    }
  });

  it('is 0.5 for adjacent levels, in either direction', () => {
    expect(priorityBreakdown(input({ energyLevel: 'LOW', currentEnergy: 'MEDIUM' })).energyFit).toBe(0.5);
    expect(priorityBreakdown(input({ energyLevel: 'MEDIUM', currentEnergy: 'LOW' })).energyFit).toBe(0.5);
    expect(priorityBreakdown(input({ energyLevel: 'MEDIUM', currentEnergy: 'HIGH' })).energyFit).toBe(0.5);
    expect(priorityBreakdown(input({ energyLevel: 'HIGH', currentEnergy: 'MEDIUM' })).energyFit).toBe(0.5);
  });

  it('is 0 for opposite levels', () => {
    expect(priorityBreakdown(input({ energyLevel: 'LOW', currentEnergy: 'HIGH' })).energyFit).toBe(0);
    expect(priorityBreakdown(input({ energyLevel: 'HIGH', currentEnergy: 'LOW' })).energyFit).toBe(0);
  });
});

describe('diversity', () => {
  it('is 1 when there are no other pending missions', () => {
    expect(priorityBreakdown(input({ pendingCategoryCounts: {} })).diversity).toBe(1);
    expect(priorityBreakdown(input({ pendingCategoryCounts: { CRAFT: 0, HEALTH: 0 } })).diversity).toBe(1);
  });

  it("is 1 when the mission's category is absent from the pool", () => {
    const absent = input({ valueCategory: 'CRAFT', pendingCategoryCounts: { HEALTH: 3, GROWTH: 1 } });
    expect(priorityBreakdown(absent).diversity).toBe(1);
  });

  it("drops as the mission's category dominates the pool", () => {
    const dominant = input({ valueCategory: 'CRAFT', pendingCategoryCounts: { CRAFT: 3, HEALTH: 1 } });
    expect(priorityBreakdown(dominant).diversity).toBe(0.25);
    const only = input({ valueCategory: 'CRAFT', pendingCategoryCounts: { CRAFT: 4 } });
    expect(priorityBreakdown(only).diversity).toBe(0);
  });
});

describe('score', () => {
  it('is the weighted sum of the components', () => {
    // importance 1, urgency 0.2, neglect 0, energyFit 1, diversity 0.25
    const b = priorityBreakdown(
      input({
        goal: goal({ importance: 5 }),
        energyLevel: 'LOW',
        currentEnergy: 'LOW',
        pendingCategoryCounts: { CRAFT: 3, HEALTH: 1 },
      }),
    );
    expect(b).toEqual({ importance: 1, urgency: 0.2, neglect: 0, energyFit: 1, diversity: 0.25, score: 0.525 });
  });

  it('is rounded to 4 decimals', () => {
    // 0.3*0.4 + 0.25*(7/9) + 0.2*0.5 + 0.15*0.5 + 0.1*1 = 0.58944…
    const score = priorityScore(input({ goal: null, dueDate: daysFromNow(2) }));
    expect(score).toBe(0.5894);
  });

  it('priorityScore equals the breakdown score', () => {
    const i = input({ dueDate: daysFromNow(2), currentEnergy: 'HIGH', pendingCategoryCounts: { CRAFT: 1, GROWTH: 2 } });
    expect(priorityScore(i)).toBe(priorityBreakdown(i).score);
  });

  it('reaches exactly 1 when every component is maxed', () => {
    const best = input({
      goal: goal({ importance: 5, lastWorkedAt: daysFromNow(-60) }),
      dueDate: daysFromNow(-1),
      energyLevel: 'HIGH',
      currentEnergy: 'HIGH',
      pendingCategoryCounts: {},
    });
    expect(priorityScore(best)).toBe(1);
  });

  it('bottoms out at the urgency floor when every component is minimal', () => {
    const worst = input({
      goal: goal({ importance: 1, lastWorkedAt: NOW }),
      dueDate: daysFromNow(10_000),
      energyLevel: 'LOW',
      currentEnergy: 'HIGH',
      pendingCategoryCounts: { CRAFT: 5 },
    });
    expect(priorityBreakdown(worst)).toEqual({
      importance: 0,
      urgency: 0.05,
      neglect: 0,
      energyFit: 0,
      diversity: 0,
      score: 0.0125,
    });
  });

  it('ranks an urgent, important, neglected goal above a minor one with a far deadline', () => {
    const urgent = input({
      goal: goal({ importance: 5, lastWorkedAt: daysFromNow(-20) }),
      dueDate: daysFromNow(1),
    });
    const minor = input({
      goal: goal({ importance: 1, targetDate: daysFromNow(365), lastWorkedAt: NOW }),
    });
    // urgent: 0.3 + 0.25*0.875 + 0.2 + 0.075 + 0.1 = 0.89375
    expect(priorityScore(urgent)).toBe(0.8938);
    // minor: 0 + 0.25*0.05 + 0 + 0.075 + 0.1 = 0.1875
    expect(priorityScore(minor)).toBe(0.1875);
    expect(priorityScore(urgent)).toBeGreaterThan(priorityScore(minor));
  });
});

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('depends only on the input, not on the wall clock', () => {
    const i = input({ dueDate: daysFromNow(3), goal: goal({ lastWorkedAt: daysFromNow(-2) }) });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2000-01-01T00:00:00Z'));
    const first = priorityBreakdown(i);
    vi.setSystemTime(new Date('2099-01-01T00:00:00Z'));
    const second = priorityBreakdown(i);
    expect(second).toEqual(first);
    expect(first.urgency).toBe(0.7);
  });

  it('does not mutate its input', () => {
    const i = input({ goal: goal({ lastWorkedAt: null }), pendingCategoryCounts: { CRAFT: 2 } });
    const snapshot = structuredClone(i);
    priorityBreakdown(i);
    expect(i).toEqual(snapshot);
  });
});

describe('the curves shared with quest generation', () => {
  it('importance: (importance − 1) / 4 clamped to 0..1, and 0.4 without a goal', () => {
    expect([1, 2, 3, 4, 5].map((importance) => importanceCurve({ importance }))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(importanceCurve({ importance: 0 })).toBe(0);
    expect(importanceCurve({ importance: 8 })).toBe(1);
    expect(importanceCurve(null)).toBe(0.4);
  });

  it('urgency: 0.2 without a deadline, 1 when due, 0.5 a week away, never below 0.05', () => {
    expect(urgencyCurve(null, NOW)).toBe(0.2);
    expect(urgencyCurve(NOW, NOW)).toBe(1);
    expect(urgencyCurve(daysFromNow(-2), NOW)).toBe(1);
    expect(urgencyCurve(daysFromNow(7), NOW)).toBe(0.5);
    expect(urgencyCurve(daysFromNow(3.5), NOW)).toBeCloseTo(2 / 3, 10);
    expect(urgencyCurve(daysFromNow(1000), NOW)).toBe(0.05);
  });

  it('neglect: days / 14 within 0..1, and 0.5 (neutral) without a goal', () => {
    expect(neglectCurve(0)).toBe(0);
    expect(neglectCurve(7)).toBe(0.5);
    expect(neglectCurve(30)).toBe(1);
    expect(neglectCurve(-2)).toBe(0);
    expect(neglectCurve(null)).toBe(0.5);
  });

  it('days since worked: from lastWorkedAt, else from createdAt, with the fraction', () => {
    expect(daysSinceWorked({ lastWorkedAt: daysFromNow(-7), createdAt: daysFromNow(-100) }, NOW)).toBe(7);
    expect(daysSinceWorked({ lastWorkedAt: null, createdAt: daysFromNow(-3.5) }, NOW)).toBe(3.5);
    expect(daysSinceWorked({ lastWorkedAt: daysFromNow(1), createdAt: daysFromNow(-3) }, NOW)).toBe(-1);
  });

  it('are the components of the priority', () => {
    const mission = input({ dueDate: daysFromNow(2), goal: goal({ importance: 4, lastWorkedAt: daysFromNow(-5) }) });
    const breakdown = priorityBreakdown(mission);
    expect(breakdown.importance).toBe(importanceCurve(mission.goal));
    expect(breakdown.urgency).toBe(urgencyCurve(daysFromNow(2), NOW));
    expect(breakdown.neglect).toBe(neglectCurve(5));
  });
});

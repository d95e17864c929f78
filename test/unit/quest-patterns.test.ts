import { describe, expect, it } from 'vitest';
import { analyzePatterns, localHour, patternWindowStart, questCountFor } from '../../src/domain/quest-patterns.js';
import type { GoalContext, SessionRow } from '../../src/domain/quest-types.js';
import { DAY_MS } from '../../src/domain/time-units.js';
import type { EnergyLevel, ValueCategory } from '../../src/domain/vocabulary.js';

const NOW = new Date('2025-03-20T00:00:00.000Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * DAY_MS);

function session(
  completedAt: Date,
  overrides: {
    status?: SessionRow['status'];
    actualMinutes?: number | null;
    goalId?: string | null;
    energyLevel?: EnergyLevel;
    valueCategory?: ValueCategory;
  } = {},
): SessionRow {
  return {
    status: overrides.status ?? 'COMPLETED',
    startedAt: new Date(completedAt.getTime() - 20 * 60 * 1000),
    completedAt,
    actualMinutes: overrides.actualMinutes === undefined ? 20 : overrides.actualMinutes,
    mission: {
      goalId: overrides.goalId ?? null,
      energyLevel: overrides.energyLevel ?? 'MEDIUM',
      valueCategory: overrides.valueCategory ?? 'HEALTH',
      estimatedMinutes: 20,
    },
  };
}

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
    createdAt: daysAgo(60),
    ...overrides,
  };
}

describe('questCountFor', () => {
  it('tops the pool up above the healthy size, within 3..5', () => {
    expect(questCountFor(0)).toBe(5);
    expect(questCountFor(2)).toBe(5);
    expect(questCountFor(3)).toBe(4);
    expect(questCountFor(4)).toBe(3);
    expect(questCountFor(10)).toBe(3);
  });
});

describe('localHour', () => {
  it('reads the hour in the given zone, UTC for unknown or empty zones', () => {
    const instant = new Date('2025-03-10T13:30:00.000Z');
    expect(localHour(instant, 'Asia/Tokyo')).toBe(22);
    expect(localHour(instant, 'America/New_York')).toBe(9);
    expect(localHour(instant, 'Not/AZone')).toBe(13);
    expect(localHour(instant, '')).toBe(13);
  });

  it('reports midnight as 0, never 24', () => {
    expect(localHour(new Date('2025-03-10T15:00:00.000Z'), 'Asia/Tokyo')).toBe(0);
  });
});

describe('analyzePatterns hour histogram', () => {
  // The same two instants, seen from two zones.
  const instants = [new Date('2025-03-10T13:30:00.000Z'), new Date('2025-03-12T13:10:00.000Z')];
  const sessions = instants.map((at) => session(at));

  it('counts the same instants at different local hours per time zone', () => {
    const tokyo = analyzePatterns(sessions, [], 'Asia/Tokyo', NOW);
    const newYork = analyzePatterns(sessions, [], 'America/New_York', NOW);
    expect(tokyo.completionsByHour[22]).toBe(2);
    expect(tokyo.completionsByHour[9]).toBe(0);
    expect(newYork.completionsByHour[9]).toBe(2);
    expect(newYork.completionsByHour[22]).toBe(0);
    expect(tokyo.completionsByHour).toHaveLength(24);
    expect(tokyo.completionsByHour.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('follows daylight saving time: 9 a.m. local before and after the switch', () => {
    // New York switched from UTC-5 to UTC-4 on 2025-03-09.
    const beforeSwitch = session(new Date('2025-03-08T14:00:00.000Z'));
    const afterSwitch = session(new Date('2025-03-10T13:00:00.000Z'));
    const patterns = analyzePatterns([beforeSwitch, afterSwitch], [], 'America/New_York', NOW);
    expect(patterns.completionsByHour[9]).toBe(2);
    expect(patterns.completionsByHour[8]).toBe(0);
    expect(patterns.peakHours).toEqual([9]);
  });

  it('falls back to UTC for an invalid zone', () => {
    const patterns = analyzePatterns(sessions, [], 'Mars/Olympus', NOW);
    expect(patterns.completionsByHour[13]).toBe(2);
  });

  it('lists up to 3 peak hours, busiest first, ties by earlier hour, ignoring abandoned sessions', () => {
    const at = (iso: string): Date => new Date(iso);
    const rows = [
      session(at('2025-03-15T07:00:00Z')),
      session(at('2025-03-16T07:10:00Z')),
      session(at('2025-03-17T07:20:00Z')),
      session(at('2025-03-15T18:00:00Z')),
      session(at('2025-03-16T18:00:00Z')),
      session(at('2025-03-15T06:00:00Z')),
      session(at('2025-03-15T12:00:00Z')),
      session(at('2025-03-16T21:00:00Z'), { status: 'ABANDONED' }),
      session(at('2025-03-17T21:00:00Z'), { status: 'ABANDONED' }),
      session(at('2025-03-18T21:00:00Z'), { status: 'ABANDONED' }),
    ];
    const patterns = analyzePatterns(rows, [], 'UTC', NOW);
    expect(patterns.peakHours).toEqual([7, 18, 6]);
    expect(patterns.completionsByHour[21]).toBe(0);
    expect(patterns.completedCount).toBe(7);
  });
});

describe('analyzePatterns statistics', () => {
  it('averages actual minutes over completed sessions with a value, to one decimal', () => {
    const rows = [
      session(daysAgo(1), { actualMinutes: 10 }),
      session(daysAgo(2), { actualMinutes: 15 }),
      session(daysAgo(3), { actualMinutes: 20 }),
      session(daysAgo(4), { actualMinutes: null }),
      session(daysAgo(5), { actualMinutes: 90, status: 'ABANDONED' }),
    ];
    // (10 + 15 + 20) / 3 = 15; add 0.5 to one to see the rounding: 45.5 / 3 = 15.1666…
    expect(analyzePatterns(rows, [], 'UTC', NOW).meanActualMinutes).toBe(15);
    rows[0] = session(daysAgo(1), { actualMinutes: 10.5 });
    expect(analyzePatterns(rows, [], 'UTC', NOW).meanActualMinutes).toBe(15.2);
  });

  it('computes completion rates per energy level, counting abandoned sessions', () => {
    const rows = [
      session(daysAgo(1), { energyLevel: 'HIGH' }),
      session(daysAgo(2), { energyLevel: 'HIGH', status: 'ABANDONED' }),
      session(daysAgo(3), { energyLevel: 'HIGH', status: 'ABANDONED' }),
      session(daysAgo(4), { energyLevel: 'LOW' }),
      session(daysAgo(5), { energyLevel: 'LOW' }),
    ];
    const patterns = analyzePatterns(rows, [], 'UTC', NOW);
    expect(patterns.energyCompletionRate).toEqual({ LOW: 1, MEDIUM: null, HIGH: 0.333 });
  });

  it('shares completions by energy and category, abandoned sessions excluded', () => {
    const rows = [
      session(daysAgo(1), { energyLevel: 'LOW', valueCategory: 'CRAFT' }),
      session(daysAgo(2), { energyLevel: 'LOW', valueCategory: 'CRAFT' }),
      session(daysAgo(3), { energyLevel: 'MEDIUM', valueCategory: 'GROWTH' }),
      session(daysAgo(4), { energyLevel: 'HIGH', valueCategory: 'CRAFT', status: 'ABANDONED' }),
    ];
    const patterns = analyzePatterns(rows, [], 'UTC', NOW);
    expect(patterns.energyDistribution).toEqual({ LOW: 0.667, MEDIUM: 0.333, HIGH: 0 });
    expect(patterns.categoryDistribution).toEqual({ HEALTH: 0, CRAFT: 0.667, GROWTH: 0.333, CONNECTION: 0 });
  });

  it('ignores sessions outside the 30-day window and in the future', () => {
    const rows = [
      session(daysAgo(30)), // exactly 30 days ago: inside
      session(new Date(daysAgo(30).getTime() - 1)), // a millisecond older: outside
      session(daysAgo(45), { status: 'ABANDONED', energyLevel: 'LOW' }),
      session(new Date(NOW.getTime() + 60_000)), // the future: outside
    ];
    const patterns = analyzePatterns(rows, [], 'UTC', NOW);
    expect(patterns.completedCount).toBe(1);
    expect(patterns.energyCompletionRate.LOW).toBeNull();
    expect(patterns.windowDays).toBe(30);
  });

  it('returns an empty, well-formed result for no input', () => {
    const patterns = analyzePatterns([], [], 'Europe/Paris', NOW);
    expect(patterns).toEqual({
      windowDays: 30,
      completedCount: 0,
      completionsByHour: new Array(24).fill(0),
      peakHours: [],
      meanActualMinutes: null,
      energyCompletionRate: { LOW: null, MEDIUM: null, HIGH: null },
      energyDistribution: { LOW: 0, MEDIUM: 0, HIGH: 0 },
      categoryDistribution: { HEALTH: 0, CRAFT: 0, GROWTH: 0, CONNECTION: 0 },
      goalActivity: [],
    });
  });
});

describe('analyzePatterns goal activity', () => {
  it('ranks goals by completions, then recency, then id; includes a goal never worked on', () => {
    const goals = [
      goal('never', { createdAt: daysAgo(10) }),
      goal('busy'),
      goal('old-record', { lastWorkedAt: daysAgo(40) }),
      goal('recent'),
      goal('tie-b'),
      goal('tie-a'),
    ];
    const rows = [
      session(daysAgo(5), { goalId: 'busy' }),
      session(daysAgo(3), { goalId: 'busy' }),
      session(daysAgo(1), { goalId: 'busy', status: 'ABANDONED' }),
      session(daysAgo(2), { goalId: 'recent' }),
      session(daysAgo(8), { goalId: 'tie-b' }),
      session(daysAgo(8), { goalId: 'tie-a' }),
      session(daysAgo(1), { goalId: 'not-active' }),
    ];
    const activity = analyzePatterns(rows, goals, 'UTC', NOW).goalActivity;
    expect(activity.map((a) => a.goalId)).toEqual(['busy', 'recent', 'tie-a', 'tie-b', 'old-record', 'never']);
    const byId = Object.fromEntries(activity.map((a) => [a.goalId, a]));
    // The abandoned session 1 day ago is not "working on" the goal: the last completion was 3 days ago.
    expect(byId.busy).toEqual({ goalId: 'busy', completions: 2, lastWorkedAt: daysAgo(3), daysSinceLastWorked: 3 });
    expect(byId['old-record']).toEqual({
      goalId: 'old-record',
      completions: 0,
      lastWorkedAt: daysAgo(40),
      daysSinceLastWorked: 40,
    });
    expect(byId.never).toEqual({ goalId: 'never', completions: 0, lastWorkedAt: null, daysSinceLastWorked: 10 });
  });

  it('floors partial days and never goes negative', () => {
    const goals = [
      goal('partial', { lastWorkedAt: new Date(NOW.getTime() - 2.9 * DAY_MS) }),
      goal('future', { lastWorkedAt: new Date(NOW.getTime() + DAY_MS) }),
    ];
    const byId = Object.fromEntries(analyzePatterns([], goals, 'UTC', NOW).goalActivity.map((a) => [a.goalId, a]));
    expect(byId.partial!.daysSinceLastWorked).toBe(2);
    expect(byId.future!.daysSinceLastWorked).toBe(0);
  });
});

describe('patternWindowStart', () => {
  it('is 30 days of 24 hours before now, the oldest completion analyzePatterns still counts', () => {
    expect(patternWindowStart(NOW)).toEqual(daysAgo(30));
    const start = patternWindowStart(NOW);
    const patterns = analyzePatterns([session(start), session(new Date(start.getTime() - 1))], [], 'UTC', NOW);
    expect(patterns.completedCount).toBe(1);
  });
});

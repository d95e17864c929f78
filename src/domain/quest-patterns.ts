/**
 * Pattern analysis: how the user actually works, computed from the finished
 * mission sessions of the last PATTERN_WINDOW_DAYS days. Pure: the current
 * time and the user's time zone come in as arguments, so the same rows always
 * give the same patterns.
 */
import { clamp } from './numbers.js';
import {
  HEALTHY_POOL_SIZE,
  PATTERN_WINDOW_DAYS,
  QUESTS_PER_RUN_MAX,
  QUESTS_PER_RUN_MIN,
  type GoalActivity,
  type GoalContext,
  type QuestPatterns,
  type SessionRow,
} from './quest-types.js';
import { DAY_MS, daysBetween } from './time-units.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from './vocabulary.js';

const PEAK_HOURS = 3;

const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * How many quests a run should add: enough to bring the pool back above the
 * healthy size with a little slack, but always 3..5 so a run is never trivial
 * nor a flood. pending 0 → 5, pending 4 → 3.
 */
export function questCountFor(pendingCount: number): number {
  return clamp(HEALTHY_POOL_SIZE + 2 - pendingCount, QUESTS_PER_RUN_MIN, QUESTS_PER_RUN_MAX);
}

/**
 * A function from instant to local hour (0..23). Building an Intl formatter is
 * expensive, so callers create one per analysis, not one per session. An
 * unknown or empty time zone falls back to UTC rather than failing the run:
 * a slightly wrong histogram beats no quests.
 */
function hourFormatter(timeZone: string): (date: Date) => number {
  const format = (zone: string): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' });
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = format(timeZone || 'UTC');
  } catch {
    formatter = format('UTC');
  }
  return (date) => {
    const hour = formatter.formatToParts(date).find((part) => part.type === 'hour')?.value;
    // Some ICU versions print midnight as "24" even with h23; modulo keeps 0..23.
    return Number(hour ?? 0) % 24;
  };
}

/** The hour of day (0..23) of `date` in `timeZone` (UTC if the zone is unknown). */
export function localHour(date: Date, timeZone: string): number {
  return hourFormatter(timeZone)(date);
}

/** The first instant of the pattern window that ends at `now`: PATTERN_WINDOW_DAYS (30) days of 24 hours before it. */
export function patternWindowStart(now: Date): Date {
  return new Date(now.getTime() - PATTERN_WINDOW_DAYS * DAY_MS);
}

/**
 * The caller already selects the window, but rows from a sloppy query or a
 * clock change must not leak in: [patternWindowStart(now), now], both ends inclusive.
 */
function inWindow(sessions: readonly SessionRow[], now: Date): SessionRow[] {
  const end = now.getTime();
  const start = patternWindowStart(now).getTime();
  return sessions.filter((s) => {
    const t = s.completedAt.getTime();
    return t >= start && t <= end;
  });
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Counts per key turned into shares; all zero when there is nothing to share. */
function shares<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = zeroRecord(keys);
  for (const v of values) counts[v] += 1;
  if (values.length === 0) return counts;
  return Object.fromEntries(keys.map((k) => [k, round(counts[k] / values.length, 3)])) as Record<K, number>;
}

function completionsByHour(completed: readonly SessionRow[], timeZone: string): number[] {
  const hourOf = hourFormatter(timeZone);
  const histogram = new Array<number>(24).fill(0);
  for (const s of completed) histogram[hourOf(s.completedAt)]! += 1;
  return histogram;
}

function peakHours(histogram: readonly number[]): number[] {
  return histogram
    .map((count, hour) => ({ count, hour }))
    .filter((h) => h.count > 0)
    .sort((a, b) => b.count - a.count || a.hour - b.hour)
    .slice(0, PEAK_HOURS)
    .map((h) => h.hour);
}

function meanActualMinutes(completed: readonly SessionRow[]): number | null {
  const minutes = completed.map((s) => s.actualMinutes).filter((m): m is number => m !== null && Number.isFinite(m));
  if (minutes.length === 0) return null;
  return round(minutes.reduce((sum, m) => sum + m, 0) / minutes.length, 1);
}

/** Abandoned sessions count against a level: this is the signal that a level is too much for the user. */
function energyCompletionRate(sessions: readonly SessionRow[]): Record<EnergyLevel, number | null> {
  const rate = (level: EnergyLevel): number | null => {
    const atLevel = sessions.filter((s) => s.mission.energyLevel === level);
    if (atLevel.length === 0) return null;
    return round(atLevel.filter((s) => s.status === 'COMPLETED').length / atLevel.length, 3);
  };
  return Object.fromEntries(ENERGY_LEVELS.map((level) => [level, rate(level)])) as Record<EnergyLevel, number | null>;
}

const latest = (a: Date | null, b: Date): Date => (a === null || b.getTime() > a.getTime() ? b : a);

function activityOf(goal: GoalContext, completed: readonly SessionRow[], now: Date): GoalActivity {
  const own = completed.filter((s) => s.mission.goalId === goal.id);
  const lastInWindow = own.reduce<Date | null>((last, s) => latest(last, s.completedAt), null);
  // No completion in the window: the goal's own record may still know an older one.
  const lastWorkedAt = lastInWindow ?? goal.lastWorkedAt;
  const since = lastWorkedAt ?? goal.createdAt;
  const days = Math.floor(daysBetween(since, now));
  return {
    goalId: goal.id,
    completions: own.length,
    lastWorkedAt,
    daysSinceLastWorked: Number.isFinite(days) ? Math.max(0, days) : null,
  };
}

/** Completions desc, then most recently worked first (never worked last), then id for a total order. */
function byActivity(a: GoalActivity, b: GoalActivity): number {
  if (b.completions !== a.completions) return b.completions - a.completions;
  const at = a.lastWorkedAt?.getTime() ?? -Infinity;
  const bt = b.lastWorkedAt?.getTime() ?? -Infinity;
  if (bt !== at) return bt > at ? 1 : -1;
  return a.goalId < b.goalId ? -1 : a.goalId > b.goalId ? 1 : 0;
}

export function analyzePatterns(
  sessions: readonly SessionRow[],
  goals: readonly GoalContext[],
  timeZone: string,
  now: Date,
): QuestPatterns {
  const windowed = inWindow(sessions, now);
  const completed = windowed.filter((s) => s.status === 'COMPLETED');
  const histogram = completionsByHour(completed, timeZone);
  return {
    windowDays: PATTERN_WINDOW_DAYS,
    completedCount: completed.length,
    completionsByHour: histogram,
    peakHours: peakHours(histogram),
    meanActualMinutes: meanActualMinutes(completed),
    energyCompletionRate: energyCompletionRate(windowed),
    energyDistribution: shares<EnergyLevel>(
      ENERGY_LEVELS,
      completed.map((s) => s.mission.energyLevel),
    ),
    categoryDistribution: shares<ValueCategory>(
      VALUE_CATEGORIES,
      completed.map((s) => s.mission.valueCategory),
    ),
    goalActivity: goals.map((goal) => activityOf(goal, completed, now)).sort(byActivity),
  };
}

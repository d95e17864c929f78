/**
 * Mission priority scoring: a pure function of the mission, its goal and the
 * user's situation. The current time is passed in so scores are reproducible
 * and testable.
 *
 * Components (each in [0,1]):
 * - importance: (goal.importance - 1) / 4, importance clamped to 1..5.
 *   No goal → 0.4 (a loose mission is slightly below an average goal).
 * - urgency: deadline = mission dueDate ?? goal.targetDate (the mission's own
 *   date is more specific). None → 0.2. Overdue/due now → 1. Otherwise
 *   1 / (1 + daysLeft / 7), so a week away = 0.5; clamped to [0.05, 1].
 * - neglect: days since goal.lastWorkedAt (or createdAt if never worked on)
 *   / 14, capped at 1 and never negative. No goal → 0.5 (neutral).
 * - energyFit: mission energy vs the user's current energy. Unknown → 0.5,
 *   equal → 1, adjacent levels → 0.5, LOW vs HIGH → 0.
 * - diversity: 1 - share of the user's other pending missions in the same
 *   value category (empty pool → 1), nudging toward under-served categories.
 *
 * score = weighted sum with PRIORITY_WEIGHTS (which sum to 1), rounded to 4 decimals.
 *
 * The importance, urgency and neglect curves are exported: quest generation
 * (quest-diversity.ts) scores goals with the same curves, so "urgent" means the
 * same thing in ranking and in generation.
 */
import { IMPORTANCE_MAX, IMPORTANCE_MIN } from './input-limits.js';
import { clamp } from './numbers.js';
import { daysBetween } from './time-units.js';
import type { EnergyLevel, ValueCategory } from './vocabulary.js';

export const PRIORITY_WEIGHTS = {
  importance: 0.3,
  urgency: 0.25,
  neglect: 0.2,
  energyFit: 0.15,
  diversity: 0.1,
} as const;

/** What the priority reads of a goal (quest generation's GoalContext has the same fields). */
export interface PriorityGoal {
  importance: number; // 1..5
  targetDate: Date | null;
  lastWorkedAt: Date | null;
  createdAt: Date;
}

export interface PriorityInput {
  now: Date;
  /** null: a mission without a goal. */
  goal: PriorityGoal | null;
  /** The mission's own due date; takes precedence over goal.targetDate for urgency. */
  dueDate: Date | null;
  energyLevel: EnergyLevel;
  valueCategory: ValueCategory;
  /** The user's current energy, if they told us. */
  currentEnergy: EnergyLevel | null;
  /** The user's OTHER pending missions, counted per category. */
  pendingCategoryCounts: Partial<Record<ValueCategory, number>>;
}

export interface PriorityBreakdown {
  importance: number;
  urgency: number;
  neglect: number;
  energyFit: number;
  diversity: number;
  score: number;
}

const ENERGY_RANK: Record<EnergyLevel, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };

/** (importance − 1) / 4, importance clamped to 1..5; no goal → 0.4 (slightly below an average goal). */
export function importanceCurve(goal: Pick<PriorityGoal, 'importance'> | null): number {
  if (!goal) return 0.4;
  return (clamp(goal.importance, IMPORTANCE_MIN, IMPORTANCE_MAX) - IMPORTANCE_MIN) / (IMPORTANCE_MAX - IMPORTANCE_MIN);
}

/** No deadline → 0.2; due now or overdue → 1; otherwise 1 / (1 + daysLeft / 7), a week away = 0.5. */
export function urgencyCurve(deadline: Date | null, now: Date): number {
  if (!deadline) return 0.2;
  const daysLeft = daysBetween(now, deadline);
  if (daysLeft <= 0) return 1;
  // Hyperbolic decay: distant deadlines still count a little (floor 0.05).
  return clamp(1 / (1 + daysLeft / 7), 0.05, 1);
}

/** Days since the goal was last worked on / 14, in 0..1; `null` (no goal) → 0.5, neutral. */
export function neglectCurve(daysSinceWorked: number | null): number {
  if (daysSinceWorked === null) return 0.5;
  // Clock skew or future timestamps must not produce negative neglect.
  return clamp(daysSinceWorked / 14, 0, 1);
}

/** Days (with the fraction) since the goal was last worked on, or since it was created if never. */
export function daysSinceWorked(goal: Pick<PriorityGoal, 'lastWorkedAt' | 'createdAt'>, now: Date): number {
  return daysBetween(goal.lastWorkedAt ?? goal.createdAt, now);
}

function energyFitComponent(mission: EnergyLevel, current: EnergyLevel | null): number {
  if (current === null) return 0.5;
  const distance = Math.abs(ENERGY_RANK[mission] - ENERGY_RANK[current]);
  return distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
}

function diversityComponent(category: ValueCategory, counts: Partial<Record<ValueCategory, number>>): number {
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (total <= 0) return 1;
  return clamp(1 - (counts[category] ?? 0) / total, 0, 1);
}

export function priorityBreakdown(input: PriorityInput): PriorityBreakdown {
  const components = {
    importance: importanceCurve(input.goal),
    // The mission's own date is more specific than its goal's.
    urgency: urgencyCurve(input.dueDate ?? input.goal?.targetDate ?? null, input.now),
    neglect: neglectCurve(input.goal ? daysSinceWorked(input.goal, input.now) : null),
    energyFit: energyFitComponent(input.energyLevel, input.currentEnergy),
    diversity: diversityComponent(input.valueCategory, input.pendingCategoryCounts),
  };
  const weighted = (Object.keys(PRIORITY_WEIGHTS) as (keyof typeof PRIORITY_WEIGHTS)[]).reduce(
    (sum, key) => sum + PRIORITY_WEIGHTS[key] * components[key],
    0,
  );
  // Rounding keeps scores stable across float noise, so sorting is deterministic.
  const score = Math.round(clamp(weighted, 0, 1) * 10_000) / 10_000;
  return { ...components, score };
}

export function priorityScore(input: PriorityInput): number {
  return priorityBreakdown(input).score;
}

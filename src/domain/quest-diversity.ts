/**
 * The scores behind the choice of a generation batch (quest-batch-rules.ts
 * applies the hard rules and uses these to prefer one allowed batch to another).
 *
 *   base = 0.35·urgency + 0.25·neglect + 0.15·importance + 0.25·categoryBoost   (each in [0,1])
 *   step = base + 0.4·energy mix bonus + 0.3·durationSpreadBonus
 * - urgency, neglect, importance: priority.ts's curves, so "urgent" means the same thing in ranking
 *   and generation. Urgency reads the goal's target date (none → 0.2, due → 1, a week away → 0.5);
 *   neglect is days since last worked / 14, capped at 1 (no goal → 0.5); importance is
 *   (importance − 1) / 4 (no goal → 0.4).
 * - categoryBoost: 1 for the categories with the fewest pending missions (zero
 *   included), 1 / (1 + pending − min) for the others (one more pending → 0.5).
 *   Picks made in this run count as pending, so one run does not pile into a single category.
 * - the energy mix bonus: whether a level is still short of the batch's quota, the levels that move
 *   the user's recently generated missions toward 30/50/20 (computed by the batch rules from
 *   quest-energy-tendency.ts).
 * - durationSpreadBonus: 1 / (1 + picks already in the candidate's 10/20/30 bucket).
 * The energy and duration weights are large next to typical base differences
 * on purpose: the mix and spread are rules of the design, so they usually win
 * over a small difference in priority.
 */
import { clamp } from './numbers.js';
import { daysSinceWorked, importanceCurve, neglectCurve, urgencyCurve } from './priority.js';
import {
  QUESTS_PER_RUN_MAX,
  QUESTS_PER_RUN_MIN,
  type GenerationContext,
  type GoalContext,
  type QuestProposal,
} from './quest-types.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from './vocabulary.js';

export const BASE_WEIGHTS = { urgency: 0.35, neglect: 0.25, importance: 0.15, categoryBoost: 0.25 } as const;
export const ENERGY_MIX_WEIGHT = 0.4;
export const DURATION_SPREAD_WEIGHT = 0.3;
export const ENERGY_TARGET: Readonly<Record<EnergyLevel, number>> = { LOW: 0.3, MEDIUM: 0.5, HIGH: 0.2 };
export const DURATION_BUCKETS = [10, 20, 30] as const;
/** perGoal key of quests without a goal in describeDiversity. */
export const NO_GOAL_KEY = '(none)';

/** Requested batch size forced into 3..5 (non-numbers → the minimum). */
export function clampBatchSize(count: number): number {
  if (!Number.isFinite(count)) return QUESTS_PER_RUN_MIN;
  return clamp(Math.round(count), QUESTS_PER_RUN_MIN, QUESTS_PER_RUN_MAX);
}

/** Nearest of 10/20/30 minutes. */
export function durationBucket(minutes: number): number {
  return DURATION_BUCKETS.reduce((best, b) => (Math.abs(b - minutes) < Math.abs(best - minutes) ? b : best));
}

/** The urgency of the goal's target date. */
export function goalUrgency(goal: GoalContext | null, now: Date): number {
  return urgencyCurve(goal?.targetDate ?? null, now);
}

/** Prefers the pattern analysis (it saw this window's completions), then the goal's own record. */
export function goalNeglect(goal: GoalContext | null, context: GenerationContext): number {
  if (!goal) return neglectCurve(null);
  const known = context.patterns.goalActivity.find((a) => a.goalId === goal.id)?.daysSinceLastWorked;
  return neglectCurve(known ?? daysSinceWorked(goal, context.now));
}

/** 1 for the least-served categories, shrinking with each pending mission above that minimum. */
export function categoryBoost(category: ValueCategory, pending: Partial<Record<ValueCategory, number>>): number {
  const countOf = (c: ValueCategory): number => Math.max(0, pending[c] ?? 0);
  const min = Math.min(...VALUE_CATEGORIES.map(countOf));
  return 1 / (1 + countOf(category) - min);
}

/** The part of a candidate's score that does not depend on what was already picked. */
export function baseScore(candidate: QuestProposal, context: GenerationContext): number {
  const goal = context.goals.find((g) => g.id === candidate.goalId) ?? null;
  return (
    BASE_WEIGHTS.urgency * goalUrgency(goal, context.now) +
    BASE_WEIGHTS.neglect * goalNeglect(goal, context) +
    BASE_WEIGHTS.importance * importanceCurve(goal)
  );
}

/** Full score given the category counts so far (pending plus this run's picks). */
export function candidateScore(
  candidate: QuestProposal,
  context: GenerationContext,
  categoryCounts: Partial<Record<ValueCategory, number>> = context.pendingByCategory,
): number {
  return (
    baseScore(candidate, context) + BASE_WEIGHTS.categoryBoost * categoryBoost(candidate.valueCategory, categoryCounts)
  );
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

/**
 * L1 distance between the energy shares of `levels` and the 30/50/20 target,
 * in [0, 2]; 0 for an empty batch (nothing to be off by).
 */
export function energyMixDistance(levels: readonly EnergyLevel[]): number {
  if (levels.length === 0) return 0;
  const counts = countBy(ENERGY_LEVELS, levels);
  return ENERGY_LEVELS.reduce((sum, l) => sum + Math.abs(counts[l] / levels.length - ENERGY_TARGET[l]), 0);
}

export function durationSpreadBonus(minutes: number, picked: readonly number[]): number {
  const bucket = durationBucket(minutes);
  return 1 / (1 + picked.filter((m) => durationBucket(m) === bucket).length);
}

export interface DiversityReport {
  perGoal: Record<string, number>;
  energy: Record<EnergyLevel, number>;
  categories: Record<ValueCategory, number>;
  durations: number[];
}

/** Counts for logs and tests; goal-less quests are counted under NO_GOAL_KEY. */
export function describeDiversity(batch: readonly QuestProposal[]): DiversityReport {
  const perGoal: Record<string, number> = {};
  for (const q of batch) {
    const key = q.goalId ?? NO_GOAL_KEY;
    perGoal[key] = (perGoal[key] ?? 0) + 1;
  }
  return {
    perGoal,
    energy: countBy(
      ENERGY_LEVELS,
      batch.map((q) => q.energyLevel),
    ),
    categories: countBy(
      VALUE_CATEGORIES,
      batch.map((q) => q.valueCategory),
    ),
    durations: batch.map((q) => q.estimatedMinutes),
  };
}

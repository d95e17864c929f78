/**
 * Diversity and balancing of a generation run: from any number of candidate
 * quests (model or templates), choose the 3–5 that are added to the pool.
 *
 * Hard rules (never traded against score):
 * - at most MAX_QUESTS_PER_GOAL picks per goal;
 * - coverage first: while some goal with candidates left has no pick, neither
 *   a second quest of another goal nor a goal-less quest is picked, so a goal's
 *   proposals are never dropped wholesale when there is room;
 * - no two picks with the same title (case-insensitive).
 *
 * Soft preferences, a greedy score at each step (ties: original index):
 *   base     = 0.35·urgency + 0.25·neglect + 0.15·importance + 0.25·categoryBoost   (each in [0,1])
 *   step     = base + 0.4·energyMixBonus + 0.3·durationSpreadBonus
 * - urgency: as in priority.ts, from the goal's target date (none → 0.2, due → 1, a week away → 0.5).
 * - neglect: days since last worked / 14, capped at 1 (no goal → 0.5).
 * - importance: (importance − 1) / 4 (no goal → 0.4).
 * - categoryBoost: 1 for the categories with the fewest pending missions (zero
 *   included), 1 / (1 + pending − min) for the others (one more pending → 0.5).
 *   Picks made in this run count as pending, so one run does not pile into a single category.
 * - energyMixBonus: how far the candidate's level is below its share of the
 *   batch under the 30/50/20 LOW/MEDIUM/HIGH target (clamped to [−1, 1]); a level
 *   already at or above its share scores ≤ 0.
 * - durationSpreadBonus: 1 / (1 + picks already in the candidate's 10/20/30 bucket).
 * The energy and duration weights are large next to typical base differences
 * on purpose: the mix and spread are rules of the design, so they usually win
 * over a small difference in priority.
 *
 * extendDiverseBatch continues a selection from quests already kept (e.g. to
 * top up a model's valid quests with fallback ones) under the same rules.
 */
import {
  ENERGY_LEVELS,
  MAX_QUESTS_PER_GOAL,
  QUESTS_PER_RUN_MAX,
  QUESTS_PER_RUN_MIN,
  VALUE_CATEGORIES,
  questTitleKey,
  type EnergyLevel,
  type GenerationContext,
  type GoalContext,
  type QuestProposal,
  type ValueCategory,
} from './quest-types.js';

export const BASE_WEIGHTS = { urgency: 0.35, neglect: 0.25, importance: 0.15, categoryBoost: 0.25 } as const;
export const ENERGY_MIX_WEIGHT = 0.4;
export const DURATION_SPREAD_WEIGHT = 0.3;
export const ENERGY_TARGET: Readonly<Record<EnergyLevel, number>> = { LOW: 0.3, MEDIUM: 0.5, HIGH: 0.2 };
export const DURATION_BUCKETS = [10, 20, 30] as const;
/** perGoal key of quests without a goal in describeDiversity. */
export const NO_GOAL_KEY = '(none)';

const DAY_MS = 24 * 60 * 60 * 1000;
const clamp = (x: number, min: number, max: number): number => Math.min(max, Math.max(min, x));

/** Requested batch size forced into 3..5 (non-numbers → the minimum). */
export function clampBatchSize(count: number): number {
  if (!Number.isFinite(count)) return QUESTS_PER_RUN_MIN;
  return clamp(Math.round(count), QUESTS_PER_RUN_MIN, QUESTS_PER_RUN_MAX);
}

/** Nearest of 10/20/30 minutes. */
export function durationBucket(minutes: number): number {
  return DURATION_BUCKETS.reduce((best, b) => (Math.abs(b - minutes) < Math.abs(best - minutes) ? b : best));
}

/** Same curve as priority.ts, so "urgent" means the same thing in ranking and generation. */
export function goalUrgency(goal: GoalContext | null, now: Date): number {
  if (!goal?.targetDate) return 0.2;
  const daysLeft = (goal.targetDate.getTime() - now.getTime()) / DAY_MS;
  if (daysLeft <= 0) return 1;
  return clamp(1 / (1 + daysLeft / 7), 0.05, 1);
}

/** Prefers the pattern analysis (it saw this window's completions), then the goal's own record. */
export function goalNeglect(goal: GoalContext | null, context: GenerationContext): number {
  if (!goal) return 0.5;
  const known = context.patterns.goalActivity.find((a) => a.goalId === goal.id)?.daysSinceLastWorked;
  const days = known ?? (context.now.getTime() - (goal.lastWorkedAt ?? goal.createdAt).getTime()) / DAY_MS;
  return clamp(days / 14, 0, 1);
}

function goalImportance(goal: GoalContext | null): number {
  return goal ? (clamp(goal.importance, 1, 5) - 1) / 4 : 0.4;
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
    BASE_WEIGHTS.importance * goalImportance(goal)
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

/** How much `level` is still owed in a batch of `size` given the levels picked so far. */
export function energyMixBonus(level: EnergyLevel, picked: readonly EnergyLevel[], size: number): number {
  const have = picked.filter((l) => l === level).length;
  return clamp(ENERGY_TARGET[level] * size - have, -1, 1);
}

export function durationSpreadBonus(minutes: number, picked: readonly number[]): number {
  const bucket = durationBucket(minutes);
  return 1 / (1 + picked.filter((m) => durationBucket(m) === bucket).length);
}

interface Pick {
  index: number;
  candidate: QuestProposal;
}

interface SelectionState {
  picks: Pick[];
  perGoal: Map<string, number>;
  titles: Set<string>;
  categoryCounts: Record<ValueCategory, number>;
}

const titleKey = (c: QuestProposal): string => questTitleKey(c.title);

function isAllowed(candidate: QuestProposal, state: SelectionState): boolean {
  if (state.titles.has(titleKey(candidate))) return false;
  if (candidate.goalId === null) return true;
  return (state.perGoal.get(candidate.goalId) ?? 0) < MAX_QUESTS_PER_GOAL;
}

/** Goals that still have an allowed candidate but no pick: they must be served first. */
function uncoveredGoals(pool: readonly Pick[], state: SelectionState): Set<string> {
  const uncovered = new Set<string>();
  for (const { candidate } of pool) {
    if (candidate.goalId !== null && !state.perGoal.has(candidate.goalId) && isAllowed(candidate, state)) {
      uncovered.add(candidate.goalId);
    }
  }
  return uncovered;
}

function stepScore(candidate: QuestProposal, context: GenerationContext, state: SelectionState, size: number): number {
  const energies = state.picks.map((p) => p.candidate.energyLevel);
  const minutes = state.picks.map((p) => p.candidate.estimatedMinutes);
  return (
    candidateScore(candidate, context, state.categoryCounts) +
    ENERGY_MIX_WEIGHT * energyMixBonus(candidate.energyLevel, energies, size) +
    DURATION_SPREAD_WEIGHT * durationSpreadBonus(candidate.estimatedMinutes, minutes)
  );
}

/** The best allowed candidate for the next slot, or null when the rules allow nothing more. */
function nextPick(pool: readonly Pick[], context: GenerationContext, state: SelectionState, size: number): Pick | null {
  const uncovered = uncoveredGoals(pool, state);
  let best: Pick | null = null;
  let bestScore = -Infinity;
  for (const pick of pool) {
    if (!isAllowed(pick.candidate, state)) continue;
    if (uncovered.size > 0 && !uncovered.has(pick.candidate.goalId ?? '')) continue;
    const score = stepScore(pick.candidate, context, state, size);
    // Strictly greater: the pool is in original order, so the earliest candidate wins ties.
    if (score > bestScore) {
      best = pick;
      bestScore = score;
    }
  }
  return best;
}

function record(state: SelectionState, pick: Pick): void {
  const { candidate } = pick;
  state.picks.push(pick);
  state.titles.add(titleKey(candidate));
  state.categoryCounts[candidate.valueCategory] += 1;
  if (candidate.goalId !== null) state.perGoal.set(candidate.goalId, (state.perGoal.get(candidate.goalId) ?? 0) + 1);
}

/**
 * Groups stay in the order their first quest was picked (the most important
 * goal first), but inside a goal the candidates keep their original order: a
 * model or template list usually orders a goal's steps logically.
 */
function orderPicks(picks: readonly Pick[]): QuestProposal[] {
  const groupRank = new Map<string, number>();
  const groupOf = (p: Pick): string => p.candidate.goalId ?? `#${p.index}`;
  picks.forEach((p, rank) => {
    if (!groupRank.has(groupOf(p))) groupRank.set(groupOf(p), rank);
  });
  return [...picks]
    .sort((a, b) => groupRank.get(groupOf(a))! - groupRank.get(groupOf(b))! || a.index - b.index)
    .map((p) => p.candidate);
}

export function selectDiverseBatch(
  candidates: readonly QuestProposal[],
  context: GenerationContext,
  count: number,
): QuestProposal[] {
  return extendDiverseBatch([], candidates, context, count);
}

/**
 * Continues a selection: `kept` is taken as already chosen (it counts toward
 * the per-goal cap, the energy mix, the duration spread and the categories)
 * and the remaining slots are filled from `candidates` under the same rules.
 * Used to top up a batch with fallback quests without displacing what was
 * already chosen. `kept` is assumed to obey the rules; it is never trimmed.
 */
export function extendDiverseBatch(
  kept: readonly QuestProposal[],
  candidates: readonly QuestProposal[],
  context: GenerationContext,
  count: number,
): QuestProposal[] {
  const size = clampBatchSize(count);
  // Kept items get the lowest indexes, so the final ordering keeps them first within their goal.
  const pool: Pick[] = [...kept, ...candidates].map((candidate, index) => ({ index, candidate }));
  const state: SelectionState = {
    picks: [],
    perGoal: new Map(),
    // What is already pending is already chosen, as far as titles go: no second copy of a quest.
    titles: new Set(context.pendingTitles.map(questTitleKey)),
    categoryCounts: { ...countBy(VALUE_CATEGORIES, []), ...context.pendingByCategory },
  };
  for (const pick of pool.slice(0, kept.length)) record(state, pick);
  let remaining = pool.slice(kept.length);
  while (state.picks.length < size) {
    const pick = nextPick(remaining, context, state, size);
    if (!pick) break;
    record(state, pick);
    remaining = remaining.filter((p) => p !== pick);
  }
  return orderPicks(state.picks);
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

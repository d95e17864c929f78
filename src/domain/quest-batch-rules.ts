/**
 * The rules every stored batch of generated quests obeys, whatever the model
 * answered (DESIGN.md, "Quests"). The model proposes; this code decides. It is
 * the one place where the batch is chosen: model items and deterministic
 * fill-ins go through the same rules, and every model item left out is
 * recorded with its reason.
 *
 * Hard rules of a batch for a user with active goals:
 * - size: the run's target (3–5, from the pool), but at most 2 per goal, so a
 *   user with 2 goals gets at most 4. The floor of 3 wins over the per-goal cap
 *   only for a user with one goal (3 quests for it): "never fewer than 3" is
 *   the stronger promise;
 * - every quest belongs to one of the user's active goals (validation);
 * - at most 2 per goal (3 with a single goal, above);
 * - served goals: when the goals outnumber the places, the least recently
 *   served goals (GoalContext.lastServedAt, never served first) get one each
 *   and the others nothing this run; otherwise every goal gets at least one;
 * - a value category with no pending mission and an active goal gets at least one;
 * - a batch of 3 or more is never all one energy level, and its durations cover
 *   short, medium and long (the 10/20/30 buckets);
 * - no title repeats a pending one or another in the batch (questTitleKey).
 *
 * Soft preferences, as a score when several choices obey the rules: model items
 * before fill-ins, then quest-diversity's score (urgency, neglect, importance,
 * under-served categories), the energy levels that move the user's recently
 * generated missions toward 30/50/20 (quest-energy-tendency.ts: the mix is a
 * tendency across runs), and spread durations.
 *
 * The search is a depth-first walk in preference order that prunes a branch as
 * soon as the slots left cannot meet what is still owed; it normally finishes
 * on its first path. If no batch meets every rule (too few distinct quests,
 * e.g. every template of a goal already pending), the duration rule is eased to
 * two buckets, then the size is lowered, and the run records why (`shortfall`).
 */
import {
  BASE_WEIGHTS,
  DURATION_SPREAD_WEIGHT,
  ENERGY_MIX_WEIGHT,
  baseScore,
  categoryBoost,
  durationBucket,
  durationSpreadBonus,
  goalNeglect,
  goalUrgency,
} from './quest-diversity.js';
import { energyQuota } from './quest-energy-tendency.js';
import {
  MAX_QUESTS_PER_GOAL,
  QUESTS_PER_RUN_MIN,
  questTitleKey,
  type GenerationContext,
  type GoalContext,
  type QuestProposal,
} from './quest-types.js';
import { validateProposals, type RejectionReason } from './quest-validation.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from './vocabulary.js';

export type QuestOrigin = 'MODEL' | 'FILL_IN';

/** A quest of the final batch, and who wrote it. */
export interface DecidedQuest extends QuestProposal {
  origin: QuestOrigin;
}

/** A model item that is not stored, and why. */
export interface QuestRejection {
  /** Position in the model's answer. */
  index: number;
  /** The item's title as proposed (bounded), when it had one. */
  title: string | null;
  goalId: string | null;
  reason: RejectionReason;
  detail: string;
}

export interface BatchDecision {
  batch: DecidedQuest[];
  rejections: QuestRejection[];
  /** Why the batch is smaller than the run's target, or why a rule had to be eased; null when neither. */
  shortfall: string | null;
}

/** Above this many steps the search stops looking for a batch that meets every rule and eases one. */
const SEARCH_BUDGET = 400;
const REJECTED_TITLE_MAX = 120;

/** At most 2 per goal, unless the user has a single goal: then 3, since a batch is never fewer than 3. */
export function perGoalCap(goalCount: number): number {
  if (goalCount <= 0) return 0;
  return Math.max(MAX_QUESTS_PER_GOAL, Math.ceil(QUESTS_PER_RUN_MIN / goalCount));
}

/** The run's target, limited by what the per-goal cap allows; 0 without an active goal. */
export function batchSizeFor(context: GenerationContext): number {
  const goals = context.goals.length;
  return goals === 0 ? 0 : Math.min(context.targetCount, perGoalCap(goals) * goals);
}

/** Never-served goals first, then the longest unserved; ties by urgency, neglect, importance, then id. */
export function goalsByService(context: GenerationContext): GoalContext[] {
  const served = (g: GoalContext): number => g.lastServedAt?.getTime() ?? -Infinity;
  return [...context.goals].sort(
    (a, b) =>
      served(a) - served(b) ||
      goalUrgency(b, context.now) - goalUrgency(a, context.now) ||
      goalNeglect(b, context) - goalNeglect(a, context) ||
      b.importance - a.importance ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Categories with nothing pending that an active goal could serve: each must get a quest. */
export function starvedCategories(context: GenerationContext): ValueCategory[] {
  return VALUE_CATEGORIES.filter(
    (category) =>
      (context.pendingByCategory[category] ?? 0) === 0 && context.goals.some((g) => g.valueCategory === category),
  );
}

/**
 * The goals this run serves: a goal of each starved category first (the least
 * recently served of them), then the least recently served others, up to one
 * per place. With no more goals than places, that is every goal.
 */
export function servedGoals(context: GenerationContext, size: number): GoalContext[] {
  const ordered = goalsByService(context);
  const limit = Math.min(ordered.length, size);
  const chosen: GoalContext[] = [];
  for (const category of starvedCategories(context)) {
    const goal = ordered.find((g) => g.valueCategory === category);
    if (goal && !chosen.includes(goal) && chosen.length < limit) chosen.push(goal);
  }
  for (const goal of ordered) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(goal)) chosen.push(goal);
  }
  return chosen;
}

interface Candidate {
  index: number;
  quest: DecidedQuest;
  /** The part of the preference that does not depend on the other picks (computed once: the search is hot). */
  fixed: number;
}

interface Rules {
  size: number;
  cap: number;
  goals: ReadonlySet<string>;
  categories: readonly ValueCategory[];
  minLevels: number;
  minBuckets: number;
}

interface State {
  picks: Candidate[];
  perGoal: Map<string, number>;
}

function distinct<T>(values: readonly T[]): number {
  return new Set(values).size;
}

/** A lower bound of the picks still needed to meet every "at least" rule. */
function owed(state: State, rules: Rules): number {
  const quests = state.picks.map((p) => p.quest);
  let goals = 0;
  for (const goalId of rules.goals) if (!state.perGoal.has(goalId)) goals += 1;
  const categories = rules.categories.filter((c) => !quests.some((q) => q.valueCategory === c)).length;
  const levels = Math.max(0, rules.minLevels - distinct(quests.map((q) => q.energyLevel)));
  const buckets = Math.max(0, rules.minBuckets - distinct(quests.map((q) => durationBucket(q.estimatedMinutes))));
  return Math.max(goals, categories, levels, buckets);
}

/** What the preference of a candidate needs to know about the picks so far, computed once per step. */
interface StepView {
  categoryCounts: Record<ValueCategory, number>;
  energyBonus: Record<EnergyLevel, number>;
  minutes: number[];
}

/** A level still short of the batch's quota scores 1, a level at it 0, a level over it −1. */
function stepView(state: State, context: GenerationContext, quota: Record<EnergyLevel, number>): StepView {
  const categoryCounts = { ...context.pendingByCategory };
  for (const pick of state.picks) categoryCounts[pick.quest.valueCategory] += 1;
  const energyBonus = { LOW: 0, MEDIUM: 0, HIGH: 0 };
  for (const level of ENERGY_LEVELS) {
    const picked = state.picks.filter((p) => p.quest.energyLevel === level).length;
    energyBonus[level] = Math.min(1, Math.max(-1, quota[level] - picked));
  }
  return { categoryCounts, energyBonus, minutes: state.picks.map((p) => p.quest.estimatedMinutes) };
}

function preference(candidate: Candidate, view: StepView): number {
  const { quest } = candidate;
  return (
    candidate.fixed +
    BASE_WEIGHTS.categoryBoost * categoryBoost(quest.valueCategory, view.categoryCounts) +
    ENERGY_MIX_WEIGHT * view.energyBonus[quest.energyLevel] +
    DURATION_SPREAD_WEIGHT * durationSpreadBonus(quest.estimatedMinutes, view.minutes)
  );
}

/** The first batch, in preference order, that meets `rules`; null if none is found within the budget. */
function search(candidates: readonly Candidate[], context: GenerationContext, rules: Rules): Candidate[] | null {
  const state: State = { picks: [], perGoal: new Map() };
  const used = new Set<Candidate>();
  const quota = energyQuota(context.recentGeneratedByEnergy, rules.size);
  let steps = 0;
  const step = (): boolean => {
    if (state.picks.length === rules.size) return true;
    if (++steps > SEARCH_BUDGET) return false;
    const view = stepView(state, context, quota);
    const options = candidates
      .filter((c) => !used.has(c) && (state.perGoal.get(c.quest.goalId!) ?? 0) < rules.cap)
      .map((c) => ({ c, score: preference(c, view) }))
      .sort((a, b) => b.score - a.score || a.c.index - b.c.index);
    for (const { c } of options) {
      const goalId = c.quest.goalId!;
      state.picks.push(c);
      used.add(c);
      state.perGoal.set(goalId, (state.perGoal.get(goalId) ?? 0) + 1);
      if (owed(state, rules) <= rules.size - state.picks.length && step()) return true;
      state.picks.pop();
      used.delete(c);
      const left = state.perGoal.get(goalId)! - 1;
      if (left === 0) state.perGoal.delete(goalId);
      else state.perGoal.set(goalId, left);
      if (steps > SEARCH_BUDGET) return false;
    }
    return false;
  };
  return step() ? state.picks : null;
}

/**
 * Goals in the order their first quest was picked; within a goal, the original
 * order (model items first, as the model listed them: a goal's steps usually
 * come in a logical order).
 */
function ordered(picks: readonly Candidate[]): DecidedQuest[] {
  const rank = new Map<string, number>();
  picks.forEach((p, i) => {
    if (!rank.has(p.quest.goalId!)) rank.set(p.quest.goalId!, i);
  });
  return [...picks]
    .sort((a, b) => rank.get(a.quest.goalId!)! - rank.get(b.quest.goalId!)! || a.index - b.index)
    .map((p) => p.quest);
}

function rawField(item: unknown, field: 'title' | 'goalId'): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const value = (item as Record<string, unknown>)[field];
  if (typeof value !== 'string') return null;
  return Array.from(value).slice(0, REJECTED_TITLE_MAX).join('');
}

function rejection(index: number, item: unknown, reason: RejectionReason, detail: string): QuestRejection {
  return { index, title: rawField(item, 'title'), goalId: rawField(item, 'goalId'), reason, detail };
}

/** Why a valid model item did not make the batch. */
function leftOut(quest: QuestProposal, batch: readonly DecidedQuest[], rules: Rules): [RejectionReason, string] {
  if (!rules.goals.has(quest.goalId!)) return ['GOAL_NOT_DUE', 'goals served less recently come first this run'];
  if (batch.filter((q) => q.goalId === quest.goalId).length >= rules.cap) {
    return ['PER_GOAL_CAP', `at most ${rules.cap} new quests per goal`];
  }
  if (batch.some((q) => q.origin === 'FILL_IN')) {
    return [
      'BATCH_MIX',
      'replaced by a fill-in so the batch covers its goals, categories, energy levels and durations',
    ];
  }
  return ['SURPLUS', 'more quests than the batch holds'];
}

interface LadderStep {
  size: number;
  minBuckets: number;
  eased: string | null;
}

/** The rules to try, strictest first: all of them, then durations over two lengths, then smaller batches. */
const LADDER = (size: number): LadderStep[] => {
  const steps: LadderStep[] = [];
  const full = size >= QUESTS_PER_RUN_MIN ? 3 : 1;
  steps.push({ size, minBuckets: full, eased: null });
  if (full === 3) steps.push({ size, minBuckets: 2, eased: 'durations cover two lengths, not three' });
  for (let smaller = size - 1; smaller >= 1; smaller -= 1) {
    steps.push({
      size: smaller,
      minBuckets: smaller >= QUESTS_PER_RUN_MIN ? 2 : 1,
      eased: `only ${smaller} distinct quests fit the rules`,
    });
  }
  return steps;
};

/**
 * Decides the batch of one run. `modelItems`: the model's answer, unjudged
 * (null when the model gave none); `fillIns`: deterministic candidates for
 * the user's goals, or a function that makes them: it is called only when the
 * model's valid items alone cannot make a batch that keeps every rule (then
 * that batch is stored as it is). Pure and deterministic.
 */
export function decideQuestBatch(
  context: GenerationContext,
  modelItems: readonly unknown[] | null,
  fillIns: readonly QuestProposal[] | (() => readonly QuestProposal[]),
): BatchDecision {
  const items = modelItems ?? [];
  if (context.goals.length === 0) {
    return {
      batch: [],
      rejections: items.map((item, index) => rejection(index, item, 'NO_ACTIVE_GOAL', 'the user has no active goal')),
      shortfall: 'no active goal',
    };
  }
  const avoid = { pendingTitles: context.pendingTitles };
  const model = validateProposals(items, context.goals, avoid);
  const rejections = model.rejected.map((r) => rejection(r.index, items[r.index], r.code, r.reason));
  const validIndexes = items.map((_, i) => i).filter((i) => !model.rejected.some((r) => r.index === i));

  const size = batchSizeFor(context);
  const servedIds = new Set(servedGoals(context, size).map((g) => g.id));
  const candidate = (origin: QuestOrigin, quest: QuestProposal, index: number): Candidate => ({
    index,
    quest: { ...quest, origin },
    // The model proposes: its items come first whenever the rules allow them.
    fixed: (origin === 'MODEL' ? 10 : 0) + baseScore(quest, context),
  });
  const fromModel = model.valid
    .map((quest, i) => candidate('MODEL', quest, i))
    .filter((c) => servedIds.has(c.quest.goalId!));

  const cap = perGoalCap(context.goals.length);
  const categories = starvedCategories(context);
  const rulesFor = (attempt: LadderStep): Rules => ({
    cap,
    size: attempt.size,
    minBuckets: attempt.minBuckets,
    minLevels: attempt.size >= QUESTS_PER_RUN_MIN ? 2 : 1,
    goals: new Set([...servedIds].slice(0, attempt.size)),
    categories: categories.slice(0, attempt.size),
  });
  const [strictest] = LADDER(size);
  let rules = rulesFor(strictest!);
  let picks: Candidate[] | null = fromModel.length >= size ? search(fromModel, context, rules) : null;
  let eased: string | null = null;
  if (!picks) {
    const taken = new Set(model.valid.map((q) => questTitleKey(q.title)));
    // Fill-ins are written by code from checked templates (quest-templates.test.ts validates them):
    // only what depends on the pool is checked here, which keeps a sweep's CPU down.
    const pendingKeys = new Set(context.pendingTitles.map(questTitleKey));
    const extra = (typeof fillIns === 'function' ? fillIns() : fillIns).filter((q) => {
      const key = questTitleKey(q.title);
      if (q.goalId === null || !servedIds.has(q.goalId) || pendingKeys.has(key) || taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    const candidates = [...fromModel, ...extra.map((quest, i) => candidate('FILL_IN', quest, model.valid.length + i))];
    for (const attempt of LADDER(size)) {
      rules = rulesFor(attempt);
      picks = search(candidates, context, rules);
      if (picks) {
        eased = attempt.eased;
        break;
      }
    }
  }
  picks ??= [];
  const batch = ordered(picks);
  model.valid.forEach((quest, i) => {
    if (picks.some((p) => p.quest.origin === 'MODEL' && p.index === i)) return;
    const [reason, detail] = leftOut(quest, batch, { ...rules, goals: servedIds });
    rejections.push(rejection(validIndexes[i]!, items[validIndexes[i]!], reason, detail));
  });
  rejections.sort((a, b) => a.index - b.index);

  const notes: string[] = [];
  if (size < context.targetCount) {
    notes.push(`${context.goals.length} active goal(s) hold at most ${size} new quests at ${cap} per goal`);
  }
  if (picks.length === 0) notes.push('no quest fits the rules (every candidate repeats a pending title)');
  else if (eased) notes.push(eased);
  return { batch, rejections, shortfall: notes.length > 0 ? notes.join('; ') : null };
}

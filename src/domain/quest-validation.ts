/**
 * Validation of quest proposals. Everything a model returns is untrusted: it
 * may invent goal ids (possibly another user's), ignore the duration bounds,
 * misspell enums or return prose instead of objects. The model proposes; this
 * code decides. Items that cannot be repaired safely are rejected with a
 * reason (for logs); small, unambiguous deviations are normalised.
 */
import {
  QUEST_DESCRIPTION_MAX,
  QUEST_MAX_MINUTES,
  QUEST_MIN_MINUTES,
  QUEST_TITLE_MAX,
  questTitleKey,
  type GoalContext,
  type QuestProposal,
} from './quest-types.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from './vocabulary.js';

export interface RawProposal {
  goalId?: unknown;
  title?: unknown;
  description?: unknown;
  estimatedMinutes?: unknown;
  energyLevel?: unknown;
  valueCategory?: unknown;
}

/** Why a proposal is not stored: a small fixed set, so it can label a metric. */
export const REJECTION_REASONS = [
  'INVALID',
  'NO_GOAL',
  'UNKNOWN_GOAL',
  'ALREADY_PENDING',
  'DUPLICATE_TITLE',
  'PER_GOAL_CAP',
  'GOAL_NOT_DUE',
  'BATCH_MIX',
  'SURPLUS',
  'NO_ACTIVE_GOAL',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface ProposalRejection {
  index: number;
  /** The rule broken. */
  code: RejectionReason;
  /** The same in words, more precise where it helps ('invalid energyLevel'). */
  reason: string;
}

export interface ValidationResult {
  valid: QuestProposal[];
  rejected: ProposalRejection[];
}

export const QUEST_TITLE_MIN = 3;
const ELLIPSIS = '…';

// C0 and C1 control characters (and DEL) that are not whitespace: invisible, they can break rendering and logs.
// Whitespace controls (tab, newline…) are handled separately so words they separate stay apart.
// eslint-disable-next-line no-control-regex
const NON_SPACE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// What a multi-line description may not keep once line endings are normalised: all controls but tab and newline.
// eslint-disable-next-line no-control-regex
const BLOCK_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Length in code points, so an emoji counts as one character and is never split in half. */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/** One line of text: whitespace runs (newlines included) become one space, control characters go. */
export function cleanInlineText(text: string): string {
  // Strip first, collapse second: "a \u0007 b" must become "a b", not "a  b".
  return text.replace(NON_SPACE_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** Multi-line text: line breaks are kept (normalised to \n), other control characters go. */
export function cleanBlockText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(BLOCK_CONTROLS, '').trim();
}

/**
 * Shorten to at most `max` code points, ending with '…'. Cuts at the last
 * word boundary when one exists in the second half of the text, so we do not
 * end mid-word, but never throws away more than half just to find a space.
 */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, Math.max(0, max - 1)).join('');
  const boundary = head.search(/\s\S*$/);
  const cut = boundary >= head.length / 2 ? head.slice(0, boundary) : head;
  return cut.trimEnd() + ELLIPSIS;
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; code: RejectionReason };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string, code: RejectionReason = 'INVALID'): Checked<T> => ({ ok: false, reason, code });

function isRecord(item: unknown): item is RawProposal {
  return typeof item === 'object' && item !== null && !Array.isArray(item);
}

/**
 * Only the user's own active goals: a foreign or archived id must never attach
 * a quest to it, and a quest without a goal serves none of them (never stored).
 */
function checkGoal(goalId: unknown, goals: ReadonlyMap<string, GoalContext>): Checked<GoalContext> {
  if (goalId === null || goalId === undefined || goalId === '') return fail('no goal', 'NO_GOAL');
  if (typeof goalId !== 'string') return fail('unknown goal', 'UNKNOWN_GOAL');
  const goal = goals.get(goalId);
  return goal ? ok(goal) : fail('unknown goal', 'UNKNOWN_GOAL');
}

/** Too long is rejected, not truncated: a cut title usually reads as nonsense. */
function checkTitle(title: unknown): Checked<string> {
  if (typeof title !== 'string') return fail('invalid title');
  const clean = cleanInlineText(title);
  const length = textLength(clean);
  if (length < QUEST_TITLE_MIN) return fail('title too short');
  if (length > QUEST_TITLE_MAX) return fail('title too long');
  return ok(clean);
}

/** A description is secondary: missing is fine, too long is shortened rather than losing the quest. */
function checkDescription(description: unknown): Checked<string> {
  if (description === null || description === undefined) return ok('');
  if (typeof description !== 'string') return fail('invalid description');
  return ok(truncateAtWord(cleanBlockText(description), QUEST_DESCRIPTION_MAX));
}

/** Out-of-range durations are clamped: "45 minutes" still means "a long quest". */
function checkMinutes(minutes: unknown): Checked<number> {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) return fail('invalid estimatedMinutes');
  return ok(Math.min(QUEST_MAX_MINUTES, Math.max(QUEST_MIN_MINUTES, Math.round(minutes))));
}

/** Case is forgiven ("medium" → MEDIUM); anything outside the enum is not guessed at. */
function checkEnum<T extends string>(value: unknown, allowed: readonly T[], field: string): Checked<T> {
  if (typeof value !== 'string') return fail(`invalid ${field}`);
  const upper = value.trim().toUpperCase();
  return (allowed as readonly string[]).includes(upper) ? ok(upper as T) : fail(`invalid ${field}`);
}

/** A missing category is inferred from the goal. */
function checkCategory(value: unknown, goal: GoalContext): Checked<ValueCategory> {
  if (value === null || value === undefined) return ok(goal.valueCategory);
  return checkEnum(value, VALUE_CATEGORIES, 'valueCategory');
}

function validateOne(item: unknown, goals: ReadonlyMap<string, GoalContext>): Checked<QuestProposal> {
  if (!isRecord(item)) return fail('not an object');
  const goal = checkGoal(item.goalId, goals);
  if (!goal.ok) return goal;
  const title = checkTitle(item.title);
  if (!title.ok) return title;
  const description = checkDescription(item.description);
  if (!description.ok) return description;
  const minutes = checkMinutes(item.estimatedMinutes);
  if (!minutes.ok) return minutes;
  const energy = checkEnum<EnergyLevel>(item.energyLevel, ENERGY_LEVELS, 'energyLevel');
  if (!energy.ok) return energy;
  const category = checkCategory(item.valueCategory, goal.value);
  if (!category.ok) return category;
  return ok({
    goalId: goal.value.id,
    title: title.value,
    description: description.value,
    estimatedMinutes: minutes.value,
    energyLevel: energy.value,
    valueCategory: category.value,
  });
}

/**
 * Judges each proposal on its own. `pendingTitles`: quests the user already
 * has pending; a proposal with one of their titles is rejected ('already
 * pending'), so a run never adds a second copy of a quest. Titles are compared
 * by questTitleKey (case, spacing and punctuation ignored).
 */
export function validateProposals(
  raw: readonly unknown[],
  goals: readonly GoalContext[],
  options: { pendingTitles?: readonly string[] } = {},
): ValidationResult {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const pending = new Set((options.pendingTitles ?? []).map(questTitleKey));
  const seenTitles = new Set<string>();
  const result: ValidationResult = { valid: [], rejected: [] };
  raw.forEach((item, index) => {
    const checked = validateOne(item, byId);
    if (!checked.ok) {
      result.rejected.push({ index, code: checked.code, reason: checked.reason });
      return;
    }
    // Duplicates are judged among valid items only, so an invalid first copy cannot shadow a valid second one.
    const key = questTitleKey(checked.value.title);
    if (pending.has(key)) {
      result.rejected.push({ index, code: 'ALREADY_PENDING', reason: 'already pending' });
      return;
    }
    if (seenTitles.has(key)) {
      result.rejected.push({ index, code: 'DUPLICATE_TITLE', reason: 'duplicate title' });
      return;
    }
    seenTitles.add(key);
    result.valid.push(checked.value);
  });
  return result;
}

/**
 * Adventure rules outside pacing: which objectives a turn completed, quest
 * progress, and which key moments feed the epilogue. Pure and synchronous.
 *
 * - The narrator's explicit markers win: only ids of this quest's open
 *   objectives count, unknown or foreign ids are ignored. Only when no marker
 *   is valid does the keyword fallback run over the player's action.
 * - Keywords match whole words, case- and accent-insensitively ("Épée" matches
 *   "epee"; "key" does not match "keyring"); a multi-word keyword matches the
 *   same words in sequence, whatever spacing or punctuation sits between them.
 * - Progress is computed from the objectives (completed / total), so it never
 *   depends on whether the quest is still active.
 */
import { EPILOGUE_MOMENTS, type MomentView, type ObjectiveView } from './adventure-types.js';
import type { AdventureQuestStatus } from './vocabulary.js';

/**
 * The statuses of the quest the player chose: active, and still the adventure's
 * quest once completed (its objectives and progress stay visible).
 */
export const CHOSEN_QUEST_STATUSES: readonly AdventureQuestStatus[] = ['ACTIVE', 'COMPLETED'];

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** " word word " : lower case, accents stripped, words separated and surrounded by single spaces. */
function normalizedWords(text: string): string {
  const words = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().split(NON_WORD).filter(Boolean);
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/** True when one of `keywords` is in `normalized` (a normalizedWords result) as whole word(s). */
function containsAnyKeyword(normalized: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => {
    const words = normalizedWords(keyword);
    return words !== '' && normalized.includes(words);
  });
}

/** A keyword that can match something: it has at least one letter or digit. */
export function isMatchableKeyword(keyword: string): boolean {
  return normalizedWords(keyword) !== '';
}

/** True when `text` names one of `keywords`, by the keyword rule above (whole words, any case or accent). */
export function mentionsAnyKeyword(text: string, keywords: readonly string[]): boolean {
  const normalized = normalizedWords(text);
  return normalized !== '' && containsAnyKeyword(normalized, keywords);
}

/** Ids of open objectives with a keyword present in `action` as whole word(s), in objective order. */
export function matchObjectivesByKeywords(action: string, objectives: readonly ObjectiveView[]): string[] {
  const text = normalizedWords(action);
  if (text === '') return [];
  const ids: string[] = [];
  for (const objective of objectives) {
    if (objective.completedAt !== null || ids.includes(objective.id)) continue;
    if (containsAnyKeyword(text, objective.keywords)) ids.push(objective.id);
  }
  return ids;
}

/**
 * The objectives this turn completed: the narrator's markers when at least one
 * names an open objective of `objectives`, else the keyword fallback.
 * Deduplicated, in objective order.
 */
export function resolveCompletedObjectives(
  markedIds: readonly string[],
  action: string,
  objectives: readonly ObjectiveView[],
): string[] {
  const marked = new Set(markedIds);
  const ids: string[] = [];
  for (const objective of objectives) {
    if (objective.completedAt === null && marked.has(objective.id) && !ids.includes(objective.id)) {
      ids.push(objective.id);
    }
  }
  return ids.length > 0 ? ids : matchObjectivesByKeywords(action, objectives);
}

/** Completed / total, in 0..1; 0 for a quest without objectives. */
export function questProgress(objectives: readonly { completedAt: Date | null }[]): number {
  if (objectives.length === 0) return 0;
  let completed = 0;
  for (const objective of objectives) if (objective.completedAt !== null) completed++;
  return completed / objectives.length;
}

/** Every objective completed (a quest without objectives is never complete). */
export function isQuestComplete(objectives: readonly { completedAt: Date | null }[]): boolean {
  return objectives.length > 0 && objectives.every((objective) => objective.completedAt !== null);
}

/** Non-finite significance (NaN) ranks lowest. */
const significanceOf = (moment: MomentView): number =>
  Number.isFinite(moment.significance) ? moment.significance : Number.NEGATIVE_INFINITY;

/**
 * The `limit` most significant moments (ties: the earlier turn first), in turn
 * order for the epilogue. Moments of the same turn keep their given order.
 */
export function epilogueMoments(moments: readonly MomentView[], limit = EPILOGUE_MOMENTS): MomentView[] {
  if (limit <= 0) return [];
  const at = (i: number): MomentView => moments[i] as MomentView;
  return moments
    .map((_, i) => i)
    .sort((i, j) => significanceOf(at(j)) - significanceOf(at(i)) || at(i).turn - at(j).turn || i - j)
    .slice(0, limit)
    .sort((i, j) => at(i).turn - at(j).turn || i - j)
    .map(at);
}

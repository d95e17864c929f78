/**
 * What the narrator remembers beyond the recent exchanges, and the bounds
 * that keep its prompt the same size at turn 100 as at turn 10:
 *
 * - the player's memory note (always sent);
 * - story cards: a short text with trigger words, sent on the turns whose
 *   action or latest narration names a trigger (the keyword rule of
 *   adventure-rules.ts: whole words, any case or accent), at most
 *   NARRATOR_CARDS_MAX of them, in card order;
 * - the key moments so far: the NARRATOR_MOMENTS most significant, in turn order;
 * - the recent exchanges: the latest ones (at most NARRATOR_HISTORY) that fit
 *   in NARRATOR_HISTORY_CHARS characters, so long narrations shorten the
 *   window instead of growing the prompt.
 *
 * Pure and synchronous; the sizes are the product's limits (checked at the
 * edge of the use cases, and by the database column sizes).
 */
import { epilogueMoments, mentionsAnyKeyword } from './adventure-rules.js';
import { NARRATOR_HISTORY, type ExchangeView, type MomentView } from './adventure-types.js';

/** Most characters of the memory note. */
export const MEMORY_NOTE_MAX = 1000;
/** Most story cards per adventure. */
export const STORY_CARDS_MAX = 20;
/** Most characters of a card's text. */
export const STORY_CARD_TEXT_MAX = 300;
/** Trigger words per card (1..this many), and most characters of one trigger. */
export const STORY_CARD_TRIGGERS_MAX = 5;
export const STORY_CARD_TRIGGER_MAX = 40;

/** Most triggered cards the narrator gets on one turn. */
export const NARRATOR_CARDS_MAX = 3;
/** Most characters (actions and narrations) of the recent exchanges the narrator gets. */
export const NARRATOR_HISTORY_CHARS = 5000;
/** Most key moments the narrator gets. */
export const NARRATOR_MOMENTS = 6;

export interface StoryCard {
  id: string;
  text: string;
  triggers: string[];
}

/** What the narrator gets of the story so far, besides the quest and the pacing. */
export interface NarratorMemory {
  memoryNote: string;
  /** The triggered cards, at most NARRATOR_CARDS_MAX, in card order. */
  cards: StoryCard[];
  /** The most significant key moments, at most NARRATOR_MOMENTS, in turn order. */
  moments: MomentView[];
}

/**
 * The latest exchanges that fit the narrator's window, oldest first: at most
 * `maxCount`, and no more than `maxChars` characters of actions and narrations
 * (the latest exchange always, so the narrator never loses the last scene).
 * `history` is oldest first.
 */
export function recentExchangeWindow(
  history: readonly ExchangeView[],
  maxChars = NARRATOR_HISTORY_CHARS,
  maxCount = NARRATOR_HISTORY,
): ExchangeView[] {
  const kept: ExchangeView[] = [];
  let chars = 0;
  for (let i = history.length - 1; i >= 0 && kept.length < maxCount; i--) {
    const exchange = history[i] as ExchangeView;
    const size = exchange.action.length + exchange.narration.length;
    if (kept.length > 0 && chars + size > maxChars) break;
    kept.push(exchange);
    chars += size;
  }
  return kept.reverse();
}

/**
 * The cards to send with this turn: those with a trigger named in the
 * player's action or in the latest narration (the scene the action answers),
 * the first `limit` in card order.
 */
export function triggeredCards(
  cards: readonly StoryCard[],
  action: string,
  latestNarration: string | null,
  limit = NARRATOR_CARDS_MAX,
): StoryCard[] {
  const texts = latestNarration ? [action, latestNarration] : [action];
  return cards
    .filter((card) => texts.some((text) => mentionsAnyKeyword(text, card.triggers)))
    .slice(0, Math.max(0, limit));
}

/** The key moments the narrator gets: the most significant, in turn order (the epilogue's rule, fewer). */
export function narratorMoments(moments: readonly MomentView[], limit = NARRATOR_MOMENTS): MomentView[] {
  return epilogueMoments(moments, limit);
}

/** The narrator's memory for a turn. `history` is oldest first. */
export function narratorMemory(input: {
  memoryNote: string;
  cards: readonly StoryCard[];
  moments: readonly MomentView[];
  history: readonly ExchangeView[];
  action: string;
}): NarratorMemory {
  const latest = input.history.at(-1)?.narration ?? null;
  return {
    memoryNote: input.memoryNote,
    cards: triggeredCards(input.cards, input.action, latest),
    moments: narratorMoments(input.moments),
  };
}

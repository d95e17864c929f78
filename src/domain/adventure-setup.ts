/**
 * What may change before play starts: the character may be edited, and the
 * quest offers re-rolled a few times, until a quest is chosen. Pure.
 */
/** Re-rolls of the quest offers allowed per adventure (each is one quest-designer model call). */
export const QUEST_REROLLS_MAX = 2;

/** Until a quest is chosen, the adventure is still in character creation. */
export function beforeQuestChosen(gamePhase: string): boolean {
  return gamePhase === 'CHARACTER_CREATION';
}

/** Re-rolls still allowed after `used` (never negative). */
export function questRerollsLeft(used: number, max = QUEST_REROLLS_MAX): number {
  return Math.max(0, max - used);
}

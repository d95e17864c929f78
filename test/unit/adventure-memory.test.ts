import { describe, expect, it } from 'vitest';
import {
  MEMORY_NOTE_MAX,
  NARRATOR_CARDS_MAX,
  NARRATOR_HISTORY_CHARS,
  NARRATOR_MOMENTS,
  STORY_CARDS_MAX,
  STORY_CARD_TEXT_MAX,
  narratorMemory,
  recentExchangeWindow,
  triggeredCards,
  type StoryCard,
} from '../../src/domain/adventure-memory.js';
import { QUEST_REROLLS_MAX, beforeQuestChosen, questRerollsLeft } from '../../src/domain/adventure-setup.js';
import {
  ACTION_MAX,
  CHARACTER_BACKSTORY_MAX,
  type ExchangeView,
  type MomentView,
  type NarrationRequest,
} from '../../src/domain/adventure-types.js';
import { pacingContext } from '../../src/domain/pacing.js';
import { MOMENT_SUMMARY_MAX_CHARS, NARRATION_MAX_CHARS, buildNarratorPrompt } from '../../src/llm/narrator-prompt.js';

const exchange = (turn: number, size = 100): ExchangeView => ({
  turn,
  action: 'a'.repeat(size / 2),
  narration: 'n'.repeat(size / 2),
});

describe('recentExchangeWindow', () => {
  it('keeps the latest exchanges that fit the characters, oldest first', () => {
    const history = Array.from({ length: 30 }, (_, i) => exchange(i + 1, 1000));
    const window = recentExchangeWindow(history, 3500);
    expect(window.map((e) => e.turn)).toEqual([28, 29, 30]);
  });

  it('keeps at most the count, and always the latest exchange even when it alone is too long', () => {
    expect(
      recentExchangeWindow(
        Array.from({ length: 30 }, (_, i) => exchange(i + 1, 10)),
        10_000,
        20,
      ),
    ).toHaveLength(20);
    expect(recentExchangeWindow([exchange(1, 100), exchange(2, 8000)], 5000)).toEqual([exchange(2, 8000)]);
    expect(recentExchangeWindow([], 5000)).toEqual([]);
  });
});

describe('triggeredCards', () => {
  const cards: StoryCard[] = [
    { id: 'a', text: 'Élodie keeps the lighthouse.', triggers: ['Élodie'] },
    { id: 'b', text: 'The ferry costs a pearl.', triggers: ['ferry', 'boat man'] },
    { id: 'c', text: 'A dragon sleeps.', triggers: ['dragon'] },
  ];

  it('matches whole words of the action, any case or accent, multi-word triggers in sequence', () => {
    expect(triggeredCards(cards, 'I look for ELODIE', null).map((c) => c.id)).toEqual(['a']);
    expect(triggeredCards(cards, 'I call the boat-man', null).map((c) => c.id)).toEqual(['b']);
    expect(triggeredCards(cards, 'I board the ferryboat', null)).toEqual([]);
  });

  it('matches the latest narration too, and keeps the first cards in card order up to the limit', () => {
    expect(triggeredCards(cards, 'I wait', 'A dragon stirs; the ferry leaves.').map((c) => c.id)).toEqual(['b', 'c']);
    expect(triggeredCards(cards, 'Élodie, the ferry and the dragon', null, 2).map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('narratorMemory', () => {
  it('keeps the most significant moments in turn order and triggers cards on the latest narration', () => {
    const moments: MomentView[] = Array.from({ length: 20 }, (_, i) => ({
      turn: i + 1,
      kind: 'CHOICE',
      summary: `moment ${i + 1}`,
      significance: (i % 10) / 10,
    }));
    const memory = narratorMemory({
      memoryNote: 'note',
      cards: [{ id: 'x', text: 'x', triggers: ['pier'] }],
      moments,
      history: [{ turn: 1, action: 'I go', narration: 'You reach the pier.' }],
      action: 'I wait',
    });
    expect(memory.cards.map((c) => c.id)).toEqual(['x']);
    expect(memory.moments).toHaveLength(NARRATOR_MOMENTS);
    expect(memory.moments.map((m) => m.turn)).toEqual([8, 9, 10, 18, 19, 20]);
  });
});

describe('adventure setup rules', () => {
  it('allows edits and re-rolls only before the quest is chosen, re-rolls up to the maximum', () => {
    expect(beforeQuestChosen('CHARACTER_CREATION')).toBe(true);
    expect(beforeQuestChosen('EXPLORATION')).toBe(false);
    expect(questRerollsLeft(0)).toBe(QUEST_REROLLS_MAX);
    expect(questRerollsLeft(QUEST_REROLLS_MAX)).toBe(0);
    expect(questRerollsLeft(QUEST_REROLLS_MAX + 3)).toBe(0);
  });
});

describe('the narrator prompt with maximal text in every field', () => {
  const long = (seed: string, length: number) => `${seed} `.repeat(length).slice(0, length);
  const cards: StoryCard[] = Array.from({ length: STORY_CARDS_MAX }, (_, i) => ({
    id: `c${i}`,
    text: long(`card${i}`, STORY_CARD_TEXT_MAX),
    triggers: ['all'],
  }));
  const moments: MomentView[] = Array.from({ length: 100 }, (_, i) => ({
    turn: i + 1,
    kind: 'TRIUMPH',
    summary: long(`moment${i}`, MOMENT_SUMMARY_MAX_CHARS),
    significance: 0.5,
  }));

  function request(turn: number): NarrationRequest {
    const history = Array.from({ length: turn - 1 }, (_, i) => ({
      turn: i + 1,
      action: long(`all act${i}`, ACTION_MAX),
      narration: long(`scene${i}`, NARRATION_MAX_CHARS),
    }));
    return {
      character: { name: 'N'.repeat(60), archetype: 'A'.repeat(60), backstory: long('past', CHARACTER_BACKSTORY_MAX) },
      quest: {
        id: 'q',
        title: 'T'.repeat(120),
        description: long('quest', 1000),
        objectives: Array.from({ length: 4 }, (_, i) => ({
          id: `o${i}`,
          description: long(`objective${i}`, 300),
          keywords: ['k'],
          completedAt: null,
        })),
      },
      pacing: pacingContext({
        turn,
        maxTurns: 100,
        questCompletedAtTurn: null,
        denouementStartedAtTurn: null,
        pacingEnabled: true,
      }),
      // Everything passed as is (not bounded by the caller): the builder applies the bounds.
      memory: { memoryNote: long('remember', MEMORY_NOTE_MAX), cards, moments: moments.slice(0, turn - 1) },
      history,
      action: long(`all now${turn}`, ACTION_MAX),
    };
  }

  const size = (turn: number) =>
    buildNarratorPrompt(request(turn)).reduce((sum, message) => sum + String(message.content).length, 0);

  it('stays within 1.2× of its turn-10 size at turn 100', () => {
    expect(size(100) / size(10)).toBeLessThanOrEqual(1.2);
  });

  it('sends at most the bounded cards, moments and exchange characters, in the context order', () => {
    const messages = buildNarratorPrompt(request(100));
    const system = String(messages[0]!.content);
    const exchanges = messages.slice(1, -1).reduce((sum, message) => sum + String(message.content).length, 0);
    expect(exchanges).toBeLessThanOrEqual(NARRATOR_HISTORY_CHARS);
    expect(system.match(/^- card\d+/gm)).toHaveLength(NARRATOR_CARDS_MAX);
    expect(system.match(/^- Turn \d+ \(TRIUMPH\)/gm)).toHaveLength(NARRATOR_MOMENTS);
    const order = ["The player's memory note", 'Story cards that apply', 'Active quest:', 'Key moments so far:'];
    const positions = order.map((text) => system.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

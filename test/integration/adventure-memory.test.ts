import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_CARDS_MAX } from '../../src/domain/adventure-memory.js';
import { QUEST_REROLLS_MAX } from '../../src/domain/adventure-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CHOOSE_QUEST, CREATE_CHARACTER, START_ADVENTURE, TAKE_ACTION } from '../support/operations.js';
import {
  ADD_CARD,
  EDIT_CHARACTER,
  REMOVE_CARD,
  REROLL_QUESTS,
  SET_MEMORY,
  UPDATE_CARD,
} from '../support/adventure-memory-operations.js';

/**
 * The narrator's memory (note and story cards), character edits and quest
 * re-rolls through the API, with the offline narrator: it brings the first
 * triggered card into its narration, so the path from the mutation to the
 * narrator's request shows in the narration.
 */

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token('memory-player');
});
afterAll(async () => {
  await t?.close();
});

async function mutate(operation: Parameters<TestApp['gql']>[0], input: Record<string, unknown>, as = token) {
  const response = await t.gql(operation, { input }, as);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data as Record<string, any>)[0];
}

async function createdAdventure(as = token) {
  const started = await mutate(START_ADVENTURE, { maxTurns: 25 }, as);
  const id: string = started.adventure.id;
  const created = await mutate(
    CREATE_CHARACTER,
    { adventureId: id, name: 'Mira', archetype: 'Ranger', backstory: 'Raised by wolves in the northern woods.' },
    as,
  );
  expect(created.userErrors).toEqual([]);
  return { id, offers: created.adventure.questOffers as { id: string; title: string }[] };
}

async function playingAdventure(as = token) {
  const { id, offers } = await createdAdventure(as);
  const chosen = await mutate(CHOOSE_QUEST, { adventureId: id, questId: offers[0]!.id }, as);
  expect(chosen.userErrors).toEqual([]);
  return id;
}

const WAIT = 'I pause and take in my surroundings.';
const act = async (id: string, action: string) => {
  const result = await mutate(TAKE_ACTION, { adventureId: id, action });
  expect(result.userErrors).toEqual([]);
  return result.narration as string;
};

// The card texts do not name their own triggers: the offline narrator quotes the card, which would keep it triggered.
const LIGHTHOUSE = 'The keeper lost her brother to the tide and blames the sea witch.';
const DRAGON = 'A copper dragon sleeps under the salt flats.';

describe('memory note and story cards', () => {
  it('stores the note and the cards, and the narrator gets a card on the turns that name a trigger', async () => {
    const id = await playingAdventure();
    const noted = await mutate(SET_MEMORY, { adventureId: id, memoryNote: 'Mira is afraid of deep water.' });
    expect(noted).toMatchObject({ userErrors: [], adventure: { memoryNote: 'Mira is afraid of deep water.' } });
    await mutate(ADD_CARD, { adventureId: id, text: LIGHTHOUSE, triggers: ['Elodie', 'lighthouse'] });
    const added = await mutate(ADD_CARD, { adventureId: id, text: DRAGON, triggers: ['dragon'] });
    expect(added.userErrors).toEqual([]);
    expect(added.adventure.storyCards).toMatchObject([
      { text: LIGHTHOUSE, triggers: ['Elodie', 'lighthouse'] },
      { text: DRAGON, triggers: ['dragon'] },
    ]);

    // Accents and case are ignored, whole words only: "ÉLODIE" names the trigger "Elodie".
    const named = await act(id, 'I knock at ÉLODIE’s door.');
    expect(named).toContain('lost her brother to the tide');
    expect(named).not.toContain('copper dragon');
    // The next turn's latest narration still names her (it quotes the action): the card stays.
    expect(await act(id, WAIT)).toContain('lost her brother to the tide');
    // Now neither the action nor the latest narration does.
    expect(await act(id, WAIT)).not.toContain('lost her brother');
    // "lighthouses" is not the whole word "lighthouse".
    expect(await act(id, 'I count the lighthouses on the coast.')).not.toContain('lost her brother');

    const cardId = added.adventure.storyCards[1].id;
    const updated = await mutate(UPDATE_CARD, { adventureId: id, cardId, triggers: ['wyrm'] });
    expect(updated.adventure.storyCards[1]).toEqual({ id: cardId, text: DRAGON, triggers: ['wyrm'] });
    expect(await act(id, 'I ask about the wyrm.')).toContain('copper dragon');
    const removed = await mutate(REMOVE_CARD, { adventureId: id, cardId });
    expect(removed.adventure.storyCards.map((c: { text: string }) => c.text)).toEqual([LIGHTHOUSE]);
    expect(await act(id, 'I ask about the wyrm again.')).not.toContain('copper dragon');
  });

  it('refuses oversized, empty and unmatchable input, unknown cards, and other players', async () => {
    const id = await playingAdventure();
    const long = await mutate(SET_MEMORY, { adventureId: id, memoryNote: 'x'.repeat(1001) });
    expect(long.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'memoryNote' })]);
    const noTrigger = await mutate(ADD_CARD, { adventureId: id, text: 'A fact.', triggers: [] });
    expect(noTrigger.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'triggers' })]);
    const punctuation = await mutate(ADD_CARD, { adventureId: id, text: 'A fact.', triggers: ['?!'] });
    expect(punctuation.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'triggers.0' })]);
    const tooMany = await mutate(ADD_CARD, {
      adventureId: id,
      text: 'A fact.',
      triggers: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    expect(tooMany.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'triggers' })]);
    const longText = await mutate(ADD_CARD, { adventureId: id, text: 'x'.repeat(301), triggers: ['x'] });
    expect(longText.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'text' })]);
    const unknown = await mutate(REMOVE_CARD, { adventureId: id, cardId: 'no-such-card' });
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'cardId' })]);

    const other = await t.token('memory-intruder');
    const foreign = await mutate(SET_MEMORY, { adventureId: id, memoryNote: 'mine now' }, other);
    expect(foreign.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'adventureId' })]);
    const foreignCard = await mutate(ADD_CARD, { adventureId: id, text: 'A fact.', triggers: ['x'] }, other);
    expect(foreignCard.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'adventureId' })]);
    const cleared = await mutate(SET_MEMORY, { adventureId: id, memoryNote: '' });
    expect(cleared).toMatchObject({ userErrors: [], adventure: { memoryNote: '' } });
  });

  it('keeps every card of concurrent additions and never passes the cap', async () => {
    const id = await playingAdventure();
    const first = await Promise.all(
      Array.from({ length: STORY_CARDS_MAX - 1 }, (_, i) =>
        mutate(ADD_CARD, { adventureId: id, text: `Fact ${i}.`, triggers: [`word${i}`] }),
      ),
    );
    expect(first.every((r) => r.userErrors.length === 0)).toBe(true);
    const last = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        mutate(ADD_CARD, { adventureId: id, text: `Late ${i}.`, triggers: ['late'] }),
      ),
    );
    expect(last.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    for (const refused of last.filter((r) => r.userErrors.length > 0)) {
      expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'LIMIT_REACHED', field: 'adventureId' })]);
    }
    const session = await t.app.services.prisma.adventureSession.findFirstOrThrow({
      where: { userId: 'memory-player', storyCards: { array_contains: [{ text: 'Fact 0.' }] } },
    });
    const texts = (session.storyCards as { text: string }[]).map((c) => c.text);
    expect(texts).toHaveLength(STORY_CARDS_MAX);
    for (let i = 0; i < STORY_CARDS_MAX - 1; i++) expect(texts).toContain(`Fact ${i}.`);
  });
});

describe('character edits and quest re-rolls', () => {
  it('edits the character until the quest is chosen, then refuses', async () => {
    const { id, offers } = await createdAdventure();
    const edited = await mutate(EDIT_CHARACTER, { adventureId: id, name: 'Mirabel', backstory: 'A lighthouse child.' });
    expect(edited).toMatchObject({
      userErrors: [],
      adventure: { character: { name: 'Mirabel', archetype: 'Ranger', backstory: 'A lighthouse child.' } },
    });
    const invalid = await mutate(EDIT_CHARACTER, { adventureId: id, name: 'x'.repeat(61) });
    expect(invalid.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'name' })]);
    await mutate(CHOOSE_QUEST, { adventureId: id, questId: offers[0]!.id });
    const late = await mutate(EDIT_CHARACTER, { adventureId: id, name: 'Someone else' });
    expect(late.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' })]);
  });

  it('refuses an edit before the character is created (createCharacter finishes it)', async () => {
    const started = await mutate(START_ADVENTURE, { maxTurns: 25 });
    const early = await mutate(EDIT_CHARACTER, { adventureId: started.adventure.id, name: 'Early' });
    expect(early.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });

  it(`re-rolls the offers ${QUEST_REROLLS_MAX} times (new quests, one model unit each), then refuses`, async () => {
    const { id, offers } = await createdAdventure();
    const usage = () =>
      t.app.services.prisma.modelBudgetUsage.findUniqueOrThrow({ where: { userId: 'memory-player' } });
    const before = (await usage()).dayUnits;
    let previous = offers;
    for (let left = QUEST_REROLLS_MAX - 1; left >= 0; left--) {
      const rerolled = await mutate(REROLL_QUESTS, { adventureId: id });
      expect(rerolled.userErrors).toEqual([]);
      expect(rerolled.adventure.questRerollsLeft).toBe(left);
      const titles = rerolled.adventure.questOffers.map((o: { title: string }) => o.title);
      expect(titles).toHaveLength(3);
      for (const old of previous) expect(titles).not.toContain(old.title);
      previous = rerolled.adventure.questOffers;
    }
    expect((await usage()).dayUnits).toBe(before + QUEST_REROLLS_MAX);
    const exhausted = await mutate(REROLL_QUESTS, { adventureId: id });
    expect(exhausted.userErrors).toEqual([expect.objectContaining({ code: 'LIMIT_REACHED', field: 'adventureId' })]);
    expect((await usage()).dayUnits).toBe(before + QUEST_REROLLS_MAX);

    // A replaced offer is gone; a current one can be chosen, after which re-rolls are refused.
    const stale = await mutate(CHOOSE_QUEST, { adventureId: id, questId: offers[0]!.id });
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'questId' })]);
    const chosen = await mutate(CHOOSE_QUEST, { adventureId: id, questId: previous[1]!.id });
    expect(chosen.userErrors).toEqual([]);
    const after = await mutate(REROLL_QUESTS, { adventureId: id });
    expect(after.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' })]);
  });

  it('plays one of concurrent re-rolls, and a choice racing a re-roll leaves one consistent outcome', async () => {
    const { id, offers } = await createdAdventure();
    const both = await Promise.all([
      mutate(REROLL_QUESTS, { adventureId: id }),
      mutate(REROLL_QUESTS, { adventureId: id }),
    ]);
    const done = both.filter((r) => r.userErrors.length === 0);
    expect(done).toHaveLength(1);
    expect(both.find((r) => r.userErrors.length > 0)!.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' }),
    ]);
    const quests = () => t.app.services.prisma.adventureQuest.findMany({ where: { session: { id: rawId(id) } } });
    expect((await quests()).filter((q) => q.status === 'OFFERED')).toHaveLength(3);

    const current = done[0].adventure.questOffers as { id: string }[];
    const [reroll, choice] = await Promise.all([
      mutate(REROLL_QUESTS, { adventureId: id }),
      mutate(CHOOSE_QUEST, { adventureId: id, questId: current[0]!.id }),
    ]);
    const rows = await quests();
    if (choice.userErrors.length === 0) {
      // The choice won: the re-roll was refused and the chosen quest is active.
      expect(reroll.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
      expect(rows.filter((q) => q.status === 'ACTIVE')).toHaveLength(1);
      expect(rows.filter((q) => q.status === 'OFFERED')).toHaveLength(0);
    } else {
      // The re-roll won: the choice was refused (the offer is gone or was being replaced), three new offers.
      expect(reroll.userErrors).toEqual([]);
      expect(rows.filter((q) => q.status === 'OFFERED')).toHaveLength(3);
      expect(rows.filter((q) => q.status === 'ACTIVE')).toHaveLength(0);
    }
    expect(offers).toHaveLength(3);
  });
});

function rawId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
}

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { offlineQuestOffers } from '../../src/llm/offline-adventure.js';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CHOOSE_QUEST, CREATE_CHARACTER, START_ADVENTURE, TAKE_ACTION } from '../support/operations.js';
import { ADD_CARD, EDIT_CHARACTER, REROLL_QUESTS, SET_MEMORY } from '../support/adventure-memory-operations.js';

/**
 * The narrator's memory and the quest re-rolls on the production path: the app
 * configured with an OpenAI-compatible provider (the local mock), asserting
 * what the provider was really sent.
 */
let mock: MockOpenAI;
let t: TestApp;

const PER_HOUR = 3;
beforeAll(async () => {
  mock = await startMockOpenAI();
  t = await startTestApp({
    config: {
      llm: { model: 'openai:gpt-4o-mini', baseUrl: mock.baseUrl, apiKey: 'test-key', timeoutMs: 10_000, maxRetries: 0 },
      llmBudget: { perHour: PER_HOUR, perDay: 100, maxOpenAdventures: 20 },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await mock?.close();
});

async function mutate(operation: Parameters<TestApp['gql']>[0], input: Record<string, unknown>, as: string) {
  const response = await t.gql(operation, { input }, as);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data as Record<string, any>)[0];
}

const CHARACTER = { name: 'Marisol', archetype: 'smuggler', backstory: 'Raised on the river docks.' };

/** An adventure whose offers the provider wrote (one designer request). */
async function createdAdventure(as: string) {
  const started = await mutate(START_ADVENTURE, { maxTurns: 25 }, as);
  const id: string = started.adventure.id;
  mock.enqueue({ kind: 'tool', args: { offers: offlineQuestOffers(CHARACTER) } });
  const created = await mutate(CREATE_CHARACTER, { adventureId: id, ...CHARACTER }, as);
  expect(created.userErrors).toEqual([]);
  return { id, offers: created.adventure.questOffers as { id: string; title: string }[] };
}

const NOTE = 'Marisol never learned to swim; she owes the ferry guild forty crowns.';
const FERRY_CARD = 'The ferryman Oskar takes payment only in river pearls.';
const DRAGON_CARD = 'A copper dragon sleeps under the salt flats.';

const narrated = (summary: string | null) => ({
  kind: 'tool' as const,
  args: {
    narration: 'The river answers with a slap of cold water against the pier.',
    completedObjectiveIds: [],
    keyMoment: summary ? { kind: 'CHOICE', summary, significance: 0.7 } : null,
  },
});

describe('the narrator’s memory through a provider', () => {
  it('sends the memory note, then the triggered card (not the others), the quest and the key moments, in that order', async () => {
    const as = await t.token('memory-provider');
    const { id, offers } = await createdAdventure(as);
    expect((await mutate(CHOOSE_QUEST, { adventureId: id, questId: offers[0]!.id }, as)).userErrors).toEqual([]);
    await mutate(SET_MEMORY, { adventureId: id, memoryNote: NOTE }, as);
    await mutate(ADD_CARD, { adventureId: id, text: FERRY_CARD, triggers: ['ferryman'] }, as);
    await mutate(ADD_CARD, { adventureId: id, text: DRAGON_CARD, triggers: ['dragon'] }, as);

    mock.enqueue(narrated('Marisol chose to trust the ferryman.'));
    const first = await mutate(TAKE_ACTION, { adventureId: id, action: 'I hail the FERRYMAN from the pier.' }, as);
    expect(first.userErrors).toEqual([]);
    mock.enqueue(narrated(null));
    const second = await mutate(TAKE_ACTION, { adventureId: id, action: 'I wait for the ferryman to row closer.' }, as);
    expect(second.userErrors).toEqual([]);

    const body = mock.requests.at(-1);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'narrate_turn' } });
    const system: string = body.messages[0].content;
    expect(system).toContain(NOTE);
    expect(system).toContain(FERRY_CARD);
    expect(system).not.toContain(DRAGON_CARD);
    expect(JSON.stringify(body.messages)).not.toContain('copper dragon');
    const at = (text: string) => {
      const index = system.indexOf(text);
      expect(index, text).toBeGreaterThanOrEqual(0);
      return index;
    };
    // The context order: memory note, triggered cards, quest state, key moments; the exchanges follow as messages.
    expect(at(NOTE)).toBeLessThan(at(FERRY_CARD));
    expect(at(FERRY_CARD)).toBeLessThan(at('Active quest:'));
    expect(at('Active quest:')).toBeLessThan(at('Key moments so far:'));
    expect(system).toContain('- Turn 1 (CHOICE): Marisol chose to trust the ferryman.');
    expect(body.messages.slice(1).map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(body.messages[1].content).toBe('I hail the FERRYMAN from the pier.');
  });

  it('re-rolls with the provider (told the titles it replaces) within the model budget', async () => {
    const as = await t.token('reroll-provider');
    const { id, offers } = await createdAdventure(as); // unit 1
    await createdAdventure(as); // unit 2
    const replacement = offlineQuestOffers(
      CHARACTER,
      offers.map((o) => o.title),
    );
    mock.enqueue({ kind: 'tool', args: { offers: replacement } });
    const rerolled = await mutate(REROLL_QUESTS, { adventureId: id }, as); // unit 3
    expect(rerolled.userErrors).toEqual([]);
    expect(rerolled.adventure.questOffers.map((o: { title: string }) => o.title)).toEqual(
      replacement.map((o) => o.title),
    );
    const system: string = mock.requests.at(-1).messages[0].content;
    expect(system).toContain('offer different ones');
    for (const offer of offers) expect(system).toContain(`- ${offer.title}`);

    const requests = mock.requests.length;
    const refused = await mutate(REROLL_QUESTS, { adventureId: id }, as);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'RATE_LIMITED', field: 'adventureId' })]);
    expect(mock.requests).toHaveLength(requests); // refused before any provider call
    // The refused re-roll did not count: one is left, and the offers are unchanged.
    const session = await t.app.services.prisma.adventureSession.findFirstOrThrow({
      where: { userId: 'reroll-provider', questRerolls: 1 },
    });
    expect(session.claimToken).toBeNull();
  });

  it('refuses an edit and a choice while a re-roll is in flight, and the re-roll then lands whole', async () => {
    const as = await t.token('reroll-race');
    const { id, offers } = await createdAdventure(as);
    mock.enqueue({
      kind: 'tool',
      args: {
        offers: offlineQuestOffers(
          CHARACTER,
          offers.map((o) => o.title),
        ),
      },
      delayMs: 3000,
    });
    const sent = mock.requests.length;
    const reroll = mutate(REROLL_QUESTS, { adventureId: id }, as);
    // The designer's request has reached the provider: the re-roll holds the claim for its 3 s answer.
    await vi.waitFor(() => expect(mock.requests).toHaveLength(sent + 1), { timeout: 5000, interval: 20 });
    const edit = await mutate(EDIT_CHARACTER, { adventureId: id, name: 'Changed' }, as);
    expect(edit.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' })]);
    const choice = await mutate(CHOOSE_QUEST, { adventureId: id, questId: offers[0]!.id }, as);
    expect(choice.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' })]);
    const done = await reroll;
    expect(done.userErrors).toEqual([]);
    expect(done.adventure).toMatchObject({
      gamePhase: 'CHARACTER_CREATION',
      questRerollsLeft: 1,
      character: { name: 'Marisol' },
    });
    const chosen = await mutate(CHOOSE_QUEST, { adventureId: id, questId: done.adventure.questOffers[0].id }, as);
    expect(chosen.userErrors).toEqual([]);
  });
});

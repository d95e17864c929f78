import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';
import {
  ADVENTURE_NARRATION,
  ADVENTURE_PHASE_CHANGED,
  CHOOSE_QUEST,
  CREATE_CHARACTER,
  START_ADVENTURE,
  TAKE_ACTION,
} from '../support/operations.js';
import { operationText, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Retry, undo and versions of the last turn, and the record of each turn's
 * model calls, through the API against the mock OpenAI-compatible server:
 * a queued tool answer is the model's; with nothing queued the mock answers
 * 500 and the offline narrator stands in (recorded as a fallback).
 */

const RETRY = graphql(`
  mutation RetryAdventureTurn($input: RetryAdventureTurnInput!) {
    retryAdventureTurn(input: $input) {
      narration
      turn
      version
      adventure {
        id
        turn
        phase
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UNDO = graphql(`
  mutation UndoAdventureTurn($input: UndoAdventureTurnInput!) {
    undoAdventureTurn(input: $input) {
      adventure {
        id
        turn
        phase
        status
        epilogue
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const CHOOSE_VERSION = graphql(`
  mutation ChooseAdventureTurnVersion($input: ChooseAdventureTurnVersionInput!) {
    chooseAdventureTurnVersion(input: $input) {
      adventure {
        id
        turn
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const TURN_RECORD = graphql(`
  query AdventureTurnRecord($id: ID!) {
    node(id: $id) {
      ... on AdventureSession {
        turn
        exchanges(last: 100) {
          turn
          narration
          version
          versions {
            version
            narration
            epilogue
            narratorCall {
              provider
              fellBack
            }
          }
          narratorCall {
            provider
            model
            fellBack
            fallbackReason
            latencyMs
            inputTokens
            outputTokens
          }
          epilogueCall {
            provider
            fellBack
            fallbackReason
          }
        }
      }
    }
  }
`);

let t: TestApp;
let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI();
  t = await startTestApp({
    config: {
      llm: { model: 'openai:gpt-4o-mini', baseUrl: mock.baseUrl, apiKey: 'test-key', timeoutMs: 1500, maxRetries: 0 },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await mock?.close();
});

async function mutate(operation: Parameters<TestApp['gql']>[0], input: object, field: string, as: string) {
  const response = await t.gql(operation, { input }, as);
  expect(response.errors).toBeUndefined();
  return response.data[field];
}

const sessionIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

/** An adventure with a character and a chosen quest (the designer falls back to the offline offers). */
async function readyAdventure(as: string, maxTurns = 25) {
  const started = await mutate(START_ADVENTURE, { maxTurns }, 'startAdventure', as);
  const id = started.adventure.id;
  const character = { adventureId: id, name: 'Mira', archetype: 'Ranger', backstory: 'Raised by wolves.' };
  const created = await mutate(CREATE_CHARACTER, character, 'createCharacter', as);
  const offer = created.adventure.questOffers[0];
  const chosen = await mutate(CHOOSE_QUEST, { adventureId: id, questId: offer.id }, 'chooseAdventureQuest', as);
  expect(chosen.userErrors).toEqual([]);
  const sessionId = sessionIdOf(id);
  const quest = await t.app.services.prisma.adventureQuest.findFirstOrThrow({
    where: { sessionId, status: 'ACTIVE' },
    include: { objectives: { orderBy: { position: 'asc' } } },
  });
  return { id, sessionId, objectiveIds: quest.objectives.map((objective) => objective.id) };
}

// An action that names no objective keyword: the story moves on, the quest does not.
const WAIT = 'I pause and take in my surroundings.';

const act = (id: string, as: string, action = WAIT) =>
  mutate(TAKE_ACTION, { adventureId: id, action }, 'takeAdventureAction', as);
const retry = (id: string, as: string, stream = false) =>
  mutate(RETRY, { adventureId: id, stream }, 'retryAdventureTurn', as);
const undo = (id: string, as: string) => mutate(UNDO, { adventureId: id }, 'undoAdventureTurn', as);
const choose = (id: string, version: number, as: string) =>
  mutate(CHOOSE_VERSION, { adventureId: id, version }, 'chooseAdventureTurnVersion', as);

function narrator(narration: string, completedObjectiveIds: string[] = [], keyMoment: object | null = null) {
  mock.enqueue({ kind: 'tool', args: { narration, completedObjectiveIds, keyMoment } });
}

/** Everything a turn may change, as stored (claim columns and the row's write time aside). */
async function storyState(sessionId: string) {
  const prisma = t.app.services.prisma;
  const session = await prisma.adventureSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      turn: true,
      phase: true,
      climaxReached: true,
      questCompletedAtTurn: true,
      denouementStartedAtTurn: true,
      status: true,
      completionReason: true,
      completedAt: true,
      epilogue: true,
      quests: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          status: true,
          completedAt: true,
          objectives: { orderBy: { position: 'asc' }, select: { id: true, completedAt: true, completedAtTurn: true } },
        },
      },
      moments: { orderBy: [{ turn: 'asc' }, { kind: 'asc' }] },
      exchanges: { orderBy: { turn: 'asc' } },
    },
  });
  const versions = await prisma.adventureTurnVersion.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });
  return { ...session, versions };
}

/** The story's outcome without the write times of rows a version choice writes again. */
async function outcomeState(sessionId: string) {
  const state = await storyState(sessionId);
  return {
    ...state,
    completedAt: state.completedAt !== null,
    quests: state.quests.map((quest) => ({
      ...quest,
      completedAt: quest.completedAt !== null,
      objectives: quest.objectives.map((objective) => ({ ...objective, completedAt: objective.completedAt !== null })),
    })),
    moments: state.moments.map(({ id: _id, createdAt: _at, ...moment }) => moment),
    exchanges: state.exchanges.map(({ version: _v, versions: _n, ...exchange }) => exchange),
    versions: undefined,
  };
}

/** The invariants no race may break: one exchange per turn 1..turn, nothing written for a later turn. */
async function expectConsistent(sessionId: string) {
  const state = await storyState(sessionId);
  expect(state.exchanges.map((exchange) => exchange.turn)).toEqual(Array.from({ length: state.turn }, (_, i) => i + 1));
  expect(state.moments.every((moment) => moment.turn <= state.turn)).toBe(true);
  for (const objective of state.quests.flatMap((quest) => quest.objectives)) {
    if (objective.completedAtTurn !== null) expect(objective.completedAtTurn).toBeLessThanOrEqual(state.turn);
  }
  expect(state.versions.every((version) => version.turn <= state.turn)).toBe(true);
  return state;
}

function collectEvents(
  as: string,
  query: Parameters<typeof operationText>[0],
  variables: Record<string, unknown>,
  until: (event: any) => boolean,
) {
  const events: any[] = [];
  const client = t.wsClient(as);
  return new Promise<any[]>((resolve, reject) => {
    const dispose = client.subscribe(
      { query: operationText(query), variables },
      {
        next: (event) => {
          if (event.errors) return reject(new Error(JSON.stringify(event.errors)));
          events.push(event.data);
          if (until(event.data)) {
            dispose();
            resolve(events);
          }
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('retry and versions', () => {
  it("replaces the turn's outcome, keeps the turn number and the earlier version, and switches back", async () => {
    const as = await t.token('turns-retry');
    const { id, sessionId, objectiveIds } = await readyAdventure(as);
    await act(id, as);
    const beforeTurn2 = await outcomeState(sessionId);

    narrator('You find the first clue under the bridge.', [objectiveIds[0]!], {
      kind: 'DISCOVERY',
      summary: 'Mira found a clue.',
      significance: 0.7,
    });
    const played = await act(id, as);
    expect(played.narration).toBe('You find the first clue under the bridge.');
    const firstVersion = await outcomeState(sessionId);
    expect(firstVersion.quests[0]!.objectives[0]).toMatchObject({ completedAt: true, completedAtTurn: 2 });
    expect(firstVersion.moments).toMatchObject([{ turn: 2, kind: 'DISCOVERY' }]);

    narrator('The bridge is empty; the river hides its secrets.');
    const retried = await retry(id, as);
    expect(retried).toMatchObject({
      narration: 'The bridge is empty; the river hides its secrets.',
      turn: 2,
      version: 2,
    });
    expect(retried.adventure.turn).toBe(2);
    // The new outcome replaces the first: the objective is open again, the moment gone.
    const secondVersion = await outcomeState(sessionId);
    expect(secondVersion.quests).toEqual(beforeTurn2.quests);
    expect(secondVersion.moments).toEqual(beforeTurn2.moments);
    expect({ ...secondVersion, exchanges: undefined }).toEqual({ ...beforeTurn2, turn: 2, exchanges: undefined });

    const listed = (await t.gql(TURN_RECORD, { id }, as)).data.node;
    const last = listed.exchanges.at(-1);
    expect(last).toMatchObject({ turn: 2, version: 2, narration: 'The bridge is empty; the river hides its secrets.' });
    expect(last.versions).toMatchObject([
      { version: 1, narration: 'You find the first clue under the bridge.', narratorCall: { provider: 'openai' } },
    ]);

    const chosen = await choose(id, 1, as);
    expect(chosen.userErrors).toEqual([]);
    expect(await outcomeState(sessionId)).toEqual(firstVersion);
    const relisted = (await t.gql(TURN_RECORD, { id }, as)).data.node.exchanges.at(-1);
    expect(relisted).toMatchObject({ version: 1, narration: 'You find the first clue under the bridge.' });
    expect(relisted.versions.map((v: { version: number }) => v.version)).toEqual([2]);

    expect((await choose(id, 7, as)).userErrors).toMatchObject([{ code: 'NOT_FOUND', field: 'version' }]);
  });

  it('caps the versions of a turn, respects the model budget, and refuses before the first turn', async () => {
    const as = await t.token('turns-cap');
    const { id, sessionId } = await readyAdventure(as);
    expect((await retry(id, as)).userErrors).toMatchObject([{ code: 'INVALID_STATE', field: 'adventureId' }]);
    expect((await undo(id, as)).userErrors).toMatchObject([{ code: 'INVALID_STATE', field: 'adventureId' }]);
    await act(id, as);
    for (let version = 2; version <= 5; version += 1) {
      const retried = await retry(id, as);
      expect(retried.userErrors).toEqual([]);
      expect(retried.version).toBe(version);
    }
    const capped = await retry(id, as);
    expect(capped.userErrors).toMatchObject([{ code: 'INVALID_STATE', field: 'adventureId' }]);
    expect(capped.userErrors[0].message).toMatch(/5 times/);

    // A spent budget refuses the retry before any model call, and nothing changes.
    const state = await storyState(sessionId);
    await undo(id, as);
    await act(id, as);
    const before = await storyState(sessionId);
    const now = new Date();
    const hourStart = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    const dayStart = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000);
    const spent = { hourStart, hourUnits: 200, dayStart, dayUnits: 200 };
    await t.app.services.prisma.modelBudgetUsage.upsert({
      where: { userId: 'turns-cap' },
      create: { userId: 'turns-cap', ...spent, version: 1 },
      update: spent,
    });
    const calls = mock.requests.length;
    const refused = await retry(id, as);
    expect(refused.userErrors).toMatchObject([{ code: 'RATE_LIMITED', field: 'adventureId' }]);
    expect(mock.requests.length).toBe(calls);
    expect(await storyState(sessionId)).toEqual(before);
    expect(state.turn).toBe(1);
  });

  it('a streamed retry streams the new narration like an action', async () => {
    const as = await t.token('turns-stream');
    const { id } = await readyAdventure(as);
    await act(id, as);
    const chunks = collectEvents(as, ADVENTURE_NARRATION, { adventureId: id }, (data) => data.adventureNarration.done);
    await settle();
    const retried = await retry(id, as, true);
    expect(retried.userErrors).toEqual([]);
    const events = (await chunks).map((data) => data.adventureNarration);
    expect(events.every((event) => event.turn === 1)).toBe(true);
    expect(events.at(-1).done).toBe(true);
    expect(events.map((event) => event.text).join('')).toBe(retried.narration);
  });
});

describe('undo', () => {
  it('walks back turn by turn to exactly the state before each, reopening a closed adventure', async () => {
    const as = await t.token('turns-undo');
    const { id, sessionId, objectiveIds } = await readyAdventure(as, 25);
    const states = [await storyState(sessionId)];
    for (let turn = 1; turn <= 12; turn += 1) {
      await act(id, as);
      states.push(await storyState(sessionId));
    }
    // Turn 13 (halfway) completes the quest; turn 14 is the denouement and closes the adventure.
    narrator('Every thread comes together.', objectiveIds, {
      kind: 'TRIUMPH',
      summary: 'Mira won.',
      significance: 0.9,
    });
    const completing = await act(id, as);
    expect(completing.adventure).toMatchObject({ turn: 13, activeQuest: { status: 'COMPLETED', progress: 1 } });
    states.push(await storyState(sessionId));
    const closing = await act(id, as);
    expect(closing.adventure).toMatchObject({
      turn: 14,
      phase: 'DENOUEMENT',
      status: 'COMPLETED',
      completionReason: 'QUEST_COMPLETE',
    });
    expect(closing.adventure.epilogue).toBeTruthy();
    const record = (await t.gql(TURN_RECORD, { id }, as)).data.node.exchanges.at(-1);
    expect(record.epilogueCall).toMatchObject({ provider: 'openai', fellBack: true });
    expect(record.epilogueCall.fallbackReason).toMatch(/^model error: 500/);

    const phases = collectEvents(
      as,
      ADVENTURE_PHASE_CHANGED,
      { adventureId: id },
      (data) => data.adventurePhaseChanged.to !== 'DENOUEMENT',
    );
    await settle();
    const reopened = await undo(id, as);
    expect(reopened.adventure).toMatchObject({ turn: 13, phase: states[13]!.phase, status: 'ACTIVE', epilogue: null });
    expect(await storyState(sessionId)).toEqual(states[13]);
    const events = (await phases).map((data) => data.adventurePhaseChanged);
    expect(events).toEqual([
      expect.objectContaining({ from: 'DENOUEMENT', to: states[13]!.phase, status: 'ACTIVE', turn: 13 }),
    ]);
    // Undoing the completing turn reopens the quest and its objectives.
    await undo(id, as);
    const reopenedQuest = await storyState(sessionId);
    expect(reopenedQuest).toEqual(states[12]);
    expect(reopenedQuest.quests.find((quest) => quest.status === 'ACTIVE')).toBeDefined();

    for (let turn = 11; turn >= 0; turn -= 1) {
      const result = await undo(id, as);
      expect(result.userErrors).toEqual([]);
      expect(await storyState(sessionId)).toEqual(states[turn]);
    }
    const refused = await undo(id, as);
    expect(refused.userErrors).toMatchObject([{ code: 'INVALID_STATE', field: 'adventureId' }]);
    expect(await storyState(sessionId)).toEqual(states[0]);
  });

  it('refuses after abandoning, and to another user', async () => {
    const as = await t.token('turns-owner');
    const other = await t.token('turns-other');
    const { id } = await readyAdventure(as);
    await act(id, as);
    expect((await undo(id, other)).userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await retry(id, other)).userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await choose(id, 1, other)).userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await t.gql(TURN_RECORD, { id }, other)).data.node).toBeNull();
  });
});

describe('races', () => {
  it('a retry or an undo racing an action never loses, doubles or mixes a turn', async () => {
    const as = await t.token('turns-race');
    const { id, sessionId } = await readyAdventure(as, 50);
    await act(id, as);
    for (let round = 0; round < 4; round += 1) {
      const [played, retried] = await Promise.all([act(id, as), retry(id, as)]);
      expect(played.userErrors.length + retried.userErrors.length).toBeLessThanOrEqual(1);
      await expectConsistent(sessionId);
      const [acted, undone] = await Promise.all([act(id, as), undo(id, as)]);
      expect(
        [...acted.userErrors, ...undone.userErrors].every((e: { code: string }) => e.code === 'INVALID_STATE'),
      ).toBe(true);
      await expectConsistent(sessionId);
    }
    const [a, b] = await Promise.all([undo(id, as), undo(id, as)]);
    const state = await expectConsistent(sessionId);
    const succeeded = [a, b].filter((result) => result.userErrors.length === 0).length;
    expect(succeeded).toBeGreaterThanOrEqual(1);
    expect(state.exchanges).toHaveLength(state.turn);
  });
});

describe('the record of a turn', () => {
  it("stores the provider, model, latency and tokens of the narration, and a fallback's reason", async () => {
    const as = await t.token('turns-record');
    const { id } = await readyAdventure(as);
    narrator('The wind carries voices from the valley.');
    await act(id, as);
    await act(id, as); // nothing queued: the mock answers 500 and the offline narrator stands in
    const exchanges = (await t.gql(TURN_RECORD, { id }, as)).data.node.exchanges;
    expect(exchanges[0].narratorCall).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o-mini',
      fellBack: false,
      fallbackReason: null,
      inputTokens: 100,
      outputTokens: 50,
    });
    expect(exchanges[0].narratorCall.latencyMs).toBeGreaterThanOrEqual(0);
    expect(exchanges[0].epilogueCall).toBeNull();
    expect(exchanges[1].narratorCall).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', fellBack: true });
    expect(exchanges[1].narratorCall.fallbackReason).toMatch(/^model error: 500/);
    const metrics = await t.app.services.metrics.registry.getSingleMetricAsString('questline_adventure_turns_total');
    expect(metrics).toMatch(/operation="play",outcome="model"} [1-9]/);
    expect(metrics).toMatch(/operation="play",outcome="fallback"} [1-9]/);
  });
});

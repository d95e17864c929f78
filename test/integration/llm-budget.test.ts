import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayStartOf, hourStartOf } from '../../src/domain/model-budget.js';
import { graphql } from '../generated/index.js';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';
import { seedUser } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The per-user budget of model-backed work, the open-adventure cap, one model
 * call per accepted action, client retry keys and the model-call metrics,
 * through the real server configured with an OpenAI-compatible provider (the
 * local mock), so every call that reached the provider can be counted.
 */

const PER_HOUR = 30;
const PER_DAY = 40;
const MAX_OPEN = 3;

const START = graphql(`
  mutation BudgetStartAdventure($input: StartAdventureInput!) {
    startAdventure(input: $input) {
      adventure {
        id
        status
      }
      userErrors {
        code
        field
        message
        resetsAt
      }
    }
  }
`);

const CREATE_CHARACTER = graphql(`
  mutation BudgetCreateCharacter($input: CreateCharacterInput!) {
    createCharacter(input: $input) {
      adventure {
        id
        creationStep
        questOffers {
          id
        }
      }
      userErrors {
        code
        field
        message
        resetsAt
      }
    }
  }
`);

const CHOOSE = graphql(`
  mutation BudgetChooseQuest($input: ChooseAdventureQuestInput!) {
    chooseAdventureQuest(input: $input) {
      adventure {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ABANDON = graphql(`
  mutation BudgetAbandonAdventure($input: AdventureIdInput!) {
    abandonAdventure(input: $input) {
      adventure {
        id
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

const ACT = graphql(`
  mutation BudgetTakeAction($input: TakeAdventureActionInput!) {
    takeAdventureAction(input: $input) {
      narration
      turn
      adventure {
        id
        turn
        status
        completionReason
        epilogue
      }
      userErrors {
        code
        field
        message
        resetsAt
      }
    }
  }
`);

const GENERATE = graphql(`
  mutation BudgetGenerateQuests($input: GenerateQuestsInput!) {
    generateQuests(input: $input) {
      run {
        id
        status
      }
      userErrors {
        code
        field
        message
        resetsAt
      }
    }
  }
`);

const OFFERS = [1, 2, 3].map((n) => ({
  title: `Quest ${n}`,
  description: `Hook number ${n}.`,
  objectives: [
    { description: `Find relic ${n}`, keywords: ['relic'] },
    { description: `Cross river ${n}`, keywords: ['river'] },
  ],
}));

const narration = (text: string) => ({ narration: text, completedObjectiveIds: [], keyMoment: null });
const EPILOGUE = 'And so the wanderer came home at last, older, quieter, and carrying the tale of the road. '.repeat(2);
// Names no objective keyword: the story moves on, the quest does not.
const WAIT = 'I wait and watch the sky.';

let mock: MockOpenAI;
let t: TestApp;
let clock: Date;

beforeAll(async () => {
  mock = await startMockOpenAI();
  t = await startTestApp({
    now: () => new Date(clock),
    config: {
      llm: { model: 'openai:gpt-4o-mini', baseUrl: mock.baseUrl, apiKey: 'test-key', timeoutMs: 10_000, maxRetries: 0 },
      llmBudget: { perHour: PER_HOUR, perDay: PER_DAY, maxOpenAdventures: MAX_OPEN },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await mock?.close();
});
beforeEach(() => {
  clock = new Date('2026-12-01T10:15:00.000Z');
});

const prisma = () => t.app.services.prisma;
const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const calls = () => mock.requests.length;
const toolOf = (body: any): string => body.tools?.[0]?.function?.name;

async function send(operation: Parameters<TestApp['gql']>[0], input: object, field: string, token: string) {
  const response = await t.gql(operation, { input }, token);
  expect(response.errors).toBeUndefined();
  return response.data[field];
}

/** A started adventure with its character created (one designer call) and a quest chosen. */
async function readyAdventure(token: string, maxTurns = 25): Promise<string> {
  const started = await send(START, { maxTurns }, 'startAdventure', token);
  expect(started.userErrors).toEqual([]);
  const id = started.adventure.id;
  mock.enqueue({ kind: 'tool', args: { offers: OFFERS } });
  const created = await send(
    CREATE_CHARACTER,
    { adventureId: id, name: 'Ilse', archetype: 'Wanderer', backstory: 'Walked every road but one.' },
    'createCharacter',
    token,
  );
  expect(created.userErrors).toEqual([]);
  const chosen = await send(
    CHOOSE,
    { adventureId: id, questId: created.adventure.questOffers[0].id },
    'chooseAdventureQuest',
    token,
  );
  expect(chosen.userErrors).toEqual([]);
  return id;
}

function act(token: string, adventureId: string, action = WAIT, extra: { clientKey?: string; stream?: boolean } = {}) {
  return send(ACT, { adventureId, action, ...extra }, 'takeAdventureAction', token);
}

/** Sets the user's spending in the clock's current hour and day. */
async function setSpent(userId: string, hourUnits: number, dayUnits: number) {
  const usage = { hourStart: hourStartOf(clock), hourUnits, dayStart: dayStartOf(clock), dayUnits };
  await prisma().modelBudgetUsage.upsert({
    where: { userId },
    create: { userId, ...usage },
    update: { ...usage, version: { increment: 1 } },
  });
}

async function turnOf(adventureId: string) {
  return prisma().adventureSession.findUniqueOrThrow({ where: { id: localId(adventureId) } });
}

describe('the budget of model-backed work', () => {
  it('refuses a turn over the hourly budget with RATE_LIMITED and its reset, before any model call', async () => {
    const token = await t.token('budget-hour');
    const id = await readyAdventure(token);
    await setSpent('budget-hour', PER_HOUR - 1, PER_HOUR - 1);

    mock.enqueue({ kind: 'tool', args: narration('The sky darkens.') });
    const admitted = await act(token, id);
    expect(admitted).toMatchObject({ userErrors: [], turn: 1, narration: 'The sky darkens.' });

    const before = calls();
    const refused = await act(token, id);
    expect(refused.userErrors).toEqual([
      {
        code: 'RATE_LIMITED',
        field: 'adventureId',
        message: `the budget of model-backed work is spent (${PER_HOUR} model calls per hour); it resets at 2026-12-01T11:00:00.000Z`,
        resetsAt: '2026-12-01T11:00:00.000Z',
      },
    ]);
    expect(refused.adventure).toBeNull();
    expect(calls()).toBe(before);
    const session = await turnOf(id);
    expect(session).toMatchObject({ turn: 1, claimToken: null });

    clock = new Date('2026-12-01T11:00:00.000Z');
    mock.enqueue({ kind: 'tool', args: narration('Dawn comes.') });
    expect(await act(token, id)).toMatchObject({ userErrors: [], turn: 2, narration: 'Dawn comes.' });
    expect(calls()).toBe(before + 1);
  });

  it('refuses over the daily budget until the next UTC day', async () => {
    const token = await t.token('budget-day');
    const id = await readyAdventure(token);
    await setSpent('budget-day', 0, PER_DAY);
    const before = calls();
    const refused = await act(token, id);
    expect(refused.userErrors[0]).toMatchObject({
      code: 'RATE_LIMITED',
      resetsAt: '2026-12-02T00:00:00.000Z',
      message: expect.stringContaining(`${PER_DAY} model calls per day (UTC)`),
    });
    clock = new Date('2026-12-01T23:59:00.000Z');
    expect((await act(token, id)).userErrors[0]).toMatchObject({ code: 'RATE_LIMITED' });
    expect(calls()).toBe(before);
    expect((await turnOf(id)).turn).toBe(0);
  });

  it("refuses createCharacter's quest designer over budget, leaving the step undone", async () => {
    const token = await t.token('budget-designer');
    const started = await send(START, {}, 'startAdventure', token);
    const id = started.adventure.id;
    await setSpent('budget-designer', PER_HOUR, PER_HOUR);
    const character = { adventureId: id, name: 'Ilse', archetype: 'Wanderer', backstory: 'Walked every road.' };
    const before = calls();
    const refused = await send(CREATE_CHARACTER, character, 'createCharacter', token);
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'RATE_LIMITED', field: 'adventureId', resetsAt: '2026-12-01T11:00:00.000Z' }),
    ]);
    expect(calls()).toBe(before);
    expect(await turnOf(id)).toMatchObject({ creationTurn: 0, characterName: null, claimToken: null });

    clock = new Date('2026-12-01T11:05:00.000Z');
    mock.enqueue({ kind: 'tool', args: { offers: OFFERS } });
    const created = await send(CREATE_CHARACTER, character, 'createCharacter', token);
    expect(created.userErrors).toEqual([]);
    expect(created.adventure.questOffers).toHaveLength(3);
    expect(calls()).toBe(before + 1);
  });

  it("refuses an admin's generateQuests for a user who spent the budget; the user's jobs still run", async () => {
    const userId = 'budget-generation';
    await seedUser(prisma(), userId, { goals: [{ title: 'Learn the cello', valueCategory: 'CRAFT' }] });
    await setSpent(userId, PER_HOUR, PER_HOUR);
    const admin = await t.token('budget-admin', { admin: true });
    const before = calls();
    const refused = await send(GENERATE, { userId }, 'generateQuests', admin);
    expect(refused.run).toBeNull();
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'RATE_LIMITED', field: 'userId', resetsAt: '2026-12-01T11:00:00.000Z' }),
    ]);
    expect(calls()).toBe(before);
    expect(await prisma().questGenerationRun.count({ where: { userId } })).toBe(0);

    // The on-demand job keeps its own limit: the user's spent budget does not stop it, nor is it charged.
    await t.app.services.jobs.enqueueQuestGeneration({ userId, trigger: 'ON_DEMAND', windowKey: 'on_demand:budget' });
    const deadline = Date.now() + 10_000;
    let run = null;
    while (!run && Date.now() < deadline) {
      run = await prisma().questGenerationRun.findFirst({ where: { userId, status: 'SUCCEEDED' } });
      if (!run) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(run).toMatchObject({ trigger: 'ON_DEMAND', status: 'SUCCEEDED' });
    expect(calls()).toBe(before + 1);
    expect(await prisma().modelBudgetUsage.findUnique({ where: { userId } })).toMatchObject({
      hourUnits: PER_HOUR,
      dayUnits: PER_HOUR,
    });
  });

  it('charges an admitted generateQuests to the user it is for', async () => {
    const userId = 'budget-generation-admitted';
    await seedUser(prisma(), userId, { goals: [{ title: 'Plant a garden', valueCategory: 'HEALTH' }] });
    const admin = await t.token('budget-admin', { admin: true });
    const generated = await send(GENERATE, { userId }, 'generateQuests', admin);
    expect(generated.userErrors).toEqual([]);
    expect(generated.run.status).toBe('SUCCEEDED');
    expect(await prisma().modelBudgetUsage.findUnique({ where: { userId } })).toMatchObject({ hourUnits: 1 });
    expect(await prisma().modelBudgetUsage.findUnique({ where: { userId: 'budget-admin' } })).toBeNull();
  });

  it('spends the last unit once when two actions of one user race for it', async () => {
    const token = await t.token('budget-race');
    const first = await readyAdventure(token);
    const second = await readyAdventure(token);
    await setSpent('budget-race', PER_HOUR - 1, PER_HOUR - 1);
    // One answer only: a second call (the bug) would get the mock's 500 and still be counted.
    mock.enqueue({ kind: 'tool', args: narration('One.'), delayMs: 100 });
    const before = calls();
    const results = await Promise.all([act(token, first), act(token, second)]);
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(results.flatMap((result) => result.userErrors.map((error: any) => error.code))).toEqual(['RATE_LIMITED']);
    expect(calls()).toBe(before + 1);
  });
});

describe('open adventures', () => {
  it('caps the open adventures, also for concurrent starts; ending one frees a place', async () => {
    const token = await t.token('budget-open');
    const results = await Promise.all(Array.from({ length: 5 }, () => send(START, {}, 'startAdventure', token)));
    const opened = results.filter((result) => result.userErrors.length === 0);
    expect(opened).toHaveLength(MAX_OPEN);
    for (const result of results.filter((r) => r.userErrors.length > 0)) {
      expect(result.userErrors).toEqual([
        {
          code: 'LIMIT_REACHED',
          field: null,
          message: `${MAX_OPEN} adventures are open, the most allowed at once is ${MAX_OPEN}: finish or abandon one to start another`,
          resetsAt: null,
        },
      ]);
    }
    const abandoned = await send(ABANDON, { adventureId: opened[0].adventure.id }, 'abandonAdventure', token);
    expect(abandoned.adventure.status).toBe('ABANDONED');
    expect((await send(START, {}, 'startAdventure', token)).userErrors).toEqual([]);
    expect((await send(START, {}, 'startAdventure', token)).userErrors[0].code).toBe('LIMIT_REACHED');
    expect(await prisma().adventureSession.count({ where: { userId: 'budget-open', status: 'ACTIVE' } })).toBe(
      MAX_OPEN,
    );
  });
});

describe('one model call per accepted action', () => {
  it('five concurrent actions on one adventure make one narrator call and one turn; the others are refused', async () => {
    const token = await t.token('budget-five');
    const id = await readyAdventure(token);
    // Long enough that every request has read the adventure before the winner commits, even on a busy machine.
    mock.enqueue({ kind: 'tool', args: narration('Only one of you acts.'), delayMs: 1000 });
    const before = calls();
    const results = await Promise.all(
      ['I draw my sword.', 'I run.', 'I hide.', 'I shout.', 'I pray.'].map((action) => act(token, id, action)),
    );
    const accepted = results.filter((result) => result.userErrors.length === 0);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ turn: 1, narration: 'Only one of you acts.' });
    for (const result of results.filter((r) => r.userErrors.length > 0)) {
      expect(result.userErrors).toEqual([
        expect.objectContaining({
          code: 'INVALID_STATE',
          field: 'adventureId',
          message: expect.stringMatching(/another action/),
        }),
      ]);
    }
    expect(calls()).toBe(before + 1);
    expect(await prisma().adventureExchange.count({ where: { sessionId: localId(id) } })).toBe(1);
    expect(await turnOf(id)).toMatchObject({ turn: 1, claimToken: null });
  });

  it('five concurrent streamed actions on the closing turn make one narrator and one epilogue call', async () => {
    const token = await t.token('budget-closing');
    const id = await readyAdventure(token, 25);
    // Turns 1–24: the mock's empty queue answers 500 and the offline narrator stands in (each still a call).
    for (let turn = 1; turn <= 24; turn += 1) expect((await act(token, id)).userErrors).toEqual([]);
    const before = mock.requests.slice();
    mock.enqueue(
      { kind: 'tool', args: narration('The last step.'), delayMs: 1000 },
      { kind: 'tool', args: { epilogue: EPILOGUE } },
    );
    const results = await Promise.all(
      ['I go home.', 'I stay.', 'I turn back.', 'I sit.', 'I sing.'].map((action) =>
        act(token, id, action, { stream: true }),
      ),
    );
    const accepted = results.filter((result) => result.userErrors.length === 0);
    expect(accepted).toHaveLength(1);
    expect(accepted[0].adventure).toMatchObject({ turn: 25, status: 'COMPLETED', completionReason: 'TURN_CAP' });
    expect(accepted[0].adventure.epilogue).toBe(EPILOGUE.trim());
    const made = mock.requests.slice(before.length).map(toolOf);
    expect(made.sort()).toEqual(['narrate_turn', 'write_epilogue']);
    expect(results.filter((result) => result.userErrors[0]?.code === 'INVALID_STATE')).toHaveLength(4);
    // The refused actions spent nothing: designer 1, turns 1–24, the closing turn 2.
    expect(await prisma().modelBudgetUsage.findUnique({ where: { userId: 'budget-closing' } })).toMatchObject({
      hourUnits: 1 + 24 + 2,
    });
  });
});

describe('a claim left by a process that died', () => {
  it('holds the adventure until it expires, then the next action takes it over', async () => {
    const token = await t.token('budget-stale-claim');
    const id = await readyAdventure(token);
    // What a process that died during its model call leaves behind.
    await prisma().adventureSession.update({
      where: { id: localId(id) },
      data: { claimToken: 'dead-process', claimedUntil: new Date(clock.getTime() + 25_000), claimClientKey: null },
    });
    const before = calls();
    expect((await act(token, id)).userErrors).toEqual([
      expect.objectContaining({
        code: 'INVALID_STATE',
        field: 'adventureId',
        message: expect.stringMatching(/being played/),
      }),
    ]);
    expect(calls()).toBe(before);

    clock = new Date(clock.getTime() + 25_000);
    mock.enqueue({ kind: 'tool', args: narration('The road is yours again.') });
    expect(await act(token, id)).toMatchObject({ userErrors: [], turn: 1, narration: 'The road is yours again.' });
    expect(await turnOf(id)).toMatchObject({ turn: 1, claimToken: null, claimedUntil: null });
  });
});

describe('one designer call per character', () => {
  it('five concurrent completions of one character make one designer call; the character is then final', async () => {
    const token = await t.token('budget-designer-race');
    const id = (await send(START, {}, 'startAdventure', token)).adventure.id;
    mock.enqueue({ kind: 'tool', args: { offers: OFFERS }, delayMs: 1000 });
    const before = calls();
    const results = await Promise.all(
      ['Ilse', 'Ada', 'Bo', 'Cy', 'Dee'].map((name) =>
        send(
          CREATE_CHARACTER,
          { adventureId: id, name, archetype: 'Wanderer', backstory: 'Walked every road.' },
          'createCharacter',
          token,
        ),
      ),
    );
    const accepted = results.filter((result) => result.userErrors.length === 0);
    expect(accepted).toHaveLength(1);
    expect(accepted[0].adventure).toMatchObject({ creationStep: 1, questOffers: [{}, {}, {}] });
    for (const result of results.filter((r) => r.userErrors.length > 0)) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' })]);
    }
    expect(mock.requests.slice(before).map(toolOf)).toEqual(['design_quests']);
    const again = await send(
      CREATE_CHARACTER,
      { adventureId: id, name: 'Eve', archetype: 'Wanderer', backstory: 'Walked every road.' },
      'createCharacter',
      token,
    );
    expect(again.userErrors).toEqual([
      { code: 'INVALID_STATE', field: 'adventureId', message: 'the character is already created', resetsAt: null },
    ]);
    expect(calls()).toBe(before + 1);
    expect(await prisma().adventureQuest.count({ where: { sessionId: localId(id) } })).toBe(3);
  });
});

describe('a client key on takeAdventureAction', () => {
  it('returns the committed turn to a retry with the same key, with no model call', async () => {
    const token = await t.token('budget-key');
    const id = await readyAdventure(token);
    mock.enqueue({ kind: 'tool', args: narration('The door opens.') });
    const first = await act(token, id, 'I knock on the door.', { clientKey: 'key-1' });
    expect(first).toMatchObject({ userErrors: [], turn: 1, narration: 'The door opens.', adventure: { turn: 1 } });
    const before = calls();
    const retried = await act(token, id, 'I knock on the door.', { clientKey: 'key-1' });
    expect(retried).toEqual(first);
    expect(calls()).toBe(before);

    mock.enqueue({ kind: 'tool', args: narration('You step inside.') });
    expect(await act(token, id, 'I step inside.', { clientKey: 'key-2' })).toMatchObject({ turn: 2 });
    // Later: the same turn, with the adventure as it is now.
    expect(await act(token, id, 'I knock on the door.', { clientKey: 'key-1' })).toMatchObject({
      turn: 1,
      narration: 'The door opens.',
      adventure: { turn: 2 },
    });
    expect((await act(token, id, 'I kick the door.', { clientKey: 'key-1' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: 'clientKey' }),
    ]);
    expect((await act(token, id, WAIT, { clientKey: 'k'.repeat(101) })).userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'clientKey' }),
    ]);
    expect(calls()).toBe(before + 1);
    expect((await turnOf(id)).turn).toBe(2);
  });

  it('refuses a retry while the first request with its key is still being played', async () => {
    const token = await t.token('budget-key-flight');
    const id = await readyAdventure(token);
    mock.enqueue({ kind: 'tool', args: narration('Slowly, the bridge lowers.'), delayMs: 2000 });
    const before = calls();
    const first = act(token, id, 'I pull the lever.', { clientKey: 'lever' });
    while (calls() === before) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await act(token, id, 'I pull the lever.', { clientKey: 'lever' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: 'clientKey', message: expect.stringMatching(/still/) }),
    ]);
    expect((await act(token, id, 'I wait.', { clientKey: 'other' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: 'adventureId' }),
    ]);
    const done = await first;
    expect(done).toMatchObject({ userErrors: [], turn: 1 });
    expect(await act(token, id, 'I pull the lever.', { clientKey: 'lever' })).toEqual(done);
    expect(calls()).toBe(before + 1);
  });
});

describe('model-call metrics', () => {
  async function scrape(): Promise<string> {
    return (await fetch(`${t.url}/metrics`)).text();
  }
  function value(text: string, name: string, labels: Record<string, string>): number {
    const line = text
      .split('\n')
      .find(
        (candidate) =>
          candidate.startsWith(`${name}{`) &&
          Object.entries(labels).every(([key, label]) => candidate.includes(`${key}="${label}"`)),
      );
    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
  }

  it('counts calls by operation and outcome, and the tokens the provider reported', async () => {
    const before = await scrape();
    const token = await t.token('budget-metrics');
    const id = await readyAdventure(token); // one designer call: ok
    mock.enqueue({ kind: 'tool', args: narration('A crow lands.') });
    await act(token, id); // ok
    await act(token, id); // the mock's empty queue: HTTP 500
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      value(after, name, labels) - value(before, name, labels);
    expect(delta('questline_llm_calls_total', { operation: 'quest_designer', outcome: 'ok' })).toBe(1);
    expect(delta('questline_llm_calls_total', { operation: 'narrator', outcome: 'ok' })).toBe(1);
    expect(delta('questline_llm_calls_total', { operation: 'narrator', outcome: 'error' })).toBe(1);
    // The mock reports 100 prompt and 50 completion tokens per answer; the failed call reported none.
    expect(delta('questline_llm_tokens_total', { operation: 'narrator', kind: 'input' })).toBe(100);
    expect(delta('questline_llm_tokens_total', { operation: 'narrator', kind: 'output' })).toBe(50);
    expect(delta('questline_llm_tokens_total', { operation: 'quest_designer', kind: 'input' })).toBe(100);
    expect(delta('questline_llm_call_duration_seconds_count', { operation: 'narrator' })).toBe(2);
  });

  it('counts budget refusals', async () => {
    const token = await t.token('budget-metrics-refused');
    const id = await readyAdventure(token);
    await setSpent('budget-metrics-refused', PER_HOUR, PER_HOUR);
    const before = await scrape();
    expect((await act(token, id)).userErrors[0].code).toBe('RATE_LIMITED');
    const after = await scrape();
    const name = 'questline_llm_budget_refusals_total';
    expect(value(after, name, { operation: 'narrator' }) - value(before, name, { operation: 'narrator' })).toBe(1);
  });
});

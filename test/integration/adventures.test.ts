import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationText, startTestApp, type TestApp } from '../support/test-app.js';
import {
  ABANDON_ADVENTURE,
  ADVENTURE,
  ADVENTURE_NARRATION,
  ADVENTURE_PHASE_CHANGED,
  CHOOSE_QUEST,
  CREATE_CHARACTER,
  START_ADVENTURE,
  TAKE_ACTION,
  VIEWER_ADVENTURES,
} from '../support/operations.js';
import { nodesOf } from '../support/connections.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token('adv-player');
});
afterAll(async () => {
  await t?.close();
});

async function mutate(
  operation: Parameters<TestApp['gql']>[0],
  input: Record<string, unknown>,
  field: string,
  as = token,
) {
  const response = await t.gql(operation, { input }, as);
  expect(response.errors).toBeUndefined();
  return response.data[field];
}

/** A started adventure with a character and a chosen quest, ready for actions. */
async function readyAdventure(maxTurns = 50, options: { pacingEnabled?: boolean; as?: string } = {}) {
  const as = options.as ?? token;
  const started = await mutate(
    START_ADVENTURE,
    { maxTurns, pacingEnabled: options.pacingEnabled },
    'startAdventure',
    as,
  );
  expect(started.userErrors).toEqual([]);
  const id = started.adventure.id;
  const created = await mutate(
    CREATE_CHARACTER,
    { adventureId: id, name: 'Mira', archetype: 'Ranger', backstory: 'Raised by wolves in the northern woods.' },
    'createCharacter',
    as,
  );
  expect(created.userErrors).toEqual([]);
  expect(created.adventure.questOffers).toHaveLength(3);
  const offer = created.adventure.questOffers[0];
  const chosen = await mutate(CHOOSE_QUEST, { adventureId: id, questId: offer.id }, 'chooseAdventureQuest', as);
  expect(chosen.userErrors).toEqual([]);
  expect(chosen.adventure).toMatchObject({ gamePhase: 'EXPLORATION', activeQuest: { id: offer.id, status: 'ACTIVE' } });
  const keywords = await t.app.services.prisma.adventureObjective.findMany({
    where: { quest: { id: Buffer.from(offer.id, 'base64url').toString().split(':')[1] } },
    orderBy: { position: 'asc' },
  });
  return { id, objectives: keywords };
}

// An action that names no objective keyword: the story moves on, the quest does not.
const WAIT = 'I pause and take in my surroundings.';

async function act(id: string, action = WAIT, options: { stream?: boolean; as?: string } = {}) {
  return mutate(
    TAKE_ACTION,
    { adventureId: id, action, stream: options.stream },
    'takeAdventureAction',
    options.as ?? token,
  );
}

function collectEvents(
  query: Parameters<typeof operationText>[0],
  variables: Record<string, unknown>,
  until: (event: any) => boolean,
) {
  const events: any[] = [];
  const client = t.wsClient(token);
  const done = new Promise<any[]>((resolve, reject) => {
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
  return done;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('a full 50-turn adventure', () => {
  it('follows the arc turn by turn, pushes every phase change in order, and ends at the cap with one epilogue', async () => {
    const { id } = await readyAdventure(50);
    const phaseEvents = collectEvents(
      ADVENTURE_PHASE_CHANGED,
      { adventureId: id },
      (data) => data.adventurePhaseChanged.status === 'COMPLETED',
    );
    await settle();

    const phases: string[] = [];
    for (let turn = 1; turn <= 50; turn += 1) {
      const result = await act(id);
      expect(result.userErrors).toEqual([]);
      expect(result.narration.length).toBeGreaterThan(20);
      expect(result.adventure.turn).toBe(turn);
      phases.push(result.adventure.phase);
    }
    const ranges = (phase: string) => [phases.indexOf(phase) + 1, phases.lastIndexOf(phase) + 1];
    expect(ranges('SETUP')).toEqual([1, 5]);
    expect(ranges('RISING_ACTION')).toEqual([6, 20]);
    expect(ranges('MID_POINT')).toEqual([21, 30]);
    expect(ranges('CLIMAX')).toEqual([31, 42]);
    expect(ranges('DENOUEMENT')).toEqual([43, 50]);

    const events = (await phaseEvents).map((data) => data.adventurePhaseChanged);
    expect(events.map((event) => [event.from, event.to, event.turn, event.status])).toEqual([
      ['SETUP', 'RISING_ACTION', 6, 'ACTIVE'],
      ['RISING_ACTION', 'MID_POINT', 21, 'ACTIVE'],
      ['MID_POINT', 'CLIMAX', 31, 'ACTIVE'],
      ['CLIMAX', 'DENOUEMENT', 43, 'ACTIVE'],
      ['DENOUEMENT', 'DENOUEMENT', 50, 'COMPLETED'],
    ]);

    const final = (await t.gql(ADVENTURE, { id }, token)).data.node;
    expect(final).toMatchObject({
      status: 'COMPLETED',
      completionReason: 'TURN_CAP',
      turn: 50,
      turnsRemaining: 0,
      progress: 1,
      climaxReached: true,
      pacing: null,
    });
    expect(final.epilogue).toContain('Mira');
    expect(final.exchanges.map((exchange: any) => exchange.turn)).toEqual([48, 49, 50]);

    // A completed adventure refuses more actions with a typed error, and nothing changes.
    const refused = await act(id);
    expect(refused.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: 'adventureId',
        message: 'the adventure is completed and accepts no more actions',
      },
    ]);
    const after = (await t.gql(ADVENTURE, { id }, token)).data.node;
    expect(after.turn).toBe(50);
    expect(after.epilogue).toBe(final.epilogue);
    expect(
      await t.app.services.prisma.adventureExchange.count({
        where: { session: { id: Buffer.from(id, 'base64url').toString().split(':')[1] } },
      }),
    ).toBe(50);
  });
});

describe('the quest-driven ending', () => {
  /** Completes every objective but the last early, then the last at `finalTurn`. */
  async function completeQuestAt(finalTurn: number) {
    const { id, objectives } = await readyAdventure(50);
    const [last, ...others] = objectives.slice().reverse();
    for (let turn = 1; turn < finalTurn; turn += 1) {
      const objective = others[turn - 1];
      const played = await act(id, objective ? `I deal with the ${objective.keywords[0]} carefully.` : WAIT);
      if (objective) await expectQuestAsStored(id, played.adventure.activeQuest);
    }
    const completing = await act(id, `At last I deal with the ${last!.keywords[0]}.`);
    expect(completing.adventure.activeQuest).toMatchObject({ status: 'COMPLETED', progress: 1 });
    await expectQuestAsStored(id, completing.adventure.activeQuest);
    return { id, completing };
  }

  /** The action's payload shows its quest from what the turn read and wrote: it must be what a read finds. */
  async function expectQuestAsStored(id: string, shown: unknown) {
    const stored = (await t.gql(ADVENTURE, { id }, token)).data.node.activeQuest;
    expect(shown).toEqual(stored);
  }

  it('completing the quest at turn 24 of 50 does not bring the ending forward', async () => {
    const { id, completing } = await completeQuestAt(24);
    expect(completing.adventure.turn).toBe(24);
    const next = await act(id);
    expect(next.adventure).toMatchObject({ turn: 25, phase: 'MID_POINT', status: 'ACTIVE' });
    const later = await act(id);
    expect(later.adventure).toMatchObject({ turn: 26, phase: 'MID_POINT', status: 'ACTIVE' });
  });

  it('completing it at turn 25 moves to the denouement, which closes the adventure after one turn', async () => {
    const { id, completing } = await completeQuestAt(25);
    expect(completing.adventure).toMatchObject({ turn: 25, status: 'ACTIVE' });
    const denouement = await act(id);
    expect(denouement.adventure).toMatchObject({
      turn: 26,
      phase: 'DENOUEMENT',
      status: 'COMPLETED',
      completionReason: 'QUEST_COMPLETE',
    });
    expect(denouement.adventure.epilogue).toContain('Mira');
    // The completed quest keeps its record.
    const quest = denouement.adventure.activeQuest;
    expect(quest.status).toBe('COMPLETED');
    expect(quest.progress).toBe(1);
    expect(quest.objectives.every((objective: any) => objective.completed && objective.completedAtTurn !== null)).toBe(
      true,
    );
    const moments = nodesOf((await t.gql(ADVENTURE, { id }, token)).data.node.moments);
    expect(moments).toContainEqual(expect.objectContaining({ kind: 'TRIUMPH', turn: 25 }));
  });
});

describe('streaming narration', () => {
  it('arrives in more than one chunk and advances the turn exactly like the plain mutation', async () => {
    const { id } = await readyAdventure(30);
    await act(id);
    const chunks = collectEvents(ADVENTURE_NARRATION, { adventureId: id }, (data) => data.adventureNarration.done);
    await settle();
    const result = await act(id, 'I climb the old watchtower.', { stream: true });
    expect(result.userErrors).toEqual([]);
    const events = (await chunks).map((data) => data.adventureNarration);
    const text = events.filter((event) => !event.done).map((event) => event.text);
    expect(text.length).toBeGreaterThan(1);
    expect(text.join('')).toBe(result.narration);
    expect(events.every((event) => event.turn === 2)).toBe(true);
    expect(result.adventure.turn).toBe(2);
  });
});

describe('rules that must hold', () => {
  it('two concurrent actions on one session never lose or double a turn', async () => {
    const { id } = await readyAdventure(50);
    const results = await Promise.all([act(id, WAIT), act(id, 'I listen for footsteps.')]);
    const succeeded = results.filter((result) => result.userErrors.length === 0);
    const refused = results.filter((result) => result.userErrors.length > 0);
    for (const result of refused)
      expect(result.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: 'adventureId' });
    const state = (await t.gql(ADVENTURE, { id }, token)).data.node;
    expect(state.turn).toBe(succeeded.length);
    const sessionId = Buffer.from(id, 'base64url').toString().split(':')[1];
    expect(await t.app.services.prisma.adventureExchange.count({ where: { sessionId } })).toBe(succeeded.length);
  });

  it('never passes its max turns', async () => {
    const { id } = await readyAdventure(25);
    for (let turn = 1; turn <= 25; turn += 1) await act(id);
    const extra = await Promise.all([act(id), act(id)]);
    expect(extra.every((result) => result.userErrors[0]?.code === 'INVALID_STATE')).toBe(true);
    expect((await t.gql(ADVENTURE, { id }, token)).data.node).toMatchObject({ turn: 25, status: 'COMPLETED' });
  });

  it('turns pacing guidance off per session without breaking turn counting', async () => {
    const { id } = await readyAdventure(25, { pacingEnabled: false });
    let last;
    for (let turn = 1; turn <= 4; turn += 1) last = await act(id);
    expect(last.adventure).toMatchObject({ turn: 4, phase: 'RISING_ACTION', pacingEnabled: false });
    expect(last.adventure.pacing.guidance).toBe('');
    const guided = await readyAdventure(25);
    expect((await act(guided.id)).adventure.pacing.guidance).not.toBe('');
  });

  it('validates input and refuses actions before the story starts', async () => {
    expect((await mutate(START_ADVENTURE, { maxTurns: 10 }, 'startAdventure')).userErrors).toEqual([
      { code: 'VALIDATION', field: 'maxTurns', message: 'must be 25 to 100' },
    ]);
    const started = await mutate(START_ADVENTURE, {}, 'startAdventure');
    expect(started.adventure).toMatchObject({ maxTurns: 50, turn: 0, phase: 'SETUP', gamePhase: 'CHARACTER_CREATION' });
    expect((await act(started.adventure.id)).userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    const { id } = await readyAdventure(50);
    expect((await act(id, '   ')).userErrors[0]).toMatchObject({ code: 'VALIDATION', field: 'action' });
    expect((await act(id, 'x'.repeat(501))).userErrors[0]).toMatchObject({ code: 'VALIDATION', field: 'action' });
    expect((await t.gql(ADVENTURE, { id }, token)).data.node.turn).toBe(0);
  });

  it('lets the owner abandon, after which actions are refused', async () => {
    const { id } = await readyAdventure(50);
    expect((await mutate(ABANDON_ADVENTURE, { adventureId: id }, 'abandonAdventure')).adventure).toMatchObject({
      status: 'ABANDONED',
      completionReason: 'ABANDONED',
    });
    expect((await act(id)).userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('keeps another user out: no reading, acting or subscribing', async () => {
    const { id } = await readyAdventure(50);
    const intruder = await t.token('adv-intruder');
    const read = await t.gql(ADVENTURE, { id }, intruder);
    expect(read.errors).toBeUndefined();
    expect(read.data.node).toBeNull();
    expect((await t.gql(VIEWER_ADVENTURES, {}, intruder)).data.viewer.adventures.edges).toEqual([]);
    expect((await act(id, WAIT, { as: intruder })).userErrors).toEqual([
      { code: 'NOT_FOUND', field: 'adventureId', message: 'Adventure not found' },
    ]);
    expect(
      (await mutate(ABANDON_ADVENTURE, { adventureId: id }, 'abandonAdventure', intruder)).userErrors[0],
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    const subscription = await new Promise<unknown>((resolve) => {
      t.wsClient(intruder).subscribe(
        { query: operationText(ADVENTURE_PHASE_CHANGED), variables: { adventureId: id } },
        { next: resolve, error: resolve, complete: () => resolve('completed') },
      );
    });
    expect(JSON.stringify(subscription)).toContain('Adventure not found');
    expect((await t.gql(ADVENTURE, { id }, token)).data.node.turn).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationText, startTestApp, type Operation, type TestApp } from '../support/test-app.js';
import {
  CREATE_GOAL,
  CREATE_MISSION,
  MISSION_CHANGED,
  MISSION_CHANGED_WITH_GOAL,
  START_MISSION,
} from '../support/operations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const createMission = (token: string, title: string) =>
  t
    .gql(CREATE_MISSION, { input: { title, estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'HEALTH' } }, token)
    .then((response) => response.data.createMission.mission);

/** Collects graphql-ws events until `count` arrived. */
function collect(client: ReturnType<TestApp['wsClient']>, query: Operation | string, count: number) {
  const events: unknown[] = [];
  let ready!: () => void;
  const done = new Promise<unknown[]>((resolve, reject) => {
    const dispose = client.subscribe(
      { query: typeof query === 'string' ? query : operationText(query) },
      {
        next: (event) => {
          events.push(event);
          if (events.length === count) {
            dispose();
            resolve(events);
          }
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
  });
  client.on('connected', () => ready?.());
  const connected = new Promise<void>((resolve) => (ready = resolve));
  return { done, connected };
}

describe('missionChanged', () => {
  it("gives each of one user's subscriptions its own selection from one event", async () => {
    // The read behind an event is shared by subscriptions with the same selection (per-event-reads.ts):
    // a different selection must still get its own fields, relations included.
    const carol = await t.token('sub-carol');
    const goal = await t
      .gql(CREATE_GOAL, { input: { title: 'Run a 10k', valueCategory: 'HEALTH', goalType: 'CONCRETE' } }, carol)
      .then((response) => response.data.createGoal.goal);
    // The same selection laid out differently shares one execution per event (subscription-share-key.ts).
    const relaidOut = `# another client's copy\n${operationText(MISSION_CHANGED).replace(/\s+/g, '\n  ')}`;
    const plain = [MISSION_CHANGED, MISSION_CHANGED, relaidOut].map((query) => collect(t.wsClient(carol), query, 1));
    const withGoal = collect(t.wsClient(carol), MISSION_CHANGED_WITH_GOAL, 1);
    await Promise.all([...plain, withGoal].map((stream) => stream.connected));
    await new Promise((resolve) => setTimeout(resolve, 100));

    const created = await t.gql(
      CREATE_MISSION,
      {
        input: {
          goalId: goal.id,
          title: 'Jog 3 km',
          estimatedMinutes: 25,
          energyLevel: 'MEDIUM',
          valueCategory: 'HEALTH',
        },
      },
      carol,
    );
    const mission = created.data.createMission.mission;
    for (const stream of plain) {
      expect(await stream.done).toEqual([
        {
          data: {
            missionChanged: { kind: 'CREATED', mission: { id: mission.id, title: 'Jog 3 km', status: 'PENDING' } },
          },
        },
      ]);
    }
    expect(await withGoal.done).toEqual([
      {
        data: {
          missionChanged: {
            kind: 'CREATED',
            mission: { id: mission.id, estimatedMinutes: 25, goal: { title: 'Run a 10k' } },
          },
        },
      },
    ]);
  });

  it('pushes the owner their own mission changes over graphql-ws, and nobody else', async () => {
    const alice = await t.token('sub-alice');
    const bob = await t.token('sub-bob');
    const aliceStream = collect(t.wsClient(alice), MISSION_CHANGED, 2);
    const bobEvents: unknown[] = [];
    const bobClient = t.wsClient(bob);
    bobClient.subscribe(
      { query: operationText(MISSION_CHANGED) },
      { next: (event) => bobEvents.push(event), error: () => undefined, complete: () => undefined },
    );
    await aliceStream.connected;
    // Let the subscribe message reach the server before publishing.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const mission = await createMission(alice, 'Walk the dog');
    await t.gql(START_MISSION, { input: { id: mission.id } }, alice);

    const events = await aliceStream.done;
    expect(events).toEqual([
      {
        data: {
          missionChanged: { kind: 'CREATED', mission: { id: mission.id, title: 'Walk the dog', status: 'PENDING' } },
        },
      },
      {
        data: {
          missionChanged: {
            kind: 'STARTED',
            mission: { id: mission.id, title: 'Walk the dog', status: 'IN_PROGRESS' },
          },
        },
      },
    ]);
    expect(bobEvents).toEqual([]);
  });

  it('streams over SSE with the token in the header', async () => {
    const carol = await t.token('sub-carol');
    const abort = new AbortController();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${carol}` },
      body: JSON.stringify({ query: operationText(MISSION_CHANGED) }),
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    setTimeout(() => void createMission(carol, 'Water the plants'), 100);
    let text = '';
    while (!text.includes('Water the plants')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    abort.abort();
    const dataLine = text.split('\n').find((line) => line.startsWith('data:') && line.includes('missionChanged'));
    expect(JSON.parse(dataLine!.slice(5))).toMatchObject({
      data: { missionChanged: { kind: 'CREATED', mission: { title: 'Water the plants', status: 'PENDING' } } },
    });
  });

  it('refuses an SSE subscription without a token', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: operationText(MISSION_CHANGED) }),
    });
    const text = await response.text();
    expect(text).toContain('UNAUTHENTICATED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { nodesOf } from '../support/connections.js';
import {
  ABANDON_MISSION,
  ARCHIVE_GOAL,
  COMPLETE_MISSION,
  CREATE_GOAL,
  CREATE_MISSION,
  DEFER_MISSION,
  GENERATE_QUESTS,
  START_MISSION,
  UPDATE_MISSION,
} from '../support/operations.js';
import { waitFor } from '../support/seed.js';
import { operationText, startTestApp, type Operation, type TestApp } from '../support/test-app.js';

const CATCH_UP = graphql(`
  query CatchUp($since: DateTime) {
    viewer {
      missions(updatedSince: $since, first: 100) {
        totalCount
        edges {
          node {
            id
            status
            updatedAt
          }
        }
      }
      goals(updatedSince: $since, first: 100) {
        totalCount
        edges {
          node {
            id
            status
            updatedAt
          }
        }
      }
      adventures(updatedSince: $since, first: 100) {
        totalCount
      }
    }
  }
`);

const MISSION_COUNTS = graphql(`
  query MissionCounts($first: Int, $status: MissionStatus) {
    viewer {
      missions(first: $first, status: $status) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      goals {
        totalCount
        edges {
          node {
            missions {
              totalCount
            }
          }
        }
      }
    }
  }
`);

const MISSION_SESSIONS = graphql(`
  query MissionSessions($id: ID!, $after: String) {
    node(id: $id) {
      ... on Mission {
        sessions(first: 1, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              status
              updatedAt
            }
          }
        }
      }
    }
  }
`);

const MISSION_CHANGE_KINDS = graphql(`
  subscription MissionChangeKinds {
    missionChanged {
      kind
      mission {
        id
        status
      }
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function ok(token: string, operation: Operation, input: Record<string, unknown>, field: string) {
  const response = await t.gql(operation, { input }, token);
  expect(response.errors).toBeUndefined();
  expect(response.data[field].userErrors).toEqual([]);
  return response.data[field];
}

const mission = (token: string, title: string, goalId?: string) =>
  ok(
    token,
    CREATE_MISSION,
    { title, goalId, estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'HEALTH' },
    'createMission',
  ).then((payload) => payload.mission);

const goal = (token: string, title: string) =>
  ok(token, CREATE_GOAL, { title, goalType: 'CONCRETE', valueCategory: 'HEALTH' }, 'createGoal').then(
    (payload) => payload.goal,
  );

/** The instant just after every `updatedAt` of these objects: a client's catch-up mark. */
const justAfter = (objects: { updatedAt: string }[]) =>
  new Date(Math.max(...objects.map((object) => Date.parse(object.updatedAt))) + 1).toISOString();

/** updatedAt is the database server's clock: wait until it has moved past a mark. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('first with last', () => {
  it('is refused with BAD_USER_INPUT on a root connection, a nested one and a paged relation', async () => {
    const token = await t.token('contract-first-last');
    const created = await goal(token, 'Read more');
    await mission(token, 'Read a chapter', created.id);
    for (const query of [
      '{ viewer { missions(first: 1, last: 1) { totalCount } } }',
      '{ viewer { goals(first: 1) { edges { node { missions(first: 2, last: 2) { edges { cursor } } } } } } }',
      '{ viewer { missions(first: 1) { edges { node { sessions(first: 1, last: 1) { totalCount } } } } } }',
    ]) {
      const response = await t.gql(query, {}, token);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/"first" and "last" cannot be used together/),
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
    }
  });
});

describe('totalCount', () => {
  it("counts the whole list with the field's filters, not the page", async () => {
    const token = await t.token('contract-count');
    const read = await goal(token, 'Run a 10k');
    const [first] = [await mission(token, 'Jog', read.id), await mission(token, 'Stretch', read.id)];
    await mission(token, 'Sleep early');
    await ok(token, START_MISSION, { id: first.id }, 'startMission');

    const page = await t.gql(MISSION_COUNTS, { first: 2 }, token);
    expect(page.errors).toBeUndefined();
    expect(page.data.viewer.missions.totalCount).toBe(3);
    expect(page.data.viewer.missions.edges).toHaveLength(2);
    expect(page.data.viewer.goals.totalCount).toBe(1);
    expect(page.data.viewer.goals.edges[0].node.missions.totalCount).toBe(2);

    const pending = await t.gql(MISSION_COUNTS, { first: 1, status: 'PENDING' }, token);
    expect(pending.data.viewer.missions.totalCount).toBe(2);
    // Only the count asked for: no rows needed, the count is still right.
    const countOnly = await t.gql('{ viewer { missions { totalCount } } }', {}, token);
    expect(countOnly.data.viewer.missions).toEqual({ totalCount: 3 });
  });
});

describe('nested pagination', () => {
  it("pages a mission's sessions with cursors, newest first", async () => {
    const token = await t.token('contract-sessions');
    const created = await mission(token, 'Practise scales');
    await ok(token, START_MISSION, { id: created.id }, 'startMission');
    await ok(token, ABANDON_MISSION, { id: created.id }, 'abandonMission');
    await ok(token, START_MISSION, { id: created.id }, 'startMission');

    const first = (await t.gql(MISSION_SESSIONS, { id: created.id }, token)).data.node.sessions;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.gql(MISSION_SESSIONS, { id: created.id, after: first.pageInfo.endCursor }, token)).data.node
      .sessions;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const sessions = [...nodesOf(first), ...nodesOf(second)];
    expect(sessions.map((session) => session.status).sort()).toEqual(['ABANDONED', 'IN_PROGRESS']);
    expect(new Set(sessions.map((session) => session.id)).size).toBe(2);
  });
});

describe('updatedSince', () => {
  it('returns what changed at or after the instant, archives included, and nothing else', async () => {
    const token = await t.token('contract-catch-up');
    const home = await goal(token, 'Tidy the house');
    const [kitchen, shed, desk] = [
      await mission(token, 'Kitchen', home.id),
      await mission(token, 'Shed'),
      await mission(token, 'Desk', home.id),
    ];
    const everything = (await t.gql(CATCH_UP, {}, token)).data.viewer;
    expect(everything.missions.totalCount).toBe(3);
    expect(everything.adventures.totalCount).toBe(0);

    // A client synced up to now; then one mission changes.
    const mark = justAfter([...nodesOf(everything.missions), ...nodesOf(everything.goals)]);
    await pause();
    await ok(token, UPDATE_MISSION, { id: shed.id, title: 'Shed, at last' }, 'updateMission');
    const changed = (await t.gql(CATCH_UP, { since: mark }, token)).data.viewer;
    expect(nodesOf(changed.missions).map((node) => node.id)).toEqual([shed.id]);
    expect(changed.missions.totalCount).toBe(1);
    expect(nodesOf(changed.goals)).toEqual([]);

    // Archiving the goal retires its open missions: a catch-up sees them with their new status.
    const secondMark = justAfter(nodesOf(changed.missions));
    await pause();
    await ok(token, ARCHIVE_GOAL, { id: home.id }, 'archiveGoal');
    const archived = (await t.gql(CATCH_UP, { since: secondMark }, token)).data.viewer;
    expect(
      nodesOf(archived.missions)
        .map((node) => [node.id, node.status])
        .sort(),
    ).toEqual(
      [
        [kitchen.id, 'ARCHIVED'],
        [desk.id, 'ARCHIVED'],
      ].sort(),
    );
    expect(nodesOf(archived.goals).map((node) => [node.id, node.status])).toEqual([[home.id, 'ARCHIVED']]);

    // At or after: the instant of the last change itself still returns it.
    const last = nodesOf(archived.goals)[0]!.updatedAt;
    expect(nodesOf((await t.gql(CATCH_UP, { since: last }, token)).data.viewer.goals)).toHaveLength(1);
  });
});

describe('missionChanged kind', () => {
  it('says what happened, for each change of the life cycle and for generated quests', async () => {
    const token = await t.token('contract-kinds');
    const admin = await t.token('contract-kinds-admin', { admin: true });
    const events: { kind: string; mission: { id: string; status: string } }[] = [];
    const client = t.wsClient(token);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe(
      { query: operationText(MISSION_CHANGE_KINDS) },
      {
        next: (event) => events.push((event.data as { missionChanged: (typeof events)[number] }).missionChanged),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await connected;
    // Let the subscribe message reach the server before publishing.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const life = await mission(token, 'Fix the bike');
    await ok(token, UPDATE_MISSION, { id: life.id, estimatedMinutes: 20 }, 'updateMission');
    await ok(token, START_MISSION, { id: life.id }, 'startMission');
    await ok(token, ABANDON_MISSION, { id: life.id }, 'abandonMission');
    await ok(token, DEFER_MISSION, { id: life.id }, 'deferMission');
    await ok(token, COMPLETE_MISSION, { id: life.id }, 'completeMission');
    const garden = await goal(token, 'Grow tomatoes');
    const retired = await mission(token, 'Buy seeds', garden.id);
    await ok(token, ARCHIVE_GOAL, { id: garden.id }, 'archiveGoal');

    const of = (id: string) => events.filter((event) => event.mission.id === id);
    await waitFor(async () => of(retired.id).length === 2);
    expect(of(life.id).map((event) => [event.kind, event.mission.status])).toEqual([
      ['CREATED', 'PENDING'],
      ['UPDATED', 'PENDING'],
      ['STARTED', 'IN_PROGRESS'],
      ['ABANDONED', 'PENDING'],
      ['DEFERRED', 'DEFERRED'],
      ['COMPLETED', 'COMPLETED'],
    ]);
    expect(of(retired.id).map((event) => [event.kind, event.mission.status])).toEqual([
      ['CREATED', 'PENDING'],
      ['ARCHIVED', 'ARCHIVED'],
    ]);

    await goal(token, 'Learn the guitar');
    const run = (await t.gql(GENERATE_QUESTS, { input: { userId: 'contract-kinds' } }, admin)).data.generateQuests.run;
    const generated = nodesOf(run.missions).map((node) => node.id);
    expect(generated.length).toBeGreaterThan(0);
    await waitFor(async () => generated.every((id) => of(id).length > 0));
    for (const id of generated) expect(of(id)[0]!.kind).toBe('GENERATED');
    await client.dispose();
  });
});

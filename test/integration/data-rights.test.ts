import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../scripts/seed/demo-data.js';
import { graphql } from '../generated/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DATA_EXPORT = graphql(`
  query ViewerDataExport {
    viewer {
      id
      dataExport
    }
  }
`);

const DELETE_VIEWER = graphql(`
  mutation DeleteViewer($input: DeleteViewerInput!) {
    deleteViewer(input: $input) {
      deletedViewer {
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

const LEAVER = 'leaving-user';
const STAYER = 'staying-user';
// One hour ahead: still queued when the account is deleted.
const LATER_MS = 3_600_000;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  // The stayer first, so the row counts taken next are "everything but the leaver's".
  await seedEverything(STAYER);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Rows in every table that can hold a user's data, in any user's name. */
async function tables(): Promise<string[]> {
  const rows = await t.app.database.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      -- migrations, the job store (checked through Agenda) and the sweeps (no user's data, written by a timer).
      AND table_name NOT IN ('_prisma_migrations', 'GenerationSweep')
      AND table_name NOT LIKE 'agenda%'
    ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tables()) {
    const [row] = await t.app.database.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(row!.n);
  }
  return counts;
}

/** Every table with a userId column: a table added later is caught here without editing the test. */
async function userIdTables(): Promise<string[]> {
  const rows = await t.app.database.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'userId' ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

async function rowsOf(userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await userIdTables()) {
    const [row] = await t.app.database.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table}" WHERE "userId" = $1`,
      userId,
    );
    counts[table] = Number(row!.n);
  }
  const [user] = await t.app.database.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "User" WHERE id = ${userId}`;
  counts.User = Number(user!.n);
  return counts;
}

async function queuedJobsOf(userId: string): Promise<number> {
  return (await t.app.jobs.agenda.queryJobs({ data: { userId } })).total;
}

/** A month of history and an adventure (the demo seed), plus what the seed leaves out: a run, an alert, a queued job. */
async function seedEverything(userId: string): Promise<void> {
  const { services } = t.app;
  await seedDemoData(services, { userId, displayName: userId });
  const { prisma } = services;
  const run = await prisma.questGenerationRun.create({
    data: { userId, trigger: 'ON_DEMAND', windowKey: `on_demand:${userId}`, status: 'SUCCEEDED', missionsCreated: 1 },
  });
  await prisma.mission.create({
    data: {
      userId,
      title: 'A generated mission',
      estimatedMinutes: 15,
      energyLevel: 'LOW',
      valueCategory: 'GROWTH',
      source: 'GENERATED',
      generatedBy: 'MODEL',
      generationRunId: run.id,
    },
  });
  await prisma.generationAlert.create({
    data: { kind: 'USER_REPEATED_FAILURES', userId, message: `${userId} failed three times` },
  });
  // A replaced version of the last turn (a retry) and the player's memory: theirs too.
  const lastExchange = await prisma.adventureExchange.findFirstOrThrow({
    where: { session: { userId } },
    orderBy: { turn: 'desc' },
  });
  await prisma.adventureTurnVersion.create({
    data: {
      sessionId: lastExchange.sessionId,
      turn: lastExchange.turn,
      version: 1,
      narration: 'The first telling of the last turn',
      answer: { narration: 'The first telling of the last turn', completedObjectiveIds: [] },
    },
  });
  await prisma.adventureSession.update({
    where: { id: lastExchange.sessionId },
    data: { memoryNote: 'Mira never lies to the lighthouse keeper.' },
  });
  await services.jobs.enqueueQuestGeneration(
    { userId, trigger: 'ON_DEMAND', windowKey: `on_demand:${userId}:later` },
    { delayMs: LATER_MS },
  );
}

/** A missionChanged subscription over graphql-ws: when it is connected, and when the server ends it. */
function openSubscription(token: string) {
  const client = t.wsClient(token);
  let isEnded = false;
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const ended = new Promise<void>((resolve, reject) =>
    client.subscribe(
      { query: 'subscription { missionChanged { mission { id } } }' },
      {
        next: () => undefined,
        error: reject,
        complete: () => {
          isEnded = true;
          resolve();
        },
      },
    ),
  );
  return { connected, ended, isEnded: () => isEnded };
}

async function exportOf(token: string) {
  const response = await t.gql(DATA_EXPORT, {}, token);
  expect(response.errors).toBeUndefined();
  return JSON.parse(response.data!.viewer.dataExport) as Record<string, any>;
}

describe('data rights', () => {
  let stayerCounts: Record<string, number>;
  let stayerExport: Record<string, any>;
  let leaverToken: string;

  beforeAll(async () => {
    stayerCounts = await rowCounts();
    stayerExport = await exportOf(await t.token(STAYER));
    await seedEverything(LEAVER);
    leaverToken = await t.token(LEAVER);
  }, 120_000);

  it('exports everything the viewer owns, and nothing of anyone else', async () => {
    const data = await exportOf(leaverToken);
    const { prisma } = t.app.database;
    expect(data.profile).toMatchObject({ id: LEAVER, displayName: LEAVER });
    expect(data.goals).toHaveLength(await prisma.goal.count({ where: { userId: LEAVER } }));
    expect(data.missions).toHaveLength(await prisma.mission.count({ where: { userId: LEAVER } }));
    expect(data.sessions).toHaveLength(await prisma.missionSession.count({ where: { userId: LEAVER } }));
    expect(data.generationRuns).toHaveLength(await prisma.questGenerationRun.count({ where: { userId: LEAVER } }));
    expect(data.adventures).toHaveLength(await prisma.adventureSession.count({ where: { userId: LEAVER } }));
    expect(data.goals.length).toBeGreaterThan(0);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.adventures.length).toBeGreaterThan(0);
    const exchanges = data.adventures.flatMap((adventure: any) => adventure.exchanges);
    expect(exchanges).toHaveLength(await prisma.adventureExchange.count({ where: { session: { userId: LEAVER } } }));
    expect(exchanges.length).toBeGreaterThan(0);
    expect(exchanges.flatMap((exchange: any) => exchange.turnVersions)).toHaveLength(
      await prisma.adventureTurnVersion.count({ where: { exchange: { session: { userId: LEAVER } } } }),
    );
    expect(exchanges.flatMap((exchange: any) => exchange.turnVersions).length).toBeGreaterThan(0);
    expect(data.adventures.map((adventure: any) => adventure.memoryNote)).toContain(
      'Mira never lies to the lighthouse keeper.',
    );
    expect(data.adventures.flatMap((adventure: any) => adventure.moments)).toHaveLength(
      await prisma.adventureMoment.count({ where: { session: { userId: LEAVER } } }),
    );
    expect(data.patterns).toHaveProperty('windowDays', 30);
    // The claim columns are a lock, not data.
    expect(data.adventures[0]).not.toHaveProperty('claimToken');
    // Not one ID of the other user's rows, nor their name, appears anywhere in the document.
    const text = JSON.stringify(data);
    expect(text).not.toContain(STAYER);
    const stayerIds = [
      ...(await prisma.goal.findMany({ where: { userId: STAYER }, select: { id: true } })),
      ...(await prisma.mission.findMany({ where: { userId: STAYER }, select: { id: true } })),
      ...(await prisma.adventureSession.findMany({ where: { userId: STAYER }, select: { id: true } })),
    ];
    expect(stayerIds.length).toBeGreaterThan(0);
    for (const { id } of stayerIds) expect(text).not.toContain(id);
  });

  it('computes the export once per operation, however many aliases ask for it', async () => {
    const response = await t.gql('{ viewer { a: dataExport b: dataExport } }', {}, leaverToken);
    expect(response.errors).toBeUndefined();
    expect(response.data!.viewer.a).toBe(response.data!.viewer.b);
  });

  it('refuses a deletion without the confirmation, and deletes nothing', async () => {
    const before = await rowsOf(LEAVER);
    for (const confirm of ['', 'delete my account', STAYER]) {
      const response = await t.gql(DELETE_VIEWER, { input: { confirm } }, leaverToken);
      expect(response.errors).toBeUndefined();
      expect(response.data!.deleteViewer).toEqual({
        deletedViewer: null,
        userErrors: [expect.objectContaining({ code: 'INVALID_STATE', field: 'confirm' })],
      });
    }
    expect(await rowsOf(LEAVER)).toEqual(before);
    expect(await queuedJobsOf(LEAVER)).toBe(1);
  });

  it('deletes the account and all its data, cancels its jobs, refuses its token, and leaves others untouched', async () => {
    // Every table with a userId column holds some of the leaver's rows, so the check below proves something.
    const before = await rowsOf(LEAVER);
    expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([]);
    expect(await queuedJobsOf(LEAVER)).toBe(1);
    const leaverSubscription = openSubscription(leaverToken);
    const stayerSubscription = openSubscription(await t.token(STAYER));
    await Promise.all([leaverSubscription.connected, stayerSubscription.connected]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const response = await t.gql(DELETE_VIEWER, { input: { confirm: 'DELETE MY ACCOUNT' } }, leaverToken);
    expect(response.errors).toBeUndefined();
    expect(response.data!.deleteViewer).toEqual({ deletedViewer: { id: LEAVER }, userErrors: [] });

    // The leaver's open subscription ends; the stayer's does not.
    await leaverSubscription.ended;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stayerSubscription.isEnded()).toBe(false);

    // No row in the leaver's name, in any table with a user reference.
    const after = await rowsOf(LEAVER);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    // Nor below them (adventure quests, objectives, exchanges, moments): every table is back to the
    // stayer's rows alone, but the tombstone.
    expect(await rowCounts()).toEqual({ ...stayerCounts, DeletedUser: stayerCounts.DeletedUser! + 1 });
    expect(await queuedJobsOf(LEAVER)).toBe(0);
    expect(await queuedJobsOf(STAYER)).toBe(1);
    const { exportedAt: _then, ...stayerBefore } = stayerExport;
    const { exportedAt: _now, ...stayerAfter } = await exportOf(await t.token(STAYER));
    expect(stayerAfter).toEqual(stayerBefore);

    // The still-valid token is refused, at once (this process forgot the user) and from then on;
    // it does not bring an empty account back.
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await t.gql(DATA_EXPORT, {}, leaverToken);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]).toMatchObject({
        message: 'this account was deleted',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const fresh = await t.gql(DATA_EXPORT, {}, await t.token(LEAVER));
    expect(fresh.status).toBe(401);
    expect(await rowsOf(LEAVER)).toEqual(after);
  });
});

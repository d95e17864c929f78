import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/auth/tokens.js';
import {
  allowConnections,
  freePort,
  gqlOn,
  metric,
  readyz,
  terminateBackends,
  throwAwayRedis,
  type ThrowAwayRedis,
} from '../support/faults.js';
import { COMPLETE_MISSION, CREATE_MISSION, MISSION_CHANGED, VIEWER } from '../support/operations.js';
import {
  createSharedDatabase,
  PROCESS_JWT_SECRET,
  startProcess,
  stopAllProcesses,
  type QuestlineProcess,
  type SharedDatabase,
} from '../support/processes.js';
import { seedUser, waitFor } from '../support/seed.js';
import { operationText } from '../support/test-app.js';

/**
 * Dependency faults under real processes (an uncaught error would end them):
 * PostgreSQL connections terminated and refused on a database of our own,
 * Redis unreachable at start, and a throw-away Redis killed and restarted.
 * The shared PostgreSQL and Redis servers are never stopped.
 */
let db: SharedDatabase;

beforeAll(async () => {
  db = await createSharedDatabase();
});
afterAll(async () => {
  await stopAllProcesses();
  await db?.drop();
});

const token = (userId: string) => signToken(PROCESS_JWT_SECRET, { userId });
const missionId = (id: string) => Buffer.from(`Mission:${id}`).toString('base64url');
const GOALS = [
  { title: 'Swim a mile', valueCategory: 'HEALTH' as const },
  { title: 'Learn to weld', valueCategory: 'CRAFT' as const },
];
const alive = (process: QuestlineProcess) => process.child.exitCode === null && process.child.signalCode === null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Completes one pending mission of the user: the pool drops below 5, so a generation job is enqueued. */
async function completeOne(process: QuestlineProcess, userId: string) {
  const mission = await db.prisma.mission.findFirstOrThrow({ where: { userId, status: 'PENDING' } });
  const { body } = await gqlOn(process, await token(userId), COMPLETE_MISSION, {
    input: { id: missionId(mission.id) },
  });
  expect(body.errors).toBeUndefined();
  expect(body.data.completeMission.userErrors).toEqual([]);
}

describe('PostgreSQL connections dropped and refused', () => {
  it(
    'keeps the process up, answers 503 while down, serves again by itself, and runs each job once',
    { timeout: 120_000 },
    async () => {
      const app = await startProcess('all', {
        DATABASE_URL: db.url,
        REDIS_URL: '',
        DEPENDENCY_CHECK_INTERVAL_MS: '200',
        // A job orphaned by the fault is taken again within seconds, and a double run would show.
        JOBS_LOCK_LIFETIME_MS: '4000',
        GENERATION_RETRY_DELAY_MS: '1000',
        // The load below is one user far faster than a person: a bucket it never empties, so every
        // failure counted is the fault's, not a 429.
        RATE_LIMIT_USER_BUCKET: '1000000',
        RATE_LIMIT_USER_REFILL_PER_SECOND: '1000000',
      });
      await seedUser(db.prisma, 'pg-before', { goals: GOALS, pending: 5 });
      await seedUser(db.prisma, 'pg-after', { goals: GOALS, pending: 5 });
      await seedUser(db.prisma, 'pg-load', { goals: GOALS, pending: 5 });
      expect(await readyz(app)).toEqual({
        status: 200,
        body: { status: 'ready', dependencies: { database: 'up', jobs: 'up' } },
      });

      // Load from 8 clients for the whole fault.
      const loadToken = await token('pg-load');
      const outcomes: { at: number; ok: boolean }[] = [];
      let loading = true;
      const load = Promise.all(
        Array.from({ length: 8 }, async () => {
          while (loading) {
            const at = Date.now();
            const ok = await gqlOn(app, loadToken, VIEWER).then(
              ({ body }) => body.data?.viewer?.id === 'pg-load' && body.errors === undefined,
              () => false,
            );
            outcomes.push({ at, ok });
          }
        }),
      );

      // A job enqueued just before the fault.
      await completeOne(app, 'pg-before');
      // Every connection of the process dropped at once (a failover, a reaper).
      expect(await terminateBackends(db.url)).toBeGreaterThan(0);
      await sleep(500);
      expect(alive(app)).toBe(true);
      // Then the server refuses connections for a while (a restart).
      await allowConnections(db.url, false);
      await terminateBackends(db.url);
      const down = await waitFor(async () => {
        const answer = await readyz(app);
        return answer.status === 503 && answer;
      }, 10_000);
      expect(down.body).toMatchObject({ status: 'database unreachable', dependencies: { database: 'down' } });
      expect(await metric(app, 'questline_dependency_up{dependency="database"}')).toBe(0);
      await sleep(1000);
      await allowConnections(db.url, true);
      const back = Date.now();

      const ready = await waitFor(async () => {
        const answer = await readyz(app);
        return answer.status === 200 && answer.body.status === 'ready' && answer;
      }, 20_000);
      expect(ready.body.dependencies).toEqual({ database: 'up', jobs: 'up' });
      const recoveredAfterMs = Date.now() - back;
      // Queries succeed again without a restart.
      await waitFor(async () => (await gqlOn(app, loadToken, VIEWER)).body.data?.viewer?.id === 'pg-load', 10_000);
      const settled = Date.now();
      await sleep(1000);
      loading = false;
      await load;
      const afterRecovery = outcomes.filter((outcome) => outcome.at >= settled);
      expect(afterRecovery.length).toBeGreaterThan(0);
      expect(afterRecovery.every((outcome) => outcome.ok)).toBe(true);
      console.info(
        `pg fault: ${outcomes.filter((o) => !o.ok).length} of ${outcomes.length} requests failed; ` +
          `ready ${recoveredAfterMs} ms after connections were allowed again`,
      );

      // A job enqueued after the fault.
      await completeOne(app, 'pg-after');
      for (const userId of ['pg-before', 'pg-after']) {
        await waitFor(
          async () => (await db.prisma.questGenerationRun.count({ where: { userId, status: 'SUCCEEDED' } })) === 1,
          30_000,
        );
      }
      // Past the lock lifetime: a job whose lock was left behind would have run a second time by now.
      await sleep(5000);
      for (const userId of ['pg-before', 'pg-after']) {
        const runs = await db.prisma.questGenerationRun.findMany({ where: { userId } });
        expect(runs).toHaveLength(1);
        expect(runs[0]!.status).toBe('SUCCEEDED');
        expect(await db.prisma.mission.count({ where: { userId, source: 'GENERATED' } })).toBe(
          runs[0]!.missionsCreated,
        );
        const executions = app.logs().filter((line) => line.msg === 'quests generated' && line.userId === userId);
        expect(executions).toHaveLength(1);
        const jobs = await db.prisma.$queryRaw<{ locked_at: Date | null; last_finished_at: Date | null }[]>`
          SELECT locked_at, last_finished_at FROM agenda_jobs
          WHERE name = 'quest-generation' AND data->>'userId' = ${userId}`;
        expect(jobs).toHaveLength(1);
        expect(jobs[0]).toMatchObject({ locked_at: null, last_finished_at: expect.any(Date) });
      }

      expect(alive(app)).toBe(true);
      const logs = app.logs();
      expect(logs.some((line) => line.msg === 'dependency down' && line.dependency === 'database')).toBe(true);
      expect(logs.some((line) => line.msg === 'dependency up again' && line.dependency === 'database')).toBe(true);
      // The LISTEN connection was among those terminated, and came back.
      expect(logs.some((line) => line.msg === 'job notifications (LISTEN) reconnected')).toBe(true);
      expect(await metric(app, 'questline_dependency_up{dependency="database"}')).toBe(1);
      expect(await metric(app, 'questline_dependency_errors_total{dependency="database"}')).toBeGreaterThan(0);
      expect(logs.some((line) => line.msg === 'uncaught exception')).toBe(false);
    },
  );
});

describe('Redis unreachable at start-up', () => {
  it('starts, serves queries and mutations, and reports itself degraded', { timeout: 60_000 }, async () => {
    const unused = await freePort();
    const api = await startProcess('api', { DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${unused}` });
    const userToken = await token('no-redis');
    const viewer = await gqlOn(api, userToken, VIEWER);
    expect(viewer.body.data.viewer.id).toBe('no-redis');
    const started = Date.now();
    const created = await gqlOn(api, userToken, CREATE_MISSION, {
      input: { title: 'Stretch', estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'HEALTH' },
    });
    // Its event cannot be published: the mutation neither fails nor waits for Redis.
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createMission).toMatchObject({ mission: { title: 'Stretch' }, userErrors: [] });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await readyz(api)).toEqual({
      status: 200,
      body: { status: 'degraded', dependencies: { database: 'up', redis: 'down', jobs: 'up' } },
    });
    expect(await metric(api, 'questline_dependency_up{dependency="redis"}')).toBe(0);
    expect(await metric(api, 'questline_event_publish_failures_total')).toBeGreaterThanOrEqual(1);
    expect(alive(api)).toBe(true);
  });
});

describe('Redis killed and restarted', () => {
  let redis: ThrowAwayRedis;
  const subscribers: Client[] = [];
  afterAll(async () => {
    await Promise.all(subscribers.map((client) => client.dispose()));
    await stopAllProcesses();
    await redis?.kill();
  });

  it('resumes cross-process subscription delivery when Redis is back', { timeout: 90_000 }, async () => {
    redis = await throwAwayRedis();
    await redis.start();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, DEPENDENCY_CHECK_INTERVAL_MS: '200' };
    const [api1, api2] = await Promise.all([startProcess('api', env), startProcess('api', env)]);
    const userId = 'redis-sub';

    /** Titles of the missionChanged events a subscriber on API 2 receives, as that user. */
    const subscribe = async (user: string) => {
      const titles: string[] = [];
      const client = createClient({
        url: `${api2.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${await token(user)}` },
        retryAttempts: 0,
      });
      subscribers.push(client);
      client.subscribe(
        { query: operationText(MISSION_CHANGED) },
        {
          next: (event: any) => titles.push(event.data.missionChanged.mission.title),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return titles;
    };
    const titles = await subscribe(userId);
    const create = async (title: string, user = userId) =>
      gqlOn(api1, await token(user), CREATE_MISSION, {
        input: { title, estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'HEALTH' },
      });
    // Subscribed once an event made on API 1 reaches API 2.
    await waitFor(async () => {
      await create('Before the outage');
      return titles.includes('Before the outage');
    }, 15_000);

    await redis.kill();
    const degraded = await waitFor(async () => {
      const answer = await readyz(api1);
      return answer.body.dependencies?.redis === 'down' && answer;
    }, 10_000);
    expect(degraded).toEqual({
      status: 200,
      body: { status: 'degraded', dependencies: { database: 'up', redis: 'down', jobs: 'up' } },
    });
    const started = Date.now();
    const during = await create('During the outage');
    expect(during.body.errors).toBeUndefined();
    expect(during.body.data.createMission.userErrors).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await metric(api1, 'questline_event_publish_failures_total')).toBeGreaterThanOrEqual(1);
    // Another user subscribes while Redis is away: the subscription is made when it is back.
    const lateTitles = await subscribe('redis-late');
    await sleep(500);

    await redis.start();
    for (const api of [api1, api2]) {
      await waitFor(async () => (await readyz(api)).body.status === 'ready', 15_000);
    }
    await waitFor(async () => {
      await create('After the outage');
      return titles.includes('After the outage');
    }, 15_000);
    await waitFor(async () => {
      await create('For the late subscriber', 'redis-late');
      return lateTitles.includes('For the late subscriber');
    }, 15_000);
    // Events published while Redis was away are lost (docs/deploy.md §5.3), not replayed.
    expect(titles).not.toContain('During the outage');
    expect(alive(api1) && alive(api2)).toBe(true);
    for (const api of [api1, api2]) {
      expect(api.logs().some((line) => line.msg === 'dependency down' && line.dependency === 'redis')).toBe(true);
      expect(api.logs().some((line) => line.msg === 'dependency up again' && line.dependency === 'redis')).toBe(true);
    }
  });
});

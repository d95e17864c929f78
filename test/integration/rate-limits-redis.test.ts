import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/auth/tokens.js';
import { takeToken, type BucketPolicy } from '../../src/domain/token-bucket.js';
import { createMemoryBucketStore, createRedisBucketStore } from '../../src/server/rate-limit-stores.js';
import { metric, throwAwayRedis, type ThrowAwayRedis } from '../support/faults.js';
import { VIEWER } from '../support/operations.js';
import {
  createSharedDatabase,
  PROCESS_JWT_SECRET,
  REDIS_URL,
  startProcess,
  stopAllProcesses,
  type QuestlineProcess,
  type SharedDatabase,
} from '../support/processes.js';
import { waitFor } from '../support/seed.js';
import { operationText } from '../support/test-app.js';

/**
 * Rate limits shared through Redis by real API processes (on the PostgreSQL
 * server, like multi-process.test.ts), and what happens when Redis goes away
 * and comes back (a Redis of this test's own, on a free port).
 */
const uniquePrefix = () => `questline-test:rl:${randomBytes(6).toString('hex')}`;
/** A bucket of 4 that gains a token every 1000 s: nothing refills during the test. */
const SMALL_BUCKET = { RATE_LIMIT_USER_BUCKET: '4', RATE_LIMIT_USER_REFILL_PER_SECOND: '0.001' };

let db: SharedDatabase;
beforeAll(async () => {
  db = await createSharedDatabase();
});
afterAll(async () => {
  await stopAllProcesses();
  await db?.drop();
});

async function ask(api: QuestlineProcess, userId: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signToken(PROCESS_JWT_SECRET, { userId })}`,
    },
    body: JSON.stringify({ query: operationText(VIEWER) }),
  });
  const body = (await response.json()) as any;
  return {
    status: response.status,
    remaining: response.headers.get('x-ratelimit-remaining'),
    code: body.errors?.[0]?.extensions?.code as string | undefined,
  };
}

describe('the Redis bucket store', () => {
  it('takes tokens exactly as the rule in src/domain does', async () => {
    const redis = createRedisBucketStore(REDIS_URL, uniquePrefix());
    const memory = createMemoryBucketStore();
    try {
      const policy: BucketPolicy = { capacity: 3, refillPerSecond: 3 };
      // Commands fail at once until the store's connection is up (it never queues them).
      await waitFor(
        () =>
          redis.take('warm-up', Date.now() * 1000, policy).then(
            () => true,
            () => false,
          ),
        5000,
      );
      const start = Date.now() * 1000;
      // Bursts, partial refills and a long pause, at uneven times.
      const offsets = [0, 0, 0, 0, 200_000, 333_333, 333_334, 340_000, 2_000_000, 2_000_001, 2_000_002, 2_000_003];
      const expected = [];
      let state: number | null = null;
      for (const offset of offsets) {
        const result = takeToken(state, start + offset, policy);
        if (result.taken) state = result.fullAtMicros;
        expected.push(result);
      }
      const fromRedis = [];
      const fromMemory = [];
      for (const offset of offsets) {
        fromRedis.push(await redis.take('agree', start + offset, policy));
        fromMemory.push(await memory.take('agree', start + offset, policy));
      }
      expect(fromRedis).toEqual(expected);
      expect(fromMemory).toEqual(expected);
      expect(expected.map((result) => result.taken)).toEqual([
        true,
        true,
        true,
        false,
        false,
        true,
        false,
        false,
        true,
        true,
        true,
        false,
      ]);
    } finally {
      await redis.close();
      await memory.close();
    }
  });
});

describe('two API processes on one Redis', () => {
  let apiA: QuestlineProcess;
  let apiB: QuestlineProcess;
  beforeAll(async () => {
    const env = { DATABASE_URL: db.url, RATE_LIMIT_REDIS_PREFIX: uniquePrefix(), ...SMALL_BUCKET };
    [apiA, apiB] = await Promise.all([startProcess('api', env), startProcess('api', env)]);
  }, 120_000);

  it("draw a user's requests from one bucket", async () => {
    const replies = [];
    for (const api of [apiA, apiB, apiA, apiB, apiA, apiB]) replies.push(await ask(api, 'rl-shared'));
    expect(replies).toEqual([
      { status: 200, remaining: '3', code: undefined },
      { status: 200, remaining: '2', code: undefined },
      { status: 200, remaining: '1', code: undefined },
      { status: 200, remaining: '0', code: undefined },
      { status: 429, remaining: '0', code: 'RATE_LIMITED' },
      { status: 429, remaining: '0', code: 'RATE_LIMITED' },
    ]);
    // Another user's bucket is untouched, on either process.
    expect(await ask(apiB, 'rl-other')).toEqual({ status: 200, remaining: '3', code: undefined });
  });
});

describe('when Redis goes down', () => {
  let redis: ThrowAwayRedis;
  let api: QuestlineProcess;
  beforeAll(async () => {
    redis = await throwAwayRedis();
    await redis.start();
    api = await startProcess('api', {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      RATE_LIMIT_REDIS_PREFIX: uniquePrefix(),
      ...SMALL_BUCKET,
    });
  }, 120_000);
  afterAll(() => redis?.kill());

  it('serves every request unlimited and says so once in the logs and in metrics; limits again when Redis is back', async () => {
    for (let i = 0; i < 4; i++) expect((await ask(api, 'rl-outage')).status).toBe(200);
    expect(await ask(api, 'rl-outage')).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(await metric(api, 'questline_rate_limit_store_up')).toBe(1);

    await redis.kill();
    const during = [];
    for (let i = 0; i < 10; i++) during.push(await ask(api, 'rl-outage'));
    // Failing open: served, with no bucket to report.
    expect(during).toEqual(Array.from({ length: 10 }, () => ({ status: 200, remaining: null, code: undefined })));
    expect(await metric(api, 'questline_rate_limit_fail_open_total')).toBe(10);
    expect(await metric(api, 'questline_rate_limit_store_up')).toBe(0);
    const outageLines = api.logs().filter((line) => String(line.msg).startsWith('rate limiter cannot reach its store'));
    expect(outageLines).toHaveLength(1);
    expect(outageLines[0]).toMatchObject({ level: 50, store: 'redis' });

    // The new Redis is empty: a full bucket of 4 once the limiter has reconnected, then 429.
    await redis.start();
    const first = await waitFor(async () => {
      const reply = await ask(api, 'rl-outage');
      return reply.remaining !== null ? reply : null;
    }, 15_000);
    expect(first).toEqual({ status: 200, remaining: '3', code: undefined });
    for (let i = 0; i < 3; i++) expect((await ask(api, 'rl-outage')).status).toBe(200);
    expect(await ask(api, 'rl-outage')).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(await metric(api, 'questline_rate_limit_store_up')).toBe(1);
    expect(api.logs().some((line) => line.msg === 'rate limiter reaches its store again: limiting resumed')).toBe(true);
  }, 60_000);
});

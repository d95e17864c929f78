import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitConfig } from '../../src/server/rate-limit-config.js';
import { CREATE_GOAL, VIEWER } from '../support/operations.js';
import { operationText, startTestApp, type Operation, type TestApp } from '../support/test-app.js';

/**
 * Rate limits through the real server, in memory (one process): small buckets
 * that refill one token per 10 s, on a clock the test moves, so every header
 * value is exact. Redis and several processes: rate-limits-redis.test.ts.
 */
const SLOW = 0.1;
const LIMITS: RateLimitConfig = {
  enabled: true,
  user: { capacity: 3, refillPerSecond: SLOW },
  anonymous: { capacity: 2, refillPerSecond: SLOW },
  subscribe: { capacity: 2, refillPerSecond: SLOW },
  redisKeyPrefix: 'unused-in-memory',
  // As behind one load balancer: the address it appends to X-Forwarded-For is the client's.
  trustedProxies: 1,
};

const ALLOWED_ORIGIN = 'https://app.example.com';

let clock = Date.parse('2027-03-01T12:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    rateLimitNow: () => new Date(clock),
    config: {
      rateLimit: LIMITS,
      exposure: { cors: { origins: [ALLOWED_ORIGIN], localhost: false }, introspection: 'on', documents: 'any', maxOperationNames: 100 },
    },
  });
});
afterAll(async () => {
  await t?.close();
});

interface Reply {
  status: number;
  limit: string | null;
  remaining: string | null;
  reset: string | null;
  retryAfter: string | null;
  body: any;
}

async function post(
  operation: Operation,
  options: { token?: string; forwardedFor?: string; variables?: Record<string, unknown>; url?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  const response = await fetch(`${options.url ?? t.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: operationText(operation), variables: options.variables }),
  });
  return {
    status: response.status,
    limit: response.headers.get('x-ratelimit-limit'),
    remaining: response.headers.get('x-ratelimit-remaining'),
    reset: response.headers.get('x-ratelimit-reset'),
    retryAfter: response.headers.get('retry-after'),
    body: await response.json(),
  };
}

const newGoal = { input: { title: 'Climb a hill', goalType: 'CONCRETE', valueCategory: 'HEALTH' } };

describe('HTTP rate limits', () => {
  it("tells a user their bucket on every response, refuses the 4th request of 3 with 429 and runs nothing of it, and leaves other users' buckets alone", async () => {
    const ann = await t.token('rl-ann');
    const replies = [await post(VIEWER, { token: ann }), await post(VIEWER, { token: ann })];
    replies.push(await post(CREATE_GOAL, { token: ann, variables: newGoal }));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(replies.map((reply) => [reply.limit, reply.remaining, reply.reset])).toEqual([
      ['3', '2', '10'],
      ['3', '1', '20'],
      ['3', '0', '30'],
    ]);
    expect(replies[2]!.body.data.createGoal.userErrors).toEqual([]);

    const refused = await post(CREATE_GOAL, { token: ann, variables: newGoal });
    expect(refused.status).toBe(429);
    expect([refused.limit, refused.remaining, refused.reset, refused.retryAfter]).toEqual(['3', '0', '30', '10']);
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringContaining('try again in 10 seconds'),
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 10 },
        },
      ],
    });
    // Refused before GraphQL: no second goal, and the operation was never executed or counted.
    expect(await t.app.services.prisma.goal.count({ where: { userId: 'rl-ann' } })).toBe(1);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(
      /questline_graphql_operations_total\{operation="CreateGoal",type="mutation",outcome="ok"\} 1\n/,
    );
    expect(metrics).toMatch(/questline_rate_limit_refused_total\{bucket="user"\} 1\n/);

    const bob = await post(VIEWER, { token: await t.token('rl-bob') });
    expect([bob.status, bob.remaining]).toEqual([200, '2']);
    expect(bob.body.data.viewer.id).toBeTruthy();

    // One token back after 10 s: one more request, then refused again.
    clock += 10_000;
    expect((await post(VIEWER, { token: ann })).status).toBe(200);
    expect((await post(VIEWER, { token: ann })).status).toBe(429);
  });

  it('limits requests without a valid token per client address, still answering 401 within the limit', async () => {
    const address = '198.51.100.20';
    const missing = await post(VIEWER, { forwardedFor: address });
    const invalid = await post(VIEWER, { forwardedFor: address, token: 'not-a-jwt' });
    expect([missing.status, missing.limit, missing.remaining]).toEqual([401, '2', '1']);
    expect(missing.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect([invalid.status, invalid.remaining]).toEqual([401, '0']);

    const refused = await post(VIEWER, { forwardedFor: address });
    expect([refused.status, refused.retryAfter]).toEqual([429, '10']);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 10 });
    // A forged leading entry does not buy a new bucket: the proxy's own entry decides.
    expect((await post(VIEWER, { forwardedFor: `203.0.113.99, ${address}` })).status).toBe(429);

    // Another address, and a signed-in user at the same address, have their own buckets.
    expect((await post(VIEWER, { forwardedFor: '198.51.100.21' })).status).toBe(401);
    const signedIn = await post(VIEWER, { forwardedFor: address, token: await t.token('rl-carol') });
    expect([signedIn.status, signedIn.limit, signedIn.remaining]).toEqual([200, '3', '2']);
  });

  it('lets an allowed browser origin read a 429 and its headers, and no other origin', async () => {
    const address = '198.51.100.30';
    const send = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address, origin },
        body: JSON.stringify({ query: operationText(VIEWER) }),
      });
    for (let i = 0; i < 2; i++) await (await send(ALLOWED_ORIGIN)).arrayBuffer();
    const refused = await send(ALLOWED_ORIGIN);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(refused.headers.get('vary')).toContain('Origin');
    await refused.arrayBuffer();
    const foreign = await send('https://evil.example');
    expect(foreign.status).toBe(429);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    await foreign.arrayBuffer();
  });

  it('does not limit /healthz, /readyz or /metrics', async () => {
    // This address (the socket's: no X-Forwarded-For) has used up its bucket for /graphql…
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(VIEWER)).status);
    expect(statuses).toEqual([401, 401, 429]);
    // …and still gets every operational route, with no rate-limit headers.
    for (let i = 0; i < 5; i++) {
      for (const path of ['/healthz', '/readyz', '/metrics']) {
        const response = await fetch(`${t.url}${path}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('x-ratelimit-limit')).toBeNull();
        await response.arrayBuffer();
      }
    }
  });
});

describe('WebSocket subscribe limits', () => {
  let client: Client;
  let connections = 0;
  let closes = 0;
  afterAll(() => client?.dispose());

  /** Runs one operation over the socket: its results, or the error the server sent for it. */
  function run(operation: Operation): Promise<{ data?: unknown[]; error?: any }> {
    return new Promise((resolve) => {
      const results: unknown[] = [];
      client.subscribe(
        { query: operationText(operation) },
        {
          next: (result) => results.push(result),
          error: (error) => resolve({ error }),
          complete: () => resolve({ data: results }),
        },
      );
    });
  }

  it('refuses an operation over the limit with RATE_LIMITED for that operation only; the socket stays open and usable', async () => {
    client = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await t.token('rl-dora')}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => (connections += 1), closed: () => (closes += 1) },
    });
    expect((await run(VIEWER)).data).toHaveLength(1);
    expect((await run(VIEWER)).data).toHaveLength(1);

    const refused = await run(VIEWER);
    expect(refused.error).toEqual([
      {
        message: expect.stringContaining('try again in 10 seconds'),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 10 },
      },
    ]);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/questline_rate_limit_refused_total\{bucket="subscribe"\} 1\n/);

    // After the retry delay, the same socket serves the next operation.
    clock += 10_000;
    const again = await run(VIEWER);
    expect(again.data).toEqual([{ data: { viewer: expect.objectContaining({ id: 'rl-dora' }) } }]);
    expect([connections, closes]).toEqual([1, 0]);
    // HTTP requests of the same user draw from their own bucket.
    expect((await post(VIEWER, { token: await t.token('rl-dora') })).remaining).toBe('2');
  });
});

describe('RATE_LIMIT_ENABLED=false', () => {
  let unlimited: TestApp;
  beforeAll(async () => {
    unlimited = await startTestApp({ config: { rateLimit: { ...LIMITS, enabled: false } } });
  });
  afterAll(() => unlimited?.close());

  it('counts nothing and sends no X-RateLimit headers', async () => {
    const token = await unlimited.token('rl-free');
    // The same limits, switched on, refuse this user's 4th request…
    const limited = [];
    for (let i = 0; i < 4; i++) limited.push((await post(VIEWER, { token })).status);
    expect(limited).toEqual([200, 200, 200, 429]);
    // …and switched off, serve as many as asked.
    for (let i = 0; i < 6; i++) {
      const reply = await post(VIEWER, { token, url: unlimited.url });
      expect(reply.status).toBe(200);
      expect(reply.limit).toBeNull();
    }
  });
});

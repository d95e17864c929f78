import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startQueryCounter } from '../../bench/support/query-counter.js';
import { loadConfig } from '../../src/config.js';
import { defaultRequestLimits, EVERY_REQUEST_LIMIT_OFF } from '../../src/server/limits/config.js';
import { seedUser } from '../support/seed.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const defaults = defaultRequestLimits();

/** Issue 8's walk viewer.missions → goal → missions → goal → missions, 100 a page at each level. */
const NESTED_WALK = `{ viewer { missions(first: 100) { edges { node { goal { missions(first: 100) { edges { node {
  goal { missions(first: 100) { edges { node { id } } } } } } } } } } } } }`;
const repeat = (count: number, item: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => item(i)).join(' ');
const ALIAS_FLOOD = `{ ${repeat(1000, (i) => `a${i}: viewer { questPatterns { completedCount peakHours } }`)} }`;
const NESTED_ALIAS_FLOOD = `{ viewer { ${repeat(1000, (i) => `a${i}: questPatterns { completedCount peakHours }`)} } }`;

/** One operation over each limit, and no other: [limit, operation, variables, measured value]. */
const OVER_EACH_LIMIT: [string, string, Record<string, unknown>, number][] = [
  [
    'depth',
    `{ viewer { missions(first: 1) { edges { node { goal { missions(first: 1) { edges { node { goal {
      missions(first: 1) { pageInfo { hasNextPage } } } } } } } } } } } }`,
    {},
    12,
  ],
  ['aliases', `{ viewer { ${repeat(16, (i) => `a${i}: id`)} } }`, {}, 16],
  ['rootFields', `{ ${repeat(11, (i) => `r${i}: viewer { id }`)} }`, {}, 11],
  ['directives', `{ viewer { ${repeat(21, () => 'id @include(if: true)')} } }`, {}, 21],
  // { viewer { + 700 × (aN : __typename) + } } = 2105 tokens (aliases of __typename are not counted).
  ['tokens', `{ viewer { ${repeat(700, (i) => `a${i}: __typename`)} } }`, {}, 2105],
  // 1 + 1 + 100 × (edges + node + goal + missions 1 + 100 × (edges + node + id)) = 30402.
  [
    'cost',
    `query Costly($outer: Int) { viewer { missions(first: $outer) { edges { node { goal { missions(first: 100) {
      edges { node { id } } } } } } } } }`,
    { outer: 100 },
    30402,
  ],
];

function expectRefusal(response: GraphQLResponse, limit: string, actual: number) {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, max: defaults.query[limit as 'cost'], actual });
  expect(error!.message).toContain(`(${limit})`);
  expect(error!.message).toContain(String(actual));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

let t: TestApp;
let owner: string;
let bystander: string;
beforeAll(async () => {
  t = await startTestApp();
  // 40 missions under one goal: each goal.missions of the walk holds all 40.
  await seedUser(t.app.services.prisma, 'limits-owner', {
    goals: [{ title: 'Everything', valueCategory: 'HEALTH' }],
    pending: 40,
  });
  owner = await t.token('limits-owner');
  bystander = await t.token('limits-bystander');
});
afterAll(async () => {
  await t?.close();
});

describe('query limits over HTTP', () => {
  it('refuses the nested walk and the alias floods in under 50 ms, with no SQL, while others are served', async () => {
    // Warm up both paths (and the owner's user row).
    await t.gql('{ viewer { id } }', {}, owner);
    await t.gql(NESTED_WALK, {}, owner);

    const counter = startQueryCounter();
    try {
      for (const [hostile, limit, actual] of [
        [NESTED_WALK, 'depth', 13],
        [ALIAS_FLOOD, 'tokens', 10002],
        [NESTED_ALIAS_FLOOD, 'tokens', 7005],
      ] as const) {
        // Each refusal alternates with a trivial query, the baseline, so both meet the same load.
        const times: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < 15; i++) {
          const { result, ms } = await timed(() => t.gql(hostile, {}, owner));
          expectRefusal(result, limit, actual);
          times.push(ms);
          baseline.push((await timed(() => t.gql('{ viewer { id } }', {}, owner))).ms);
        }
        console.info(
          `refused (${limit}) in ${median(times).toFixed(1)} ms; a trivial query took ${median(baseline).toFixed(1)} ms`,
        );
        // Under 50 ms; on a machine so busy that a trivial query takes over a third of that, no slower than
        // three trivial queries.
        expect(median(times)).toBeLessThan(Math.max(50, 3 * median(baseline)));
      }
      // Nothing reached the application's tables (the job queue keeps polling its own).
      expect(counter.snapshot().statements.filter((sql) => /"(Mission|Goal|MissionSession)"/.test(sql))).toEqual([]);
    } finally {
      counter.stop();
    }

    // A burst of them does not hold up another user or the health probe.
    const burst = Array.from({ length: 20 }, (_, i) => t.gql(i % 2 ? NESTED_WALK : ALIAS_FLOOD, {}, owner));
    const [other, health] = await Promise.all([
      t.gql('{ viewer { id pendingMissionCount } }', {}, bystander),
      fetch(`${t.url}/healthz`),
    ]);
    expect(other).toMatchObject({ status: 200, data: { viewer: { id: 'limits-bystander', pendingMissionCount: 0 } } });
    expect(other.errors).toBeUndefined();
    expect(health.status).toBe(200);
    for (const refused of await Promise.all(burst))
      expect(refused.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it.each(OVER_EACH_LIMIT)(
    'refuses an operation over the %s limit, naming it and the measured value',
    async (limit, query, variables, actual) => {
      expectRefusal(await t.gql(query, variables, owner), limit, actual);
    },
  );

  it('answers 400 to application/graphql-response+json and 200 to application/json, whichever phase refused', async () => {
    for (const [accept, status] of [
      ['application/graphql-response+json', 400],
      ['application/json', 200],
    ] as const) {
      for (const [limit, query, variables] of OVER_EACH_LIMIT) {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${owner}` },
          body: JSON.stringify({ query, variables }),
        });
        expect({ accept, limit, status: response.status }).toEqual({ accept, limit, status });
        expect((await response.json()).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      }
    }
  });

  it("costs a connection by the page its variables ask for, whatever an earlier request's variables", async () => {
    const query = OVER_EACH_LIMIT.find(([limit]) => limit === 'cost')![1];
    const small = await t.gql(query, { outer: 2 }, owner);
    expect(small.errors).toBeUndefined();
    expect(small.data.viewer.missions.edges).toHaveLength(2);
    expect(small.data.viewer.missions.edges[0].node.goal.missions.edges).toHaveLength(40);
    // The same document, validated (and cached by yoga) a moment ago, with a bigger page.
    expectRefusal(await t.gql(query, { outer: 100 }, owner), 'cost', 30402);
    expect((await t.gql(query, { outer: 2 }, owner)).errors).toBeUndefined();
    // Without a size, the default page (20): 2 + 20 × 304 = 6082, within the budget.
    const unsized = await t.gql(query, {}, owner);
    expect(unsized.errors).toBeUndefined();
    expect(unsized.data.viewer.missions.edges).toHaveLength(20);
  });

  it("admits GraphiQL's schema query and a large operation within every limit", async () => {
    const schema = await t.gql(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
      {},
      owner,
    );
    expect(schema.errors).toBeUndefined();
    expect(schema.data.__schema.types.length).toBeGreaterThan(50);

    // 90 KB of comment (no tokens) around an operation close to every limit.
    const large = `# ${'x'.repeat(90_000)}
      query Large { viewer { missions(first: 100) { edges { node { ${repeat(15, (i) => `a${i}: title`)}
        id priorityScore goal { title missions(first: 5) { edges { node { id } } } } } } } } }`;
    expect(Buffer.byteLength(JSON.stringify({ query: large }))).toBeLessThan(defaults.maxBodyBytes!);
    const response = await t.gql(large, {}, owner);
    expect(response.errors).toBeUndefined();
    expect(response.data.viewer.missions.edges).toHaveLength(40);
  });
});

describe('query limits over WebSocket and SSE', () => {
  /** The first thing a graphql-ws subscription gets: a result, an error, or completion. */
  function firstEvent(query: string, variables: Record<string, unknown> = {}) {
    const client = t.wsClient(owner);
    return new Promise<{ next?: unknown; error?: unknown }>((resolve) => {
      client.subscribe(
        { query, variables },
        { next: (next) => resolve({ next }), error: (error) => resolve({ error }), complete: () => resolve({}) },
      );
    });
  }
  const refusalOver = (limit: string, actual: number) =>
    expect.objectContaining({
      message: expect.stringContaining(`(${limit})`),
      extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit, actual }),
    });

  it('refuses over graphql-ws, through the same envelop plugins, while parsing, validating and executing', async () => {
    // Parsing and validation refuse in graphql-ws' subscribe step: an `error` message.
    expect(await firstEvent(ALIAS_FLOOD)).toEqual({ error: [refusalOver('tokens', 10002)] });
    expect(await firstEvent(NESTED_WALK)).toEqual({ error: [refusalOver('depth', 13)] });
    for (const [limit, query, variables, actual] of OVER_EACH_LIMIT.filter(([limit]) => limit !== 'cost')) {
      expect(await firstEvent(query, variables)).toEqual({ error: [refusalOver(limit, actual)] });
    }
    // The cost, which depends on the variables, is refused as execution starts: a result with the error.
    const [, costly, variables] = OVER_EACH_LIMIT.find(([limit]) => limit === 'cost')!;
    expect(await firstEvent(costly, variables)).toEqual({ next: { errors: [refusalOver('cost', 30402)] } });
    expect(await firstEvent(costly, { outer: 1 })).toEqual({ next: { data: expect.anything() } });
  });

  it('refuses a subscription over graphql-ws for its cost', async () => {
    const costly = `subscription { missionChanged { mission { sessions(first: 100) { edges { node { mission {
      sessions(first: 100) { edges { node { id } } } } } } } } } }`;
    expect(await firstEvent(costly)).toEqual({ next: { errors: [refusalOver('cost', 30403)] } });
  });

  it('refuses over SSE, subscriptions and queries alike', async () => {
    const sse = async (query: string) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${owner}` },
        body: JSON.stringify({ query }),
      });
      const events = (await response.text()).split('\n').filter((line) => line.startsWith('data: {'));
      return events.map((line) => JSON.parse(line.slice('data: '.length)));
    };
    const costly = `subscription { missionChanged { mission { sessions(first: 100) { edges { node { mission {
      sessions(first: 100) { edges { node { id } } } } } } } } } }`;
    expect(await sse(costly)).toEqual([{ errors: [refusalOver('cost', 30403)] }]);
    expect(await sse(`subscription { missionChanged { mission { ${repeat(16, (i) => `a${i}: id`)} } } }`)).toEqual([
      { errors: [refusalOver('aliases', 16)] },
    ]);
    expect(await sse(NESTED_WALK)).toEqual([{ errors: [refusalOver('depth', 13)] }]);
  });
});

describe('request size', () => {
  /** POSTs raw bytes with node:http, which shows the answer even while the body is still being sent. */
  function post(headers: Record<string, string | number>, body: (write: (chunk: Buffer) => boolean) => Promise<void>) {
    return new Promise<{ status: number; json: unknown; sentBeforeAnswer: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request(
        `${t.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (res) => {
          answered = true;
          const sentBeforeAnswer = sent;
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text), sentBeforeAnswer }));
        },
      );
      // Writing on after the server closed the connection fails; the answer is what counts.
      req.on('error', (error) => (answered ? undefined : reject(error)));
      void body((chunk) => {
        if (answered || req.destroyed) return false;
        sent += chunk.length;
        return req.write(chunk);
      }).then(() => req.end());
    });
  }
  const tooLarge = {
    errors: [{ message: expect.stringContaining('102400'), extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 102400 } }],
  };

  it('answers 413 to a body over the limit, with a token or without one', async () => {
    const body = JSON.stringify({ query: '{ viewer { id } }', variables: { padding: 'x'.repeat(200_000) } });
    for (const headers of [{}, { authorization: `Bearer ${owner}` }] as Record<string, string>[]) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual(tooLarge);
    }
  });

  it('refuses a declared Content-Length over the limit without waiting for the body', async () => {
    // Declares a gigabyte and sends 1 KB: the answer cannot have waited for the rest.
    const response = await post({ 'content-length': 1_000_000_000 }, async (write) => {
      write(Buffer.alloc(1024, ' '));
    });
    expect(response).toEqual({ status: 413, json: tooLarge, sentBeforeAnswer: 1024 });
  });

  it('answers 413 to a chunked body as soon as it passes the limit', async () => {
    // No Content-Length: 16 KB chunks, up to 64 MB, until the server answers.
    const response = await post({}, async (write) => {
      for (let total = 0; total < 64 * 1024 * 1024; total += 16_384) {
        if (!write(Buffer.alloc(16_384, ' '))) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    expect(response.status).toBe(413);
    expect(response.json).toEqual(tooLarge);
    expect(response.sentBeforeAnswer).toBeLessThan(64 * 1024 * 1024);
    // The server still serves.
    expect((await t.gql('{ viewer { id } }', {}, owner)).data).toEqual({ viewer: { id: 'limits-owner' } });
  });

  it('closes a WebSocket whose message is over the limit with 1009, and takes one within it', async () => {
    const padded = (bytes: number) => `# ${'x'.repeat(bytes)}\n{ viewer { id } }`;
    const send = (query: string) =>
      new Promise<{ next?: unknown; error?: unknown }>((resolve) => {
        t.wsClient(owner).subscribe(
          { query },
          { next: (next) => resolve({ next }), error: (error) => resolve({ error }), complete: () => resolve({}) },
        );
      });
    expect(await send(padded(60_000))).toEqual({ next: { data: { viewer: { id: 'limits-owner' } } } });
    const printed = vi.spyOn(console, 'error');
    try {
      const refused = await send(padded(70_000));
      expect((refused.error as { code?: number }).code).toBe(1009);
      // The client's doing, not reported as a fault of the server (graphql-ws prints those).
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });
});

describe('every limit switched off', () => {
  it('refuses none of them when each is set to 0', async () => {
    const { requestLimits } = loadConfig(EVERY_REQUEST_LIMIT_OFF);
    const off = await startTestApp({ config: { requestLimits } });
    try {
      const token = await off.token('limits-off');
      for (const [limit, query, variables] of OVER_EACH_LIMIT) {
        const response = await off.gql(query, variables, token);
        expect({ limit, errors: response.errors }).toEqual({ limit, errors: undefined });
      }
      const big = await off.gql(`# ${'x'.repeat(200_000)}\n{ viewer { id } }`, {}, token);
      expect(big).toMatchObject({ status: 200, data: { viewer: { id: 'limits-off' } } });
      const result = await new Promise<unknown>((resolve) => {
        off
          .wsClient(token)
          .subscribe(
            { query: `# ${'x'.repeat(70_000)}\n{ viewer { id } }` },
            { next: resolve, error: resolve, complete: () => undefined },
          );
      });
      expect(result).toEqual({ data: { viewer: { id: 'limits-off' } } });
    } finally {
      await off.close();
    }
  });
});

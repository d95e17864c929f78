import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every kind of failure a client can meet, over HTTP and WebSocket: each
 * error carries `extensions.code`. Before, scope-auth refusals, Pothos's
 * input checks (a bad cursor) and parse errors over WebSocket had none, and
 * node(id:) with the ID of a type that is not a node failed without one.
 */
const errorLogs: string[] = [];
let t: TestApp;
let user: string;
let admin: string;

beforeAll(async () => {
  t = await startTestApp({ logger: pino({ level: 'error' }, { write: (line: string) => void errorLogs.push(line) }) });
  user = await t.token('codes-user');
  admin = await t.token('codes-admin', { admin: true });
});
afterAll(async () => {
  await t?.close();
});

interface ClientError {
  message: string;
  extensions?: Record<string, unknown>;
}

async function post(body: unknown, token: string | null = user): Promise<{ status: number; errors?: ClientError[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The errors a graphql-ws client receives for one operation (an error message or errors in a result). */
function overWebSocket(query: string, variables: Record<string, unknown> = {}): Promise<ClientError[]> {
  const client = t.wsClient(user);
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => resolve((result.errors ?? []) as ClientError[]),
        error: (error) => (Array.isArray(error) ? resolve(error as ClientError[]) : reject(error)),
        complete: () => resolve([]),
      },
    );
  });
}

const id = (typename: string, raw: string) => encodeGlobalId(typename, raw);
const missing = '00000000-0000-4000-8000-000000000000';

const FAILURES: [string, () => Promise<{ errors?: ClientError[] }>, string][] = [
  ['a syntax error', () => post({ query: '{ viewer { ' }), 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', () => post({ query: '{ viewer { nope } }' }), 'GRAPHQL_VALIDATION_FAILED'],
  [
    'a variable of the wrong type',
    () =>
      post({ query: 'query($n: Int) { viewer { missions(first: $n) { edges { cursor } } } }', variables: { n: 'x' } }),
    'BAD_USER_INPUT',
  ],
  [
    'a missing required variable',
    () => post({ query: 'query($n: Int!) { viewer { missions(first: $n) { edges { cursor } } } }', variables: {} }),
    'BAD_USER_INPUT',
  ],
  [
    'an impossible date',
    () =>
      post({
        query:
          'mutation($d: DateTime) { createGoal(input: { title: "x", goalType: CONCRETE, valueCategory: HEALTH, targetDate: $d }) { goal { id } } }',
        variables: { d: '2027-02-30' },
      }),
    'BAD_USER_INPUT',
  ],
  [
    'a cursor this server never issued',
    () => post({ query: '{ viewer { goals(after: "zzz") { edges { cursor } } } }' }),
    'BAD_USER_INPUT',
  ],
  [
    'a cursor that decodes to NUL',
    () =>
      post({
        query: 'query($c: String) { viewer { goals(after: $c) { edges { cursor } } } }',
        variables: { c: Buffer.from('GPC:S:\u0000').toString('base64') },
      }),
    'BAD_USER_INPUT',
  ],
  [
    'a negative page size',
    () => post({ query: '{ viewer { goals(first: -1) { edges { cursor } } } }' }),
    'BAD_USER_INPUT',
  ],
  ['a malformed global ID', () => post({ query: '{ node(id: "@@") { id } }' }), 'BAD_USER_INPUT'],
  [
    'a global ID holding NUL',
    () => post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: id('Goal', '\u0000') } }),
    'BAD_USER_INPUT',
  ],
  [
    'an admin field for a user (scope-auth)',
    () => post({ query: '{ questGenerationHealth { runsLast24h } }' }),
    'FORBIDDEN',
  ],
  ['no token', () => post({ query: '{ viewer { id } }' }, null), 'UNAUTHENTICATED'],
  ['a body that is not JSON', () => post('{"query": '), 'BAD_REQUEST'],
  ['no query', () => post({ variables: {} }), 'BAD_REQUEST'],
  [
    'an operation name the document lacks',
    () => post({ query: 'query A { viewer { id } }', operationName: 'B' }),
    'OPERATION_RESOLUTION_FAILURE',
  ],
];

describe('every error a client receives over HTTP carries a code', () => {
  it.each(FAILURES)('%s', async (_name, send, code) => {
    const { errors } = await send();
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors?.map((error) => error.extensions?.code)).toEqual(errors?.map(() => code));
  });

  it('a masked unexpected error: INTERNAL_SERVER_ERROR, logged', async () => {
    // The user row vanishes under a known viewer: reading it fails unexpectedly.
    const token = await t.token('codes-vanishing');
    expect((await post({ query: '{ viewer { id } }' }, token)).errors).toBeUndefined();
    await t.app.services.prisma.user.delete({ where: { id: 'codes-vanishing' } });
    const { errors } = await post({ query: '{ viewer { createdAt } }' }, token);
    expect(errors).toEqual([{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(errorLogs.length).toBeGreaterThan(0);
    errorLogs.length = 0;
  });
});

describe('every error a client receives over WebSocket carries a code', () => {
  it.each([
    ['a syntax error', '{ viewer { ', {}, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ viewer { nope } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable of the wrong type',
      'query($n: Int) { viewer { missions(first: $n) { edges { cursor } } } }',
      { n: 'x' },
      'BAD_USER_INPUT',
    ],
    [
      'a cursor this server never issued',
      '{ viewer { goals(after: "zzz") { edges { cursor } } } }',
      {},
      'BAD_USER_INPUT',
    ],
    ['an admin field for a user (scope-auth)', '{ questGenerationHealth { runsLast24h } }', {}, 'FORBIDDEN'],
    [
      "a subscription to another user's adventure",
      'subscription($id: ID!) { adventurePhaseChanged(adventureId: $id) { turn } }',
      { id: id('AdventureSession', missing) },
      'NOT_FOUND',
    ],
  ])('%s', async (_name, query, variables, code) => {
    const errors = await overWebSocket(query, variables);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.extensions?.code)).toEqual(errors.map(() => code));
  });
});

describe('node and nodes with IDs of types that are not nodes', () => {
  it('answers null, without an error', async () => {
    for (const typename of ['UserError', 'Viewer', 'NoSuchType']) {
      const response = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: id(typename, '1') }, user);
      expect(response).toEqual({ status: 200, data: { node: null } });
    }
  });

  it('answers null in place in a list, loading the real nodes beside them', async () => {
    const created = await t.gql(
      'mutation { createGoal(input: { title: "Real", goalType: CONCRETE, valueCategory: CRAFT }) { goal { id } } }',
      {},
      user,
    );
    const goalId = created.data.createGoal.goal.id;
    const response = await t.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Goal { title } } }',
      { ids: [id('Viewer', 'codes-user'), goalId, id('NoSuchType', '1'), id('Goal', missing)] },
      user,
    );
    expect(response).toEqual({ status: 200, data: { nodes: [null, { id: goalId, title: 'Real' }, null, null] } });
  });

  it('keeps refusing a malformed ID as BAD_USER_INPUT', async () => {
    const response = await t.gql('{ nodes(ids: ["not an id"]) { id } }', {}, user);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scope-auth', () => {
  it('refuses an admin field to a user with FORBIDDEN and serves it to an admin', async () => {
    const refused = await t.gql('{ questGenerationHealth { runsLast24h } }', {}, user);
    expect(refused.data).toEqual({ questGenerationHealth: null });
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    const served = await t.gql('{ questGenerationHealth { runsLast24h } }', {}, admin);
    expect(served.errors).toBeUndefined();
  });

  it("refuses an admin's user filter that names no possible user, without an internal error", async () => {
    const response = await t.gql(
      'query($u: ID) { questGenerationRuns(userId: $u) { edges { cursor } } }',
      { u: 'ada\u0000' },
      admin,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the logs', () => {
  it('hold no error for any of the client mistakes above', () => {
    expect(errorLogs).toEqual([]);
  });
});

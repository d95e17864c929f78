import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, ExecutionResult } from 'graphql-ws';
import { ViewerDocument } from '../../clients/generated/graphql.js';
import { loadConfig } from '../../src/config.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import { VIEWER } from '../support/operations.js';

/**
 * GRAPHQL_DOCUMENTS (docs/clients.md#persisted-documents): documents sent by id
 * (clients/generated/persisted-documents.json) run under either policy; under `persisted`
 * (production's default) a document sent as text runs only for an admin.
 */

// The id the client preset wrote for test/support/operations.ts' VIEWER (clients/generated/graphql.ts).
const VIEWER_ID = (ViewerDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
const VIEWER_HEX = VIEWER_ID.slice('sha256:'.length);
const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;
const AD_HOC = '{ viewer { id } }';

function exposureFor(env: Record<string, string>) {
  return loadConfig({ JWT_SECRET: TEST_JWT_SECRET, ...env }).exposure;
}

async function post(t: TestApp, body: object, token: string | null, accept = 'application/json') {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${t.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function postJson(t: TestApp, body: object, token: string | null) {
  const response = await post(t, body, token);
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

/** One operation over graphql-ws: every message until it completes. */
function overWebSocket(
  client: Client,
  payload: { query: string; extensions?: Record<string, unknown>; documentId?: string },
) {
  return new Promise<ExecutionResult[]>((resolve, reject) => {
    const results: ExecutionResult[] = [];
    client.subscribe(payload, {
      next: (result) => results.push(result as ExecutionResult),
      error: (error) => (Array.isArray(error) ? resolve([{ errors: error }]) : reject(error)),
      complete: () => resolve(results),
    });
  });
}

const apq = (hex: string) => ({ persistedQuery: { version: 1, sha256Hash: hex } });

describe('GRAPHQL_DOCUMENTS=persisted (the production default)', () => {
  let t: TestApp;
  let user: string;
  let admin: string;
  beforeAll(async () => {
    const exposure = exposureFor({ NODE_ENV: 'production' });
    expect(exposure.documents).toBe('persisted');
    t = await startTestApp({ config: { exposure } });
    user = await t.token('pd-user');
    admin = await t.token('pd-admin', { admin: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs a persisted document sent by documentId or by Apollo sha256Hash over POST', async () => {
    for (const body of [{ documentId: VIEWER_ID }, { extensions: apq(VIEWER_HEX) }]) {
      const response = await postJson(t, body, user);
      expect(response).toMatchObject({ status: 200, data: { viewer: { id: expect.any(String), role: 'USER' } } });
      expect(response.errors).toBeUndefined();
    }
  });

  it('runs a persisted document over GET, by documentId or by extensions', async () => {
    for (const search of [
      `documentId=${encodeURIComponent(VIEWER_ID)}`,
      `extensions=${encodeURIComponent(JSON.stringify(apq(VIEWER_HEX)))}`,
    ]) {
      const response = await fetch(`${t.url}/graphql?${search}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${user}` },
      });
      const body = (await response.json()) as any;
      expect(response.status).toBe(200);
      expect(body.data.viewer.role).toBe('USER');
    }
  });

  it('runs a persisted document over SSE', async () => {
    const response = await post(t, { documentId: VIEWER_ID }, user, 'text/event-stream');
    const events = (await response.text()).split('\n').filter((line) => line.startsWith('data: {'));
    expect(events.map((line) => JSON.parse(line.slice('data: '.length)))).toEqual([
      { data: { viewer: expect.objectContaining({ role: 'USER' }) } },
    ]);
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const body of [{ documentId: UNKNOWN_ID }, { extensions: apq('0'.repeat(64)) }]) {
      const response = await postJson(t, body, user);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^PersistedQueryNotFound/),
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        }),
      ]);
    }
  });

  it('refuses a document sent as text to a user, with PERSISTED_QUERY_ONLY, and runs nothing', async () => {
    const mutation = 'mutation { updateViewer(input: { displayName: "Changed" }) { viewer { displayName } } }';
    for (const query of [AD_HOC, mutation]) {
      const response = await postJson(t, { query }, user);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('only persisted documents'),
          extensions: { code: 'PERSISTED_QUERY_ONLY' },
        }),
      ]);
    }
    const viewer = await postJson(t, { documentId: VIEWER_ID }, user);
    expect(viewer.data.viewer.displayName).not.toBe('Changed');
  });

  it('runs a document sent as text for an admin', async () => {
    const response = await postJson(t, { query: AD_HOC }, admin);
    expect(response).toMatchObject({ status: 200, data: { viewer: { id: expect.any(String) } } });
  });

  it('answers a document sent as text with a bad or missing token as any request without one: 401', async () => {
    for (const token of ['not-a-jwt', null]) {
      const response = await postJson(t, { query: AD_HOC }, token);
      expect(response.status).toBe(401);
      expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });

  it('applies the same rules over graphql-ws', async () => {
    const asUser = t.wsClient(user);
    const byId = await overWebSocket(asUser, { query: '', extensions: apq(VIEWER_HEX) });
    expect(byId).toEqual([{ data: { viewer: expect.objectContaining({ role: 'USER' }) } }]);
    const byDocumentId = await overWebSocket(asUser, { query: '', documentId: VIEWER_ID });
    expect(byDocumentId).toEqual([{ data: { viewer: expect.objectContaining({ role: 'USER' }) } }]);

    const unknown = await overWebSocket(asUser, { query: '', documentId: UNKNOWN_ID });
    expect(unknown).toEqual([
      {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) }),
        ],
      },
    ]);
    const text = await overWebSocket(asUser, { query: AD_HOC });
    expect(text).toEqual([
      { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_ONLY' }) })] },
    ]);

    const asAdmin = t.wsClient(admin);
    expect(await overWebSocket(asAdmin, { query: AD_HOC })).toEqual([{ data: { viewer: { id: expect.any(String) } } }]);
  });
});

describe('GRAPHQL_DOCUMENTS=any (the development default)', () => {
  let t: TestApp;
  let user: string;
  beforeAll(async () => {
    const exposure = exposureFor({ NODE_ENV: 'development' });
    expect(exposure.documents).toBe('any');
    t = await startTestApp({ config: { exposure } });
    user = await t.token('pd-dev-user');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs documents sent as text and persisted ones by id, over HTTP and graphql-ws', async () => {
    expect(await postJson(t, { query: AD_HOC }, user)).toMatchObject({ status: 200, data: { viewer: {} } });
    expect(await t.gql(VIEWER, {}, user)).toMatchObject({ status: 200, data: { viewer: { role: 'USER' } } });
    expect(await postJson(t, { documentId: VIEWER_ID }, user)).toMatchObject({
      status: 200,
      data: { viewer: { role: 'USER' } },
    });
    const client = t.wsClient(user);
    expect(await overWebSocket(client, { query: AD_HOC })).toEqual([{ data: { viewer: { id: expect.any(String) } } }]);
    expect(await overWebSocket(client, { query: '', documentId: VIEWER_ID })).toEqual([
      { data: { viewer: expect.objectContaining({ role: 'USER' }) } },
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

/**
 * What the API shows beyond its operations, as configured by loadConfig for
 * production and development: CORS (CORS_ORIGINS, loopback in development),
 * introspection and GraphiQL (GRAPHQL_INTROSPECTION), and the operation-name
 * labels of /metrics (METRICS_MAX_OPERATION_NAMES).
 */
const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPE_INTROSPECTION = '{ __type(name: "Goal") { name } }';

// These tests send ad-hoc documents; persisted-documents.test.ts covers GRAPHQL_DOCUMENTS=persisted.
function exposureFor(env: Record<string, string>) {
  return loadConfig({ JWT_SECRET: TEST_JWT_SECRET, GRAPHQL_DOCUMENTS: 'any', ...env }).exposure;
}

async function preflight(t: TestApp, origin: string) {
  return fetch(`${t.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
  });
}

async function postFrom(t: TestApp, origin: string, token: string) {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  });
}

async function graphiqlPage(t: TestApp) {
  const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
  return { status: page.status, text: await page.text() };
}

describe('in production (defaults, with CORS_ORIGINS set)', () => {
  let t: TestApp;
  let user: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({
      config: {
        env: 'production',
        exposure: exposureFor({
          NODE_ENV: 'production',
          CORS_ORIGINS: 'https://app.example.com,https://admin.example.com',
          METRICS_MAX_OPERATION_NAMES: '5',
        }),
      },
    });
    user = await t.token('prod-user');
    admin = await t.token('prod-admin', { admin: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses introspection to users and admins alike, with a code', async () => {
    for (const token of [user, admin]) {
      for (const query of [INTROSPECTION, TYPE_INTROSPECTION]) {
        const response = await t.gql(query, {}, token);
        expect(response.data).toBeUndefined();
        expect(response.errors).toEqual([
          expect.objectContaining({
            message: 'schema introspection is disabled on this server',
            extensions: { code: 'FORBIDDEN' },
          }),
        ]);
      }
    }
  });

  it('refuses introspection over WebSocket too', async () => {
    const errors = await new Promise<unknown>((resolve, reject) => {
      t.wsClient(user).subscribe(
        { query: INTROSPECTION },
        { next: (result) => resolve(result.errors), error: reject, complete: () => undefined },
      );
    });
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
  });

  it('still answers __typename', async () => {
    const response = await t.gql('{ __typename viewer { id } }', {}, user);
    expect(response.data).toEqual({ __typename: 'Query', viewer: { id: 'prod-user' } });
  });

  it('does not serve GraphiQL', async () => {
    const page = await graphiqlPage(t);
    expect(page.status).not.toBe(200);
    expect(page.text).not.toContain('GraphiQL');
  });

  it('answers an allowed origin with itself, and no credentials', async () => {
    const allowed = await preflight(t, 'https://app.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization');
    const response = await postFrom(t, 'https://admin.example.com', user);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives any other origin, loopback included, no CORS header at all', async () => {
    for (const origin of ['https://evil.example', 'https://app.example.com.evil.example', 'http://localhost:5173']) {
      const denied = await preflight(t, origin);
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      expect(denied.headers.get('access-control-allow-credentials')).toBeNull();
      const response = await postFrom(t, origin, user);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it('keeps the operation-name labels of /metrics bounded, whatever names clients invent', async () => {
    const known = ['Home', 'Missions', 'Goals'];
    for (const name of known) await t.gql(`query ${name} { viewer { id } }`, {}, user);
    for (let index = 0; index < 60; index++) {
      await t.gql(`query Invented${index} { viewer { id } }`, {}, user);
    }
    // Names seen first keep their label after the bound is reached.
    await t.gql('query Home { viewer { id } }', {}, user);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    const labels = new Set(
      [...metrics.matchAll(/^questline_graphql_operations_total\{[^}]*operation="([^"]*)"/gm)].map((match) => match[1]),
    );
    expect(labels.size).toBeLessThanOrEqual(5 + 2);
    for (const name of known) expect(labels).toContain(name);
    expect(labels).toContain('other');
    const series = metrics
      .split('\n')
      .filter((line) => line.startsWith('questline_graphql_operation_duration_seconds'));
    const perName = series.filter((line) => line.includes('operation="Home"')).length;
    expect(series.length).toBeLessThanOrEqual(perName * (5 + 2));
    const other = /^questline_graphql_operations_total\{operation="other",type="query",outcome="ok"\} (\d+)/m;
    expect(Number(other.exec(metrics)?.[1])).toBeGreaterThanOrEqual(58);
  });
});

describe('in production with GRAPHQL_INTROSPECTION=admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      config: { env: 'production', exposure: exposureFor({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'admin' }) },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers introspection for admins only', async () => {
    const forAdmin = await t.gql(INTROSPECTION, {}, await t.token('intro-admin', { admin: true }));
    expect(forAdmin.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const forUser = await t.gql(INTROSPECTION, {}, await t.token('intro-user'));
    expect(forUser.errors).toEqual([
      expect.objectContaining({
        message: 'schema introspection is for admins only',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
  });

  it('serves the GraphiQL page, which an admin uses with their token', async () => {
    expect((await graphiqlPage(t)).text).toContain('GraphiQL');
  });
});

describe('in development (defaults)', () => {
  let t: TestApp;
  let user: string;
  beforeAll(async () => {
    t = await startTestApp({ config: { env: 'development', exposure: exposureFor({ NODE_ENV: 'development' }) } });
    user = await t.token('dev-user');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers introspection and serves GraphiQL', async () => {
    const response = await t.gql(INTROSPECTION, {}, user);
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await graphiqlPage(t);
    expect(page.status).toBe(200);
    expect(page.text).toContain('GraphiQL');
  });

  it('allows any loopback origin, and still no other', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000']) {
      const allowed = await preflight(t, origin);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      expect((await postFrom(t, origin, user)).headers.get('access-control-allow-origin')).toBe(origin);
    }
    for (const origin of ['https://evil.example', 'http://localhost.evil.example']) {
      expect((await preflight(t, origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await postFrom(t, origin, user)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationText, startTestApp, type TestApp } from '../support/test-app.js';
import { CREATE_GOAL, MISSION_CHANGED, VIEWER } from '../support/operations.js';
import { waitFor } from '../support/seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the job dashboard at /admin/jobs', () => {
  it('is closed without a token and to non-admins', async () => {
    expect((await fetch(`${t.url}/admin/jobs/`)).status).toBe(401);
    const user = await t.token('ops-user');
    expect((await fetch(`${t.url}/admin/jobs/`, { headers: { authorization: `Bearer ${user}` } })).status).toBe(403);
  });

  it('serves an admin, by header or by a one-time ?token= moved into a cookie', async () => {
    const admin = await t.token('ops-admin', { admin: true });
    const page = await fetch(`${t.url}/admin/jobs/`, { headers: { authorization: `Bearer ${admin}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/agendash/i);
    const api = await fetch(`${t.url}/admin/jobs/api?limit=10`, { headers: { authorization: `Bearer ${admin}` } });
    expect(api.status).toBe(200);

    const handoff = await fetch(`${t.url}/admin/jobs?token=${admin}`, { redirect: 'manual' });
    expect(handoff.status).toBe(302);
    expect(handoff.headers.get('location')).toBe('/admin/jobs/');
    const cookie = handoff.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    const withCookie = await fetch(`${t.url}/admin/jobs/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(withCookie.status).toBe(200);
  });
});

describe('/metrics', () => {
  it('counts GraphQL operations by name with their outcome and latency', async () => {
    const token = await t.token('ops-metrics');
    await t.gql(VIEWER, {}, token);
    await t.gql(VIEWER, {}, token);
    await t.gql(CREATE_GOAL, { input: { title: 'Ship it', goalType: 'CONCRETE', valueCategory: 'CRAFT' } }, token);
    await t.gql('query Broken { viewer { nope } }', {}, token);
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/questline_graphql_operations_total\{operation="Viewer",type="query",outcome="ok"\} 2/);
    expect(text).toMatch(/questline_graphql_operations_total\{operation="CreateGoal",type="mutation",outcome="ok"\} 1/);
    expect(text).toMatch(/questline_graphql_operation_duration_seconds_count\{operation="Viewer",type="query"\} 2/);
    expect(text).toContain('questline_websocket_connections 0');
    expect(text).toContain('questline_job_queue_depth');
    expect(text).toContain('questline_process_cpu_user_seconds_total');
  });

  it('answers only the scraper that presents METRICS_TOKEN, when one is set', async () => {
    const guarded = await startTestApp({ config: { metricsToken: 'scraper-token-0123456789' } });
    try {
      const scrape = (authorization?: string) =>
        fetch(`${guarded.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect((await scrape()).status).toBe(401);
      expect((await scrape('Bearer scraper-token-012345678X')).status).toBe(401);
      expect((await scrape('Bearer short')).status).toBe(401);
      const allowed = await scrape('Bearer scraper-token-0123456789');
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('questline_graphql_operations_total');
      // Health and readiness stay open: load balancers and supervisors carry no token.
      expect((await fetch(`${guarded.url}/healthz`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('counts every WebSocket subscriber, also those that share one execution', async () => {
    const token = await t.token('ops-subscriber');
    const metric = async (name: string) => {
      const text = await (await fetch(`${t.url}/metrics`)).text();
      return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    };
    const clients = [t.wsClient(token), t.wsClient(token), t.wsClient(token)];
    const disposers = clients.map((client) =>
      client.subscribe(
        { query: operationText(MISSION_CHANGED) },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      ),
    );
    await waitFor(async () => (await metric('questline_subscriptions_active')) === 3);
    expect(await (await fetch(`${t.url}/metrics`)).text()).toMatch(
      /questline_graphql_operations_total\{operation="MissionChanged",type="subscription",outcome="ok"\} 3/,
    );
    for (const dispose of disposers) dispose();
    await waitFor(async () => (await metric('questline_subscriptions_active')) === 0);
    await Promise.all(clients.map((client) => client.dispose()));
  });
});

import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * GraphiQL in a real headless browser (Debian's chromium), with every request that does not go to
 * the app refused: the page must work on a machine without internet. No skip when chromium is
 * missing: a browser test that silently does not run proves nothing.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without these, chromium on a closed network floods itself with refused connections (STACK.md).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let t: TestApp;
let browser: Browser;
let page: Page;
let token: string;
const blocked: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The GraphiQL browser test needs Debian's chromium at ${CHROMIUM} and it is not there: ` +
        'install it with `apt-get install -y --no-install-recommends chromium` (.ci/run does), ' +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  t = await startTestApp();
  token = await t.token('browser-user');
  // playwright gives every launch a fresh temporary profile (user data directory).
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const origin = new URL(t.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  page = await context.newPage();
  await page.goto(`${t.url}/graphql`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** The text of a Monaco editor as shown (GraphiQL's editors are Monaco). */
async function editorText(selector: string): Promise<string> {
  return (await page.locator(`${selector} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');
}

/** Replaces an editor's content as a paste would (typing would trigger Monaco's auto-closing brackets). */
async function replaceEditorText(selector: string, text: string): Promise<void> {
  await page.locator(`${selector} .view-lines`).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

const QUERY_EDITOR = '.graphiql-query-editor';
const HEADERS_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
const RESULT = '.result-window';

async function run(): Promise<void> {
  await page.locator('.graphiql-execute-button').click();
}

describe('GraphiQL in a browser without internet', () => {
  it('renders GraphiQL from the server alone, with the project hint as the first query', async () => {
    await expect.poll(() => editorText(QUERY_EDITOR), { timeout: 30_000 }).toContain('query WhatNext');
    expect(await page.locator('body').innerText()).not.toMatch(/Loading/);
    expect(await page.title()).toBe('Questline');
    expect(blocked).toEqual([]);
  });

  it('says why the schema cannot be fetched without a token, and fetches it once the token is in the headers', async () => {
    const status = page.locator('#questline-schema-status');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain('authentication required');

    await page.getByRole('button', { name: 'Headers' }).click();
    await replaceEditorText(HEADERS_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }));
    await expect.poll(() => status.isVisible(), { timeout: 15_000 }).toBe(false);
    // The schema is there: the documentation explorer lists the root types.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 15_000 }).toContain('Query');
  });

  it('runs a query with the token from the headers', async () => {
    await replaceEditorText(QUERY_EDITOR, '{ viewer { id pendingMissionCount } }');
    // GraphiQL reads the operation name from the editor a moment after the text changes; a click before that
    // sends the previous one ("Cannot infer operation WhatNext"). Running a query again is harmless: retry.
    await expect
      .poll(
        async () => {
          if (!(await editorText(RESULT)).includes('"id": "browser-user"')) await run();
          return editorText(RESULT);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain('"id": "browser-user"');
  });

  it('receives a subscription event over SSE with the same headers', async () => {
    await replaceEditorText(QUERY_EDITOR, 'subscription { missionChanged { kind mission { title } } }');
    await run();
    const mutation = `mutation {
      createMission(input: { title: "Seen in the browser", estimatedMinutes: 15, energyLevel: LOW, valueCategory: HEALTH }) {
        mission { id } userErrors { code }
      }
    }`;
    // The subscription is live once its request is open; until then an event would be missed: retry.
    await expect
      .poll(
        async () => {
          // The same race as above: a subscription sent under the previous operation name fails at once; send again.
          if ((await editorText(RESULT)).includes('Cannot infer operation')) await run();
          else await t.gql(mutation, {}, token);
          return editorText(RESULT);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain('Seen in the browser');
    expect(blocked).toEqual([]);
  });
});

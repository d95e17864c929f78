import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run -s seed` as the README's quick start uses it: on the embedded database while
 * `npm start` runs (through the server's socket), again (nothing added), and with the server
 * stopped (opening the database itself). Its stdout is the token alone.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'questline-seed-'));
const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development', LLM_MODEL: '' };
let server: ChildProcess | undefined;
afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

function runSeed(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

async function startServer(): Promise<string> {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((line) => line.msg === 'Questline ready');
    if (ready) return `http://127.0.0.1:${ready.port}`;
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const DEMO = `{
  viewer {
    id
    displayName
    goals(first: 20) { edges { node { title valueCategory } } }
    missions(first: 100, status: PENDING) { edges { node { title } } }
    completed: missions(first: 100, status: COMPLETED) { edges { node { title } } }
    questPatterns { completedCount }
    adventures(first: 10, status: ACTIVE) { edges { node { turn activeQuest { title } character { name } } } }
  }
}`;

async function demoData(url: string, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: DEMO }),
  });
  const body = (await response.json()) as { data?: { viewer: any }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.viewer;
}

/** What the seed made, regardless of order. */
function contents(viewer: any) {
  const titles = (connection: any) => connection.edges.map((edge: any) => edge.node.title).sort();
  return {
    goals: titles(viewer.goals),
    pending: titles(viewer.missions),
    completed: titles(viewer.completed),
    adventures: viewer.adventures,
  };
}

const JWT_LINE = /^[\w-]+\.[\w-]+\.[\w-]+\n$/;

describe('npm run seed', () => {
  it('seeds a running server’s embedded database, prints only the token, and adds nothing the second time', async () => {
    const url = await startServer();

    const first = await runSeed();
    expect(first.stderr).toContain('through the running server');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(JWT_LINE);
    const viewer = await demoData(url, first.stdout.trim());
    expect(viewer.id).toBe('demo');
    expect(viewer.displayName).toBe('Demo');
    const categories = new Set(viewer.goals.edges.map((edge: any) => edge.node.valueCategory));
    expect(categories).toEqual(new Set(['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION']));
    expect(viewer.missions.edges.length).toBeGreaterThanOrEqual(8);
    // 30 days, two sessions every third day: 40, of which the oldest day may fall just outside the window.
    expect(viewer.completed.edges).toHaveLength(40);
    expect(viewer.questPatterns.completedCount).toBeGreaterThanOrEqual(38);
    expect(viewer.adventures.edges).toHaveLength(1);
    const adventure = viewer.adventures.edges[0].node;
    expect(adventure.turn).toBe(3);
    expect(adventure.character.name).toBe('Mira');
    expect(adventure.activeQuest.title).toEqual(expect.any(String));

    const second = await runSeed();
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('already has the demo data; nothing added');
    expect(second.stdout).toMatch(JWT_LINE);
    // Priorities move with the clock, so the pending missions' order may change; their set does not.
    expect(contents(await demoData(url, second.stdout.trim()))).toEqual(contents(viewer));

    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server!.kill('SIGTERM');
    await exited;
    // With the server stopped the script opens the database itself: still nothing to add.
    const third = await runSeed();
    expect(third.code).toBe(0);
    expect(third.stderr).toContain('nothing added');
    expect(third.stdout).toMatch(JWT_LINE);
  }, 600_000);
});

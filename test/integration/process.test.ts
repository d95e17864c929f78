import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/seed.js';

/** The real entry point as `npm start` runs it: embedded database, dev token, SIGTERM. */
const dataDir = mkdtempSync(join(tmpdir(), 'questline-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startProcess(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

const exitCode = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', resolve));

/** Start-up of a fresh embedded database can take tens of seconds on a loaded two-core machine. */
const START_MS = 90_000;
const seen = <T>(probe: () => T | undefined, timeoutMs = START_MS) =>
  waitFor(async () => probe() ?? false, timeoutMs) as Promise<T>;

describe('the server process', () => {
  it(
    'starts on the embedded database, serves the printed dev token, and drains on SIGTERM with exit 0',
    { timeout: START_MS + 30_000 },
    async () => {
      const { child, output } = startProcess({ SHUTDOWN_TIMEOUT_MS: '1000' });
      const exited = exitCode(child);
      const lines = () =>
        output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line));
      const ready = await seen(() => lines().find((line) => line.msg === 'Questline ready'));
      const devToken = await seen(() => lines().find((line) => typeof line.header === 'string'));
      const url = `http://127.0.0.1:${ready.port}`;

      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const authorization = JSON.parse(devToken.header).Authorization as string;
      // The same, in plain text for a developer to copy (stdout keeps only JSON lines).
      await seen(() => (output().includes(`Authorization: ${authorization}`) ? true : undefined));
      expect(output()).toContain(`GraphiQL:  ${url}/graphql`);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ viewer { id } }' }),
      });
      expect(await response.json()).toEqual({ data: { viewer: { id: 'dev' } } });

      // An open SSE subscription does not hold the shutdown beyond its grace period.
      const sse = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
        body: JSON.stringify({ query: 'subscription { missionChanged { mission { id } } }' }),
      });
      expect(sse.status).toBe(200);
      const stream = sse.body!.getReader();
      void stream.read().catch(() => undefined);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output()).toContain('shutting down');
    },
  );

  it('stops at start-up with the name of a bad setting', async () => {
    const { child, output } = startProcess({ PORT: 'not-a-port' });
    expect(await exitCode(child)).toBe(78);
    expect(output()).toContain('PORT');
  });
});

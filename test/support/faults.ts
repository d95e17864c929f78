import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { SERVER_POSTGRES_URL, type QuestlineProcess } from './processes.js';
import { waitFor } from './seed.js';
import { operationText, type Operation } from './test-app.js';

/** Helpers to break and mend dependencies under real processes. */

/** A TCP port nobody listens on (right now). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function onAdminConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Terminates every backend connected to this (test-owned) database; returns how many. */
export function terminateBackends(databaseUrl: string): Promise<number> {
  const name = databaseName(databaseUrl);
  return onAdminConnection(async (client) => {
    const { rows } = await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    return rows.length;
  });
}

/** Refuses (false) or accepts again (true) new connections to this (test-owned) database: a server that is down. */
export function allowConnections(databaseUrl: string, allowed: boolean): Promise<unknown> {
  const name = databaseName(databaseUrl);
  return onAdminConnection((client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${allowed}`));
}

function databaseName(url: string): string {
  const name = new URL(url).pathname.slice(1);
  // Only the databases the tests create: never anyone else's.
  if (!/^questline_(mp|test)_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  return name;
}

export async function readyz(process: QuestlineProcess): Promise<{ status: number; body: any }> {
  const response = await fetch(`${process.url}/readyz`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: await response.json() };
}

/** The value of one Prometheus sample (`name{labels}`), or undefined. */
export async function metric(process: QuestlineProcess, sample: string): Promise<number | undefined> {
  const text = await (await fetch(`${process.url}/metrics`)).text();
  const line = text.split('\n').find((entry) => entry.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}

export async function gqlOn(
  process: QuestlineProcess,
  token: string,
  operation: Operation,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${process.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: operationText(operation), variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
}

/** A throw-away redis-server of our own (never the shared one), killed and restarted at will on one port. */
export interface ThrowAwayRedis {
  url: string;
  start(): Promise<void>;
  /** SIGKILL: a crash, no goodbye to clients. */
  kill(): Promise<void>;
}

export async function throwAwayRedis(): Promise<ThrowAwayRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const answers = () =>
    new Promise<boolean>((resolve) => {
      const ping = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      ping.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      ping.on('exit', () => resolve(out.trim() === 'PONG'));
    });
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      await waitFor(answers, 10_000);
    },
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

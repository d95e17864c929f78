import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.js';
import { dropDatabase } from './drop-database.js';

/**
 * Real Questline processes (node src/main.ts) sharing one PostgreSQL database
 * and one Redis, as an operator would run them.
 */
export const SERVER_POSTGRES_URL = process.env.TEST_SERVER_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const PROCESS_JWT_SECRET = 'multi-process-secret-of-at-least-32-chars';
/** Rate-limit buckets of this test run, apart from other runs sharing the Redis server. */
const RATE_LIMIT_REDIS_PREFIX = `questline-test:${randomBytes(6).toString('hex')}`;

export interface SharedDatabase {
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

export async function createSharedDatabase(): Promise<SharedDatabase> {
  const name = `questline_mp_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(SERVER_POSTGRES_URL);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    url: url.toString(),
    prisma,
    async drop() {
      await prisma.$disconnect();
      await admin((client) => dropDatabase(client, name));
    },
  };
}

async function admin(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: SERVER_POSTGRES_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export interface QuestlineProcess {
  role: string;
  url: string;
  pid: number;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Parsed JSON log lines so far. */
  logs(): Record<string, any>[];
  kill(signal: NodeJS.Signals): void;
}

// Every child spawned, ready or not: a start-up that times out must not leave a stray worker taking jobs.
const spawned = new Set<{ child: ChildProcess; kill(signal: NodeJS.Signals): void }>();

/** Stops (SIGTERM) every process started so far, including any still starting. */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all(
    [...spawned].map(async (entry) => {
      const { child } = entry;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        entry.kill('SIGTERM');
        await exited;
      }
      spawned.delete(entry);
    }),
  );
}

/** Gives up on a process that has not said it is ready by then: under the 120 s of the four-process start hook, so a slow start fails with the process logs rather than a bare hook timeout. */
const START_DEADLINE_MS = 90_000;

export async function startProcess(
  role: 'api' | 'worker' | 'all',
  env: Record<string, string>,
  /** Node's own flags, before the script (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs: string[] = [],
): Promise<QuestlineProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      QUESTLINE_ROLE: role,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      JWT_SECRET: PROCESS_JWT_SECRET,
      // The process tests send ad-hoc documents, which production refuses by default (persisted-documents.test.ts).
      GRAPHQL_DOCUMENTS: 'any',
      REDIS_URL,
      JOBS_PROCESS_EVERY_MS: '200',
      GENERATION_RETRY_DELAY_MS: '200',
      RATE_LIMIT_REDIS_PREFIX,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stopping = false;
  const kill = (signal: NodeJS.Signals) => {
    stopping = true;
    child.kill(signal);
  };
  spawned.add({ child, kill });
  let buffered = '';
  const lines: Record<string, any>[] = [];
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      try {
        lines.push(JSON.parse(line));
      } catch {
        lines.push({ text: line });
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      // A process that dies on its own is a finding: show why.
      if (!stopping) {
        console.error(
          `${role} process ${child.pid} exited by itself (code ${code}, signal ${signal}); last log lines:`,
        );
        for (const line of lines.slice(-15)) console.error(JSON.stringify(line));
      }
      resolve(code);
    }),
  );
  const deadline = Date.now() + START_DEADLINE_MS;
  for (;;) {
    const ready = lines.find((line) => line.msg === 'Questline ready');
    if (ready) {
      return {
        role,
        url: `http://127.0.0.1:${ready.port}`,
        pid: child.pid!,
        child,
        exited,
        logs: () => lines,
        kill,
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`${role} process did not start:\n${lines.map((line) => JSON.stringify(line)).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function stopProcess(process: QuestlineProcess): Promise<void> {
  if (process.child.exitCode !== null || process.child.signalCode !== null) return;
  process.kill('SIGTERM');
  await process.exited;
}

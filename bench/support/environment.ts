import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { signToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { NIGHTLY_SWEEP_JOB } from '../../src/jobs/definitions/nightly-sweep.js';
import { startApp, type App } from '../../src/server/app.js';
import { dropDatabase } from '../../test/support/drop-database.js';
import { startLoadGenerator, type LoadGenerator } from './load.js';

/**
 * Rate limits for benchmarks, which drive one user far faster than a person
 * could: buckets so large they never refuse, so the limiter's work is in every
 * measurement but no refusal is. RATE_LIMIT_ENABLED=false in the environment of
 * `npm run bench` turns the limiter off instead, to compare.
 */
export const BENCH_RATE_LIMITS = {
  RATE_LIMIT_USER_BUCKET: '10000000',
  RATE_LIMIT_USER_REFILL_PER_SECOND: '1000000',
  RATE_LIMIT_SUBSCRIBE_BUCKET: '10000000',
  RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND: '1000000',
};

/** What every benchmark gets: one running app on a fresh database, and the load generator. */
export interface BenchEnvironment {
  app: App;
  load: LoadGenerator;
  /** A bearer token for `userId` (HS256 with the app's secret). */
  tokenFor(userId: string): Promise<string>;
  /** One line per setting worth printing above the results. */
  description: string[];
  /**
   * Another app on another fresh database (same settings, with `overrides` of
   * the bench's environment variables on top, e.g. another BENCH_DATABASE_URL),
   * for benchmarks that need a clean database per case. Close it when done;
   * whatever is still open is closed with this environment (so an interrupted
   * run cleans it up too).
   */
  freshEnvironment(overrides?: Record<string, string | undefined>): Promise<BenchEnvironment>;
  /**
   * Another API process's worth of app on this same database, with these
   * settings on top of this app's (e.g. limits switched off), for side-by-side
   * comparisons over the same data. Closed with this environment.
   */
  siblingApp(settings: Record<string, string | undefined>): Promise<App>;
  close(): Promise<void>;
}

/**
 * BENCH_DATABASE_URL set: a new database `questline_bench_<random>` on that
 * server, dropped at the end. Otherwise: the embedded PGlite in a fresh
 * temporary DATA_DIR, deleted at the end.
 */
export async function createBenchEnvironment(source: NodeJS.ProcessEnv = process.env): Promise<BenchEnvironment> {
  const jwtSecret = randomBytes(32).toString('base64url');
  const cleanups: (() => Promise<void>)[] = [];
  const runCleanups = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('bench: clean-up step failed:', error);
      }
    }
  };

  try {
    const dataDir = await mkdtemp(join(tmpdir(), 'questline-bench-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));

    let databaseLabel: string;
    let databaseUrl: string | undefined;
    const serverUrl = source.BENCH_DATABASE_URL?.trim();
    if (serverUrl) {
      const created = await createScratchDatabase(serverUrl);
      cleanups.push(created.drop);
      databaseUrl = created.url;
      databaseLabel = `PostgreSQL ${created.serverVersion}, scratch database ${created.name} on ${new URL(serverUrl).host}`;
    } else {
      databaseLabel = `embedded PGlite, DATA_DIR ${dataDir}`;
    }

    const settings = {
      NODE_ENV: source.NODE_ENV,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      ...BENCH_RATE_LIMITS,
      RATE_LIMIT_ENABLED: source.RATE_LIMIT_ENABLED,
      // The adventure benchmark plays hundreds of turns as one user within minutes: no per-user model budget here.
      LLM_BUDGET_PER_HOUR: '1000000',
      LLM_BUDGET_PER_DAY: '10000000',
      // The benchmarks send their documents as text (production's default runs only persisted ones).
      GRAPHQL_DOCUMENTS: source.GRAPHQL_DOCUMENTS ?? 'any',
    };
    const config = loadConfig(settings);
    const app = await startApp(config, { logger: pino({ level: 'warn' }) });
    cleanups.push(() => app.close());
    // The recurring nightly sweep (every 15 minutes, real clock) stays off: it would run in the
    // middle of a measurement, and any Agenda job run leaves a ref'd timer of half its lock
    // lifetime (5 min by default; Agenda's checkIfJobIsStillAlive) that keeps the process alive
    // after close.
    await app.jobs.agenda.disable({ name: NIGHTLY_SWEEP_JOB });
    const load = startLoadGenerator();
    cleanups.push(async () => {
      await load.close();
      // When interrupted mid-run, let requests already in the server finish before the database goes.
      await new Promise((resolve) => setTimeout(resolve, 250));
    });

    // Registered last, so it runs first: children close before this app and database go.
    const children = new Set<BenchEnvironment>();
    let closing: Promise<void> | null = null;
    cleanups.push(async () => {
      await Promise.all([...children].map((child) => child.close()));
    });
    const freshEnvironment = async (overrides: Record<string, string | undefined> = {}): Promise<BenchEnvironment> => {
      if (closing) throw new Error('the benchmark environment is closing');
      const child = await createBenchEnvironment({ ...source, ...overrides });
      const closeChild = child.close;
      const tracked: BenchEnvironment = {
        ...child,
        close: () => {
          children.delete(tracked);
          return closeChild();
        },
      };
      children.add(tracked);
      if (closing) {
        // Created while this environment was being closed: the clean-up above may have run already.
        await tracked.close();
        throw new Error('the benchmark environment is closing');
      }
      return tracked;
    };
    // An undefined setting is unset: the sibling takes the production default.
    const siblingApp = async (extra: Record<string, string | undefined>): Promise<App> => {
      // An API role on the first app's database (the embedded one included: it is served by this process).
      const sibling = await startApp(
        loadConfig({ ...settings, ...extra, DATABASE_URL: app.database.connectionString, QUESTLINE_ROLE: 'api' }),
        { logger: pino({ level: 'warn' }) },
      );
      // Registered after the app's own clean-up, so it runs before it: the sibling goes before its database.
      cleanups.push(() => sibling.close());
      return sibling;
    };
    return {
      app,
      load,
      siblingApp,
      tokenFor: (userId) => signToken(jwtSecret, { userId, expiresIn: '1d' }),
      description: [
        `database: ${databaseLabel}`,
        `app: ${app.url} (NODE_ENV=${config.env}, LOG_LEVEL=${config.logLevel}, HS256 JWT, rate limits ${config.rateLimit.enabled ? 'on (buckets too large to refuse)' : 'off'})`,
        `machine: Node ${process.version}, ${cpus().length} CPU(s); load generator in a worker thread`,
      ],
      freshEnvironment,
      // Idempotent: the signal handler and the normal path may both close.
      close: () => (closing ??= runCleanups()),
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

interface ScratchDatabase {
  name: string;
  url: string;
  serverVersion: string;
  drop(): Promise<void>;
}

async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `questline_bench_${randomBytes(6).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const serverVersion = await withClient(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version ?? '?';
  });
  return {
    name,
    url: url.href,
    serverVersion,
    drop: () => withClient(serverUrl, (client) => dropDatabase(client, name)),
  };
}

async function withClient<T>(connectionString: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

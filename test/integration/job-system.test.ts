import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobSystem } from '../../src/jobs/agenda.js';
import { startApp, type App } from '../../src/server/app.js';
import { createSharedDatabase, type SharedDatabase } from '../support/processes.js';
import { testConfig } from '../support/test-app.js';

/**
 * The job system's start-up on the real PostgreSQL server (as in production,
 * where several processes may start at once on a fresh database).
 */
let db: SharedDatabase;

beforeAll(async () => {
  db = await createSharedDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('job system start-up', () => {
  it('four workers starting together on a fresh database all come up', { timeout: 60_000 }, async () => {
    // Agenda creates its tables on connect with CREATE TABLE IF NOT EXISTS: unserialised, three of
    // four fail with a duplicate key in pg_type and hang (Agenda never handles a failed connect).
    const config = testConfig(
      { config: { kind: 'postgres', url: db.url }, dataDir: '', drop: async () => undefined },
      { role: 'worker' },
    );
    const started = await Promise.allSettled(
      [1, 2, 3, 4].map(() => startApp(config, { logger: pino({ level: 'silent' }) })),
    );
    const apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(started.filter((result) => result.status === 'rejected')).toEqual([]);
      const [table] = await db.prisma.$queryRaw<
        { present: boolean }[]
      >`SELECT to_regclass('agenda_jobs') IS NOT NULL AS present`;
      expect(table?.present).toBe(true);
    } finally {
      await Promise.all(apps.map((app: App) => app.close()));
    }
  });

  it('fails start-up with the reason when the job database cannot be reached, instead of hanging', async () => {
    const unreachable = 'postgresql://postgres@127.0.0.1:1/questline';
    const attempt = createJobSystem(
      {
        connectionString: unreachable,
        embedded: false,
        processEveryMs: 100,
        retryDelayMs: 50,
        generationConcurrency: 1,
        lockLifetimeMs: 10_000,
      },
      // Never used: no job runs.
      {} as Parameters<typeof createJobSystem>[1],
      pino({ level: 'silent' }),
    );
    await expect(attempt).rejects.toThrow(/job system could not connect to its database: .*ECONNREFUSED/);
  });
});

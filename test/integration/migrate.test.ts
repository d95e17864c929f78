import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from '../../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let embedded: EmbeddedPostgres | undefined;
let url: string;
const scratch = mkdtempSync(join(tmpdir(), 'questline-migrations-'));

beforeAll(async () => {
  database = await createTestDatabase();
  if (database.config.kind === 'postgres') url = database.config.url;
  else {
    embedded = await startEmbeddedPostgres();
    url = embedded.connectionString;
  }
});
afterAll(async () => {
  await embedded?.close();
  await database.drop();
  rmSync(scratch, { recursive: true, force: true });
});

async function rows(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the start-up migration runner', () => {
  it("applies every migration once and records it in Prisma's table with its checksum", async () => {
    const expected = readMigrations();
    expect(expected.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual(expected.map((migration) => migration.name));
    expect(await migrate(url)).toEqual([]);
    const recorded = await rows(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(recorded.map((row) => [row.migration_name, row.checksum])).toEqual(
      expected.map((migration) => [migration.name, migration.checksum]),
    );
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
  });

  it('refuses a migration edited after it was applied', async () => {
    cpSync(DEFAULT_MIGRATIONS_DIR, scratch, { recursive: true });
    const first = readMigrations(scratch)[0]!;
    appendFileSync(join(scratch, first.name, 'migration.sql'), '\n-- edited\n');
    await expect(migrate(url, scratch)).rejects.toThrow(`migration ${first.name} was changed after it was applied`);
  });

  it('rolls back a failing migration completely', async () => {
    rmSync(scratch, { recursive: true, force: true });
    cpSync(DEFAULT_MIGRATIONS_DIR, scratch, { recursive: true });
    const broken = join(scratch, '99990101000000_broken');
    cpSync(join(scratch, readMigrations(scratch)[0]!.name), broken, { recursive: true });
    writeFileSync(join(broken, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n');
    await expect(migrate(url, scratch)).rejects.toThrow('migration 99990101000000_broken failed');
    expect(await rows("SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
    expect(await rows(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`)).toEqual([]);
  });
});

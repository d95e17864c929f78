import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres.js';

/** The embedded server shares one PGlite session among many pool connections: they must not cross. */
let embedded: EmbeddedPostgres;
let pool: pg.Pool;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
  pool = new pg.Pool({ connectionString: embedded.connectionString, max: 10 });
});
afterAll(async () => {
  await pool?.end();
  await embedded?.close();
});

describe('embedded PostgreSQL under concurrency', () => {
  it('keeps concurrent parameterised statements of different shapes apart', async () => {
    const queries = Array.from({ length: 300 }, (_, i) => {
      const arity = 1 + (i % 7);
      const params = Array.from({ length: arity }, (_, j) => i * 10 + j);
      // Long statements arrive in several TCP chunks, which is when the interleaving showed.
      const padding = i % 3 === 0 ? `/* ${'x'.repeat(70_000)} */ ` : '';
      const sql = `${padding}SELECT ${params.map((_, j) => `$${j + 1}::int`).join(' + ')} AS total`;
      return pool
        .query<{ total: number }>(sql, params)
        .then((result) => [result.rows[0]!.total, params.reduce((a, b) => a + b, 0)]);
    });
    for (const [actual, expected] of await Promise.all(queries)) expect(actual).toBe(expected);
  });

  it('isolates a transaction from statements on other connections', async () => {
    await pool.query('CREATE TABLE counter (n int)');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO counter VALUES ($1)', [1]);
      // Another connection's write waits for the transaction instead of joining it.
      const outside = pool.query('INSERT INTO counter VALUES ($1)', [2]);
      await client.query('ROLLBACK');
      await outside;
    } finally {
      client.release();
    }
    expect((await pool.query('SELECT n FROM counter ORDER BY n')).rows).toEqual([{ n: 2 }]);
  });

  it('keeps serving after a failing statement', async () => {
    await expect(pool.query('SELECT no_such_column FROM counter')).rejects.toThrow('no_such_column');
    expect((await pool.query('SELECT $1::text AS ok', ['yes'])).rows).toEqual([{ ok: 'yes' }]);
  });
});

import type pg from 'pg';

/**
 * DROP DATABASE … WITH (FORCE), once the database's own sessions are gone.
 * Connections a closed app has just ended can still be on their way out; FORCE
 * would terminate them, and their pool would then report "terminating
 * connection due to administrator command" in this process. So wait a little
 * (up to `waitMs`) for them first; FORCE still covers a real straggler.
 */
export async function dropDatabase(admin: pg.Client, name: string, waitMs = 3000): Promise<void> {
  for (let waited = 0; waited < waitMs; waited += 100) {
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (rows[0]?.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

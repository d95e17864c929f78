import type pg from 'pg';

// Any constant, distinct from the migration lock's.
const JOB_SCHEMA_LOCK_KEY = 724_981_338;

/**
 * The PostgreSQL backend creates its tables on connect with `CREATE TABLE IF
 * NOT EXISTS`, which is not safe against itself: several processes starting
 * together on a fresh database fail with a duplicate key in pg_type. One
 * process at a time, then.
 */
export async function underJobSchemaLock(pool: pg.Pool, work: () => Promise<void>): Promise<void> {
  const lock = await pool.connect();
  // Held outside the pool's care: a drop would otherwise be an unhandled 'error' event.
  const ignoreDrop = () => undefined;
  lock.on('error', ignoreDrop);
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [JOB_SCHEMA_LOCK_KEY]);
    try {
      await work();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [JOB_SCHEMA_LOCK_KEY]);
    }
  } finally {
    lock.off('error', ignoreDrop);
    lock.release();
  }
}

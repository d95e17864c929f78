import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { chooseJobBackend } from '../../src/jobs/backend-choice.js';

describe('choosing where jobs are kept', () => {
  it('uses the application PostgreSQL with notifications on a server', () => {
    expect(chooseJobBackend({ connectionString: 'postgresql://db/q', embedded: false })).toEqual({
      kind: 'postgres',
      connectionString: 'postgresql://db/q',
      notifications: true,
    });
  });

  it('polls on the embedded database, which cannot notify across connections', () => {
    expect(
      chooseJobBackend({ connectionString: 'postgresql://127.0.0.1:5555/postgres', embedded: true }),
    ).toMatchObject({
      kind: 'postgres',
      notifications: false,
    });
  });

  it('uses MongoDB when JOBS_MONGODB_URL is set', () => {
    const config = loadConfig({ JOBS_MONGODB_URL: 'mongodb://jobs.internal:27017/agenda' });
    expect(
      chooseJobBackend({ connectionString: 'postgresql://db/q', embedded: false, mongoUrl: config.jobs.mongoUrl }),
    ).toEqual({
      kind: 'mongo',
      url: 'mongodb://jobs.internal:27017/agenda',
    });
  });

  it('rejects a malformed MongoDB URL and split roles on the embedded database, naming the variable', () => {
    expect(() => loadConfig({ JOBS_MONGODB_URL: 'http://x' })).toThrow('JOBS_MONGODB_URL');
    expect(() => loadConfig({ QUESTLINE_ROLE: 'worker' })).toThrow('QUESTLINE_ROLE=worker needs DATABASE_URL');
    expect(loadConfig({ QUESTLINE_ROLE: 'api', DATABASE_URL: 'postgresql://db/q' }).role).toBe('api');
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow('REDIS_URL');
  });
});

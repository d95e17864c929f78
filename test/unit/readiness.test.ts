import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/domain/readiness.js';

describe('readiness', () => {
  it('is ready when every dependency is up', () => {
    expect(readiness(false, { database: 'up', redis: 'up', jobs: 'up' })).toEqual({
      httpStatus: 200,
      body: { status: 'ready', dependencies: { database: 'up', redis: 'up', jobs: 'up' } },
    });
  });

  it('stays in rotation, degraded, without Redis or the job connections', () => {
    expect(readiness(false, { database: 'up', redis: 'down', jobs: 'up' })).toMatchObject({
      httpStatus: 200,
      body: { status: 'degraded' },
    });
    expect(readiness(false, { database: 'up', jobs: 'down' })).toMatchObject({
      httpStatus: 200,
      body: { status: 'degraded' },
    });
  });

  it('leaves rotation without the database', () => {
    expect(readiness(false, { database: 'down', redis: 'up', jobs: 'down' })).toEqual({
      httpStatus: 503,
      body: { status: 'database unreachable', dependencies: { database: 'down', redis: 'up', jobs: 'down' } },
    });
    expect(readiness(false, {}).httpStatus).toBe(503);
  });

  it('leaves rotation when shutting down, whatever the dependencies', () => {
    expect(readiness(true, { database: 'up', jobs: 'up' })).toMatchObject({
      httpStatus: 503,
      body: { status: 'shutting down' },
    });
  });
});

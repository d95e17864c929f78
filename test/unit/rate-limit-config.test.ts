import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('rate-limit settings', () => {
  it('default to limits on, sized for people rather than scripts', () => {
    expect(loadConfig({}).rateLimit).toEqual({
      enabled: true,
      user: { capacity: 120, refillPerSecond: 2 },
      anonymous: { capacity: 30, refillPerSecond: 0.5 },
      subscribe: { capacity: 60, refillPerSecond: 1 },
      redisKeyPrefix: 'questline:rl',
      trustedProxies: 0,
    });
  });

  it('read every variable', () => {
    const config = loadConfig({
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_USER_BUCKET: '10',
      RATE_LIMIT_USER_REFILL_PER_SECOND: '0.25',
      RATE_LIMIT_ANONYMOUS_BUCKET: '5',
      RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: '0.1',
      RATE_LIMIT_SUBSCRIBE_BUCKET: '7',
      RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND: '3',
      RATE_LIMIT_REDIS_PREFIX: 'staging:rl',
      RATE_LIMIT_TRUSTED_PROXIES: '1',
    });
    expect(config.rateLimit).toEqual({
      enabled: false,
      user: { capacity: 10, refillPerSecond: 0.25 },
      anonymous: { capacity: 5, refillPerSecond: 0.1 },
      subscribe: { capacity: 7, refillPerSecond: 3 },
      redisKeyPrefix: 'staging:rl',
      trustedProxies: 1,
    });
  });

  it.each([
    [{ RATE_LIMIT_ENABLED: 'yes' }, 'RATE_LIMIT_ENABLED'],
    [{ RATE_LIMIT_USER_BUCKET: '0' }, 'RATE_LIMIT_USER_BUCKET'],
    [{ RATE_LIMIT_USER_BUCKET: '1.5' }, 'RATE_LIMIT_USER_BUCKET'],
    [{ RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: '0' }, 'RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND'],
    [{ RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND: 'fast' }, 'RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND'],
    [{ RATE_LIMIT_REDIS_PREFIX: 'has space' }, 'RATE_LIMIT_REDIS_PREFIX'],
    [{ RATE_LIMIT_TRUSTED_PROXIES: '-1' }, 'RATE_LIMIT_TRUSTED_PROXIES'],
  ])('stop on %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});

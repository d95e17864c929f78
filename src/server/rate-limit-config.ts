import { z } from 'zod';
import type { BucketPolicy } from '../domain/token-bucket.js';

/**
 * Rate-limit settings, parsed once at start-up (the main config module calls
 * `parseRateLimitConfig`). Each limit is a token bucket: `…_BUCKET` tokens at
 * most (the burst), refilled at `…_REFILL_PER_SECOND` (the sustained rate).
 */
export interface RateLimitConfig {
  /** RATE_LIMIT_ENABLED: off, no request is counted and no X-RateLimit header is sent. */
  enabled: boolean;
  /** HTTP GraphQL requests of a signed-in user (keyed by user ID, across every API process with Redis). */
  user: BucketPolicy;
  /** HTTP GraphQL requests without a valid token (keyed by client address). */
  anonymous: BucketPolicy;
  /** graphql-ws `subscribe` messages (every operation sent over a WebSocket), per user. */
  subscribe: BucketPolicy;
  /** Prefix of the limiter's Redis keys (`<prefix>:<bucket>:<id>`). */
  redisKeyPrefix: string;
  /** Reverse proxies in front of the API whose X-Forwarded-For entries are trusted for the client address. */
  trustedProxies: number;
}

export const RATE_LIMIT_DEFAULTS = {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_USER_BUCKET: 120,
  RATE_LIMIT_USER_REFILL_PER_SECOND: 2,
  RATE_LIMIT_ANONYMOUS_BUCKET: 30,
  RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: 0.5,
  RATE_LIMIT_SUBSCRIBE_BUCKET: 60,
  RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND: 1,
  RATE_LIMIT_REDIS_PREFIX: 'questline:rl',
  RATE_LIMIT_TRUSTED_PROXIES: 0,
} as const;

const capacity = z.coerce.number().int().min(1).max(10_000_000);
// Below one token per 10 000 s a bucket is as good as never refilled; above 10^6 per second, unlimited.
const refill = z.coerce.number().min(0.0001).max(1_000_000);

const rateLimitEnv = z.object({
  RATE_LIMIT_ENABLED: z.enum(['true', 'false', '1', '0']).default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_ENABLED),
  RATE_LIMIT_USER_BUCKET: capacity.default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_USER_BUCKET),
  RATE_LIMIT_USER_REFILL_PER_SECOND: refill.default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_USER_REFILL_PER_SECOND),
  RATE_LIMIT_ANONYMOUS_BUCKET: capacity.default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_ANONYMOUS_BUCKET),
  RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: refill.default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND),
  RATE_LIMIT_SUBSCRIBE_BUCKET: capacity.default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_SUBSCRIBE_BUCKET),
  RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND: refill.default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND),
  RATE_LIMIT_REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:_.-]{1,100}$/, 'letters, digits and : _ . - only (at most 100)')
    .default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_REDIS_PREFIX),
  RATE_LIMIT_TRUSTED_PROXIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(RATE_LIMIT_DEFAULTS.RATE_LIMIT_TRUSTED_PROXIES),
});

export class RateLimitConfigError extends Error {
  override name = 'RateLimitConfigError';
}

/** Reads the RATE_LIMIT_* variables (empty ones already removed); a bad one throws naming it. */
export function parseRateLimitConfig(source: Record<string, string | undefined>): RateLimitConfig {
  const parsed = rateLimitEnv.safeParse(source);
  if (!parsed.success) {
    throw new RateLimitConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n  '),
    );
  }
  const env = parsed.data;
  return {
    enabled: env.RATE_LIMIT_ENABLED === 'true' || env.RATE_LIMIT_ENABLED === '1',
    user: { capacity: env.RATE_LIMIT_USER_BUCKET, refillPerSecond: env.RATE_LIMIT_USER_REFILL_PER_SECOND },
    anonymous: {
      capacity: env.RATE_LIMIT_ANONYMOUS_BUCKET,
      refillPerSecond: env.RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND,
    },
    subscribe: {
      capacity: env.RATE_LIMIT_SUBSCRIBE_BUCKET,
      refillPerSecond: env.RATE_LIMIT_SUBSCRIBE_REFILL_PER_SECOND,
    },
    redisKeyPrefix: env.RATE_LIMIT_REDIS_PREFIX,
    trustedProxies: env.RATE_LIMIT_TRUSTED_PROXIES,
  };
}

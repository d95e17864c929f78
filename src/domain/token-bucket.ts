/**
 * Token buckets for rate limits. A bucket holds up to `capacity` tokens and
 * gains `refillPerSecond` of them; each operation takes one, and an operation
 * that finds the bucket empty is refused.
 *
 * A bucket is kept as one number: the time at which it will be full again
 * (the "theoretical arrival time" of the generic cell rate algorithm). One
 * number per bucket is what lets a shared store (Redis) update it atomically.
 * Times are whole microseconds, so every store computes exactly the same
 * values (doubles hold them exactly for millennia).
 */
export interface BucketPolicy {
  /** Tokens a full bucket holds: the largest burst. */
  capacity: number;
  /** Tokens added per second: the sustained rate. */
  refillPerSecond: number;
}

export interface TakeResult {
  taken: boolean;
  /** When the bucket is full again (microseconds since the epoch); `now` or earlier means full. */
  fullAtMicros: number;
}

export interface BucketReport {
  /** The bucket's capacity. */
  limit: number;
  /** Tokens left after this operation. */
  remaining: number;
  /** Whole seconds (rounded up) until the bucket is full again. */
  resetSeconds: number;
  /** For a refused operation, whole seconds (at least 1) until one would be accepted; 0 when accepted. */
  retryAfterSeconds: number;
}

const MICROS_PER_SECOND = 1_000_000;

/** Microseconds between two tokens, whole (at least 1) so every store adds exactly the same amount. */
export function tokenIntervalMicros(policy: BucketPolicy): number {
  return Math.max(1, Math.round(MICROS_PER_SECOND / policy.refillPerSecond));
}

/**
 * Takes one token at `nowMicros` from a bucket that is full again at
 * `fullAtMicros` (null: never used, so full). The Redis store runs the same
 * rule as a script (src/server/rate-limit-stores.ts); a test checks they agree.
 */
export function takeToken(fullAtMicros: number | null, nowMicros: number, policy: BucketPolicy): TakeResult {
  const interval = tokenIntervalMicros(policy);
  const current = fullAtMicros ?? nowMicros;
  const after = Math.max(current, nowMicros) + interval;
  if (after - nowMicros > policy.capacity * interval) return { taken: false, fullAtMicros: current };
  return { taken: true, fullAtMicros: after };
}

/** What a client is told about its bucket after `result` (the X-RateLimit-* headers and Retry-After). */
export function reportBucket(result: TakeResult, nowMicros: number, policy: BucketPolicy): BucketReport {
  const interval = tokenIntervalMicros(policy);
  const owed = Math.max(0, result.fullAtMicros - nowMicros);
  const resetSeconds = Math.ceil(owed / MICROS_PER_SECOND);
  if (!result.taken) {
    const untilOneToken = owed + interval - policy.capacity * interval;
    return {
      limit: policy.capacity,
      remaining: 0,
      resetSeconds,
      retryAfterSeconds: Math.max(1, Math.ceil(untilOneToken / MICROS_PER_SECOND)),
    };
  }
  return {
    limit: policy.capacity,
    remaining: Math.floor((policy.capacity * interval - owed) / interval),
    resetSeconds,
    retryAfterSeconds: 0,
  };
}

import { describe, expect, it } from 'vitest';
import { reportBucket, takeToken, tokenIntervalMicros, type BucketPolicy } from '../../src/domain/token-bucket.js';

const SECOND = 1_000_000;
const T0 = 1_780_000_000_000 * 1000;

/** Takes `count` tokens at `now`, threading the state; returns the results. */
function takeMany(policy: BucketPolicy, count: number, now: number, start: number | null = null) {
  let state = start;
  const results = [];
  for (let i = 0; i < count; i++) {
    const result = takeToken(state, now, policy);
    state = result.fullAtMicros;
    results.push({ ...result, ...reportBucket(result, now, policy) });
  }
  return { results, state };
}

describe('token bucket', () => {
  const policy = { capacity: 3, refillPerSecond: 0.5 };

  it('lets a full bucket give its capacity at once, then refuses', () => {
    const { results } = takeMany(policy, 4, T0);
    expect(results.map((r) => r.taken)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    // Each token is 2 s of refill: full again 2, 4, 6 s later; the refusal changes nothing.
    expect(results.map((r) => r.resetSeconds)).toEqual([2, 4, 6, 6]);
    expect(results.map((r) => r.retryAfterSeconds)).toEqual([0, 0, 0, 2]);
    expect(results.map((r) => r.limit)).toEqual([3, 3, 3, 3]);
  });

  it('refills at the sustained rate, never above capacity', () => {
    const { state } = takeMany(policy, 3, T0);
    // 1.9 s later no token has come back; at 2 s one has.
    expect(takeToken(state, T0 + 1.9 * SECOND, policy).taken).toBe(false);
    const later = takeToken(state, T0 + 2 * SECOND, policy);
    expect(later.taken).toBe(true);
    expect(reportBucket(later, T0 + 2 * SECOND, policy).remaining).toBe(0);
    // An hour idle: full, and only full: capacity once more, then a refusal.
    const { results } = takeMany(policy, 4, T0 + 3600 * SECOND, state);
    expect(results.map((r) => r.taken)).toEqual([true, true, true, false]);
  });

  it('says how long until the next token when refused, rounding up to whole seconds', () => {
    const { state } = takeMany(policy, 3, T0);
    const refused = takeToken(state, T0 + 0.5 * SECOND, policy);
    expect(refused).toEqual({ taken: false, fullAtMicros: state });
    // 1.5 s until a token is back; 5.5 s until full.
    expect(reportBucket(refused, T0 + 0.5 * SECOND, policy)).toMatchObject({ retryAfterSeconds: 2, resetSeconds: 6 });
  });

  it('keeps whole microseconds even for rates that do not divide a second', () => {
    const third = { capacity: 3, refillPerSecond: 3 };
    expect(tokenIntervalMicros(third)).toBe(333_333);
    const { results } = takeMany(third, 4, T0);
    expect(results.map((r) => r.taken)).toEqual([true, true, true, false]);
    expect(results.every((r) => Number.isInteger(r.fullAtMicros))).toBe(true);
  });

  it('treats a never-used bucket as full', () => {
    const first = takeToken(null, T0, { capacity: 1, refillPerSecond: 1 });
    expect(first).toEqual({ taken: true, fullAtMicros: T0 + SECOND });
    expect(takeToken(first.fullAtMicros, T0, { capacity: 1, refillPerSecond: 1 }).taken).toBe(false);
  });
});

import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { Counter, Gauge } from 'prom-client';
import { reportBucket, type BucketPolicy, type BucketReport } from '../domain/token-bucket.js';
import type { Metrics } from '../observability/metrics.js';
import type { RateLimitConfig } from './rate-limit-config.js';
import { createMemoryBucketStore, createRedisBucketStore, type BucketStore } from './rate-limit-stores.js';

/** user: HTTP requests with a valid token; anonymous: HTTP requests without one (by address); subscribe: graphql-ws operations. */
export type BucketKind = 'user' | 'anonymous' | 'subscribe';

export interface RateLimitDecision extends BucketReport {
  allowed: boolean;
}

export interface RateLimiter {
  /**
   * Takes one token from the bucket of `kind` for `id` (a user ID or a client
   * address). Null when the store cannot be reached: the operation then passes
   * unlimited (fails open) and is counted in questline_rate_limit_fail_open_total.
   */
  take(kind: BucketKind, id: string): Promise<RateLimitDecision | null>;
  close(): Promise<void>;
}

/** While the store is unreachable, a reminder is logged at most this often (not one line per request). */
const FAIL_OPEN_LOG_INTERVAL_MS = 60_000;

export function createRateLimiter(
  config: RateLimitConfig,
  redisUrl: string | undefined,
  metrics: Metrics,
  logger: Logger,
  now: () => Date,
): RateLimiter {
  const store: BucketStore = redisUrl
    ? createRedisBucketStore(redisUrl, config.redisKeyPrefix)
    : createMemoryBucketStore();
  const policies: Record<BucketKind, BucketPolicy> = {
    user: config.user,
    anonymous: config.anonymous,
    subscribe: config.subscribe,
  };
  const refused = new Counter({
    name: 'questline_rate_limit_refused_total',
    help: 'Operations refused by a rate limit (HTTP 429, or a RATE_LIMITED error over WebSocket), by bucket.',
    labelNames: ['bucket'] as const,
    registers: [metrics.registry],
  });
  const failOpen = new Counter({
    name: 'questline_rate_limit_fail_open_total',
    help: 'Operations let through unlimited because the rate limiter could not reach its store (Redis).',
    registers: [metrics.registry],
  });
  const storeUp = new Gauge({
    name: 'questline_rate_limit_store_up',
    help: '1 when the last rate-limit check reached its store, 0 while the limiter fails open.',
    registers: [metrics.registry],
  });
  storeUp.set(1);
  const outage = failOpenReporter(logger, redisUrl ? 'redis' : 'memory');

  return {
    async take(kind, id) {
      const policy = policies[kind];
      const nowMicros = now().getTime() * 1000;
      let result;
      try {
        result = await store.take(`${kind}:${id}`, nowMicros, policy);
      } catch (error) {
        failOpen.inc();
        storeUp.set(0);
        outage.failed(error);
        return null;
      }
      storeUp.set(1);
      outage.succeeded();
      if (!result.taken) refused.inc({ bucket: kind });
      return { allowed: result.taken, ...reportBucket(result, nowMicros, policy) };
    },
    close: () => store.close(),
  };
}

/** Logs when the limiter starts failing open, a reminder at most once a minute, and when it resumes. */
function failOpenReporter(logger: Logger, store: string) {
  let since: number | null = null;
  let lastLogged = 0;
  let passed = 0;
  return {
    failed(error: unknown) {
      const at = Date.now();
      passed += 1;
      if (since === null) {
        since = at;
        lastLogged = at;
        logger.error(
          { err: error, store },
          'rate limiter cannot reach its store: requests pass unlimited until it is back',
        );
      } else if (at - lastLogged >= FAIL_OPEN_LOG_INTERVAL_MS) {
        lastLogged = at;
        logger.error(
          { err: error, store, passedUnlimited: passed, sinceMs: at - since },
          'rate limiter still cannot reach its store: requests pass unlimited',
        );
      }
    },
    succeeded() {
      if (since === null) return;
      logger.warn(
        { store, passedUnlimited: passed, outageMs: Date.now() - since },
        'rate limiter reaches its store again: limiting resumed',
      );
      since = null;
      passed = 0;
    },
  };
}

/** The error a refused operation gets: over HTTP in a 429 body, over WebSocket for that operation. */
export function rateLimitedError(decision: RateLimitDecision): GraphQLError {
  const seconds = decision.retryAfterSeconds;
  return new GraphQLError(
    `rate limit exceeded: at most ${decision.limit} operations at once; try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
    { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } },
  );
}

import { Redis } from 'ioredis';
import { takeToken, tokenIntervalMicros, type BucketPolicy, type TakeResult } from '../domain/token-bucket.js';

/** Where token buckets live: this process's memory, or Redis (shared by every API process). */
export interface BucketStore {
  /** Takes one token from the bucket at `key`. Rejects when the store cannot be reached. */
  take(key: string, nowMicros: number, policy: BucketPolicy): Promise<TakeResult>;
  close(): Promise<void>;
}

/** How often forgotten buckets are dropped from memory: a full bucket needs no entry. */
const SWEEP_INTERVAL_MS = 60_000;

export function createMemoryBucketStore(): BucketStore {
  const fullAt = new Map<string, number>();
  // The limiter's clock, as of the latest request (tests drive it), decides which buckets are full.
  let latestMicros = 0;
  const sweep = setInterval(() => {
    for (const [key, micros] of fullAt) if (micros <= latestMicros) fullAt.delete(key);
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  return {
    async take(key, nowMicros, policy) {
      latestMicros = Math.max(latestMicros, nowMicros);
      const result = takeToken(fullAt.get(key) ?? null, nowMicros, policy);
      if (result.taken) fullAt.set(key, result.fullAtMicros);
      return result;
    },
    async close() {
      clearInterval(sweep);
      fullAt.clear();
    },
  };
}

/**
 * `takeToken` (src/domain/token-bucket.ts) run inside Redis, so processes
 * taking from one bucket at once cannot both take its last token. The key
 * expires when the bucket would be full, which is the same as having no key.
 * Numbers travel as strings: Redis would truncate a Lua number to an integer,
 * and `%.0f` prints whole microseconds without exponent.
 */
const TAKE_TOKEN_SCRIPT = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local capacity = tonumber(ARGV[3])
local current = tonumber(redis.call('GET', KEYS[1]) or ARGV[1])
local after = math.max(current, now) + interval
if after - now > capacity * interval then
  return {0, string.format('%.0f', current)}
end
redis.call('SET', KEYS[1], string.format('%.0f', after), 'PX', math.ceil((after - now) / 1000))
return {1, string.format('%.0f', after)}
`;

/**
 * A limiter call waits at most this long for Redis: past it, the request is let
 * through (the limiter fails open) instead of hanging on a stalled server.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 250;

type TakeTokenClient = Redis & {
  questlineTakeToken(key: string, now: string, interval: string, capacity: string): Promise<[number, string]>;
};

/**
 * Its own Redis connection (the event bus's are for pub/sub). Commands fail at
 * once while the connection is down (no offline queue), so an unreachable Redis
 * never delays a request; ioredis keeps reconnecting in the background, from
 * start-up on, so limiting resumes by itself when Redis is back.
 */
export function createRedisBucketStore(redisUrl: string, keyPrefix: string): BucketStore {
  const client = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
  }) as TakeTokenClient;
  // Without a listener an 'error' event would end the process; the limiter reports failures itself, throttled.
  client.on('error', () => undefined);
  client.defineCommand('questlineTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN_SCRIPT });
  return {
    async take(key, nowMicros, policy) {
      const [taken, fullAt] = await client.questlineTakeToken(
        `${keyPrefix}:${key}`,
        String(nowMicros),
        String(tokenIntervalMicros(policy)),
        String(policy.capacity),
      );
      return { taken: taken === 1, fullAtMicros: Number(fullAt) };
    },
    async close() {
      client.disconnect();
    },
  };
}

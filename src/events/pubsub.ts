import type { AdventurePhase, AdventureStatus } from '@prisma/client';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { Logger } from 'pino';

/**
 * The events behind subscriptions, keyed by the owning user's ID so a
 * subscriber only ever hears about their own data. In memory by default; the
 * same interface can sit on Redis for several processes.
 */
export interface AdventurePhaseEvent {
  adventureId: string;
  from: AdventurePhase;
  to: AdventurePhase;
  turn: number;
  status: AdventureStatus;
}

export interface NarrationChunkEvent {
  adventureId: string;
  turn: number;
  text: string;
  /** The last event of a turn: the narration is complete and the turn committed. */
  done: boolean;
}

export type EventMap = {
  'mission:changed': [userId: string, payload: { missionId: string }];
  'quests:generated': [userId: string, payload: { runId: string }];
  'adventure:phase': [adventureId: string, payload: AdventurePhaseEvent];
  'adventure:narration': [adventureId: string, payload: NarrationChunkEvent];
};

export type QuestlinePubSub = PubSub<EventMap>;

export function createInMemoryPubSub(): QuestlinePubSub {
  return createPubSub<EventMap>();
}

export interface EventBus {
  pubsub: QuestlinePubSub;
  close(): Promise<void>;
}

/**
 * With REDIS_URL, events go through Redis so a subscriber on any API process
 * hears what any process (API or worker) publishes; otherwise in memory.
 */
export async function createEventBus(redisUrl: string | undefined, logger?: Logger): Promise<EventBus> {
  if (!redisUrl) return { pubsub: createInMemoryPubSub(), close: async () => undefined };
  const [{ Redis }, { createRedisEventTarget }] = await Promise.all([
    import('ioredis'),
    import('@graphql-yoga/redis-event-target'),
  ]);
  // Publishing and subscribing need separate connections (a subscribed connection can only subscribe).
  const publishClient = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  // Without a listener an 'error' event would crash the process; ioredis reconnects by itself.
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error: Error) => logger?.error({ err: error }, 'redis connection error'));
  }
  await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  const eventTarget = createRedisEventTarget<never>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<EventMap>({ eventTarget }),
    async close() {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

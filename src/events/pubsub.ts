import type { AdventurePhase, AdventureStatus } from '@prisma/client';
import type { MissionChangeKind } from '../domain/vocabulary.js';
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

/** A mission was created or changed, and what happened to it. */
export interface MissionChangedEvent {
  missionId: string;
  kind: MissionChangeKind;
}

export type EventMap = {
  'mission:changed': [userId: string, payload: MissionChangedEvent];
  'quests:generated': [userId: string, payload: { runId: string }];
  'adventure:phase': [adventureId: string, payload: AdventurePhaseEvent];
  'adventure:narration': [adventureId: string, payload: NarrationChunkEvent];
  /** The user deleted their account: their open subscriptions end (src/server/account-deletion.ts). */
  'account:deleted': [userId: string, payload: { userId: string }];
};

/**
 * The event bus as use cases and subscriptions see it: publish an event for a
 * key, or follow a topic for a key. Its own interface, so nothing outside this
 * file depends on the pub/sub implementation (graphql-yoga's, today).
 */
export interface QuestlinePubSub {
  publish<Topic extends keyof EventMap>(topic: Topic, ...args: EventMap[Topic]): void;
  subscribe<Topic extends keyof EventMap>(topic: Topic, key: EventMap[Topic][0]): AsyncIterable<EventMap[Topic][1]>;
}

export function createInMemoryPubSub(): QuestlinePubSub {
  return questlinePubSub(createPubSub<EventMap>());
}

/**
 * Yoga's pub/sub is this interface: its `subscribe` takes a tuple typed by a
 * conditional (no key for topics without a payload), which TypeScript cannot
 * match against a plain signature, though every topic here has a key and a payload.
 */
function questlinePubSub(pubsub: PubSub<EventMap>): QuestlinePubSub {
  return pubsub as unknown as QuestlinePubSub;
}

export interface EventBus {
  pubsub: QuestlinePubSub;
  /** Whether both Redis connections are up; absent without Redis. */
  redisConnected?: () => boolean;
  close(): Promise<void>;
}

/** What the event bus tells about Redis (logs, metrics, /readyz). */
export interface EventBusHooks {
  /** A Redis connection failed or a reconnection attempt did (ioredis keeps retrying with backoff). */
  onConnectionError(error: unknown): void;
  /** A Redis connection is ready again (subscriptions are renewed by then). */
  onConnectionReady(): void;
  /** An event could not be handed to Redis: it is dropped. */
  onPublishFailed(error: unknown): void;
}

// How long start-up waits for Redis before going on without it.
const REDIS_START_WAIT_MS = 2000;
// A publish to a Redis that accepted the connection but does not answer gives up after this.
const PUBLISH_TIMEOUT_MS = 2000;

/**
 * With REDIS_URL, events go through Redis so a subscriber on any API process
 * hears what any process (API or worker) publishes; otherwise in memory.
 *
 * Redis is not required to serve: the process starts and serves queries and
 * mutations without it. While it is away, a publish fails at once and the
 * event is dropped (counted and logged), never queued: requests do not wait on
 * it and memory does not grow. Subscriptions asked for meanwhile are sent when
 * the connection is back, and ioredis renews existing ones on every
 * reconnection, so delivery across processes resumes by itself.
 */
export async function createEventBus(
  redisUrl: string | undefined,
  logger?: Logger,
  hooks?: EventBusHooks,
): Promise<EventBus> {
  if (!redisUrl) return { pubsub: createInMemoryPubSub(), close: async () => undefined };
  const [{ Redis }, { createRedisEventTarget }] = await Promise.all([
    import('ioredis'),
    import('@graphql-yoga/redis-event-target'),
  ]);
  // Publishing and subscribing need separate connections (a subscribed connection can only subscribe).
  const publishClient = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: PUBLISH_TIMEOUT_MS,
  });
  // SUBSCRIBE waits for the connection instead of failing: it is how delivery resumes.
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: null });
  for (const client of [publishClient, subscribeClient]) {
    // Without a listener an 'error' event would crash the process; ioredis reconnects by itself.
    client.on('error', (error: Error) => hooks?.onConnectionError(error));
    client.on('ready', () => hooks?.onConnectionReady());
  }
  const ready = await Promise.race([
    Promise.all([readyOnce(publishClient), readyOnce(subscribeClient)]).then(() => true),
    new Promise<false>((resolve) => setTimeout(resolve, REDIS_START_WAIT_MS, false).unref()),
  ]);
  if (!ready)
    logger?.warn(
      { waitedMs: REDIS_START_WAIT_MS },
      'Redis unreachable at start-up: serving without it until it answers',
    );

  const dropped = (error: unknown) => hooks?.onPublishFailed(error);
  // The event target calls publish, subscribe, unsubscribe and on('message') and never awaits the
  // first three: hand it clients whose failures are reported here rather than left unhandled.
  const publisher = {
    publish: (channel: string, message: string) => publishClient.publish(channel, message).catch(dropped),
  };
  const subscriber = {
    on: (event: 'message', listener: (channel: string, message: string) => void) => subscriberOn(event, listener),
    subscribe: (channel: string) =>
      subscribeClient.subscribe(channel).catch((error: unknown) => hooks?.onConnectionError(error)),
    unsubscribe: (channel: string) => subscribeClient.unsubscribe(channel).catch(() => undefined),
  };
  const subscriberOn = (event: 'message', listener: (channel: string, message: string) => void) => {
    subscribeClient.on(event, listener);
    return subscriber;
  };
  const eventTarget = createRedisEventTarget<never>({
    publishClient: publisher as unknown as InstanceType<typeof Redis>,
    subscribeClient: subscriber as unknown as InstanceType<typeof Redis>,
  });
  return {
    pubsub: questlinePubSub(createPubSub<EventMap>({ eventTarget })),
    redisConnected: () => publishClient.status === 'ready' && subscribeClient.status === 'ready',
    async close() {
      await Promise.all(
        [publishClient, subscribeClient].map((client) =>
          // QUIT needs an answer: to a Redis that is away, just drop the connection.
          client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : client.disconnect(),
        ),
      );
    },
  };
}

function readyOnce(client: { status: string; once(event: 'ready', listener: () => void): unknown }): Promise<void> {
  return client.status === 'ready' ? Promise.resolve() : new Promise((resolve) => void client.once('ready', resolve));
}

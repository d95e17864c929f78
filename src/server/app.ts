import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';
import type { Services } from '../context/context.js';
import type { Database } from '../db/database.js';
import { createJobSystem, type JobSystem } from '../jobs/agenda.js';
import { createModelPorts } from '../llm/model-factory.js';
import type { ModelPorts } from '../llm/ports.js';
import { instrumentJobs } from '../observability/metrics.js';
import type { generateQuestsForUser } from '../resolvers/quest-generation/generate-quests.js';
import { createGraphQLFront, createRequestAuthenticator, type GraphQLFront } from './graphql-front.js';
import { closeHttpServer, createHttpServer, listen } from './http-server.js';
import { openInfrastructure, type Infrastructure } from './infrastructure.js';
import { attachWebSocketServer } from './websocket.js';
import { GRAPHQL_PATH } from './yoga.js';

export interface App {
  /** http://host:port of the running server. */
  url: string;
  port: number;
  services: Services;
  database: Database;
  jobs: JobSystem;
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** Injectable clock (tests drive time with it). */
  now?: () => Date;
  /** Replaces the configured models (tests). */
  models?: ModelPorts;
  /** Wraps the generation use case run by jobs (tests inject failures with it). */
  generate?: typeof generateQuestsForUser;
  /** The rate limiter's clock: real time unless a test drives refills (apart from `now`, which tests freeze and move back). */
  rateLimitNow?: () => Date;
}

/** Everything a started process holds, in the order it was opened. */
interface AppParts {
  config: Config;
  logger: Logger;
  infrastructure: Infrastructure;
  jobs: JobSystem;
  front: GraphQLFront | null;
  httpServer: Server;
  websockets: ReturnType<typeof attachWebSocketServer> | null;
}

/**
 * Starts one process in its role: `api` serves GraphQL (HTTP, SSE,
 * WebSocket) and enqueues jobs; `worker` processes jobs and serves only
 * health and metrics; `all` (the embedded default) does both.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = (options.logger ?? pino({ level: config.logLevel })).child({ role: config.role });
  const infrastructure = await openInfrastructure(config, logger);
  const models = options.models ?? (await createModelPorts(config.llm));
  const base = useCaseServices(config, options, infrastructure, logger, models);
  const jobs = await openJobSystem(config, options, infrastructure, base);
  watchDependencies(infrastructure, jobs);
  const authenticate = createRequestAuthenticator(config, infrastructure.database.prisma);
  const services: Services = { ...base, jobs: jobs.queue, forgetKnownUser: authenticate.forgetKnownUser };
  const front =
    config.role === 'worker'
      ? null
      : createGraphQLFront(config, services, jobs, authenticate, options.rateLimitNow ?? (() => new Date()));
  let ready = true;
  const httpServer = createHttpServer(config, { ...infrastructure, isReady: () => ready }, front);
  const websockets = front ? attachWebSockets(config, httpServer, front, infrastructure, logger) : null;
  const parts: AppParts = { config, logger, infrastructure, jobs, front, httpServer, websockets };
  await goLive(parts);
  const { url, port } = announceReady(parts);
  return {
    url,
    port,
    services,
    database: infrastructure.database,
    jobs,
    async close() {
      ready = false;
      await closeApp(parts);
    },
  };
}

/** What the use cases (through the API and the jobs alike) are given, but the job queue. */
function useCaseServices(
  config: Config,
  options: AppOptions,
  infrastructure: Infrastructure,
  logger: Logger,
  models: ModelPorts,
) {
  const { database, events, metrics } = infrastructure;
  return {
    prisma: database.prisma,
    logger,
    pubsub: events.pubsub,
    now: options.now ?? (() => new Date()),
    metrics,
    models,
    llmTimeoutMs: config.llm.timeoutMs,
    pacingEnabled: config.pacingEnabled,
    llmBudget: config.llmBudget,
    generationLeaseMs: config.jobs.lockLifetimeMs,
  };
}

async function openJobSystem(
  config: Config,
  options: AppOptions,
  { database, metrics, monitor }: Infrastructure,
  base: ReturnType<typeof useCaseServices>,
): Promise<JobSystem> {
  const jobs = await createJobSystem(
    { connectionString: database.connectionString, embedded: database.embedded, ...config.jobs },
    base,
    base.logger,
    { generate: options.generate, hooks: { onConnectionError: (error) => monitor.connectionError('jobs', error) } },
  );
  instrumentJobs(metrics, jobs.agenda);
  return jobs;
}

/** What /readyz and the dependency metrics check. */
function watchDependencies({ monitor, database, events }: Infrastructure, jobs: JobSystem): void {
  monitor.watch({ name: 'database', isUp: () => database.prisma.$queryRaw`SELECT 1`.then(() => true) });
  if (events.redisConnected) monitor.watch({ name: 'redis', isUp: events.redisConnected });
  monitor.watch({ name: 'jobs', isUp: () => jobs.isConnected() });
}

function attachWebSockets(
  config: Config,
  httpServer: Server,
  front: GraphQLFront,
  { metrics }: Infrastructure,
  logger: Logger,
) {
  return attachWebSocketServer(httpServer, front.yoga, front.authenticate, metrics, logger, {
    rateLimiter: front.rateLimiter,
    persistedDocuments: front.persistedDocuments,
    maxMessageBytes: config.requestLimits.maxWebSocketMessageBytes,
  });
}

/** A failure on the way closes whatever was opened before it is thrown on. */
async function goLive(parts: AppParts): Promise<void> {
  const { config, jobs, httpServer, infrastructure } = parts;
  try {
    if (config.role !== 'api') await jobs.startWorker();
    await listen(httpServer, config.port, config.host);
    infrastructure.monitor.start();
  } catch (error) {
    await parts.websockets?.close();
    await releaseResources(parts);
    throw error;
  }
}

function announceReady({ config, logger, front, httpServer, infrastructure }: AppParts): { url: string; port: number } {
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(
    {
      port,
      graphql: front ? `http://${host}:${port}${GRAPHQL_PATH}` : null,
      embedded: infrastructure.database.embedded,
    },
    'Questline ready',
  );
  return { url: `http://${host}:${port}`, port };
}

/** Sockets first (clients reconnect to another process), then in-flight requests finish, then the rest. */
async function closeApp(parts: AppParts): Promise<void> {
  await parts.websockets?.close();
  await closeHttpServer(parts.httpServer, parts.config.shutdownTimeoutMs);
  await releaseResources(parts);
}

/** Running jobs drain (bounded), then the connections close. */
async function releaseResources({ config, infrastructure, jobs, front }: AppParts): Promise<void> {
  infrastructure.monitor.stop();
  await jobs.stop(config.shutdownTimeoutMs);
  await infrastructure.events.close();
  await front?.rateLimiter?.close();
  await infrastructure.database.close();
}

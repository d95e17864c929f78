import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { pino, type Logger } from 'pino';
import { cachedViewerResolver } from '../auth/known-users.js';
import { cachedTokenVerifier, createTokenVerifier } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Services } from '../context/context.js';
import { openDatabase, type Database } from '../db/database.js';
import { createEventBus } from '../events/pubsub.js';
import { createJobSystem, type JobSystem } from '../jobs/agenda.js';
import { createChatModel } from '../llm/model-factory.js';
import { createDependencyMonitor } from '../observability/dependency-monitor.js';
import { createMetrics, instrumentJobs } from '../observability/metrics.js';
import type { generateQuestsForUser } from '../resolvers/quest-generation/generate-quests.js';
import { ensureUserRow } from '../resolvers/viewer.js';
import { createAdminDashboard, ADMIN_JOBS_PATH } from './admin-dashboard.js';
import { createAuthenticator } from './authenticate.js';
import { allowOriginOfRefusals } from './cors.js';
import { rateLimitHttp } from './http-rate-limit.js';
import { limitRequestBody } from './limits/body-limit.js';
import { handleOperationalRoute } from './operational-routes.js';
import { createRateLimiter } from './rate-limiter.js';
import { attachWebSocketServer } from './websocket.js';
import { createQuestlineYoga, GRAPHQL_PATH } from './yoga.js';

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
  /** Replaces the configured chat model (tests). */
  chatModel?: BaseChatModel;
  /** Wraps the generation use case run by jobs (tests inject failures with it). */
  generate?: typeof generateQuestsForUser;
  /** The rate limiter's clock: real time unless a test drives refills (apart from `now`, which tests freeze and move back). */
  rateLimitNow?: () => Date;
}

/**
 * Starts one process in its role: `api` serves GraphQL (HTTP, SSE,
 * WebSocket) and enqueues jobs; `worker` processes jobs and serves only
 * health and metrics; `all` (the embedded default) does both.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = (options.logger ?? pino({ level: config.logLevel })).child({ role: config.role });
  const servesGraphQL = config.role !== 'worker';
  const processesJobs = config.role !== 'api';
  const metrics = createMetrics({ maxOperationNames: config.exposure.maxOperationNames });
  const monitor = createDependencyMonitor({ registry: metrics.registry, logger, ...config.dependencies });
  const database = await openDatabase(config.database, {
    onPoolError: (error) => monitor.connectionError('database', error),
  });
  const events = await createEventBus(config.redisUrl, logger, {
    onConnectionError: (error) => monitor.connectionError('redis', error),
    onConnectionReady: () => void monitor.check(),
    onPublishFailed: (error) => monitor.publishFailed(error),
  });
  if (config.role !== 'all' && !config.redisUrl) {
    logger.warn(
      'QUESTLINE_ROLE is split but REDIS_URL is unset: events from other processes will not reach subscribers',
    );
  }
  const base = {
    prisma: database.prisma,
    logger,
    pubsub: events.pubsub,
    now: options.now ?? (() => new Date()),
    metrics,
    chatModel: options.chatModel ?? createChatModel(config.llm),
    llmTimeoutMs: config.llm.timeoutMs,
    pacingEnabled: config.pacingEnabled,
    llmBudget: config.llmBudget,
    generationLeaseMs: config.jobs.lockLifetimeMs,
  };
  const jobSystem = await createJobSystem(
    { connectionString: database.connectionString, embedded: database.embedded, ...config.jobs },
    base,
    logger,
    { generate: options.generate, hooks: { onConnectionError: (error) => monitor.connectionError('jobs', error) } },
  );
  instrumentJobs(metrics, jobSystem.agenda);
  monitor.watch({ name: 'database', isUp: () => database.prisma.$queryRaw`SELECT 1`.then(() => true) });
  if (events.redisConnected) monitor.watch({ name: 'redis', isUp: events.redisConnected });
  monitor.watch({ name: 'jobs', isUp: () => jobSystem.isConnected() });
  const services: Services = { ...base, jobs: jobSystem.queue };
  const authenticate = createAuthenticator(
    cachedTokenVerifier(createTokenVerifier(config.auth)),
    cachedViewerResolver((identity) => ensureUserRow(database.prisma, identity)),
  );
  const { requestLimits } = config;
  const yoga = servesGraphQL
    ? createQuestlineYoga(services, authenticate, logger, config.exposure, requestLimits.query, {
        warnOnUnusedQueries: config.env !== 'production',
      })
    : null;
  const dashboard = servesGraphQL ? createAdminDashboard(jobSystem.agenda, authenticate) : null;
  const rateLimiter =
    yoga && config.rateLimit.enabled
      ? createRateLimiter(
          config.rateLimit,
          config.redisUrl,
          metrics,
          logger,
          options.rateLimitNow ?? (() => new Date()),
        )
      : null;
  // GraphQL requests: body size limit → rate limit (which authenticates, and hands the viewer on) → yoga.
  const graphql = yoga
    ? rateLimiter
      ? rateLimitHttp(rateLimiter, authenticate, config.rateLimit.trustedProxies, logger, (req, res, viewer) =>
          yoga.handle(req, res, { viewer }),
        )
      : (req: IncomingMessage, res: ServerResponse) => yoga.handle(req, res)
    : null;

  let ready = true;
  const operational = {
    checkDependencies: monitor.check,
    metrics,
    isReady: () => ready,
    metricsToken: config.metricsToken,
  };
  const httpServer: Server = createServer((req, res) => {
    if (handleOperationalRoute(req, res, operational)) return;
    if (dashboard && isUnder(req, ADMIN_JOBS_PATH)) return void dashboard(req, res);
    if (graphql) {
      allowOriginOfRefusals(req, res, config.exposure.cors);
      return limitRequestBody(req, res, requestLimits.maxBodyBytes, () => void graphql(req, res));
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
  });
  const websockets = yoga
    ? attachWebSocketServer(httpServer, yoga, authenticate, metrics, logger, {
        rateLimiter,
        maxMessageBytes: requestLimits.maxWebSocketMessageBytes,
      })
    : null;

  // Running jobs drain (bounded), then the connections close.
  const releaseResources = async () => {
    monitor.stop();
    await jobSystem.stop(config.shutdownTimeoutMs);
    await events.close();
    await rateLimiter?.close();
    await database.close();
  };
  try {
    if (processesJobs) await jobSystem.startWorker();
    await listen(httpServer, config.port, config.host);
    monitor.start();
  } catch (error) {
    await websockets?.close();
    await releaseResources();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(
    { port, graphql: servesGraphQL ? `http://${host}:${port}${GRAPHQL_PATH}` : null, embedded: database.embedded },
    'Questline ready',
  );

  return {
    url: `http://${host}:${port}`,
    port,
    services,
    database,
    jobs: jobSystem,
    async close() {
      ready = false;
      // Sockets first (clients reconnect to another process), then in-flight requests finish.
      await websockets?.close();
      httpServer.closeIdleConnections();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // Long-lived responses (SSE subscriptions) never end by themselves: cut them after the grace period.
      const grace = setTimeout(() => httpServer.closeAllConnections(), config.shutdownTimeoutMs);
      await closed;
      clearTimeout(grace);
      await releaseResources();
    },
  };
}

function isUnder(req: IncomingMessage, path: string): boolean {
  const url = req.url ?? '';
  return url === path || url.startsWith(`${path}/`) || url.startsWith(`${path}?`);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

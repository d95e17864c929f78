import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { pino, type Logger } from 'pino';
import { cachedTokenVerifier, createTokenVerifier } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Services } from '../context/context.js';
import { openDatabase, type Database } from '../db/database.js';
import { createEventBus } from '../events/pubsub.js';
import { createJobSystem, type JobSystem } from '../jobs/agenda.js';
import { createChatModel } from '../llm/model-factory.js';
import { createMetrics, instrumentJobs } from '../observability/metrics.js';
import type { generateQuestsForUser } from '../resolvers/quest-generation/generate-quests.js';
import { cachedViewerResolver } from '../resolvers/viewer.js';
import { createAdminDashboard, ADMIN_JOBS_PATH } from './admin-dashboard.js';
import { createAuthenticator } from './authenticate.js';
import { limitRequestBody } from './limits/body-limit.js';
import { handleOperationalRoute } from './operational-routes.js';
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
  const database = await openDatabase(config.database, {
    onPoolError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
  const events = await createEventBus(config.redisUrl, logger);
  if (config.role !== 'all' && !config.redisUrl) {
    logger.warn(
      'QUESTLINE_ROLE is split but REDIS_URL is unset: events from other processes will not reach subscribers',
    );
  }
  const metrics = createMetrics();
  const base = {
    prisma: database.prisma,
    logger,
    pubsub: events.pubsub,
    now: options.now ?? (() => new Date()),
    metrics,
    chatModel: options.chatModel ?? createChatModel(config.llm),
    llmTimeoutMs: config.llm.timeoutMs,
    pacingEnabled: config.pacingEnabled,
    generationLeaseMs: config.jobs.lockLifetimeMs,
  };
  const jobSystem = await createJobSystem(
    { connectionString: database.connectionString, embedded: database.embedded, ...config.jobs },
    base,
    logger,
    { generate: options.generate },
  );
  instrumentJobs(metrics, jobSystem.agenda);
  const services: Services = { ...base, jobs: jobSystem.queue };
  const authenticate = createAuthenticator(
    cachedTokenVerifier(createTokenVerifier(config.auth)),
    cachedViewerResolver(database.prisma),
  );
  const { requestLimits } = config;
  const yoga = servesGraphQL ? createQuestlineYoga(services, authenticate, logger, requestLimits.query) : null;
  const dashboard = servesGraphQL ? createAdminDashboard(jobSystem.agenda, authenticate) : null;

  let ready = true;
  const operational = { database, metrics, isReady: () => ready, metricsToken: config.metricsToken };
  const httpServer: Server = createServer((req, res) => {
    if (handleOperationalRoute(req, res, operational)) return;
    if (dashboard && isUnder(req, ADMIN_JOBS_PATH)) return void dashboard(req, res);
    if (yoga) return limitRequestBody(req, res, requestLimits.maxBodyBytes, () => void yoga.handle(req, res));
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
  });
  const websockets = yoga
    ? attachWebSocketServer(httpServer, yoga, authenticate, metrics, logger, requestLimits.maxWebSocketMessageBytes)
    : null;

  // Running jobs drain (bounded), then the connections close.
  const releaseResources = async () => {
    await jobSystem.stop(config.shutdownTimeoutMs);
    await events.close();
    await database.close();
  };
  try {
    if (processesJobs) await jobSystem.startWorker();
    await listen(httpServer, config.port, config.host);
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

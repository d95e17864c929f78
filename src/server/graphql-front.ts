import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@prisma/client';
import type { Logger } from 'pino';
import { cachedViewerResolver } from '../auth/known-users.js';
import { cachedTokenVerifier, createTokenVerifier } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Services } from '../context/context.js';
import type { JobSystem } from '../jobs/agenda.js';
import { ensureUserRow } from '../resolvers/viewer.js';
import { createAdminDashboard } from './admin-dashboard.js';
import { createAuthenticator, type Authenticator } from './authenticate.js';
import { rateLimitHttp } from './http-rate-limit.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import { loadPersistedDocuments, persistedDocumentsGate, type PersistedDocumentsGate } from './persisted-documents.js';
import { createQuestlineYoga, type QuestlineYoga } from './yoga.js';

/** What an API process serves besides the operational routes: GraphQL and the jobs dashboard. */
export interface GraphQLFront {
  yoga: QuestlineYoga;
  authenticate: Authenticator;
  rateLimiter: RateLimiter | null;
  /** Which documents run (GRAPHQL_DOCUMENTS), shared by yoga and the WebSocket server. */
  persistedDocuments: PersistedDocumentsGate;
  /** GraphQL requests: rate limit (which authenticates, and hands the viewer on) → yoga. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  dashboard: ReturnType<typeof createAdminDashboard>;
}

export type RequestAuthenticator = Authenticator & {
  /** Forgets a user known to exist (deleteViewer), so their next request is checked against the database. */
  forgetKnownUser(userId: string): void;
};

/** One authenticator for every transport (HTTP, SSE, WebSocket, the dashboard), with its caches. */
export function createRequestAuthenticator(config: Config, prisma: PrismaClient): RequestAuthenticator {
  const resolveViewer = cachedViewerResolver((identity) => ensureUserRow(prisma, identity));
  return Object.assign(createAuthenticator(cachedTokenVerifier(createTokenVerifier(config.auth)), resolveViewer), {
    forgetKnownUser: resolveViewer.forget,
  });
}

export function createGraphQLFront(
  config: Config,
  services: Services,
  jobs: JobSystem,
  authenticate: Authenticator,
  rateLimitNow: () => Date,
): GraphQLFront {
  const { logger, metrics } = services;
  const persistedDocuments = persistedDocumentsGate(loadPersistedDocuments(), config.exposure.documents, authenticate);
  const yoga = createQuestlineYoga(
    services,
    authenticate,
    logger,
    config.exposure,
    config.requestLimits,
    { warnOnUnusedQueries: config.env !== 'production' },
    persistedDocuments,
  );
  const dashboard = createAdminDashboard(jobs.agenda, authenticate);
  const rateLimiter = config.rateLimit.enabled
    ? createRateLimiter(config.rateLimit, config.redisUrl, metrics, logger, rateLimitNow)
    : null;
  return {
    yoga,
    authenticate,
    rateLimiter,
    persistedDocuments,
    dashboard,
    handle: graphqlHandler(config, yoga, authenticate, rateLimiter, logger),
  };
}

function graphqlHandler(
  config: Config,
  yoga: QuestlineYoga,
  authenticate: Authenticator,
  rateLimiter: RateLimiter | null,
  logger: Logger,
): GraphQLFront['handle'] {
  if (!rateLimiter) return (req, res) => void yoga.handle(req, res);
  return rateLimitHttp(rateLimiter, authenticate, config.rateLimit.trustedProxies, logger, (req, res, viewer) =>
    yoga.handle(req, res, { viewer }),
  );
}

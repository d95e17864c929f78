import { randomUUID } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import { pino } from 'pino';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signToken } from '../../src/auth/tokens.js';
import type { Config } from '../../src/config.js';
import { startApp, type App, type AppOptions } from '../../src/server/app.js';
import { defaultRequestLimits } from '../../src/server/limits/config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A typed document from test/generated (or raw text for deliberately invalid operations). */
export type Operation = DocumentNode | string;

export function operationText(operation: Operation): string {
  return typeof operation === 'string' ? operation : print(operation);
}

// Responses are loosely typed on purpose: the tests assert their shape at run time.
export interface TestApp {
  app: App;
  url: string;
  token(userId: string, options?: { admin?: boolean; expiresIn?: string }): Promise<string>;
  /** POSTs an operation to /graphql; `token` null sends no Authorization header. */
  gql<T = any>(
    operation: Operation,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  wsClient(token: string | null): Client;
  close(): Promise<void>;
}

/** Limits on (so every test goes through them) but never reached by a test's bursts; rate-limits.test.ts sets small ones. */
export const GENEROUS_RATE_LIMITS: Config['rateLimit'] = {
  enabled: true,
  user: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  anonymous: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  subscribe: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
  redisKeyPrefix: `questline-test:${randomUUID()}`,
  trustedProxies: 0,
};

export function testConfig(database: TestDatabase, overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    dataDir: database.dataDir,
    database: database.config,
    auth: { kind: 'secret', secret: TEST_JWT_SECRET },
    llm: { model: null, timeoutMs: 2000, maxRetries: 0 },
    jobs: { processEveryMs: 100, retryDelayMs: 50, generationConcurrency: 4, lockLifetimeMs: 600_000 },
    pacingEnabled: true,
    role: 'all',
    shutdownTimeoutMs: 10_000,
    dependencies: { checkIntervalMs: 5000, checkTimeoutMs: 2000 },
    exposure: { cors: { origins: [], localhost: false }, introspection: 'on', documents: 'any', maxOperationNames: 100 },
    rateLimit: GENEROUS_RATE_LIMITS,
    // The defaults, but with room for adventures.test.ts, whose one player keeps a dozen adventures open.
    llmBudget: { perHour: 200, perDay: 1000, maxOpenAdventures: 20 },
    requestLimits: defaultRequestLimits(),
    ...overrides,
  };
}

/** The real server on an ephemeral port over a fresh database. */
export interface TestAppOptions extends AppOptions {
  config?: Partial<Config>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const { config, ...appOptions } = options;
  const app = await startApp(testConfig(database, config), {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...appOptions,
  });
  const clients: Client[] = [];
  return {
    app,
    url: app.url,
    token: (userId, tokenOptions = {}) =>
      signToken(TEST_JWT_SECRET, { userId, admin: tokenOptions.admin, expiresIn: tokenOptions.expiresIn }),
    async gql(operation, variables, token) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: operationText(operation), variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    wsClient(token) {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
      await database.drop();
    },
  };
}

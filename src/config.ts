import { z } from 'zod';
import { isOrigin, type CorsPolicy } from './domain/cors-origins.js';
import { LlmConfigError, parseLlmConfig, type LlmConfig } from './llm/config.js';
import { parseRateLimitConfig, RateLimitConfigError, type RateLimitConfig } from './server/rate-limit-config.js';
import { requestLimitsConfig, requestLimitsEnv, type RequestLimitsConfig } from './server/limits/config.js';

/**
 * Configuration is parsed once at start-up into a typed object. A missing or
 * invalid setting stops the process with a message naming the variable.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const postgresUrl = optionalString.refine(
  (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
  'must be a postgres:// or postgresql:// URL',
);

const httpUrl = optionalString.refine(
  (value) => value === undefined || /^https?:\/\//.test(value),
  'must be an http:// or https:// URL',
);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: postgresUrl,
  JWT_SECRET: optionalString.refine(
    (value) => value === undefined || value.length >= 32,
    'must be at least 32 characters (HS256 needs a 256-bit secret)',
  ),
  JWT_JWKS_URL: httpUrl,
  JWT_ISSUER: optionalString,
  JWT_AUDIENCE: optionalString,
  JOBS_PROCESS_EVERY_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  GENERATION_RETRY_DELAY_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  GENERATION_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  PACING_ENABLED: z.enum(['true', 'false', '1', '0']).default('true'),
  QUESTLINE_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
  REDIS_URL: optionalString.refine(
    (value) => value === undefined || /^rediss?:\/\//.test(value),
    'must be a redis:// or rediss:// URL',
  ),
  JOBS_MONGODB_URL: optionalString.refine(
    (value) => value === undefined || /^mongodb(\+srv)?:\/\//.test(value),
    'must be a mongodb:// or mongodb+srv:// URL',
  ),
  JOBS_LOCK_LIFETIME_MS: z.coerce.number().int().min(1000).max(3_600_000).default(600_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  LLM_BUDGET_PER_HOUR: z.coerce.number().int().min(2).max(1_000_000).default(200),
  LLM_BUDGET_PER_DAY: z.coerce.number().int().min(2).max(10_000_000).default(1000),
  MAX_OPEN_ADVENTURES: z.coerce.number().int().min(1).max(10_000).default(10),
  METRICS_TOKEN: optionalString.refine(
    (value) => value === undefined || value.length >= 16,
    'must be at least 16 characters',
  ),
  DEPENDENCY_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  DEPENDENCY_CHECK_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  CORS_ORIGINS: optionalString.refine(
    (value) => value === undefined || splitList(value).every(isOrigin),
    'must be comma-separated origins such as https://app.example.com (scheme, host and port only)',
  ),
  GRAPHQL_INTROSPECTION: z.enum(['on', 'off', 'admin']).optional(),
  GRAPHQL_DOCUMENTS: z.enum(['any', 'persisted']).optional(),
  METRICS_MAX_OPERATION_NAMES: z.coerce.number().int().min(0).max(10_000).default(100),
  ...requestLimitsEnv,
});

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export type Env = z.infer<typeof envSchema>;

export type AuthConfig =
  | { kind: 'secret'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string }
  // The embedded default: a development secret generated and kept in DATA_DIR.
  | { kind: 'dev-secret'; dataDir: string }
  // A worker in production without JWT settings: it serves no GraphQL, so it accepts no token.
  | { kind: 'none' };

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  database: DatabaseConfig;
  auth: AuthConfig;
  llm: LlmConfig;
  jobs: JobsConfig;
  pacingEnabled: boolean;
  /** api: GraphQL and enqueueing; worker: job processing, health and metrics only; all: both. */
  role: 'api' | 'worker' | 'all';
  /** Subscriptions' events go through Redis when set (several API processes); in memory otherwise. */
  redisUrl?: string;
  shutdownTimeoutMs: number;
  /** When set, /metrics answers only requests with `Authorization: Bearer <this>`. */
  metricsToken?: string;
  dependencies: DependencyConfig;
  exposure: ExposureConfig;
  /** Per-user (per-address when anonymous) token buckets for GraphQL requests and WebSocket subscribes. */
  rateLimit: RateLimitConfig;
  llmBudget: LlmBudgetConfig;
  /** Request size and query cost limits (README "Limits"). */
  requestLimits: RequestLimitsConfig;
}

/** How often, and how patiently, the database, Redis and the job store are checked (logs, metrics, /readyz). */
export interface DependencyConfig {
  checkIntervalMs: number;
  checkTimeoutMs: number;
}

/** What the API shows beyond its operations: to browsers of other origins, to introspection, in metrics. */
export interface ExposureConfig {
  /** CORS_ORIGINS, plus any loopback origin in development. */
  cors: CorsPolicy;
  /** GRAPHQL_INTROSPECTION: who may introspect the schema; GraphiQL is served unless it is off. */
  introspection: 'on' | 'off' | 'admin';
  /**
   * GRAPHQL_DOCUMENTS: `persisted` runs only the persisted documents (clients/generated/persisted-documents.json)
   * sent by id, except for admins; `any` runs any document too. Documents sent by id work either way.
   */
  documents: 'any' | 'persisted';
  /** METRICS_MAX_OPERATION_NAMES: distinct operation names kept as metric labels; later ones count as "other". */
  maxOperationNames: number;
}

/** Per-user limits on model-backed work (src/domain/model-budget.ts); jobs keep their own limits. */
export interface LlmBudgetConfig {
  /** Model calls per user per UTC hour (at least 2: a closing turn reserves 2). */
  perHour: number;
  /** Model calls per user per UTC day. */
  perDay: number;
  /** ACTIVE adventures a user may have at once. */
  maxOpenAdventures: number;
}

export interface JobsConfig {
  processEveryMs: number;
  retryDelayMs: number;
  generationConcurrency: number;
  /** A job (and a user's generation lease) is taken over by another worker after this long without renewal. */
  lockLifetimeMs: number;
  /** Agenda's jobs in MongoDB instead of the application database (the product's original design). */
  mongoUrl?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (z.coerce would read PORT= as 0).
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'embedded', dataDir: env.DATA_DIR },
    auth: authConfig(env),
    llm: llmConfig(present),
    jobs: {
      processEveryMs: env.JOBS_PROCESS_EVERY_MS,
      retryDelayMs: env.GENERATION_RETRY_DELAY_MS,
      generationConcurrency: env.GENERATION_CONCURRENCY,
      lockLifetimeMs: env.JOBS_LOCK_LIFETIME_MS,
      mongoUrl: env.JOBS_MONGODB_URL,
    },
    pacingEnabled: env.PACING_ENABLED === 'true' || env.PACING_ENABLED === '1',
    role: roleFor(env),
    redisUrl: env.REDIS_URL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    metricsToken: env.METRICS_TOKEN,
    dependencies: {
      checkIntervalMs: env.DEPENDENCY_CHECK_INTERVAL_MS,
      checkTimeoutMs: env.DEPENDENCY_CHECK_TIMEOUT_MS,
    },
    exposure: {
      cors: { origins: env.CORS_ORIGINS ? splitList(env.CORS_ORIGINS) : [], localhost: env.NODE_ENV === 'development' },
      introspection: env.GRAPHQL_INTROSPECTION ?? (env.NODE_ENV === 'production' ? 'off' : 'on'),
      documents: env.GRAPHQL_DOCUMENTS ?? (env.NODE_ENV === 'production' ? 'persisted' : 'any'),
      maxOperationNames: env.METRICS_MAX_OPERATION_NAMES,
    },
    rateLimit: rateLimitConfig(present),
    llmBudget: {
      perHour: env.LLM_BUDGET_PER_HOUR,
      perDay: env.LLM_BUDGET_PER_DAY,
      maxOpenAdventures: env.MAX_OPEN_ADVENTURES,
    },
    requestLimits: requestLimitsConfig(env),
  };
}

function rateLimitConfig(source: NodeJS.ProcessEnv): RateLimitConfig {
  try {
    return parseRateLimitConfig(source);
  } catch (error) {
    if (error instanceof RateLimitConfigError) throw new ConfigError(`invalid configuration:\n  ${error.message}`);
    throw error;
  }
}

function roleFor(env: Env): Config['role'] {
  // The embedded database lives inside one process; splitting roles needs a shared server.
  if (env.QUESTLINE_ROLE !== 'all' && !env.DATABASE_URL) {
    throw new ConfigError(
      `invalid configuration:\n  QUESTLINE_ROLE=${env.QUESTLINE_ROLE} needs DATABASE_URL (a PostgreSQL server)`,
    );
  }
  return env.QUESTLINE_ROLE;
}

function llmConfig(source: NodeJS.ProcessEnv): LlmConfig {
  try {
    return parseLlmConfig(source);
  } catch (error) {
    if (error instanceof LlmConfigError) throw new ConfigError(`invalid configuration:\n  ${error.message}`);
    throw error;
  }
}

function authConfig(env: Env): AuthConfig {
  const claims = { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE };
  if (env.JWT_SECRET && env.JWT_JWKS_URL) {
    throw new ConfigError('invalid configuration:\n  JWT_SECRET and JWT_JWKS_URL: set one, not both');
  }
  if (env.JWT_SECRET) return { kind: 'secret', secret: env.JWT_SECRET, ...claims };
  if (env.JWT_JWKS_URL) return { kind: 'jwks', jwksUrl: env.JWT_JWKS_URL, ...claims };
  if (env.NODE_ENV === 'production') {
    // A worker serves only health and metrics: asking it for the API's signing settings buys nothing.
    if (env.QUESTLINE_ROLE === 'worker') return { kind: 'none' };
    throw new ConfigError(
      'invalid configuration:\n  JWT_SECRET or JWT_JWKS_URL: required when NODE_ENV=production (for the api and all roles)',
    );
  }
  return { kind: 'dev-secret', dataDir: env.DATA_DIR };
}

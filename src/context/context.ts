import type { PrismaClient } from '@prisma/client';
import type { Logger } from 'pino';
import type { LlmBudgetConfig } from '../config.js';
import type { QuestlinePubSub } from '../events/pubsub.js';
import type { JobQueue } from '../jobs/queue.js';
import type { ModelPorts } from '../llm/ports.js';
import type { Metrics } from '../observability/metrics.js';

/** The signed-in user, resolved from a verified token for every operation. */
export interface Viewer {
  id: string;
  isAdmin: boolean;
}

/** Everything a use case needs from the outside world; the API and the jobs share one. */
export interface Services {
  prisma: PrismaClient;
  logger: Logger;
  pubsub: QuestlinePubSub;
  now: () => Date;
  jobs: JobQueue;
  metrics: Metrics;
  /** The model behind each feature: the configured provider's, or the deterministic ones (the default). */
  models: ModelPorts;
  llmTimeoutMs: number;
  /** PACING_ENABLED: the process-wide switch for the narrator's phase guidance. */
  pacingEnabled: boolean;
  /** Per-user limits on model-backed work and open adventures. */
  llmBudget: LlmBudgetConfig;
  /** How long a quest generation may hold a user's lease without renewing it: the job lock lifetime. */
  generationLeaseMs: number;
  /**
   * Makes this process forget that a user exists (their account was deleted), so their token is
   * checked against the database again at once. Only API processes keep such a memory.
   */
  forgetKnownUser?: (userId: string) => void;
}

export interface GraphQLContext extends Services {
  viewer: Viewer;
}

import type { GenerationTrigger, PrismaClient, QuestGenerationRun } from '@prisma/client';
import type { Logger } from 'pino';
import type { QuestlinePubSub } from '../../events/pubsub.js';
import type { ModelPorts } from '../../llm/ports.js';
import type { Metrics } from '../../observability/metrics.js';
import { generateBatch } from './generate-batch.js';

export { GENERATION_LEASE_MS } from './generate-batch.js';

export interface GenerationDeps {
  prisma: PrismaClient;
  logger: Logger;
  pubsub: QuestlinePubSub;
  now: () => Date;
  models: Pick<ModelPorts, 'questProposer'>;
  metrics: Metrics;
  llmTimeoutMs: number;
  /** How long a run may hold the user's lease without renewing it (the job lock lifetime). */
  generationLeaseMs?: number;
}

export interface GenerationRequest {
  userId: string;
  trigger: GenerationTrigger;
  /** Idempotency key within the user: one batch per window, whatever the retries. */
  windowKey: string;
  /** Renews the caller's lock (a job's) during long model calls. */
  heartbeat?: () => Promise<unknown>;
}

/** Another generation holds the user's lease: try again later (jobs retry with backoff). */
export class GenerationBusyError extends Error {
  override name = 'GenerationBusyError';
}

/**
 * One generation run for one user and window: read the user's goals and
 * patterns, ask the model (deterministic fallback inside), apply the batch
 * rules, and add the batch with its run record atomically (generate-batch.ts,
 * with a batch of one).
 *
 * Idempotent: a window that already succeeded returns its run and adds
 * nothing; a retried window reuses its run row. Only one run per user at a
 * time (an atomic lease on the user row); a concurrent call gets
 * GenerationBusyError. A failed run is recorded and its error thrown.
 */
export async function generateQuestsForUser(
  deps: GenerationDeps,
  request: GenerationRequest,
): Promise<QuestGenerationRun> {
  const key = { userId_windowKey: { userId: request.userId, windowKey: request.windowKey } };
  // A first look, before taking the lease: a finished window costs a retry one read and leaves the user alone.
  const done = await deps.prisma.questGenerationRun.findUnique({ where: key });
  if (done?.status === 'SUCCEEDED') return done;

  let results;
  try {
    results = await generateBatch(deps, [request], { heartbeat: request.heartbeat });
  } catch (error) {
    // Nothing was claimed (the claim is one statement): there is no run to record the failure on.
    deps.metrics.generationRuns.inc({ trigger: request.trigger, status: 'FAILED' });
    throw error;
  }
  const result = results[0]!;
  switch (result.status) {
    case 'succeeded':
    case 'done':
      return result.run;
    case 'busy':
      throw new GenerationBusyError(`a quest generation for user ${request.userId} is already running`);
    case 'failed':
      throw result.error;
  }
}

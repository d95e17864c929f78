import type { QuestGenerationRun } from '@prisma/client';
import type { QuestProposalOutcome } from '../../llm/ports.js';
import type { Metrics } from '../../observability/metrics.js';
import { recordRunFailure } from './alerts.js';
import { claimGenerations, type ClaimOutcome } from './generation-claim.js';
import { commitBatches, type BatchToCommit, type CommittedBatch } from './generation-commit.js';
import { loadGenerationInputs, type GenerationInput } from './generation-context.js';
import type { GenerationDeps, GenerationRequest } from './generate-quests.js';

/** How long a generation may hold a user's lease before another may take over (its holder died). */
export const GENERATION_LEASE_MS = 10 * 60_000;
const MAX_ERROR_LENGTH = 500;

/**
 * What became of one request of a batch: its run succeeded now, or had
 * already succeeded (nothing added), or another generation holds the user, or
 * it failed (recorded on the run; the error is the cause).
 */
export type GenerationResult =
  | { status: 'succeeded'; run: QuestGenerationRun }
  | { status: 'done'; run: QuestGenerationRun }
  | { status: 'busy' }
  | { status: 'failed'; error: unknown };

export interface BatchOptions {
  /** Model calls at once (the offline model is instant; a provider is not). */
  concurrency?: number;
  /** Renews the caller's lock (a job's) during long model calls. */
  heartbeat?: () => Promise<unknown>;
}

/**
 * Generation runs for several users at once, each with its own window, at a
 * cost that hardly grows with their number: one statement claims every
 * user's lease and run, three read their contexts, one stores every batch
 * (atomic, each run only if still running). The model calls happen in
 * between, outside any transaction, `concurrency` at a time, and each user's
 * batch is decided alone, exactly as for a single run. Should storing the
 * batches together fail, each is stored alone, so one refused batch fails
 * only its own run.
 *
 * The user IDs must be distinct. Idempotent like a single run: a window that
 * already succeeded adds nothing, a retried window reuses its run, and a user
 * held by another generation is reported busy and not touched.
 */
export async function generateBatch(
  deps: GenerationDeps,
  requests: readonly GenerationRequest[],
  options: BatchOptions = {},
): Promise<GenerationResult[]> {
  const startedAt = deps.now();
  const claims = await claimGenerations(deps.prisma, requests, startedAt, leaseMs(deps));
  const results: GenerationResult[] = claims.map((claim) => settledClaim(claim));
  const claimed = claims.flatMap((claim, index) => (claim.kind === 'claimed' ? [{ ...claim, index }] : []));
  if (claimed.length === 0) return results;
  for (const { run, user } of claimed) {
    deps.logger.debug({ userId: user.id, runId: run.id, attempt: run.attempts }, 'generation: run claimed');
  }

  // Claims still in progress: the heartbeat keeps their leases and runs, and no longer those that failed.
  const inProgress = new Set(claimed);
  const fail = async (claim: (typeof claimed)[number], error: unknown) => {
    inProgress.delete(claim);
    await recordRunFailure(deps, claim.run, startedAt, describe(error));
    deps.metrics.generationRuns.inc({ trigger: requests[claim.index]!.trigger, status: 'FAILED' });
    results[claim.index] = { status: 'failed', error };
  };

  const ready: (BatchToCommit & { claim: (typeof claimed)[number] })[] = [];
  await withHeartbeat(
    async () => {
      let inputs: Map<string, GenerationInput>;
      try {
        inputs = await loadGenerationInputs(
          deps.prisma,
          claimed.map((claim) => claim.user),
          startedAt,
        );
      } catch (error) {
        for (const claim of claimed) await fail(claim, error);
        return;
      }
      await forEachConcurrently(claimed, options.concurrency ?? 1, async (claim) => {
        const { run, user } = claim;
        const input = inputs.get(user.id)!;
        deps.logger.debug({ userId: user.id, runId: run.id }, 'generation: context loaded');
        try {
          const outcome = await deps.models.questProposer.propose(input.context, {
            timeoutMs: deps.llmTimeoutMs,
            record: deps.metrics.recordModelCall,
          });
          deps.logger.debug({ userId: user.id, runId: run.id, source: outcome.source }, 'generation: proposals in');
          ready.push({ claim, run, input, outcome, finishedAt: deps.now() });
        } catch (error) {
          await fail(claim, error);
        }
      });
    },
    () => heartbeat(deps, [...inProgress], options.heartbeat),
    heartbeatEvery(deps),
  );
  if (ready.length === 0) return results;

  const proposer = deps.models.questProposer;
  let together: (CommittedBatch | null)[] | null = null;
  try {
    together = await commitBatches(deps.prisma, proposer, ready);
  } catch (error) {
    if (ready.length === 1) {
      await fail(ready[0]!.claim, error);
      return results;
    }
    // One statement for the lot: a single refused batch refuses them all. Alone, only that one fails.
    deps.logger.warn({ err: error, runs: ready.length }, 'storing generated batches together failed; one by one');
  }
  for (const [position, batch] of ready.entries()) {
    let stored: CommittedBatch | null;
    try {
      stored = together ? together[position]! : (await commitBatches(deps.prisma, proposer, [batch]))[0]!;
    } catch (error) {
      await fail(batch.claim, error);
      continue;
    }
    // Another attempt of the window succeeded meanwhile (its lease had expired): this batch rolled back.
    if (!stored) {
      await fail(batch.claim, new Error(`generation run ${batch.run.id} is no longer running`));
      continue;
    }
    const { index } = batch.claim;
    published(deps, requests[index]!, batch.outcome, stored);
    results[index] = { status: 'succeeded', run: stored.finished };
  }
  return results;
}

function settledClaim(claim: ClaimOutcome): GenerationResult {
  if (claim.kind === 'busy') return { status: 'busy' };
  if (claim.kind === 'done') return { status: 'done', run: claim.run };
  // Replaced once the run is stored or has failed.
  return { status: 'failed', error: new Error('generation did not finish') };
}

/** Metrics, the log line and the events of one stored batch. */
function published(
  deps: GenerationDeps,
  request: GenerationRequest,
  outcome: QuestProposalOutcome,
  { finished, missionIds }: CommittedBatch,
): void {
  const { batch } = outcome;
  deps.metrics.generationRuns.inc({ trigger: request.trigger, status: 'SUCCEEDED' });
  deps.metrics.missionsGenerated.inc(missionIds.length);
  if (outcome.fellBack) deps.metrics.generationFallbacks.inc();
  deps.metrics.generationDuration.observe((finished.durationMs ?? 0) / 1000);
  recordAuditMetrics(deps.metrics, outcome);
  deps.logger.info(
    {
      userId: request.userId,
      runId: finished.id,
      trigger: request.trigger,
      created: missionIds.length,
      // Quests for a goal archived, completed or paused while the model was writing: not stored.
      ...(missionIds.length < batch.length ? { droppedForClosedGoals: batch.length - missionIds.length } : {}),
      fellBack: outcome.fellBack,
      source: outcome.source,
      // What the rules threw out of the model's answer (all of it is on the run): the first sign of drift.
      rejected: outcome.rejections.length,
      ...(outcome.shortfall ? { shortfall: outcome.shortfall } : {}),
      ...(outcome.error ? { modelError: outcome.error } : {}),
    },
    'quests generated',
  );
  deps.pubsub.publish('quests:generated', request.userId, { runId: finished.id });
  for (const missionId of missionIds)
    deps.pubsub.publish('mission:changed', request.userId, { missionId, kind: 'GENERATED' });
}

/** Tokens are counted with every model call (questline_llm_tokens_total{operation="quest_generation"}). */
function recordAuditMetrics(metrics: Metrics, outcome: QuestProposalOutcome): void {
  for (const rejection of outcome.rejections) metrics.generationRejections.inc({ reason: rejection.reason });
  for (const quest of outcome.batch) metrics.generatedQuestsByOrigin.inc({ origin: quest.origin });
}

const leaseMs = (deps: GenerationDeps) => deps.generationLeaseMs ?? GENERATION_LEASE_MS;
/** Renew locks at a third of the lease, so two missed beats still leave it held. */
const heartbeatEvery = (deps: GenerationDeps) => Math.max(500, Math.floor(leaseMs(deps) / 3));

/** The leases and runs of the batch stay ours while the model is slow (one statement each, whatever the batch). */
async function heartbeat(
  deps: GenerationDeps,
  claimed: readonly { run: QuestGenerationRun; user: { id: string } }[],
  caller?: () => Promise<unknown>,
): Promise<void> {
  const leaseUntil = new Date(deps.now().getTime() + leaseMs(deps));
  if (claimed.length > 0) {
    await deps.prisma.user.updateMany({
      where: { id: { in: claimed.map((claim) => claim.user.id) } },
      data: { generationLeaseUntil: leaseUntil },
    });
    // Touches the runs (updatedAt): still running, and still ours.
    await deps.prisma.questGenerationRun.updateMany({
      where: { id: { in: claimed.map((claim) => claim.run.id) }, status: 'RUNNING' },
      data: { status: 'RUNNING' },
    });
  }
  await caller?.();
}

/** Runs `work`, calling `beat` periodically meanwhile so locks outlive a slow model. */
async function withHeartbeat<T>(work: () => Promise<T>, beat: () => Promise<void>, everyMs: number): Promise<T> {
  const timer = setInterval(() => void beat().catch(() => undefined), everyMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}

import type { GenerationTrigger, Prisma, PrismaClient, QuestGenerationRun } from '@prisma/client';
import type { Logger } from 'pino';
import { priorityScore } from '../../domain/priority.js';
import type { GenerationContext, QuestProposal } from '../../domain/quest-types.js';
import type { QuestlinePubSub } from '../../events/pubsub.js';
import type { ModelPorts, QuestProposalOutcome, QuestProposer } from '../../llm/ports.js';
import type { Metrics } from '../../observability/metrics.js';
import { recordRunFailure, resolveUserAlerts } from './alerts.js';
import { loadGenerationInput, type GenerationUserState } from './generation-context.js';

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

/** How long a generation may hold a user's lease before another may take over (its holder died). */
export const GENERATION_LEASE_MS = 10 * 60_000;
/** Renew locks at a third of the lease, so two missed beats still leave it held. */
const heartbeatEvery = (deps: GenerationDeps) => Math.max(500, Math.floor(leaseMs(deps) / 3));
const MAX_ERROR_LENGTH = 500;

/**
 * One generation run for one user and window: read the user's goals and
 * patterns, ask the model (deterministic fallback inside), apply the
 * diversity rules, and add the batch with its run record in one transaction.
 *
 * Idempotent: a window that already succeeded returns its run and adds
 * nothing; a retried window reuses its run row. Only one run per user at a
 * time (an atomic lease on the user row); a concurrent call gets
 * GenerationBusyError.
 */
export async function generateQuestsForUser(
  deps: GenerationDeps,
  request: GenerationRequest,
): Promise<QuestGenerationRun> {
  const { prisma } = deps;
  const key = { userId_windowKey: { userId: request.userId, windowKey: request.windowKey } };
  const done = await prisma.questGenerationRun.findUnique({ where: key });
  if (done?.status === 'SUCCEEDED') return done;

  const startedAt = deps.now();
  if (!(await claimLease(prisma, request.userId, startedAt, leaseMs(deps)))) {
    throw new GenerationBusyError(`a quest generation for user ${request.userId} is already running`);
  }
  let run: QuestGenerationRun | undefined;
  try {
    const claimed = await claimRun(prisma, request, startedAt);
    // Finished by another process between our first look and the lease.
    if (claimed.status === 'SUCCEEDED') {
      await releaseLease(prisma, request.userId);
      return claimed;
    }
    run = claimed;
    deps.logger.debug({ userId: request.userId, runId: run.id, attempt: run.attempts }, 'generation: run claimed');
    const { context, user } = await loadGenerationInput(prisma, request.userId, startedAt);
    deps.logger.debug({ userId: request.userId, runId: run.id }, 'generation: context loaded');
    const outcome = await withHeartbeat(
      () =>
        deps.models.questProposer.propose(context, {
          timeoutMs: deps.llmTimeoutMs,
          record: deps.metrics.recordModelCall,
        }),
      () => heartbeat(deps, request, run!.id),
      heartbeatEvery(deps),
    );
    deps.logger.debug({ userId: request.userId, runId: run.id, source: outcome.source }, 'generation: proposals in');
    const { batch } = outcome;
    const { finished, missionIds } = await commitBatch(deps, run, { context, user }, outcome);
    deps.metrics.generationRuns.inc({ trigger: request.trigger, status: 'SUCCEEDED' });
    deps.metrics.missionsGenerated.inc(batch.length);
    if (outcome.fellBack) deps.metrics.generationFallbacks.inc();
    deps.metrics.generationDuration.observe((finished.durationMs ?? 0) / 1000);
    recordAuditMetrics(deps.metrics, outcome);
    deps.logger.info(
      {
        userId: request.userId,
        runId: finished.id,
        trigger: request.trigger,
        created: batch.length,
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
    for (const missionId of missionIds) deps.pubsub.publish('mission:changed', request.userId, { missionId });
    return finished;
  } catch (error) {
    if (run) await recordRunFailure(deps, run, startedAt, describe(error));
    else await releaseLease(prisma, request.userId);
    deps.metrics.generationRuns.inc({ trigger: request.trigger, status: 'FAILED' });
    throw error;
  }
}

/**
 * The window's run, claimed for this attempt: created when new (one
 * statement), else set RUNNING again with one more attempt, unless it already
 * succeeded, in which case it is returned untouched. (Prisma's upsert on the
 * compound key was a read and a write in a transaction, and its update turned
 * a run that another process had just finished back into a running one.)
 */
async function claimRun(
  prisma: PrismaClient,
  request: GenerationRequest,
  startedAt: Date,
): Promise<QuestGenerationRun> {
  const { userId, trigger, windowKey } = request;
  const [created] = await prisma.questGenerationRun.createManyAndReturn({
    data: [{ userId, trigger, windowKey, startedAt }],
    skipDuplicates: true,
  });
  if (created) return created;
  await prisma.questGenerationRun.updateMany({
    where: { userId, windowKey, status: { not: 'SUCCEEDED' } },
    data: { status: 'RUNNING', attempts: { increment: 1 }, error: null, startedAt, finishedAt: null },
  });
  return prisma.questGenerationRun.findUniqueOrThrow({ where: { userId_windowKey: { userId, windowKey } } });
}

/**
 * The batch and the run's success, in one transaction. Kept to the statements
 * it needs (a sweep pays for each, per user): the user's energy and failure
 * count come from the run's first read, the run and the mission IDs come back
 * from the writes themselves.
 */
async function commitBatch(
  deps: GenerationDeps,
  run: QuestGenerationRun,
  input: { context: GenerationContext; user: GenerationUserState },
  outcome: QuestProposalOutcome,
): Promise<{ finished: QuestGenerationRun; missionIds: string[] }> {
  const { context, user } = input;
  const { batch } = outcome;
  const finishedAt = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    // No goal, no batch: nothing to insert (and no statement for it).
    const missions =
      batch.length === 0
        ? []
        : await tx.mission.createManyAndReturn({
            data: batch.map((quest) => ({
              userId: run.userId,
              goalId: quest.goalId,
              title: quest.title,
              description: quest.description || null,
              estimatedMinutes: quest.estimatedMinutes,
              energyLevel: quest.energyLevel,
              valueCategory: quest.valueCategory,
              source: 'GENERATED' as const,
              generatedBy: quest.origin,
              generationRunId: run.id,
              priorityScore: scoreQuest(quest, context, user.currentEnergy),
            })),
            select: { id: true },
          });
    // Conditional: if another attempt already succeeded, nothing matches and the batch rolls back.
    const [finished] = await tx.questGenerationRun.updateManyAndReturn({
      where: { id: run.id, status: 'RUNNING' },
      data: {
        status: 'SUCCEEDED',
        missionsCreated: batch.length,
        fellBack: outcome.fellBack,
        error: outcome.error,
        finishedAt,
        durationMs: finishedAt.getTime() - run.startedAt.getTime(),
        ...runAudit(deps.models.questProposer, outcome),
      },
    });
    if (!finished) throw new Error(`generation run ${run.id} is no longer running`);
    await tx.user.update({
      where: { id: run.userId },
      data: { consecutiveGenerationFailures: 0, generationLeaseUntil: null },
    });
    // An open alert needs 3 failures in a row: none without one (the lease keeps the count still meanwhile).
    if (user.consecutiveGenerationFailures > 0) await resolveUserAlerts(tx, run.userId, finishedAt);
    return { finished, missionIds: missions.map((mission) => mission.id) };
  });
}

/** What a succeeded run records about how its batch was made (docs/quest-generation.md §5.1). */
function runAudit(proposer: QuestProposer, outcome: QuestProposalOutcome) {
  const call = outcome.modelCall;
  return {
    provider: call ? proposer.identity.provider : null,
    model: call ? proposer.identity.model : null,
    promptVersion: call ? proposer.promptVersion : null,
    modelLatencyMs: call?.latencyMs ?? null,
    inputTokens: call?.usage?.inputTokens ?? null,
    outputTokens: call?.usage?.outputTokens ?? null,
    rejections: outcome.rejections as unknown as Prisma.InputJsonValue,
    shortfall: outcome.shortfall,
  };
}

/** Tokens are counted with every model call (questline_llm_tokens_total{operation="quest_generation"}). */
function recordAuditMetrics(metrics: Metrics, outcome: QuestProposalOutcome): void {
  for (const rejection of outcome.rejections) metrics.generationRejections.inc({ reason: rejection.reason });
  for (const quest of outcome.batch) metrics.generatedQuestsByOrigin.inc({ origin: quest.origin });
}

/** The same priority rule as manual missions, from the context already in memory (no query per quest). */
function scoreQuest(
  quest: QuestProposal,
  context: GenerationContext,
  currentEnergy: QuestProposal['energyLevel'] | null,
) {
  const goal = context.goals.find((candidate) => candidate.id === quest.goalId) ?? null;
  return priorityScore({
    now: context.now,
    goal,
    dueDate: null,
    energyLevel: quest.energyLevel,
    valueCategory: quest.valueCategory,
    currentEnergy,
    pendingCategoryCounts: context.pendingByCategory,
  });
}

const leaseMs = (deps: GenerationDeps) => deps.generationLeaseMs ?? GENERATION_LEASE_MS;

async function claimLease(prisma: PrismaClient, userId: string, now: Date, durationMs: number): Promise<boolean> {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, OR: [{ generationLeaseUntil: null }, { generationLeaseUntil: { lt: now } }] },
    data: { generationLeaseUntil: new Date(now.getTime() + durationMs) },
  });
  return count === 1;
}

export async function releaseLease(prisma: Pick<PrismaClient, 'user'>, userId: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { generationLeaseUntil: null } });
}

async function heartbeat(deps: GenerationDeps, request: GenerationRequest, runId: string): Promise<void> {
  const leaseUntil = new Date(deps.now().getTime() + leaseMs(deps));
  await deps.prisma.user.update({ where: { id: request.userId }, data: { generationLeaseUntil: leaseUntil } });
  await deps.prisma.questGenerationRun.update({ where: { id: runId }, data: { status: 'RUNNING' } });
  await request.heartbeat?.();
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

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}

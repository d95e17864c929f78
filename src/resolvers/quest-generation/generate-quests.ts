import type { GenerationTrigger, PrismaClient, QuestGenerationRun } from '@prisma/client';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from 'pino';
import { priorityScore } from '../../domain/priority.js';
import { selectDiverseBatch } from '../../domain/quest-diversity.js';
import type { GenerationContext, QuestProposal } from '../../domain/quest-types.js';
import type { QuestlinePubSub } from '../../events/pubsub.js';
import { proposeQuests } from '../../llm/quest-chain.js';
import type { Metrics } from '../../observability/metrics.js';
import { recordRunFailure, resolveUserAlerts } from './alerts.js';
import { loadGenerationContext } from './generation-context.js';

export interface GenerationDeps {
  prisma: PrismaClient;
  logger: Logger;
  pubsub: QuestlinePubSub;
  now: () => Date;
  chatModel: BaseChatModel;
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
    run = await prisma.questGenerationRun.upsert({
      where: key,
      create: { userId: request.userId, trigger: request.trigger, windowKey: request.windowKey, startedAt },
      update: { status: 'RUNNING', attempts: { increment: 1 }, error: null, startedAt, finishedAt: null },
    });
    // Finished by another process between our first look and the lease.
    if (run.status === 'SUCCEEDED') {
      await releaseLease(prisma, request.userId);
      return run;
    }
    deps.logger.debug({ userId: request.userId, runId: run.id, attempt: run.attempts }, 'generation: run claimed');
    const context = await loadGenerationContext(prisma, request.userId, startedAt);
    deps.logger.debug({ userId: request.userId, runId: run.id }, 'generation: context loaded');
    const outcome = await withHeartbeat(
      () => proposeQuests(deps.chatModel, context, { timeoutMs: deps.llmTimeoutMs }),
      () => heartbeat(deps, request, run!.id),
      heartbeatEvery(deps),
    );
    deps.logger.debug({ userId: request.userId, runId: run.id, source: outcome.source }, 'generation: proposals in');
    const batch = selectDiverseBatch(outcome.proposals, context, context.targetCount);
    const finished = await commitBatch(deps, run, context, batch, outcome);
    deps.metrics.generationRuns.inc({ trigger: request.trigger, status: 'SUCCEEDED' });
    deps.metrics.missionsGenerated.inc(batch.length);
    if (outcome.fellBack) deps.metrics.generationFallbacks.inc();
    deps.metrics.generationDuration.observe((finished.durationMs ?? 0) / 1000);
    deps.logger.info(
      {
        userId: request.userId,
        runId: finished.id,
        trigger: request.trigger,
        created: batch.length,
        fellBack: outcome.fellBack,
        source: outcome.source,
        // What validation threw out of the model's answer, and why: the first sign of a prompt or model drifting.
        rejected: outcome.rejected.length,
        ...(outcome.rejected.length > 0 ? { rejectedReasons: outcome.rejected.slice(0, 5) } : {}),
        ...(outcome.error ? { modelError: outcome.error } : {}),
      },
      'quests generated',
    );
    deps.pubsub.publish('quests:generated', request.userId, { runId: finished.id });
    for (const mission of await prisma.mission.findMany({
      where: { generationRunId: finished.id },
      select: { id: true },
    })) {
      deps.pubsub.publish('mission:changed', request.userId, { missionId: mission.id });
    }
    return finished;
  } catch (error) {
    if (run) await recordRunFailure(deps, run, startedAt, describe(error));
    else await releaseLease(prisma, request.userId);
    deps.metrics.generationRuns.inc({ trigger: request.trigger, status: 'FAILED' });
    throw error;
  }
}

async function commitBatch(
  deps: GenerationDeps,
  run: QuestGenerationRun,
  context: GenerationContext,
  batch: QuestProposal[],
  outcome: { fellBack: boolean; error: string | null },
): Promise<QuestGenerationRun> {
  const finishedAt = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: run.userId }, select: { currentEnergy: true } });
    await tx.mission.createMany({
      data: batch.map((quest) => ({
        userId: run.userId,
        goalId: quest.goalId,
        title: quest.title,
        description: quest.description || null,
        estimatedMinutes: quest.estimatedMinutes,
        energyLevel: quest.energyLevel,
        valueCategory: quest.valueCategory,
        source: 'GENERATED' as const,
        generationRunId: run.id,
        priorityScore: scoreQuest(quest, context, user.currentEnergy),
      })),
    });
    // Conditional: if another attempt already succeeded, this throws and the batch rolls back.
    const { count } = await tx.questGenerationRun.updateMany({
      where: { id: run.id, status: 'RUNNING' },
      data: {
        status: 'SUCCEEDED',
        missionsCreated: batch.length,
        fellBack: outcome.fellBack,
        error: outcome.error,
        finishedAt,
        durationMs: finishedAt.getTime() - run.startedAt.getTime(),
      },
    });
    if (count !== 1) throw new Error(`generation run ${run.id} is no longer running`);
    await tx.user.update({
      where: { id: run.userId },
      data: { consecutiveGenerationFailures: 0, generationLeaseUntil: null },
    });
    await resolveUserAlerts(tx, run.userId, finishedAt);
    return tx.questGenerationRun.findUniqueOrThrow({ where: { id: run.id } });
  });
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

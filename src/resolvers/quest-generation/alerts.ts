import type { Prisma, QuestGenerationRun } from '@prisma/client';
import type { GenerationDeps } from './generate-quests.js';

/** Consecutive failed runs of one user that raise an alert. */
export const USER_FAILURE_ALERT_THRESHOLD = 3;
/** A sweep with more than this share of failed users raises an alert. */
export const SWEEP_FAILURE_RATE_ALERT = 0.1;

/**
 * Marks the run failed, counts the user's consecutive failures, releases the
 * lease, and raises an alert (error log + admin-visible record) at the
 * threshold. Best effort: a failure here must not hide the original error.
 */
export async function recordRunFailure(
  deps: Pick<GenerationDeps, 'prisma' | 'logger' | 'now' | 'metrics'>,
  run: QuestGenerationRun,
  startedAt: Date,
  error: string,
): Promise<void> {
  const finishedAt = deps.now();
  try {
    const user = await deps.prisma.$transaction(async (tx) => {
      // Only a run still running: never turn another attempt's success into a failure.
      await tx.questGenerationRun.updateMany({
        where: { id: run.id, status: 'RUNNING' },
        data: { status: 'FAILED', error, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime() },
      });
      return tx.user.update({
        where: { id: run.userId },
        data: { consecutiveGenerationFailures: { increment: 1 }, generationLeaseUntil: null },
        select: { consecutiveGenerationFailures: true },
      });
    });
    deps.logger.warn({ userId: run.userId, runId: run.id, error }, 'quest generation failed');
    if (user.consecutiveGenerationFailures >= USER_FAILURE_ALERT_THRESHOLD) {
      await raiseUserAlert(deps, run.userId, user.consecutiveGenerationFailures, error);
    }
  } catch (bookkeeping) {
    deps.logger.error({ err: bookkeeping, runId: run.id }, 'could not record a failed quest generation run');
  }
}

async function raiseUserAlert(
  deps: Pick<GenerationDeps, 'prisma' | 'logger' | 'metrics'>,
  userId: string,
  failures: number,
  error: string,
): Promise<void> {
  const message = `quest generation failed ${failures} times in a row for user ${userId}: ${error}`;
  deps.logger.error({ userId, failures, alert: 'USER_REPEATED_FAILURES' }, message);
  const active = await deps.prisma.generationAlert.findFirst({
    where: { kind: 'USER_REPEATED_FAILURES', userId, resolvedAt: null },
  });
  if (active) await deps.prisma.generationAlert.update({ where: { id: active.id }, data: { message } });
  else await deps.prisma.generationAlert.create({ data: { kind: 'USER_REPEATED_FAILURES', userId, message } });
  deps.metrics.activeAlerts.set(await deps.prisma.generationAlert.count({ where: { resolvedAt: null } }));
}

export async function resolveUserAlerts(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<void> {
  await tx.generationAlert.updateMany({
    where: { kind: 'USER_REPEATED_FAILURES', userId, resolvedAt: null },
    data: { resolvedAt: now },
  });
}

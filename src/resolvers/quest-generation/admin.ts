import { randomUUID } from 'node:crypto';
import type { GenerationAlert, GenerationSweep, QuestGenerationRun } from '@prisma/client';
import { DAY_MS } from '../../domain/time-units.js';
import { isUsableSubject } from '../../domain/token-subject.js';
import { refundModelBudget, spendModelBudget } from '../model-budget.js';
import type { UseCaseContext } from '../use-case.js';
import { notFound, UserErrorsFailure } from '../user-errors.js';
import { GenerationBusyError, generateQuestsForUser } from './generate-quests.js';

/**
 * An admin's "generate now": ignores the 6-hour on-demand limit, but while a
 * run is in flight for the user it returns that run instead of starting a
 * second one. It is model-backed work done for that user, so it spends one
 * unit of the user's model budget (refunded when the in-flight run is
 * returned instead); the nightly and on-demand jobs are not charged.
 */
export async function adminGenerateQuests(ctx: UseCaseContext, input: { userId: string }): Promise<QuestGenerationRun> {
  const userId = input.userId.trim();
  // User IDs are token subjects: anything no token could carry names no user.
  if (!isUsableSubject(userId)) {
    throw new UserErrorsFailure([{ code: 'VALIDATION', field: 'userId', message: 'must be a user ID' }]);
  }
  if (!(await ctx.prisma.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    throw notFound('userId', 'User');
  }
  const spent = await spendModelBudget(ctx, { userId, units: 1, operation: 'quest_generation', field: 'userId' });
  try {
    return await generateQuestsForUser(ctx, { userId, trigger: 'ADMIN', windowKey: `admin:${randomUUID()}` });
  } catch (error) {
    if (!(error instanceof GenerationBusyError)) throw error;
    await refundModelBudget(ctx, spent);
    const inFlight = await ctx.prisma.questGenerationRun.findFirst({
      where: { userId, status: 'RUNNING' },
      orderBy: { startedAt: 'desc' },
    });
    if (inFlight) return inFlight;
    throw error;
  }
}

export interface GenerationHealth {
  lastSweep: GenerationSweep | null;
  runsLast24h: number;
  failedLast24h: number;
  /** Failed share of the runs that finished in the last 24 hours (0 when none did). */
  failureRate: number;
  activeAlerts: GenerationAlert[];
}

export async function generationHealth(ctx: Pick<UseCaseContext, 'prisma' | 'now'>): Promise<GenerationHealth> {
  const since = new Date(ctx.now().getTime() - DAY_MS);
  const [lastSweep, byStatus, activeAlerts] = await Promise.all([
    ctx.prisma.generationSweep.findFirst({ orderBy: { slot: 'desc' } }),
    ctx.prisma.questGenerationRun.groupBy({
      by: ['status'],
      where: { finishedAt: { gte: since } },
      _count: { _all: true },
    }),
    ctx.prisma.generationAlert.findMany({ where: { resolvedAt: null }, orderBy: { createdAt: 'desc' } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const failed = count('FAILED');
  const finished = failed + count('SUCCEEDED');
  return {
    lastSweep,
    runsLast24h: finished,
    failedLast24h: failed,
    failureRate: finished === 0 ? 0 : Math.round((failed / finished) * 1000) / 1000,
    activeAlerts,
  };
}

import { z } from 'zod';
import { loadGenerationContext } from './quest-generation/generation-context.js';
import { invalidState, parseInput } from './user-errors.js';
import type { UseCaseContext } from './use-case.js';

/** The phrase a client sends to deleteViewer (or the viewer's own ID): a deletion is never an accident. */
export const DELETE_CONFIRMATION = 'DELETE MY ACCOUNT';

// Bumped when the document's shape changes, so a client keeping exports can tell them apart.
const EXPORT_FORMAT_VERSION = 1;

/**
 * Everything the viewer owns, as one plain document (dates as ISO strings once
 * serialised). Its cost is bounded by the user's own data, which the per-user
 * caps and the rate limiter already bound; it is read in one repeatable-read
 * transaction so the parts agree with one another.
 */
export async function exportViewerData(ctx: UseCaseContext) {
  const userId = ctx.viewer.id;
  const exportedAt = ctx.now();
  const data = await ctx.prisma.$transaction(
    async (tx) => {
      // One after another: a transaction is one connection, which runs one query at a time anyway.
      const profile = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { id: true, displayName: true, timeZone: true, role: true, currentEnergy: true, createdAt: true },
      });
      const goals = await tx.goal.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
      const missions = await tx.mission.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
      const sessions = await tx.missionSession.findMany({ where: { userId }, orderBy: { startedAt: 'asc' } });
      const generationRuns = await tx.questGenerationRun.findMany({ where: { userId }, orderBy: { startedAt: 'asc' } });
      const adventures = await tx.adventureSession.findMany({
        where: { userId },
        orderBy: { createdAt: 'asc' },
        // The claim columns are a lock between requests, not the user's data.
        omit: { claimToken: true, claimedUntil: true, claimClientKey: true },
        include: {
          quests: { orderBy: { position: 'asc' }, include: { objectives: { orderBy: { position: 'asc' } } } },
          // Earlier versions of a turn (retries the player replaced) are the player's writing too.
          exchanges: { orderBy: { turn: 'asc' }, include: { turnVersions: { orderBy: { version: 'asc' } } } },
          moments: { orderBy: { turn: 'asc' } },
        },
      });
      const modelBudget = await tx.modelBudgetUsage.findUnique({ where: { userId }, omit: { version: true } });
      return { profile, goals, missions, sessions, generationRuns, adventures, modelBudget };
    },
    { isolationLevel: 'RepeatableRead' },
  );
  // Patterns are not stored: they are computed from the sessions, as the `patterns` field shows them.
  const { patterns } = await loadGenerationContext(ctx.prisma, userId, exportedAt);
  return { formatVersion: EXPORT_FORMAT_VERSION, exportedAt, ...data, patterns };
}

export type ViewerDataExport = Awaited<ReturnType<typeof exportViewerData>>;

const deleteViewerInput = z.object({ confirm: z.string() });

export type DeleteViewerInput = z.input<typeof deleteViewerInput>;

/**
 * Deletes the viewer's account and everything it owns, for good. One
 * transaction removes the user row (every table that references a user does
 * so with ON DELETE CASCADE, and adventure parts cascade from their
 * adventure) and leaves a tombstone so the still-valid token is refused
 * instead of re-creating an empty account. After the commit, the user's
 * queued jobs are cancelled, their open subscriptions are ended and this process forgets the user (the
 * known-users cache; another API process notices within its cache's lifetime). Returns the deleted user's ID.
 */
export async function deleteViewer(ctx: UseCaseContext, raw: DeleteViewerInput): Promise<string> {
  const { confirm } = parseInput(deleteViewerInput, raw);
  const userId = ctx.viewer.id;
  if (confirm !== DELETE_CONFIRMATION && confirm !== userId) {
    throw invalidState('confirm', `send "${DELETE_CONFIRMATION}" (or your own ID) to confirm the deletion`);
  }
  await ctx.prisma.$transaction(async (tx) => {
    await tx.deletedUser.createMany({ data: [{ id: userId, deletedAt: ctx.now() }], skipDuplicates: true });
    await tx.user.deleteMany({ where: { id: userId } });
  });
  ctx.forgetKnownUser?.(userId);
  // Ends the user's open subscriptions, on every API process when the events go through Redis.
  ctx.pubsub.publish('account:deleted', userId, { userId });
  // After the commit: a job that slipped in meanwhile finds no user and does nothing.
  const cancelled = await ctx.jobs.cancelUserJobs(userId);
  ctx.logger.info({ userId, cancelledJobs: cancelled }, 'account deleted by its owner');
  return userId;
}

import type { Prisma } from '@prisma/client';
import { analyzePatterns, questCountFor } from '../../domain/quest-patterns.js';
import {
  PATTERN_WINDOW_DAYS,
  type GenerationContext,
  type GoalContext,
  type SessionRow,
} from '../../domain/quest-types.js';
import { VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from '../../domain/vocabulary.js';

type Db = Prisma.TransactionClient;

/** What a run needs about its user besides the context: for scoring, and to know whether alerts may be open. */
export interface GenerationUserState {
  currentEnergy: EnergyLevel | null;
  consecutiveGenerationFailures: number;
}

/** Reads what a generation run needs about one user: goals, the 30-day window, the pending pool. */
export async function loadGenerationContext(db: Db, userId: string, now: Date): Promise<GenerationContext> {
  return (await loadGenerationInput(db, userId, now)).context;
}

/** The context and the user's state, read together (the same queries: a run pays for each one). */
export async function loadGenerationInput(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ context: GenerationContext; user: GenerationUserState }> {
  const windowStart = new Date(now.getTime() - PATTERN_WINDOW_DAYS * 86_400_000);
  const [user, goals, sessions, pending] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { displayName: true, timeZone: true, currentEnergy: true, consecutiveGenerationFailures: true },
    }),
    // With when generation last served each goal (its newest generated mission, whatever became of it):
    // a subquery on Mission(goalId), so no statement more than reading the goals alone.
    db.$queryRaw<GoalContext[]>`
      SELECT g.id, g.title, g.description, g."goalType", g."valueCategory", g.importance,
             g."targetDate", g."lastWorkedAt", g."createdAt",
             (SELECT max(m."createdAt") FROM "Mission" m
               WHERE m."goalId" = g.id AND m.source = 'GENERATED') AS "lastServedAt"
      FROM "Goal" g
      WHERE g."userId" = ${userId} AND g.status = 'ACTIVE'
      ORDER BY g."createdAt" ASC, g.id ASC`,
    db.missionSession.findMany({
      where: { userId, status: { in: ['COMPLETED', 'ABANDONED'] }, completedAt: { gte: windowStart, lte: now } },
      select: {
        status: true,
        startedAt: true,
        completedAt: true,
        actualMinutes: true,
        mission: { select: { goalId: true, energyLevel: true, valueCategory: true, estimatedMinutes: true } },
      },
    }),
    // The whole pending pool, in one read: its counts and every title (no repeat of any pending quest).
    db.mission.findMany({
      where: { userId, status: 'PENDING' },
      select: { title: true, valueCategory: true, energyLevel: true, goalId: true },
    }),
  ]);
  const timeZone = user.timeZone ?? 'UTC';
  const pendingByCategory = Object.fromEntries(VALUE_CATEGORIES.map((category) => [category, 0])) as Record<
    ValueCategory,
    number
  >;
  const pendingByEnergy: Record<EnergyLevel, number> = { LOW: 0, MEDIUM: 0, HIGH: 0 };
  const pendingByGoal: Record<string, number> = {};
  for (const mission of pending) {
    pendingByCategory[mission.valueCategory] += 1;
    pendingByEnergy[mission.energyLevel] += 1;
    if (mission.goalId) pendingByGoal[mission.goalId] = (pendingByGoal[mission.goalId] ?? 0) + 1;
  }
  const pendingCount = pending.length;
  const context: GenerationContext = {
    now,
    userName: user.displayName,
    timeZone,
    goals,
    patterns: analyzePatterns(sessions as SessionRow[], goals, timeZone, now),
    pendingCount,
    pendingByCategory,
    pendingByGoal,
    pendingByEnergy,
    pendingTitles: pending.map((mission) => mission.title),
    targetCount: questCountFor(pendingCount),
  };
  return {
    context,
    user: { currentEnergy: user.currentEnergy, consecutiveGenerationFailures: user.consecutiveGenerationFailures },
  };
}

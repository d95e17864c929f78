import type { Prisma } from '@prisma/client';
import { analyzePatterns, questCountFor } from '../../domain/quest-patterns.js';
import {
  PATTERN_WINDOW_DAYS,
  type EnergyLevel,
  VALUE_CATEGORIES,
  type GenerationContext,
  type SessionRow,
  type ValueCategory,
} from '../../domain/quest-types.js';

type Db = Prisma.TransactionClient;

/** Titles of pending missions a run reads to avoid repeating them (nightly and on-demand runs find fewer than 5). */
const PENDING_TITLES_LIMIT = 100;

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
  const [user, goals, sessions, pending, pendingTitles] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { displayName: true, timeZone: true, currentEnergy: true, consecutiveGenerationFailures: true },
    }),
    db.goal.findMany({
      where: { userId, status: 'ACTIVE' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        description: true,
        goalType: true,
        valueCategory: true,
        importance: true,
        targetDate: true,
        lastWorkedAt: true,
        createdAt: true,
      },
    }),
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
    db.mission.groupBy({
      by: ['valueCategory', 'goalId'],
      where: { userId, status: 'PENDING' },
      _count: { _all: true },
    }),
    // Bounded: a run needs them to avoid repeats; a pool that large is not one that gets refilled.
    db.mission.findMany({
      where: { userId, status: 'PENDING' },
      orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
      take: PENDING_TITLES_LIMIT,
      select: { title: true },
    }),
  ]);
  const timeZone = user.timeZone ?? 'UTC';
  const pendingByCategory = Object.fromEntries(VALUE_CATEGORIES.map((category) => [category, 0])) as Record<
    ValueCategory,
    number
  >;
  const pendingByGoal: Record<string, number> = {};
  let pendingCount = 0;
  for (const row of pending) {
    pendingCount += row._count._all;
    pendingByCategory[row.valueCategory] += row._count._all;
    if (row.goalId) pendingByGoal[row.goalId] = (pendingByGoal[row.goalId] ?? 0) + row._count._all;
  }
  const context: GenerationContext = {
    now,
    userName: user.displayName,
    timeZone,
    goals,
    patterns: analyzePatterns(sessions as SessionRow[], goals, timeZone, now),
    pendingCount,
    pendingByCategory,
    pendingByGoal,
    pendingTitles: pendingTitles.map((mission) => mission.title),
    targetCount: questCountFor(pendingCount),
  };
  return {
    context,
    user: { currentEnergy: user.currentEnergy, consecutiveGenerationFailures: user.consecutiveGenerationFailures },
  };
}

import { Prisma } from '@prisma/client';
import { analyzePatterns, questCountFor } from '../../domain/quest-patterns.js';
import {
  PATTERN_WINDOW_DAYS,
  type GenerationContext,
  type GoalContext,
  type SessionRow,
} from '../../domain/quest-types.js';
import { VALUE_CATEGORIES, type EnergyLevel, type ValueCategory } from '../../domain/vocabulary.js';

type Db = Pick<Prisma.TransactionClient, '$queryRaw' | 'user'>;

/** What a run needs about its user besides the context: for scoring, and to know whether alerts may be open. */
export interface GenerationUserState {
  currentEnergy: EnergyLevel | null;
  consecutiveGenerationFailures: number;
}

/** The user row as generation reads it (the lease claim returns it, so a run reads it no second time). */
export interface GenerationUser extends GenerationUserState {
  id: string;
  displayName: string | null;
  timeZone: string | null;
}

export interface GenerationInput {
  context: GenerationContext;
  user: GenerationUserState;
}

/** Reads what a generation run needs about one user: goals, the 30-day window, the pending pool. */
export async function loadGenerationContext(db: Db, userId: string, now: Date): Promise<GenerationContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, displayName: true, timeZone: true, currentEnergy: true, consecutiveGenerationFailures: true },
  });
  return (await loadGenerationInputs(db, [user], now)).get(userId)!.context;
}

interface GoalRow extends GoalContext {
  userId: string;
}

interface SessionJoinRow {
  userId: string;
  status: SessionRow['status'];
  startedAt: Date;
  completedAt: Date;
  actualMinutes: number | null;
  goalId: string | null;
  energyLevel: EnergyLevel;
  valueCategory: ValueCategory;
  estimatedMinutes: number;
}

interface PendingRow {
  userId: string;
  title: string;
  valueCategory: ValueCategory;
  energyLevel: EnergyLevel;
  goalId: string | null;
}

/**
 * The contexts of several users at once: three statements whatever their
 * number (a sweep reads a page of users this way; a single run reads a page
 * of one). Raw SQL: a query through Prisma's query builder costs more of our
 * own CPU than the database spends answering it.
 */
export async function loadGenerationInputs(
  db: Db,
  users: readonly GenerationUser[],
  now: Date,
): Promise<Map<string, GenerationInput>> {
  const inputs = new Map<string, GenerationInput>();
  if (users.length === 0) return inputs;
  const ids = users.map((user) => user.id);
  const windowStart = new Date(now.getTime() - PATTERN_WINDOW_DAYS * 86_400_000);
  const [goals, sessions, pending] = await Promise.all([
    // With when generation last served each goal (its newest generated mission, whatever became of it):
    // a subquery on Mission(goalId), so no statement more than reading the goals alone.
    db.$queryRaw<GoalRow[]>`
      SELECT g."userId", g.id, g.title, g.description, g."goalType"::text AS "goalType",
             g."valueCategory"::text AS "valueCategory", g.importance,
             g."targetDate", g."lastWorkedAt", g."createdAt",
             (SELECT max(m."createdAt") FROM "Mission" m
               WHERE m."goalId" = g.id AND m.source = 'GENERATED') AS "lastServedAt"
      FROM "Goal" g
      WHERE g."userId" = ANY(${ids}::text[]) AND g.status = 'ACTIVE'
      ORDER BY g."createdAt" ASC, g.id ASC`,
    db.$queryRaw<SessionJoinRow[]>`
      SELECT s."userId", s.status::text AS status, s."startedAt", s."completedAt", s."actualMinutes",
             m."goalId", m."energyLevel"::text AS "energyLevel", m."valueCategory"::text AS "valueCategory",
             m."estimatedMinutes"
      FROM "MissionSession" s JOIN "Mission" m ON m.id = s."missionId"
      WHERE s."userId" = ANY(${ids}::text[]) AND s.status IN ('COMPLETED', 'ABANDONED')
        AND s."completedAt" >= ${windowStart} AND s."completedAt" <= ${now}`,
    // The whole pending pool, in one read: its counts and every title (no repeat of any pending quest).
    db.$queryRaw<PendingRow[]>`
      SELECT m."userId", m.title, m."valueCategory"::text AS "valueCategory",
             m."energyLevel"::text AS "energyLevel", m."goalId"
      FROM "Mission" m
      WHERE m."userId" = ANY(${ids}::text[]) AND m.status = 'PENDING'`,
  ]);
  const goalsOf = groupBy(goals, (row) => row.userId);
  const sessionsOf = groupBy(sessions, (row) => row.userId);
  const pendingOf = groupBy(pending, (row) => row.userId);
  for (const user of users) {
    const context = buildContext(
      user,
      (goalsOf.get(user.id) ?? []).map(({ userId: _owner, ...goal }) => goal),
      (sessionsOf.get(user.id) ?? []).map(toSessionRow),
      pendingOf.get(user.id) ?? [],
      now,
    );
    inputs.set(user.id, {
      context,
      user: { currentEnergy: user.currentEnergy, consecutiveGenerationFailures: user.consecutiveGenerationFailures },
    });
  }
  return inputs;
}

function buildContext(
  user: GenerationUser,
  goals: GoalContext[],
  sessions: SessionRow[],
  pending: PendingRow[],
  now: Date,
): GenerationContext {
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
  return {
    now,
    userName: user.displayName,
    timeZone,
    goals,
    patterns: analyzePatterns(sessions, goals, timeZone, now),
    pendingCount,
    pendingByCategory,
    pendingByGoal,
    pendingByEnergy,
    pendingTitles: pending.map((mission) => mission.title),
    targetCount: questCountFor(pendingCount),
  };
}

function toSessionRow(row: SessionJoinRow): SessionRow {
  return {
    status: row.status,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    actualMinutes: row.actualMinutes,
    mission: {
      goalId: row.goalId,
      energyLevel: row.energyLevel,
      valueCategory: row.valueCategory,
      estimatedMinutes: row.estimatedMinutes,
    },
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

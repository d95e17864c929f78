import { Prisma } from '@prisma/client';
import { analyzePatterns, questCountFor } from '../../domain/quest-patterns.js';
import {
  GENERATED_HISTORY_DAYS,
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

/** Reads what a generation run needs about one user: goals, the 30-day window, the pending pool, the energy history. */
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

/** A pending mission, or (generated > 0) how many missions of one energy level generation recently created. */
type PoolRow =
  | {
      userId: string;
      generated: null;
      title: string;
      valueCategory: ValueCategory;
      energyLevel: null;
      goalId: string | null;
    }
  | { userId: string; generated: number; title: null; valueCategory: null; energyLevel: EnergyLevel; goalId: null };

type PendingRow = Extract<PoolRow, { generated: null }>;

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
  const historyStart = new Date(now.getTime() - GENERATED_HISTORY_DAYS * 86_400_000);
  const [goals, sessions, pool] = await Promise.all([
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
    // With it, in the same statement, the energy levels of what generation created in the history window,
    // whatever became of it (the energy tendency, quest-energy-tendency.ts): at most 3 counted rows a user.
    // No upper bound: createdAt is the wall clock, which a run with an injected clock may be behind.
    db.$queryRaw<PoolRow[]>`
      SELECT m."userId", NULL::int AS generated, m.title, m."valueCategory"::text AS "valueCategory",
             NULL::text AS "energyLevel", m."goalId"
      FROM "Mission" m
      WHERE m."userId" = ANY(${ids}::text[]) AND m.status = 'PENDING'
      UNION ALL
      SELECT m."userId", count(*)::int, NULL, NULL, m."energyLevel"::text, NULL
      FROM "Mission" m
      WHERE m."userId" = ANY(${ids}::text[]) AND m.source = 'GENERATED' AND m."createdAt" >= ${historyStart}
      GROUP BY m."userId", m."energyLevel"`,
  ]);
  const goalsOf = groupBy(goals, (row) => row.userId);
  const sessionsOf = groupBy(sessions, (row) => row.userId);
  const poolOf = groupBy(pool, (row) => row.userId);
  for (const user of users) {
    const context = buildContext(
      user,
      (goalsOf.get(user.id) ?? []).map(({ userId: _owner, ...goal }) => goal),
      (sessionsOf.get(user.id) ?? []).map(toSessionRow),
      poolOf.get(user.id) ?? [],
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
  pool: PoolRow[],
  now: Date,
): GenerationContext {
  const timeZone = user.timeZone ?? 'UTC';
  const pendingByCategory = Object.fromEntries(VALUE_CATEGORIES.map((category) => [category, 0])) as Record<
    ValueCategory,
    number
  >;
  const recentGeneratedByEnergy: Record<EnergyLevel, number> = { LOW: 0, MEDIUM: 0, HIGH: 0 };
  const pending: PendingRow[] = [];
  for (const row of pool) {
    if (row.generated === null) pending.push(row);
    else recentGeneratedByEnergy[row.energyLevel] += row.generated;
  }
  const pendingByGoal: Record<string, number> = {};
  for (const mission of pending) {
    pendingByCategory[mission.valueCategory] += 1;
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
    recentGeneratedByEnergy,
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

import type { Prisma } from '@prisma/client';
import { OPEN_MISSION_STATUSES } from '../domain/mission-transitions.js';
import { priorityScore } from '../domain/priority.js';
import type { EnergyLevel, ValueCategory } from '../domain/vocabulary.js';

type Db = Prisma.TransactionClient;

interface ScoredMissionFields {
  id?: string;
  userId: string;
  goalId: string | null;
  dueDate: Date | null;
  energyLevel: EnergyLevel;
  valueCategory: ValueCategory;
}

/**
 * Loads what the priority score depends on (the goal, the user's energy and
 * the rest of the pending pool) and computes it with the pure domain rule.
 */
export async function scoreMission(db: Db, mission: ScoredMissionFields, now: Date): Promise<number> {
  const [goal, user, categoryCounts] = await Promise.all([
    mission.goalId ? db.goal.findUnique({ where: { id: mission.goalId } }) : null,
    db.user.findUnique({ where: { id: mission.userId }, select: { currentEnergy: true } }),
    db.mission.groupBy({
      by: ['valueCategory'],
      where: { userId: mission.userId, status: 'PENDING', ...(mission.id ? { id: { not: mission.id } } : {}) },
      _count: { _all: true },
    }),
  ]);
  return priorityScore({
    now,
    goal,
    dueDate: mission.dueDate,
    energyLevel: mission.energyLevel,
    valueCategory: mission.valueCategory,
    currentEnergy: user?.currentEnergy ?? null,
    pendingCategoryCounts: Object.fromEntries(categoryCounts.map((row) => [row.valueCategory, row._count._all])),
  });
}

/**
 * Recomputes the score of a set of open missions (after their goal or the user's energy changed)
 * in a fixed number of statements, however many missions there are: the missions, their goals,
 * their owners' energy and pending pools, then one UPDATE for all. Scoring them one at a time cost
 * four statements a mission, in the caller's transaction: 4,000 statements for one energy change of
 * a user with 1,000 open missions.
 */
export async function rescoreOpenMissions(db: Db, where: Prisma.MissionWhereInput, now: Date): Promise<void> {
  const missions = await db.mission.findMany({
    where: { ...where, status: { in: [...OPEN_MISSION_STATUSES] } },
    select: {
      id: true,
      userId: true,
      goalId: true,
      dueDate: true,
      energyLevel: true,
      valueCategory: true,
      status: true,
    },
  });
  if (missions.length === 0) return;
  const userIds = [...new Set(missions.map((mission) => mission.userId))];
  const goalIds = [...new Set(missions.flatMap((mission) => (mission.goalId ? [mission.goalId] : [])))];
  const [goals, users, pending] = await Promise.all([
    goalIds.length > 0 ? db.goal.findMany({ where: { id: { in: goalIds } } }) : [],
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, currentEnergy: true } }),
    db.mission.groupBy({
      by: ['userId', 'valueCategory'],
      where: { userId: { in: userIds }, status: 'PENDING' },
      _count: { _all: true },
    }),
  ]);
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const energyByUser = new Map(users.map((user) => [user.id, user.currentEnergy]));
  const scores = missions.map((mission) => {
    // The pool is the user's OTHER pending missions: a pending mission does not count itself.
    const pendingCategoryCounts: Partial<Record<ValueCategory, number>> = {};
    for (const row of pending) {
      if (row.userId !== mission.userId) continue;
      const own = mission.status === 'PENDING' && mission.valueCategory === row.valueCategory ? 1 : 0;
      pendingCategoryCounts[row.valueCategory] = row._count._all - own;
    }
    return priorityScore({
      now,
      goal: mission.goalId ? (goalById.get(mission.goalId) ?? null) : null,
      dueDate: mission.dueDate,
      energyLevel: mission.energyLevel,
      valueCategory: mission.valueCategory,
      currentEnergy: energyByUser.get(mission.userId) ?? null,
      pendingCategoryCounts,
    });
  });
  // updatedAt moves as Prisma's own update would move it (real time, like @updatedAt): catch-up sees the rescore.
  await db.$executeRaw`
    UPDATE "Mission" AS m
       SET "priorityScore" = s.score, "updatedAt" = ${new Date()}
      FROM unnest(${missions.map((mission) => mission.id)}::text[], ${scores}::float8[]) AS s(id, score)
     WHERE m."id" = s.id`;
}

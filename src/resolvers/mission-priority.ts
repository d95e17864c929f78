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

/** Recomputes the score of a set of open missions (after their goal or the user's energy changed). */
export async function rescoreOpenMissions(db: Db, where: Prisma.MissionWhereInput, now: Date): Promise<void> {
  const missions = await db.mission.findMany({
    where: { ...where, status: { in: [...OPEN_MISSION_STATUSES] } },
    select: { id: true, userId: true, goalId: true, dueDate: true, energyLevel: true, valueCategory: true },
  });
  for (const mission of missions) {
    const score = await scoreMission(db, mission, now);
    await db.mission.update({ where: { id: mission.id }, data: { priorityScore: score } });
  }
}

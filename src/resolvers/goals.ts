import type { Goal } from '@prisma/client';
import { z } from 'zod';
import { OPEN_MISSION_STATUSES } from '../domain/mission-transitions.js';
import { rescoreOpenMissions } from './mission-priority.js';
import { date, description, goalStatus, goalType, importance, title, valueCategory } from './inputs.js';
import { invalidState, notFound, parseInput } from './user-errors.js';
import type { UseCaseContext } from './use-case.js';

const createGoalInput = z.object({
  title,
  description: description.nullish(),
  goalType,
  valueCategory,
  importance: importance.nullish(),
  targetDate: date.nullish(),
});

const updateGoalInput = z.object({
  id: z.string(),
  title: title.nullish(),
  description: description.nullish(),
  goalType: goalType.nullish(),
  valueCategory: valueCategory.nullish(),
  importance: importance.nullish(),
  targetDate: date.nullish(),
  // Archiving has its own mutation (it also retires the goal's open missions).
  status: goalStatus.refine((status) => status !== 'ARCHIVED', 'use archiveGoal to archive a goal').nullish(),
});

export type CreateGoalInput = z.input<typeof createGoalInput>;
export type UpdateGoalInput = z.input<typeof updateGoalInput>;

export async function createGoal(ctx: UseCaseContext, raw: CreateGoalInput): Promise<Goal> {
  const input = parseInput(createGoalInput, raw);
  return ctx.prisma.goal.create({
    data: {
      userId: ctx.viewer.id,
      title: input.title,
      description: input.description ?? null,
      goalType: input.goalType,
      valueCategory: input.valueCategory,
      importance: input.importance ?? undefined,
      targetDate: input.targetDate ?? null,
    },
  });
}

export async function updateGoal(ctx: UseCaseContext, raw: UpdateGoalInput): Promise<Goal> {
  const input = parseInput(updateGoalInput, raw);
  const id = input.id;
  return ctx.prisma.$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id, userId: ctx.viewer.id } });
    if (!goal) throw notFound('id', 'Goal');
    if (goal.status === 'ARCHIVED') throw invalidState('id', 'an archived goal cannot be changed');
    // null means "leave as is" except for the clearable fields.
    const updated = await tx.goal.update({
      where: { id },
      data: {
        title: input.title ?? undefined,
        description: input.description === undefined ? undefined : input.description,
        goalType: input.goalType ?? undefined,
        valueCategory: input.valueCategory ?? undefined,
        importance: input.importance ?? undefined,
        targetDate: input.targetDate === undefined ? undefined : input.targetDate,
        status: input.status ?? undefined,
      },
    });
    await rescoreOpenMissions(tx, { goalId: id }, ctx.now());
    return updated;
  });
}

export async function archiveGoal(ctx: UseCaseContext, { id }: { id: string }): Promise<Goal> {
  const { goal, archivedMissionIds } = await ctx.prisma.$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id, userId: ctx.viewer.id } });
    if (!goal) throw notFound('id', 'Goal');
    if (goal.status === 'ARCHIVED') throw invalidState('id', 'the goal is already archived');
    // The goal's row first: from here on it is locked, so a quest generation storing missions for it
    // either finished before (and its missions are retired below) or sees it archived and stores none.
    const updated = await tx.goal.update({ where: { id }, data: { status: 'ARCHIVED' } });
    await tx.missionSession.updateMany({
      where: { status: 'IN_PROGRESS', mission: { goalId: id } },
      data: { status: 'ABANDONED', completedAt: ctx.now() },
    });
    // Open work toward an archived goal leaves the pool with it; completed history stays.
    const archived = await tx.mission.updateManyAndReturn({
      where: { goalId: id, status: { in: [...OPEN_MISSION_STATUSES] } },
      data: { status: 'ARCHIVED' },
      select: { id: true },
    });
    return { goal: updated, archivedMissionIds: archived.map((mission) => mission.id) };
  });
  // After the commit, as for every mission change: each retired mission's subscribers hear ARCHIVED.
  for (const missionId of archivedMissionIds) {
    ctx.pubsub.publish('mission:changed', goal.userId, { missionId, kind: 'ARCHIVED' });
  }
  return goal;
}

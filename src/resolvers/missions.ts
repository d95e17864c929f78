import type { Goal, Mission, Prisma } from '@prisma/client';
import { z } from 'zod';
import {
  canApply,
  changeKindOf,
  elapsedMinutes,
  statusAfter,
  statusesAllowing,
  type MissionAction,
} from '../domain/mission-transitions.js';
import { MINUTE_MS } from '../domain/time-units.js';
import type { MissionChangeKind } from '../domain/vocabulary.js';
import { scoreMission } from './mission-priority.js';
import { actualMinutes, date, description, energyLevel, estimatedMinutes, title, valueCategory } from './inputs.js';
import { invalidState, notFound, parseInput, UserErrorsFailure } from './user-errors.js';
import type { UseCaseContext } from './use-case.js';
import { requestOnDemandGeneration } from './quest-generation/on-demand.js';

type Tx = Prisma.TransactionClient;

const createMissionInput = z.object({
  goalId: z.string().nullish(),
  title,
  description: description.nullish(),
  estimatedMinutes,
  energyLevel,
  // Defaults to the goal's category; required for a mission without a goal.
  valueCategory: valueCategory.nullish(),
  dueDate: date.nullish(),
});

const updateMissionInput = z.object({
  id: z.string(),
  goalId: z.string().nullish(),
  title: title.nullish(),
  description: description.nullish(),
  estimatedMinutes: estimatedMinutes.nullish(),
  energyLevel: energyLevel.nullish(),
  valueCategory: valueCategory.nullish(),
  dueDate: date.nullish(),
});

const completeMissionInput = z.object({ id: z.string(), actualMinutes: actualMinutes.nullish() });

export type CreateMissionInput = z.input<typeof createMissionInput>;
export type UpdateMissionInput = z.input<typeof updateMissionInput>;
export type CompleteMissionInput = z.input<typeof completeMissionInput>;

/** A goal the viewer may attach work to: their own, neither archived nor completed. */
/**
 * The viewer's goal a mission may join, read with a shared row lock held to the commit: archiveGoal
 * locks the goal before it retires the goal's missions, so it either waits for this mission (and
 * retires it too) or has archived the goal already, which this read then sees. A plain read could
 * pass an ACTIVE goal that is archived before the mission is stored: a pending mission on an
 * archived goal.
 */
async function attachableGoal(tx: Tx, ctx: UseCaseContext, goalId: string) {
  const [goal] = await tx.$queryRaw<Pick<Goal, 'id' | 'status' | 'valueCategory'>[]>`
    SELECT id, status::text AS status, "valueCategory"::text AS "valueCategory"
      FROM "Goal" WHERE id = ${goalId} AND "userId" = ${ctx.viewer.id}
       FOR SHARE`;
  if (!goal) throw notFound('goalId', 'Goal');
  if (goal.status === 'ARCHIVED' || goal.status === 'COMPLETED') {
    throw invalidState('goalId', `missions cannot be added to a ${goal.status.toLowerCase()} goal`);
  }
  return goal;
}

/** Tells the owner's subscribers what happened, once the change is committed. */
function announce(ctx: UseCaseContext, mission: Mission, kind: MissionChangeKind): Mission {
  ctx.pubsub.publish('mission:changed', mission.userId, { missionId: mission.id, kind });
  return mission;
}

export async function createMission(ctx: UseCaseContext, raw: CreateMissionInput): Promise<Mission> {
  const input = parseInput(createMissionInput, raw);
  const mission = await ctx.prisma.$transaction(async (tx) => {
    const goal = input.goalId ? await attachableGoal(tx, ctx, input.goalId) : null;
    const category = input.valueCategory ?? goal?.valueCategory;
    if (!category) {
      throw new UserErrorsFailure([
        { code: 'VALIDATION', field: 'valueCategory', message: 'is required for a mission without a goal' },
      ]);
    }
    const fields = {
      userId: ctx.viewer.id,
      goalId: goal?.id ?? null,
      dueDate: input.dueDate ?? null,
      energyLevel: input.energyLevel,
      valueCategory: category,
    };
    return tx.mission.create({
      data: {
        ...fields,
        title: input.title,
        description: input.description ?? null,
        estimatedMinutes: input.estimatedMinutes,
        priorityScore: await scoreMission(tx, fields, ctx.now()),
      },
    });
  });
  return announce(ctx, mission, 'CREATED');
}

export async function updateMission(ctx: UseCaseContext, raw: UpdateMissionInput): Promise<Mission> {
  const input = parseInput(updateMissionInput, raw);
  const id = input.id;
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const mission = await ownMission(tx, ctx, id);
    if (!canApply('edit', mission.status)) {
      throw invalidState('id', `a ${mission.status.toLowerCase()} mission cannot be changed`);
    }
    // goalId: absent = keep, null = detach, an ID = move to that goal.
    const goalId =
      input.goalId === undefined
        ? mission.goalId
        : input.goalId === null
          ? null
          : (await attachableGoal(tx, ctx, input.goalId)).id;
    const fields = {
      id,
      userId: ctx.viewer.id,
      goalId,
      dueDate: input.dueDate === undefined ? mission.dueDate : input.dueDate,
      energyLevel: input.energyLevel ?? mission.energyLevel,
      valueCategory: input.valueCategory ?? mission.valueCategory,
    };
    return tx.mission.update({
      where: { id },
      data: {
        goalId: fields.goalId,
        dueDate: fields.dueDate,
        energyLevel: fields.energyLevel,
        valueCategory: fields.valueCategory,
        title: input.title ?? undefined,
        description: input.description === undefined ? undefined : input.description,
        estimatedMinutes: input.estimatedMinutes ?? undefined,
        priorityScore: await scoreMission(tx, fields, ctx.now()),
      },
    });
  });
  return announce(ctx, updated, changeKindOf('edit'));
}

async function ownMission(tx: Tx, ctx: UseCaseContext, id: string): Promise<Mission> {
  const mission = await tx.mission.findFirst({ where: { id, userId: ctx.viewer.id } });
  if (!mission) throw notFound('id', 'Mission');
  return mission;
}

/**
 * Moves a mission along its life cycle with a conditional update, so two
 * concurrent requests cannot both apply (the loser gets INVALID_STATE), then
 * runs the action's session bookkeeping in the same transaction.
 */
async function transition(
  ctx: UseCaseContext,
  id: string,
  action: Exclude<MissionAction, 'edit'>,
  effect: (tx: Tx, mission: Mission, now: Date) => Promise<void>,
): Promise<Mission> {
  const mission = await ctx.prisma.$transaction(async (tx) => {
    const mission = await ownMission(tx, ctx, id);
    const refuse = () =>
      invalidState('id', `cannot ${action} a ${mission.status.toLowerCase().replace('_', ' ')} mission`);
    if (!canApply(action, mission.status)) throw refuse();
    const now = ctx.now();
    const status = statusAfter(action);
    const { count } = await tx.mission.updateMany({
      where: { id, status: { in: [...statusesAllowing(action)] } },
      data: { status, completedAt: status === 'COMPLETED' ? now : undefined },
    });
    if (count === 0) throw refuse();
    await effect(tx, mission, now);
    return tx.mission.findUniqueOrThrow({ where: { id } });
  });
  return announce(ctx, mission, changeKindOf(action));
}

function closeOpenSession(tx: Tx, missionId: string, now: Date) {
  return tx.missionSession.updateMany({
    where: { missionId, status: 'IN_PROGRESS' },
    data: { status: 'ABANDONED', completedAt: now },
  });
}

export function startMission(ctx: UseCaseContext, raw: { id: string }): Promise<Mission> {
  return transition(ctx, raw.id, 'start', async (tx, mission, now) => {
    await tx.missionSession.create({ data: { missionId: mission.id, userId: mission.userId, startedAt: now } });
  });
}

export function deferMission(ctx: UseCaseContext, raw: { id: string }): Promise<Mission> {
  return transition(ctx, raw.id, 'defer', async (tx, mission, now) => {
    await closeOpenSession(tx, mission.id, now);
  });
}

export function abandonMission(ctx: UseCaseContext, raw: { id: string }): Promise<Mission> {
  return transition(ctx, raw.id, 'abandon', async (tx, mission, now) => {
    await closeOpenSession(tx, mission.id, now);
  });
}

export interface CompletedMission {
  mission: Mission;
  /** The viewer's pending pool after this completion (the generation trigger reads it). */
  pendingCount: number;
}

export async function completeMission(ctx: UseCaseContext, raw: CompleteMissionInput): Promise<CompletedMission> {
  const input = parseInput(completeMissionInput, raw);
  const mission = await transition(ctx, input.id, 'complete', async (tx, before, now) => {
    const open = await tx.missionSession.findFirst({ where: { missionId: before.id, status: 'IN_PROGRESS' } });
    if (open) {
      await tx.missionSession.update({
        where: { id: open.id },
        data: {
          status: 'COMPLETED',
          completedAt: now,
          actualMinutes: input.actualMinutes ?? elapsedMinutes(open.startedAt, now),
        },
      });
    } else {
      // Completed without a timed session: record one so the pattern window sees it.
      const minutes = input.actualMinutes ?? before.estimatedMinutes;
      await tx.missionSession.create({
        data: {
          missionId: before.id,
          userId: before.userId,
          startedAt: new Date(now.getTime() - minutes * MINUTE_MS),
          completedAt: now,
          actualMinutes: minutes,
          status: 'COMPLETED',
        },
      });
    }
    if (before.goalId) await tx.goal.update({ where: { id: before.goalId }, data: { lastWorkedAt: now } });
  });
  const pendingCount = await ctx.prisma.mission.count({ where: { userId: ctx.viewer.id, status: 'PENDING' } });
  // The completion stands even if the pool refill cannot be queued: log it, the nightly run catches up.
  await requestOnDemandGeneration(ctx, ctx.viewer.id, pendingCount).catch((error: unknown) =>
    ctx.logger.error({ err: error, userId: ctx.viewer.id }, 'could not request on-demand quest generation'),
  );
  return { mission, pendingCount };
}

import { GOAL_STATUSES, GOAL_TYPES, VALUE_CATEGORIES } from '../domain/vocabulary.js';

import { archiveGoal, createGoal, updateGoal } from '../resolvers/goals.js';
import { builder } from './builder.js';
import { idOf } from './global-id.js';
import { payloadMutation, payloadType } from './payload.js';
import { ViewerRef } from './viewer.js';

export const GoalTypeEnum = builder.enumType('GoalType', { values: GOAL_TYPES });
export const ValueCategoryEnum = builder.enumType('ValueCategory', {
  values: VALUE_CATEGORIES,
  description: "What a goal or mission serves in the player's life.",
});
export const GoalStatusEnum = builder.enumType('GoalStatus', { values: GOAL_STATUSES });

// Goal.missions is added by mission.ts, beside the mission type.
export const GoalRef = builder.prismaNode('Goal', {
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  // Load only the columns the operation asks for.
  select: { id: true },
  // Scoped to the viewer: another user's goal ID resolves to null, like a missing one.
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    goalType: t.expose('goalType', { type: GoalTypeEnum }),
    valueCategory: t.expose('valueCategory', { type: ValueCategoryEnum }),
    importance: t.exposeInt('importance', { description: '1 (nice to have) to 5 (essential).' }),
    targetDate: t.expose('targetDate', { type: 'DateTime', nullable: true }),
    status: t.expose('status', { type: GoalStatusEnum }),
    lastWorkedAt: t.expose('lastWorkedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.objectField(ViewerRef, 'goals', (t) =>
  t.prismaConnection({
    type: GoalRef,
    cursor: 'id',
    args: { status: t.arg({ type: GoalStatusEnum }) },
    resolve: (query, viewer, args, context) =>
      context.prisma.goal.findMany({
        ...query,
        where: { userId: viewer.id, ...(args.status ? { status: args.status } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

// ---- Mutations -------------------------------------------------------------

const CreateGoalInput = builder.inputType('CreateGoalInput', {
  fields: (t) => ({
    title: t.string({ required: true, description: 'At most 200 characters.' }),
    description: t.string(),
    goalType: t.field({ type: GoalTypeEnum, required: true }),
    valueCategory: t.field({ type: ValueCategoryEnum, required: true }),
    importance: t.int({ description: '1–5, default 3.' }),
    targetDate: t.field({ type: 'DateTime' }),
  }),
});

const UpdateGoalInput = builder.inputType('UpdateGoalInput', {
  description: 'Omitted fields stay as they are; description and targetDate can be cleared with null.',
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    description: t.string(),
    goalType: t.field({ type: GoalTypeEnum }),
    valueCategory: t.field({ type: ValueCategoryEnum }),
    importance: t.int(),
    targetDate: t.field({ type: 'DateTime' }),
    status: t.field({ type: GoalStatusEnum, description: 'ACTIVE, PAUSED or COMPLETED; use archiveGoal to archive.' }),
  }),
});

const ArchiveGoalInput = builder.inputType('ArchiveGoalInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const GoalPayload = payloadType('GoalPayload', 'goal', GoalRef);

payloadMutation('createGoal', {
  input: CreateGoalInput,
  payload: GoalPayload,
  run: (context, input) => createGoal(context, input),
});

payloadMutation('updateGoal', {
  input: UpdateGoalInput,
  payload: GoalPayload,
  run: (context, input) => updateGoal(context, { ...input, id: idOf('Goal', input.id, 'id') }),
});

payloadMutation('archiveGoal', {
  description: 'Archives the goal and retires its open missions; completed history stays.',
  input: ArchiveGoalInput,
  payload: GoalPayload,
  run: (context, input) => archiveGoal(context, { id: idOf('Goal', input.id, 'id') }),
});

import { builder } from './builder.js';
import { archiveGoal, createGoal, updateGoal } from '../resolvers/goals.js';
import { GoalStatusEnum, GoalTypeEnum, MissionStatusEnum, ValueCategoryEnum } from './enums.js';
import { asPayload, payloadType, useCaseContext } from './payload.js';

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
    missions: t.relatedConnection('missions', {
      cursor: 'id',
      args: { status: t.arg({ type: MissionStatusEnum }) },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
      }),
    }),
  }),
});

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

builder.mutationFields((t) => ({
  createGoal: t.field({
    type: GoalPayload,
    args: { input: t.arg({ type: CreateGoalInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => createGoal(useCaseContext(context), input)),
  }),
  updateGoal: t.field({
    type: GoalPayload,
    args: { input: t.arg({ type: UpdateGoalInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => updateGoal(useCaseContext(context), input)),
  }),
  archiveGoal: t.field({
    type: GoalPayload,
    description: 'Archives the goal and retires its open missions; completed history stays.',
    args: { input: t.arg({ type: ArchiveGoalInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => archiveGoal(useCaseContext(context), input)),
  }),
}));

import { GOAL_STATUSES, GOAL_TYPES, VALUE_CATEGORIES } from '../domain/vocabulary.js';

import { archiveGoal, createGoal, updateGoal } from '../resolvers/goals.js';
import { builder } from './builder.js';
import { nodeConnection, UPDATED_SINCE_DESCRIPTION, viewerListWhere } from './connections.js';
import { describedValues } from './described-values.js';
import { idOf } from './global-id.js';
import { payloadMutation, payloadType } from './payload.js';
import { ViewerRef } from './viewer.js';

export const GoalTypeEnum = builder.enumType('GoalType', {
  description: 'What kind of steps a goal calls for; generated quests follow it.',
  values: describedValues(GOAL_TYPES, {
    ABSTRACT: 'Its generated quests are planning and reflection.',
    CONCRETE: 'Its generated quests are doing steps.',
  }),
});
export const ValueCategoryEnum = builder.enumType('ValueCategory', {
  description: "What a goal or mission serves in the player's life.",
  values: describedValues(VALUE_CATEGORIES, {
    HEALTH: 'Body and well-being.',
    CRAFT: 'Making things, and the skills for it.',
    GROWTH: 'Learning.',
    CONNECTION: 'Relationships with other people.',
  }),
});
export const GoalStatusEnum = builder.enumType('GoalStatus', {
  description: 'Where a goal is; only ACTIVE goals get generated quests.',
  values: describedValues(GOAL_STATUSES, {
    ACTIVE: 'Being worked on.',
    PAUSED: 'Set aside for now; can take new missions, gets no generated quests.',
    COMPLETED: 'Reached.',
    ARCHIVED: 'Put away with archiveGoal; its open missions were archived with it.',
  }),
});

// Goal.missions is added by mission.ts, beside the mission type.
export const GoalRef = builder.prismaNode('Goal', {
  description: 'Something the user wants to reach; missions are its steps.',
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  // Load only the columns the operation asks for.
  select: { id: true },
  // Scoped to the viewer: another user's goal ID resolves to null, like a missing one.
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'At most 200 characters.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: "The user's notes (at most 2000 characters); null when none.",
    }),
    goalType: t.expose('goalType', { type: GoalTypeEnum, description: 'Abstract or concrete.' }),
    valueCategory: t.expose('valueCategory', {
      type: ValueCategoryEnum,
      description: 'What the goal serves; its missions default to it.',
    }),
    importance: t.exposeInt('importance', { description: '1 (nice to have) to 5 (essential).' }),
    targetDate: t.expose('targetDate', {
      type: 'DateTime',
      nullable: true,
      description: "When the user wants it reached; it drives its missions' urgency. Null when none.",
    }),
    status: t.expose('status', { type: GoalStatusEnum, description: 'Where the goal is.' }),
    lastWorkedAt: t.expose('lastWorkedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When one of its missions was last completed; null if never.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the goal was created.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description:
        'When it last changed: an edit, a status change (archiving too) or a completed mission (lastWorkedAt).',
    }),
  }),
});

const GoalConnection = nodeConnection('GoalConnection', GoalRef, 'goals');

builder.objectField(ViewerRef, 'goals', (t) =>
  t.prismaConnection(
    {
      type: GoalRef,
      cursor: 'id',
      description: "The viewer's goals, newest first.",
      args: {
        status: t.arg({ type: GoalStatusEnum, description: 'Only goals in this status; all when omitted.' }),
        updatedSince: t.arg({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
      },
      resolve: (query, viewer, args, context) =>
        context.prisma.goal.findMany({
          ...query,
          where: viewerListWhere(viewer.id, args),
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (viewer, args, context) => context.prisma.goal.count({ where: viewerListWhere(viewer.id, args) }),
    },
    GoalConnection,
  ),
);

// ---- Mutations -------------------------------------------------------------

const CreateGoalInput = builder.inputType('CreateGoalInput', {
  description: 'A new goal; it starts ACTIVE.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'At most 200 characters.' }),
    description: t.string({ description: 'Notes, at most 2000 characters.' }),
    goalType: t.field({ type: GoalTypeEnum, required: true, description: 'Abstract or concrete.' }),
    valueCategory: t.field({ type: ValueCategoryEnum, required: true, description: 'What the goal serves.' }),
    importance: t.int({ description: '1–5, default 3.' }),
    targetDate: t.field({ type: 'DateTime', description: 'When you want it reached (years 2000–2199).' }),
  }),
});

const UpdateGoalInput = builder.inputType('UpdateGoalInput', {
  description: 'Omitted fields stay as they are; description and targetDate can be cleared with null.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The goal to change.' }),
    title: t.string({ description: 'At most 200 characters.' }),
    description: t.string({ description: 'At most 2000 characters; null clears it.' }),
    goalType: t.field({ type: GoalTypeEnum, description: 'Abstract or concrete.' }),
    valueCategory: t.field({ type: ValueCategoryEnum, description: 'What the goal serves.' }),
    importance: t.int({ description: '1 (nice to have) to 5 (essential).' }),
    targetDate: t.field({ type: 'DateTime', description: 'Years 2000–2199; null clears it.' }),
    status: t.field({ type: GoalStatusEnum, description: 'ACTIVE, PAUSED or COMPLETED; use archiveGoal to archive.' }),
  }),
});

const ArchiveGoalInput = builder.inputType('ArchiveGoalInput', {
  description: 'The goal to archive.',
  fields: (t) => ({ id: t.id({ required: true, description: "The goal's ID." }) }),
});

const GoalPayload = payloadType('GoalPayload', 'goal', GoalRef);

payloadMutation('createGoal', {
  description: 'Creates a goal for the viewer.',
  input: CreateGoalInput,
  payload: GoalPayload,
  run: (context, input) => createGoal(context, input),
});

payloadMutation('updateGoal', {
  description: 'Changes a goal and rescores its open missions. An archived goal cannot be changed.',
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

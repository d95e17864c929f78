import { MISSION_STATUSES, SESSION_STATUSES } from '../domain/vocabulary.js';
import { MissionSource, QuestOrigin } from '@prisma/client';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { missionTriad } from '../resolvers/mission-triad.js';
import {
  abandonMission,
  completeMission,
  createMission,
  deferMission,
  startMission,
  updateMission,
} from '../resolvers/missions.js';
import { builder } from './builder.js';
import { idOf, optionalIdOf } from './global-id.js';
import { GoalRef, ValueCategoryEnum } from './goal.js';
import { payloadMutation, payloadType } from './payload.js';
import { readOncePerEvent, scopedReadKey } from './per-event-reads.js';
import { EnergyLevelEnum, ViewerRef } from './viewer.js';

export const MissionStatusEnum = builder.enumType('MissionStatus', { values: MISSION_STATUSES });
export const MissionSourceEnum = builder.enumType(MissionSource, { name: 'MissionSource' });
export const QuestOriginEnum = builder.enumType(QuestOrigin, {
  name: 'QuestOrigin',
  description: 'Who wrote a generated mission: the model, or a deterministic fill-in for a proposal the rules dropped.',
});
export const SessionStatusEnum = builder.enumType('SessionStatus', { values: SESSION_STATUSES });

export const MissionRef = builder.prismaNode('Mission', {
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  // Load only the columns the operation asks for.
  select: { id: true },
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    estimatedMinutes: t.exposeInt('estimatedMinutes'),
    energyLevel: t.expose('energyLevel', { type: EnergyLevelEnum }),
    valueCategory: t.expose('valueCategory', { type: ValueCategoryEnum }),
    priorityScore: t.exposeFloat('priorityScore', {
      description:
        '0–1: goal importance 30%, urgency 25%, time since the goal was worked on 20%, energy fit 15%, category diversity 10%.',
    }),
    status: t.expose('status', { type: MissionStatusEnum }),
    source: t.expose('source', { type: MissionSourceEnum }),
    generatedBy: t.expose('generatedBy', {
      type: QuestOriginEnum,
      nullable: true,
      description: 'For a GENERATED mission, who wrote it; null for manual missions.',
    }),
    dueDate: t.expose('dueDate', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    goal: t.relation('goal', { nullable: true }),
    sessions: t.relation('sessions', { query: { orderBy: { startedAt: 'desc' } } }),
  }),
});

export const MissionSessionRef = builder.prismaNode('MissionSession', {
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  // Load only the columns the operation asks for.
  select: { id: true },
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    actualMinutes: t.exposeInt('actualMinutes', { nullable: true }),
    status: t.expose('status', { type: SessionStatusEnum }),
    mission: t.relation('mission'),
  }),
});

builder.prismaObjectField(GoalRef, 'missions', (t) =>
  t.relatedConnection('missions', {
    cursor: 'id',
    args: { status: t.arg({ type: MissionStatusEnum }) },
    query: (args) => ({
      where: args.status ? { status: args.status } : {},
      orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
    }),
  }),
);

builder.objectFields(ViewerRef, (t) => ({
  missions: t.prismaConnection({
    type: MissionRef,
    cursor: 'id',
    args: { status: t.arg({ type: MissionStatusEnum }) },
    description: 'Highest priority first.',
    resolve: (query, viewer, args, context) =>
      context.prisma.mission.findMany({
        ...query,
        where: { userId: viewer.id, ...(args.status ? { status: args.status } : {}) },
        orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
      }),
  }),
  pendingMissionCount: t.int({
    resolve: (viewer, _args, context) =>
      context.prisma.mission.count({ where: { userId: viewer.id, status: 'PENDING' } }),
  }),
  missionTriad: t.prismaField({
    type: [MissionRef],
    description:
      'Three pending missions for "what next": high, medium and lower priority, varied in category and energy.',
    resolve: (query, _viewer, _args, context) => missionTriad(context, query),
  }),
}));

// ---- Mutations -------------------------------------------------------------

const CreateMissionInput = builder.inputType('CreateMissionInput', {
  fields: (t) => ({
    goalId: t.id({ description: 'One of your active or paused goals.' }),
    title: t.string({ required: true, description: 'At most 200 characters.' }),
    description: t.string(),
    estimatedMinutes: t.int({ required: true, description: '5–180.' }),
    energyLevel: t.field({ type: EnergyLevelEnum, required: true }),
    valueCategory: t.field({
      type: ValueCategoryEnum,
      description: "Defaults to the goal's; required without a goal.",
    }),
    dueDate: t.field({ type: 'DateTime' }),
  }),
});

const UpdateMissionInput = builder.inputType('UpdateMissionInput', {
  description: 'Omitted fields stay as they are; goalId, description and dueDate can be cleared with null.',
  fields: (t) => ({
    id: t.id({ required: true }),
    goalId: t.id(),
    title: t.string(),
    description: t.string(),
    estimatedMinutes: t.int(),
    energyLevel: t.field({ type: EnergyLevelEnum }),
    valueCategory: t.field({ type: ValueCategoryEnum }),
    dueDate: t.field({ type: 'DateTime' }),
  }),
});

const MissionIdInput = builder.inputType('MissionIdInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const CompleteMissionInput = builder.inputType('CompleteMissionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    actualMinutes: t.int({
      description: "Minutes actually spent (1–1440). Default: the open session's elapsed time, else the estimate.",
    }),
  }),
});

const MissionPayload = payloadType('MissionPayload', 'mission', MissionRef);

const missionId = (input: { id: string }) => idOf('Mission', input.id, 'id');

payloadMutation('createMission', {
  input: CreateMissionInput,
  payload: MissionPayload,
  run: (context, input) => createMission(context, { ...input, goalId: optionalIdOf('Goal', input.goalId, 'goalId') }),
});

payloadMutation('updateMission', {
  input: UpdateMissionInput,
  payload: MissionPayload,
  run: (context, input) =>
    updateMission(context, { ...input, id: missionId(input), goalId: optionalIdOf('Goal', input.goalId, 'goalId') }),
});

payloadMutation('deferMission', {
  description: 'Sets a pending or running mission aside (its open session is abandoned).',
  input: MissionIdInput,
  payload: MissionPayload,
  run: (context, input) => deferMission(context, { id: missionId(input) }),
});

payloadMutation('startMission', {
  description: 'Starts a timed session on a pending or deferred mission.',
  input: MissionIdInput,
  payload: MissionPayload,
  run: (context, input) => startMission(context, { id: missionId(input) }),
});

payloadMutation('completeMission', {
  description: 'Completes the mission: closes its open session or records one.',
  input: CompleteMissionInput,
  payload: MissionPayload,
  run: async (context, input) => (await completeMission(context, { ...input, id: missionId(input) })).mission,
});

payloadMutation('abandonMission', {
  description: 'Gives up the running session; the mission goes back to the pending pool.',
  input: MissionIdInput,
  payload: MissionPayload,
  run: (context, input) => abandonMission(context, { id: missionId(input) }),
});

// ---- Subscriptions ---------------------------------------------------------

builder.subscriptionField('missionChanged', (t) =>
  t.field({
    type: MissionRef,
    description: "One of the viewer's missions was created or changed, by any of their devices or by the server.",
    subscribe: (_root, _args, context) => context.pubsub.subscribe('mission:changed', context.viewer.id),
    // Events carry IDs only; the mission is read fresh (and scoped to the viewer) on delivery, once per event.
    resolve: (event, _args, context, info) => {
      // Planned from this subscriber's selection: this also tells the Prisma plugin that the row holds
      // every field the selection needs, so it does not load them again, subscriber by subscriber.
      const query = queryFromInfo({ context, info });
      return readOncePerEvent(event, scopedReadKey(context.viewer.id, 'missionChanged', query), () =>
        context.prisma.mission.findFirstOrThrow({
          ...query,
          where: { id: event.missionId, userId: context.viewer.id },
        }),
      );
    },
  }),
);

import { MISSION_CHANGE_KINDS, MISSION_STATUSES, SESSION_STATUSES } from '../domain/vocabulary.js';
import type { MissionChangedEvent } from '../events/pubsub.js';
import { MissionSource, QuestOrigin } from '@prisma/client';
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
import { nodeConnection, UPDATED_SINCE_DESCRIPTION, viewerListWhere } from './connections.js';
import { describedValues } from './described-values.js';
import { idOf, optionalIdOf } from './global-id.js';
import { GoalRef, ValueCategoryEnum } from './goal.js';
import { payloadMutation, payloadType } from './payload.js';
import { readOncePerEvent, scopedReadKey } from './per-event-reads.js';
import { EnergyLevelEnum, ViewerRef } from './viewer.js';

export const MissionStatusEnum = builder.enumType('MissionStatus', {
  description: 'Where a mission is in its life cycle. COMPLETED and ARCHIVED are final.',
  values: describedValues(MISSION_STATUSES, {
    PENDING: 'In the pool, waiting to be started.',
    IN_PROGRESS: 'A session is running (startMission).',
    COMPLETED: 'Done (completeMission). Final.',
    DEFERRED: 'Set aside (deferMission); can be started or completed later.',
    ARCHIVED: 'Retired with its archived goal. Final.',
  }),
});
export const MissionSourceEnum = builder.enumType('MissionSource', {
  description: 'How a mission came to be.',
  values: describedValues(Object.values(MissionSource), {
    MANUAL: 'Created by the user (createMission).',
    GENERATED: 'Added by quest generation; generatedBy says who wrote it.',
  }),
});
export const QuestOriginEnum = builder.enumType('QuestOrigin', {
  description: 'Who wrote a generated mission: the model, or a deterministic fill-in for a proposal the rules dropped.',
  values: describedValues(Object.values(QuestOrigin), {
    MODEL: 'Proposed by the model (the offline model too, when no provider is configured).',
    FILL_IN: 'Written by the deterministic generator in place of a model proposal the batch rules dropped.',
  }),
});
export const SessionStatusEnum = builder.enumType('SessionStatus', {
  description: 'A session of work on a mission: running, or ended one way or the other.',
  values: describedValues(SESSION_STATUSES, {
    IN_PROGRESS: 'Running: started, not yet ended.',
    COMPLETED: 'Ended with the mission completed.',
    ABANDONED: 'Given up (abandonMission, deferMission, or its goal archived).',
  }),
});

export const MissionRef = builder.prismaNode('Mission', {
  description: 'One step the user can do in a sitting, on its own or toward a goal.',
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  // Load only the columns the operation asks for.
  select: { id: true },
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'At most 200 characters.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What to do, at most 2000 characters; null when none.',
    }),
    estimatedMinutes: t.exposeInt('estimatedMinutes', { description: 'Expected duration in minutes, 5–180.' }),
    energyLevel: t.expose('energyLevel', { type: EnergyLevelEnum, description: 'How much energy it asks for.' }),
    valueCategory: t.expose('valueCategory', { type: ValueCategoryEnum, description: 'What it serves.' }),
    priorityScore: t.exposeFloat('priorityScore', {
      description:
        '0–1: goal importance 30%, urgency 25%, time since the goal was worked on 20%, energy fit 15%, category diversity 10%.',
    }),
    status: t.expose('status', { type: MissionStatusEnum, description: 'Where it is in its life cycle.' }),
    source: t.expose('source', { type: MissionSourceEnum, description: 'Created by the user or generated.' }),
    generatedBy: t.expose('generatedBy', {
      type: QuestOriginEnum,
      nullable: true,
      description: 'For a GENERATED mission, who wrote it; null for manual missions.',
    }),
    dueDate: t.expose('dueDate', {
      type: 'DateTime',
      nullable: true,
      description: "When it should be done; it drives urgency (else the goal's target date does). Null when none.",
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was completed; null until then.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description:
        'When it last changed: an edit, a status change (start, defer, abandon, complete, archive) or a rescore.',
    }),
    goal: t.relation('goal', { nullable: true, description: 'The goal it serves; null for a mission on its own.' }),
  }),
});

/** Every list of missions, whichever field returns it. */
export const MissionConnection = nodeConnection('MissionConnection', MissionRef, 'missions');

export const MissionSessionRef = builder.prismaNode('MissionSession', {
  description: 'A stretch of work on a mission, from startMission (or completeMission without one) to its end.',
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  // Load only the columns the operation asks for.
  select: { id: true },
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the session started.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended, completed or abandoned; null while it runs.',
    }),
    actualMinutes: t.exposeInt('actualMinutes', {
      nullable: true,
      description: 'Minutes worked, for a completed session; null while running or when abandoned.',
    }),
    status: t.expose('status', { type: SessionStatusEnum, description: 'Running, completed or abandoned.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When it last changed: started, then ended (completed or abandoned).',
    }),
    mission: t.relation('mission', { description: 'The mission worked on.' }),
  }),
});

const MissionSessionConnection = nodeConnection('MissionSessionConnection', MissionSessionRef, 'work sessions');

// A mission worked on every day gains a session a day: paged, like every list that grows.
builder.prismaObjectField(MissionRef, 'sessions', (t) =>
  t.relatedConnection(
    'sessions',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its work sessions, newest first.',
      query: { orderBy: [{ startedAt: 'desc' }, { id: 'asc' }] },
    },
    MissionSessionConnection,
  ),
);

builder.prismaObjectField(GoalRef, 'missions', (t) =>
  t.relatedConnection(
    'missions',
    {
      cursor: 'id',
      totalCount: true,
      description: "The goal's missions, highest priority first.",
      args: {
        status: t.arg({ type: MissionStatusEnum, description: 'Only missions in this status; all when omitted.' }),
      },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
      }),
    },
    MissionConnection,
  ),
);

builder.objectFields(ViewerRef, (t) => ({
  missions: t.prismaConnection(
    {
      type: MissionRef,
      cursor: 'id',
      args: {
        status: t.arg({ type: MissionStatusEnum, description: 'Only missions in this status; all when omitted.' }),
        updatedSince: t.arg({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
      },
      description: "The viewer's missions, highest priority first.",
      resolve: (query, viewer, args, context) =>
        context.prisma.mission.findMany({
          ...query,
          where: viewerListWhere(viewer.id, args),
          orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (viewer, args, context) => context.prisma.mission.count({ where: viewerListWhere(viewer.id, args) }),
    },
    MissionConnection,
  ),
  pendingMissionCount: t.int({
    description: 'How many missions are PENDING; quest generation refills the pool below 5.',
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
  description: 'A new mission; it starts PENDING.',
  fields: (t) => ({
    goalId: t.id({ description: 'One of your active or paused goals.' }),
    title: t.string({ required: true, description: 'At most 200 characters.' }),
    description: t.string({ description: 'What to do, at most 2000 characters.' }),
    estimatedMinutes: t.int({ required: true, description: '5–180.' }),
    energyLevel: t.field({ type: EnergyLevelEnum, required: true, description: 'How much energy it asks for.' }),
    valueCategory: t.field({
      type: ValueCategoryEnum,
      description: "Defaults to the goal's; required without a goal.",
    }),
    dueDate: t.field({ type: 'DateTime', description: 'When it should be done (years 2000–2199).' }),
  }),
});

const UpdateMissionInput = builder.inputType('UpdateMissionInput', {
  description: 'Omitted fields stay as they are; goalId, description and dueDate can be cleared with null.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The mission to change: pending, running or deferred.' }),
    goalId: t.id({ description: 'One of your active or paused goals; null detaches the mission.' }),
    title: t.string({ description: 'At most 200 characters.' }),
    description: t.string({ description: 'At most 2000 characters; null clears it.' }),
    estimatedMinutes: t.int({ description: '5–180.' }),
    energyLevel: t.field({ type: EnergyLevelEnum, description: 'How much energy it asks for.' }),
    valueCategory: t.field({ type: ValueCategoryEnum, description: 'What it serves.' }),
    dueDate: t.field({ type: 'DateTime', description: 'Years 2000–2199; null clears it.' }),
  }),
});

const MissionIdInput = builder.inputType('MissionIdInput', {
  description: 'The mission to act on.',
  fields: (t) => ({ id: t.id({ required: true, description: "The mission's ID." }) }),
});

const CompleteMissionInput = builder.inputType('CompleteMissionInput', {
  description: 'The mission to complete, and optionally the time it took.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A pending, running or deferred mission.' }),
    actualMinutes: t.int({
      description: "Minutes actually spent (1–1440). Default: the open session's elapsed time, else the estimate.",
    }),
  }),
});

const MissionPayload = payloadType('MissionPayload', 'mission', MissionRef);

const missionId = (input: { id: string }) => idOf('Mission', input.id, 'id');

payloadMutation('createMission', {
  description: 'Creates a mission for the viewer, scored for priority.',
  input: CreateMissionInput,
  payload: MissionPayload,
  run: (context, input) => createMission(context, { ...input, goalId: optionalIdOf('Goal', input.goalId, 'goalId') }),
});

payloadMutation('updateMission', {
  description: 'Changes an open mission and rescores it.',
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

export const MissionChangeKindEnum = builder.enumType('MissionChangeKind', {
  description: 'What happened to a mission, as missionChanged reports it.',
  values: describedValues(MISSION_CHANGE_KINDS, {
    CREATED: 'Created by the user (createMission).',
    UPDATED: 'Edited (updateMission).',
    STARTED: 'A session started (startMission); the mission is IN_PROGRESS.',
    COMPLETED: 'Completed (completeMission).',
    DEFERRED: 'Set aside (deferMission).',
    ABANDONED: 'Its running session was given up (abandonMission); the mission is PENDING again.',
    ARCHIVED: 'Retired because its goal was archived (archiveGoal).',
    GENERATED: 'Added to the pool by quest generation.',
  }),
});

const MissionChangedRef = builder.objectRef<MissionChangedEvent>('MissionChanged').implement({
  description: "A change to one of the viewer's missions: what happened, and the mission as it is now.",
  fields: (t) => ({
    kind: t.field({
      type: MissionChangeKindEnum,
      description: 'What happened to it.',
      resolve: (event) => event.kind,
    }),
    mission: t.prismaField({
      type: MissionRef,
      description: 'The mission as it is when the event is delivered (read fresh, scoped to the viewer).',
      // Events carry IDs only; the mission is read on delivery, once per event and selection, not per subscriber.
      resolve: (query, event, _args, context) =>
        readOncePerEvent(event, scopedReadKey(context.viewer.id, 'MissionChanged.mission', query), () =>
          context.prisma.mission.findFirstOrThrow({
            ...query,
            where: { id: event.missionId, userId: context.viewer.id },
          }),
        ),
    }),
  }),
});

builder.subscriptionField('missionChanged', (t) =>
  t.field({
    type: MissionChangedRef,
    description:
      "One of the viewer's missions was created or changed, by any of their devices or by the server; `kind` says how.",
    subscribe: (_root, _args, context) => context.pubsub.subscribe('mission:changed', context.viewer.id),
    resolve: (event) => event,
  }),
);

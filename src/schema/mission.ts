import {
  abandonMission,
  completeMission,
  createMission,
  deferMission,
  startMission,
  updateMission,
} from '../resolvers/missions.js';
import { asPayload, payloadType, useCaseContext } from './payload.js';
import { builder } from './builder.js';
import {
  EnergyLevelEnum,
  MissionSourceEnum,
  MissionStatusEnum,
  QuestOriginEnum,
  SessionStatusEnum,
  ValueCategoryEnum,
} from './enums.js';

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

builder.mutationFields((t) => ({
  createMission: t.field({
    type: MissionPayload,
    args: { input: t.arg({ type: CreateMissionInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => createMission(useCaseContext(context), input)),
  }),
  updateMission: t.field({
    type: MissionPayload,
    args: { input: t.arg({ type: UpdateMissionInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => updateMission(useCaseContext(context), input)),
  }),
  deferMission: t.field({
    type: MissionPayload,
    description: 'Sets a pending or running mission aside (its open session is abandoned).',
    args: { input: t.arg({ type: MissionIdInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => deferMission(useCaseContext(context), input)),
  }),
  startMission: t.field({
    type: MissionPayload,
    description: 'Starts a timed session on a pending or deferred mission.',
    args: { input: t.arg({ type: MissionIdInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => startMission(useCaseContext(context), input)),
  }),
  completeMission: t.field({
    type: MissionPayload,
    description: 'Completes the mission: closes its open session or records one.',
    args: { input: t.arg({ type: CompleteMissionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      asPayload(async () => (await completeMission(useCaseContext(context), input)).mission),
  }),
  abandonMission: t.field({
    type: MissionPayload,
    description: 'Gives up the running session; the mission goes back to the pending pool.',
    args: { input: t.arg({ type: MissionIdInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => abandonMission(useCaseContext(context), input)),
  }),
}));

import { GenerationAlertKind, GenerationStatus, GenerationTrigger } from '@prisma/client';
import { GraphQLError } from 'graphql';
import { isUsableSubject } from '../domain/token-subject.js';
import type { QuestRejection } from '../domain/quest-batch-rules.js';
import { REJECTION_REASONS } from '../domain/quest-validation.js';
import { adminGenerateQuests, generationHealth, type GenerationHealth } from '../resolvers/quest-generation/admin.js';
import { readOncePerEvent, scopedReadKey } from './per-event-reads.js';
import { builder } from './builder.js';
import { MissionRef } from './mission.js';
import { payloadMutation, payloadType } from './payload.js';

export const GenerationTriggerEnum = builder.enumType(GenerationTrigger, { name: 'GenerationTrigger' });
export const GenerationStatusEnum = builder.enumType(GenerationStatus, { name: 'GenerationStatus' });
export const GenerationAlertKindEnum = builder.enumType(GenerationAlertKind, { name: 'GenerationAlertKind' });

export const ProposalRejectionReasonEnum = builder.enumType('ProposalRejectionReason', {
  values: REJECTION_REASONS,
  description: 'The rule a model proposal broke (docs/quest-generation.md lists them).',
});

const QuestProposalRejectionRef = builder.objectRef<QuestRejection>('QuestProposalRejection').implement({
  description: 'A model proposal that was not stored (dropped, or replaced by a fill-in), and why.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: "Position in the model's answer (0-based)." }),
    title: t.exposeString('title', { nullable: true }),
    goalId: t.exposeString('goalId', { nullable: true, description: 'The goal ID as the model gave it (raw).' }),
    reason: t.expose('reason', { type: ProposalRejectionReasonEnum }),
    detail: t.exposeString('detail'),
  }),
});

export const QuestGenerationRunRef = builder.prismaNode('QuestGenerationRun', {
  id: { field: 'id' },
  // Missing or someone else's: node(id:) answers null rather than an error.
  nullable: true,
  select: { id: true },
  description: 'One quest generation for one user and window (retries of the window share it).',
  // Admins see every run; a user sees only their own.
  findUnique: (id, context) => (context.viewer.isAdmin ? { id } : { id, userId: context.viewer.id }),
  fields: (t) => ({
    userId: t.exposeID('userId'),
    trigger: t.expose('trigger', { type: GenerationTriggerEnum }),
    status: t.expose('status', { type: GenerationStatusEnum }),
    windowKey: t.exposeString('windowKey', { description: 'The idempotency key: one batch per user and window.' }),
    attempts: t.exposeInt('attempts'),
    missionsCreated: t.exposeInt('missionsCreated'),
    fellBack: t.exposeBoolean('fellBack', { description: 'The deterministic generator filled in for the model.' }),
    error: t.exposeString('error', { nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    durationMs: t.exposeInt('durationMs', { nullable: true }),
    provider: t.exposeString('provider', {
      nullable: true,
      description: "The model's provider (openai, anthropic, ollama, offline); null when no model was called.",
    }),
    model: t.exposeString('model', { nullable: true }),
    promptVersion: t.exposeString('promptVersion', { nullable: true }),
    modelLatencyMs: t.exposeInt('modelLatencyMs', { nullable: true, description: 'Duration of the model call.' }),
    inputTokens: t.exposeInt('inputTokens', { nullable: true, description: 'As reported by the provider.' }),
    outputTokens: t.exposeInt('outputTokens', { nullable: true, description: 'As reported by the provider.' }),
    rejections: t.field({
      type: [QuestProposalRejectionRef],
      select: { rejections: true },
      description: 'Model proposals that were dropped or replaced, with the rule each broke.',
      resolve: (run) => (Array.isArray(run.rejections) ? (run.rejections as unknown as QuestRejection[]) : []),
    }),
    shortfall: t.exposeString('shortfall', {
      nullable: true,
      description: 'Why the batch is smaller than the pool asked for, or a rule was eased (e.g. "no active goal").',
    }),
    missions: t.relation('missions', { query: { orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }] } }),
  }),
});

const GenerationSweepRef = builder.prismaObject('GenerationSweep', {
  fields: (t) => ({
    slot: t.expose('slot', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    usersProcessed: t.exposeInt('usersProcessed'),
    missionsGenerated: t.exposeInt('missionsGenerated'),
    failures: t.exposeInt('failures'),
  }),
});

const GenerationAlertRef = builder.prismaObject('GenerationAlert', {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: GenerationAlertKindEnum }),
    userId: t.exposeID('userId', { nullable: true }),
    message: t.exposeString('message'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const GenerationHealthRef = builder.objectRef<GenerationHealth>('QuestGenerationHealth').implement({
  fields: (t) => ({
    lastSweep: t.field({ type: GenerationSweepRef, nullable: true, resolve: (health) => health.lastSweep }),
    runsLast24h: t.exposeInt('runsLast24h'),
    failedLast24h: t.exposeInt('failedLast24h'),
    failureRate: t.exposeFloat('failureRate', {
      description: 'Failed share of the runs finished in the last 24 hours.',
    }),
    activeAlerts: t.field({ type: [GenerationAlertRef], resolve: (health) => health.activeAlerts }),
  }),
});

builder.queryFields((t) => ({
  questGenerationRuns: t.prismaConnection({
    type: QuestGenerationRunRef,
    cursor: 'id',
    authScopes: { admin: true },
    description: 'Admin only. Newest first.',
    args: { userId: t.arg.id(), status: t.arg({ type: GenerationStatusEnum }) },
    resolve: (query, _root, args, context) => {
      if (args.userId != null && !isUsableSubject(args.userId)) {
        throw new GraphQLError('userId is not a user ID', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return context.prisma.questGenerationRun.findMany({
        ...query,
        where: {
          ...(args.userId ? { userId: args.userId } : {}),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  questGenerationHealth: t.field({
    type: GenerationHealthRef,
    authScopes: { admin: true },
    description: 'Admin only: the last nightly sweep, the recent failure rate and the unresolved alerts.',
    resolve: (_root, _args, context) => generationHealth(context),
  }),
}));

// ---- Mutations -------------------------------------------------------------

const GenerateQuestsInput = builder.inputType('GenerateQuestsInput', {
  fields: (t) => ({ userId: t.id({ required: true, description: 'The user ID (the subject of their token).' }) }),
});

payloadMutation('generateQuests', {
  authScopes: { admin: true },
  description: 'Admin only: generate quests for a user now (the 6-hour limit does not apply). Returns the run.',
  input: GenerateQuestsInput,
  payload: payloadType('GenerateQuestsPayload', 'run', QuestGenerationRunRef),
  run: (context, input) => adminGenerateQuests(context, { userId: input.userId }),
});

// ---- Subscriptions ---------------------------------------------------------

interface QuestsGeneratedEvent {
  runId: string;
}

const QuestsGeneratedRef = builder.objectRef<QuestsGeneratedEvent>('QuestsGenerated').implement({
  fields: (t) => ({
    run: t.prismaField({
      type: QuestGenerationRunRef,
      resolve: (query, event, _args, context) =>
        readOncePerEvent(event, scopedReadKey(context.viewer.id, 'QuestsGenerated.run', query), () =>
          context.prisma.questGenerationRun.findFirstOrThrow({
            ...query,
            where: { id: event.runId, userId: context.viewer.id },
          }),
        ),
    }),
    missions: t.prismaField({
      type: [MissionRef],
      resolve: (query, event, _args, context) =>
        readOncePerEvent(event, scopedReadKey(context.viewer.id, 'QuestsGenerated.missions', query), () =>
          context.prisma.mission.findMany({
            ...query,
            where: { generationRunId: event.runId, userId: context.viewer.id },
            orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
          }),
        ),
    }),
  }),
});

builder.subscriptionField('questsGenerated', (t) =>
  t.field({
    type: QuestsGeneratedRef,
    description: "New quests were added to the viewer's pool (sent once they are committed).",
    subscribe: (_root, _args, context) => context.pubsub.subscribe('quests:generated', context.viewer.id),
    resolve: (event) => event,
  }),
);

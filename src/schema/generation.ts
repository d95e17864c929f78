import { GenerationAlertKind, GenerationStatus, GenerationTrigger } from '@prisma/client';
import { GraphQLError } from 'graphql';
import { isUsableSubject } from '../domain/token-subject.js';
import type { QuestRejection } from '../domain/quest-batch-rules.js';
import { REJECTION_REASONS } from '../domain/quest-validation.js';
import { adminGenerateQuests, generationHealth, type GenerationHealth } from '../resolvers/quest-generation/admin.js';
import { readOncePerEvent, scopedReadKey } from './per-event-reads.js';
import { builder } from './builder.js';
import { describedValues } from './described-values.js';
import { nodeConnection } from './connections.js';
import { MissionConnection, MissionRef } from './mission.js';
import { payloadMutation, payloadType } from './payload.js';

export const GenerationTriggerEnum = builder.enumType('GenerationTrigger', {
  description: 'What started a quest generation run.',
  values: describedValues(Object.values(GenerationTrigger), {
    NIGHTLY: "The nightly sweep, at 02:00 in the user's time zone, when fewer than 5 missions are pending.",
    ON_DEMAND: 'A completion that left fewer than 5 pending missions; at most once per user per 6 hours.',
    ADMIN: 'The generateQuests mutation: ignores the pool size and the 6-hour limit.',
  }),
});
export const GenerationStatusEnum = builder.enumType('GenerationStatus', {
  description: 'Where a quest generation run is.',
  values: describedValues(Object.values(GenerationStatus), {
    RUNNING: 'An attempt is in progress (or its process died before it finished).',
    SUCCEEDED: 'The batch is stored, possibly with fill-ins or empty (see fellBack, error, shortfall).',
    FAILED: 'The latest attempt failed; error says why. Job-driven runs are retried.',
  }),
});
export const GenerationAlertKindEnum = builder.enumType('GenerationAlertKind', {
  description: 'Why quest generation raised an alert.',
  values: describedValues(Object.values(GenerationAlertKind), {
    USER_REPEATED_FAILURES: "3 failed attempts in a row for one user; the user's next successful run resolves it.",
    SWEEP_FAILURE_RATE:
      'More than 10% of the users of a nightly sweep failed; the next sweep with at most 10% failures resolves it.',
  }),
});

export const ProposalRejectionReasonEnum = builder.enumType('ProposalRejectionReason', {
  description: 'The rule a model proposal broke (docs/quest-generation.md lists them).',
  values: describedValues(REJECTION_REASONS, {
    INVALID: 'Not an object, or a bad title, duration or enum value; detail says which.',
    NO_GOAL: 'No goal ID: every generated quest serves a goal.',
    UNKNOWN_GOAL: "Not one of the user's active goals (another user's, archived or invented).",
    ALREADY_PENDING: 'Repeats the title of a pending mission.',
    DUPLICATE_TITLE: 'Repeats another item of the same answer.',
    PER_GOAL_CAP: 'Its goal already has its 2 quests in the batch (3 when there is a single goal).',
    GOAL_NOT_DUE: 'Its goal is not among those served this run; goals served less recently come first.',
    BATCH_MIX:
      'Valid, but replaced by a fill-in so the batch covers its goals, categories, energy levels and durations.',
    SURPLUS: 'Valid, but the batch was full.',
    NO_ACTIVE_GOAL: 'The user has no active goal.',
  }),
});

const QuestProposalRejectionRef = builder.objectRef<QuestRejection>('QuestProposalRejection').implement({
  description: 'A model proposal that was not stored (dropped, or replaced by a fill-in), and why.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: "Position in the model's answer (0-based)." }),
    title: t.exposeString('title', { nullable: true, description: 'The title as proposed; null when there was none.' }),
    goalId: t.exposeString('goalId', { nullable: true, description: 'The goal ID as the model gave it (raw).' }),
    reason: t.expose('reason', { type: ProposalRejectionReasonEnum, description: 'The rule broken.' }),
    detail: t.exposeString('detail', {
      description: "The same in words, more precise where it helps (e.g. 'invalid energyLevel').",
    }),
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
    userId: t.exposeID('userId', {
      description: 'The user the quests are for (the subject of their token, not a global ID).',
    }),
    trigger: t.expose('trigger', { type: GenerationTriggerEnum, description: 'What started the run.' }),
    status: t.expose('status', { type: GenerationStatusEnum, description: 'Where the run is.' }),
    windowKey: t.exposeString('windowKey', { description: 'The idempotency key: one batch per user and window.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts on this window: 1 plus the retries.' }),
    missionsCreated: t.exposeInt('missionsCreated', {
      description: 'Missions the run stored (0 while running or after a failure).',
    }),
    fellBack: t.exposeBoolean('fellBack', { description: 'The deterministic generator filled in for the model.' }),
    error: t.exposeString('error', {
      nullable: true,
      description:
        'SUCCEEDED: the model error that caused a fallback, or null. FAILED: "<ErrorName>: <message>" (at most 500 characters).',
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the latest attempt claimed the run.' }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the latest attempt finished; null while it runs.',
    }),
    durationMs: t.exposeInt('durationMs', {
      nullable: true,
      description: 'Milliseconds of the latest attempt, from its claim until its batch was ready; null while it runs.',
    }),
    provider: t.exposeString('provider', {
      nullable: true,
      description: "The model's provider (openai, anthropic, ollama, offline); null when no model was called.",
    }),
    model: t.exposeString('model', {
      nullable: true,
      description: 'The configured model name (e.g. gpt-4o-mini); null for the offline model.',
    }),
    promptVersion: t.exposeString('promptVersion', {
      nullable: true,
      description: 'The version of the quest prompt the run used (e.g. quests-v2).',
    }),
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
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When it last changed: claimed, retried, finished or failed.',
    }),
  }),
});

builder.prismaObjectField(QuestGenerationRunRef, 'missions', (t) =>
  t.relatedConnection(
    'missions',
    {
      cursor: 'id',
      totalCount: true,
      description: 'The missions this run stored, highest priority first.',
      query: { orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }] },
    },
    MissionConnection,
  ),
);

const QuestGenerationRunConnection = nodeConnection(
  'QuestGenerationRunConnection',
  QuestGenerationRunRef,
  'quest generation runs',
);

interface RunFilter {
  userId?: string | null;
  status?: GenerationStatus | null;
}

function runFilter(args: RunFilter) {
  if (args.userId != null && !isUsableSubject(args.userId)) {
    throw new GraphQLError('userId is not a user ID', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { ...(args.userId ? { userId: args.userId } : {}), ...(args.status ? { status: args.status } : {}) };
}

const GenerationSweepRef = builder.prismaObject('GenerationSweep', {
  description: 'One run of the nightly quest sweep, which runs every 15 minutes.',
  fields: (t) => ({
    slot: t.expose('slot', { type: 'DateTime', description: 'The 15-minute UTC slot the sweep served.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the sweep started.' }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the sweep finished; null while it runs.',
    }),
    usersProcessed: t.exposeInt('usersProcessed', {
      description: 'Users the sweep generated for (busy users included).',
    }),
    missionsGenerated: t.exposeInt('missionsGenerated', {
      description: 'Missions stored by the sweep, all users together.',
    }),
    failures: t.exposeInt('failures', { description: 'Users whose generation failed in this sweep.' }),
  }),
});

const GenerationAlertRef = builder.prismaObject('GenerationAlert', {
  description: 'An unresolved problem of quest generation; it resolves itself (see its kind).',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The alert's database ID (not a global ID)." }),
    kind: t.expose('kind', { type: GenerationAlertKindEnum, description: 'Why it was raised, and what resolves it.' }),
    userId: t.exposeID('userId', {
      nullable: true,
      description: 'USER_REPEATED_FAILURES: the user (the subject of their token); null for a sweep alert.',
    }),
    message: t.exposeString('message', { description: 'What happened, in words; updated on further failures.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the alert was raised.' }),
  }),
});

const GenerationHealthRef = builder.objectRef<GenerationHealth>('QuestGenerationHealth').implement({
  description: 'How quest generation is doing: the last sweep, the last 24 hours and the open alerts.',
  fields: (t) => ({
    lastSweep: t.field({
      type: GenerationSweepRef,
      nullable: true,
      description: 'The latest nightly sweep; null before the first.',
      resolve: (health) => health.lastSweep,
    }),
    runsLast24h: t.exposeInt('runsLast24h', {
      description: 'Runs that finished (SUCCEEDED or FAILED) in the last 24 hours.',
    }),
    failedLast24h: t.exposeInt('failedLast24h', { description: 'Runs that FAILED in the last 24 hours.' }),
    failureRate: t.exposeFloat('failureRate', {
      description: 'Failed share of the runs finished in the last 24 hours (0–1; 0 when none did).',
    }),
    activeAlerts: t.field({
      type: [GenerationAlertRef],
      description: 'Alerts not resolved yet, newest first.',
      resolve: (health) => health.activeAlerts,
    }),
  }),
});

builder.queryFields((t) => ({
  questGenerationRuns: t.prismaConnection(
    {
      type: QuestGenerationRunRef,
      cursor: 'id',
      authScopes: { admin: true },
      // Refused to a non-admin: null, so the refusal does not null the rest of the operation's data.
      nullable: true,
      description: 'Admin only (null with a FORBIDDEN error for anyone else). Newest first.',
      args: {
        userId: t.arg.id({ description: "Only this user's runs (the subject of their token)." }),
        status: t.arg({ type: GenerationStatusEnum, description: 'Only runs in this status.' }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.questGenerationRun.findMany({
          ...query,
          where: runFilter(args),
          orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, context) => context.prisma.questGenerationRun.count({ where: runFilter(args) }),
    },
    QuestGenerationRunConnection,
  ),
  questGenerationHealth: t.field({
    type: GenerationHealthRef,
    authScopes: { admin: true },
    nullable: true,
    description:
      'Admin only (null with a FORBIDDEN error for anyone else): the last nightly sweep, the recent failure rate and the unresolved alerts.',
    resolve: (_root, _args, context) => generationHealth(context),
  }),
}));

// ---- Mutations -------------------------------------------------------------

const GenerateQuestsInput = builder.inputType('GenerateQuestsInput', {
  description: 'Whom to generate quests for.',
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
  description: 'A quest generation run stored new missions for the viewer.',
  fields: (t) => ({
    run: t.prismaField({
      type: QuestGenerationRunRef,
      description: 'The run that stored them.',
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
      description: 'The missions it stored, highest priority first.',
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

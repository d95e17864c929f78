import {
  AdventurePhase,
  AdventureQuestStatus,
  AdventureStatus,
  CompletionReason,
  GamePhase,
  MomentKind,
  type AdventureSession,
} from '@prisma/client';
import { GraphQLError } from 'graphql';
import { questProgress } from '../domain/adventure-rules.js';
import { pacingContext } from '../domain/pacing.js';
import type { PacingContext } from '../domain/adventure-types.js';
import type { AdventurePhaseEvent, NarrationChunkEvent } from '../events/pubsub.js';
import { ownAdventure } from '../resolvers/adventures/load.js';
import {
  abandonAdventure,
  chooseAdventureQuest,
  createCharacter,
  startAdventure,
} from '../resolvers/adventures/setup.js';
import { takeAdventureAction, type ActionOutcome } from '../resolvers/adventures/take-action.js';
import { UserErrorsFailure } from '../resolvers/user-errors.js';
import { readOncePerEvent, scopedReadKey } from './per-event-reads.js';
import { builder } from './builder.js';
import { asPayload, payloadType, useCaseContext, UserErrorRef, type Payload } from './payload.js';
import { ViewerRef } from './viewer.js';
import type { GraphQLContext } from '../context/context.js';

const AdventureStatusEnum = builder.enumType(AdventureStatus, { name: 'AdventureStatus' });
const GamePhaseEnum = builder.enumType(GamePhase, { name: 'GamePhase' });
const AdventurePhaseEnum = builder.enumType(AdventurePhase, {
  name: 'AdventurePhase',
  description: 'Where the story is in its arc. Boundaries are fractions of maxTurns (see docs/adventure-pacing.md).',
});
const CompletionReasonEnum = builder.enumType(CompletionReason, { name: 'CompletionReason' });
const AdventureQuestStatusEnum = builder.enumType(AdventureQuestStatus, { name: 'AdventureQuestStatus' });
const MomentKindEnum = builder.enumType(MomentKind, { name: 'MomentKind' });
const UrgencyEnum = builder.enumType('PacingUrgency', { values: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const });
const DirectiveEnum = builder.enumType('PacingDirective', {
  values: ['ESTABLISH', 'DEVELOP', 'ESCALATE', 'CONFRONT', 'RESOLVE'] as const,
});

const CharacterRef = builder.objectRef<AdventureSession>('AdventureCharacter').implement({
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (session) => session.characterName }),
    archetype: t.string({ nullable: true, resolve: (session) => session.characterArchetype }),
    backstory: t.string({ nullable: true, resolve: (session) => session.characterBackstory }),
  }),
});

const PacingRef = builder.objectRef<PacingContext>('AdventurePacing').implement({
  description: "The narrator's pacing for the next turn, computed in code (no model call).",
  fields: (t) => ({
    urgency: t.field({ type: UrgencyEnum, resolve: (pacing) => pacing.urgency }),
    directive: t.field({ type: DirectiveEnum, resolve: (pacing) => pacing.directive }),
    guidance: t.exposeString('guidance', { description: 'What the narrator is told; empty when pacing is off.' }),
  }),
});

builder.prismaObject('AdventureObjective', {
  fields: (t) => ({
    id: t.exposeID('id'),
    description: t.exposeString('description'),
    completed: t.boolean({ resolve: (objective) => objective.completedAt !== null }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completedAtTurn: t.exposeInt('completedAtTurn', { nullable: true }),
  }),
});

const AdventureQuestRef = builder.prismaNode('AdventureQuest', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, session: { userId: context.viewer.id } }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: AdventureQuestStatusEnum }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    objectives: t.relation('objectives', { query: { orderBy: { position: 'asc' } } }),
    progress: t.float({
      description: 'Share of objectives completed (0–1); kept after the quest is completed.',
      select: { objectives: { select: { completedAt: true } } },
      resolve: (quest) => questProgress(quest.objectives),
    }),
  }),
});

builder.prismaObject('AdventureMoment', {
  fields: (t) => ({
    turn: t.exposeInt('turn'),
    kind: t.expose('kind', { type: MomentKindEnum }),
    summary: t.exposeString('summary'),
    significance: t.exposeFloat('significance'),
  }),
});

const ExchangeRef = builder.prismaObject('AdventureExchange', {
  fields: (t) => ({
    turn: t.exposeInt('turn'),
    action: t.exposeString('action'),
    narration: t.exposeString('narration'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const AdventureRef = builder.prismaNode('AdventureSession', {
  id: { field: 'id' },
  nullable: true,
  name: 'AdventureSession',
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    status: t.expose('status', { type: AdventureStatusEnum }),
    gamePhase: t.expose('gamePhase', { type: GamePhaseEnum }),
    character: t.field({ type: CharacterRef, resolve: (session) => session }),
    creationStep: t.exposeInt('creationTurn', { description: 'Character creation steps taken (0–5).' }),
    turn: t.exposeInt('turn', { description: 'Turns played.' }),
    maxTurns: t.exposeInt('maxTurns'),
    turnsRemaining: t.int({ resolve: (session) => Math.max(0, session.maxTurns - session.turn) }),
    progress: t.float({ description: 'turn / maxTurns (0–1).', resolve: (session) => session.turn / session.maxTurns }),
    phase: t.expose('phase', { type: AdventurePhaseEnum }),
    climaxReached: t.exposeBoolean('climaxReached'),
    pacingEnabled: t.exposeBoolean('pacingEnabled'),
    pacing: t.field({
      type: PacingRef,
      nullable: true,
      description: 'The pacing of the next turn; null once the adventure has ended.',
      resolve: (session, _args, context) =>
        session.status !== 'ACTIVE'
          ? null
          : pacingContext({
              turn: session.turn + 1,
              maxTurns: session.maxTurns,
              questCompletedAtTurn: session.questCompletedAtTurn,
              denouementStartedAtTurn: session.denouementStartedAtTurn,
              pacingEnabled: context.pacingEnabled && session.pacingEnabled,
            }),
    }),
    activeQuest: t.prismaField({
      type: AdventureQuestRef,
      nullable: true,
      description: 'The chosen quest, also once completed.',
      resolve: (query, session, _args, context) =>
        context.prisma.adventureQuest.findFirst({
          ...query,
          where: { sessionId: session.id, status: { in: ['ACTIVE', 'COMPLETED'] } },
        }),
    }),
    questOffers: t.relation('quests', {
      description: 'The three quests offered after character creation, until one is chosen.',
      query: { where: { status: 'OFFERED' }, orderBy: { position: 'asc' } },
    }),
    moments: t.relation('moments', { query: { orderBy: [{ turn: 'asc' }, { significance: 'desc' }] } }),
    exchanges: t.prismaField({
      type: [ExchangeRef],
      args: { last: t.arg.int({ defaultValue: 20 }) },
      description: 'The most recent exchanges (at most 100), oldest first.',
      resolve: async (query, session, args, context) => {
        const recent = await context.prisma.adventureExchange.findMany({
          ...query,
          where: { sessionId: session.id },
          orderBy: { turn: 'desc' },
          take: Math.min(Math.max(args.last ?? 20, 0), 100),
        });
        return recent.reverse();
      },
    }),
    epilogue: t.exposeString('epilogue', { nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completionReason: t.expose('completionReason', { type: CompletionReasonEnum, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

// ---- Mutations -------------------------------------------------------------

const AdventurePayload = payloadType('AdventurePayload', 'adventure', AdventureRef);

const StartAdventureInput = builder.inputType('StartAdventureInput', {
  fields: (t) => ({
    maxTurns: t.int({ description: 'The turn budget, 25–100 (default 50).' }),
    pacingEnabled: t.boolean({ description: "Phase guidance for this adventure's narrator (default true)." }),
  }),
});

const CreateCharacterInput = builder.inputType('CreateCharacterInput', {
  description:
    'Character creation: send all three fields at once, or one per call (at most 5 steps). When name, archetype and backstory are known, three quests are offered.',
  fields: (t) => ({
    adventureId: t.id({ required: true }),
    name: t.string({ description: 'At most 60 characters.' }),
    archetype: t.string({ description: 'Class or archetype, at most 60 characters.' }),
    backstory: t.string({ description: 'At most 1000 characters.' }),
  }),
});

const ChooseQuestInput = builder.inputType('ChooseAdventureQuestInput', {
  fields: (t) => ({ adventureId: t.id({ required: true }), questId: t.id({ required: true }) }),
});

const AdventureIdInput = builder.inputType('AdventureIdInput', {
  fields: (t) => ({ adventureId: t.id({ required: true }) }),
});

const TakeActionInput = builder.inputType('TakeAdventureActionInput', {
  fields: (t) => ({
    adventureId: t.id({ required: true }),
    action: t.string({ required: true, description: 'What the player does, at most 500 characters.' }),
    stream: t.boolean({
      description: 'Stream the narration to adventureNarration subscribers as the model writes it (default false).',
    }),
    clientKey: t.string({
      description:
        'Optional retry key, unique per adventure (1–100 characters): a retry with the same key returns the turn already played for it instead of playing another.',
    }),
  }),
});

const TakeActionPayload = builder.objectRef<Payload<ActionOutcome>>('TakeAdventureActionPayload').implement({
  fields: (t) => ({
    narration: t.string({ nullable: true, resolve: (payload) => payload.result?.narration ?? null }),
    turn: t.int({
      nullable: true,
      description: 'The turn the narration belongs to (for a retried clientKey, the turn played the first time).',
      resolve: (payload) => payload.result?.turn ?? null,
    }),
    adventure: t.field({ type: AdventureRef, nullable: true, resolve: (payload) => payload.result?.session ?? null }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  startAdventure: t.field({
    type: AdventurePayload,
    args: { input: t.arg({ type: StartAdventureInput, required: true }) },
    resolve: (_root, { input }, context) => asPayload(() => startAdventure(useCaseContext(context), input)),
  }),
  createCharacter: t.field({
    type: AdventurePayload,
    args: { input: t.arg({ type: CreateCharacterInput, required: true }) },
    resolve: (_root, { input }, context) =>
      asPayload(() => createCharacter(useCaseContext(context), { ...input, adventureId: String(input.adventureId) })),
  }),
  chooseAdventureQuest: t.field({
    type: AdventurePayload,
    args: { input: t.arg({ type: ChooseQuestInput, required: true }) },
    resolve: (_root, { input }, context) =>
      asPayload(() =>
        chooseAdventureQuest(useCaseContext(context), {
          adventureId: String(input.adventureId),
          questId: String(input.questId),
        }),
      ),
  }),
  takeAdventureAction: t.field({
    type: TakeActionPayload,
    args: { input: t.arg({ type: TakeActionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      asPayload(() =>
        takeAdventureAction(useCaseContext(context), { ...input, adventureId: String(input.adventureId) }),
      ),
  }),
  abandonAdventure: t.field({
    type: AdventurePayload,
    args: { input: t.arg({ type: AdventureIdInput, required: true }) },
    resolve: (_root, { input }, context) =>
      asPayload(() => abandonAdventure(useCaseContext(context), { adventureId: String(input.adventureId) })),
  }),
}));

builder.objectField(ViewerRef, 'adventures', (t) =>
  t.prismaConnection({
    type: AdventureRef,
    cursor: 'id',
    args: { status: t.arg({ type: AdventureStatusEnum }) },
    description: 'Newest first.',
    resolve: (query, viewer, args, context) =>
      context.prisma.adventureSession.findMany({
        ...query,
        where: { userId: viewer.id, ...(args.status ? { status: args.status } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

// ---- Subscriptions ---------------------------------------------------------

/** Subscribing to an adventure is allowed to its owner only; anyone else is told it does not exist. */
async function assertOwnAdventure(context: GraphQLContext, adventureId: string): Promise<string> {
  try {
    return (await ownAdventure(context.prisma, useCaseContext(context), adventureId)).id;
  } catch (error) {
    if (error instanceof UserErrorsFailure) {
      throw new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND', field: 'adventureId' } });
    }
    throw error;
  }
}

async function* subscribeTo<T>(iterable: AsyncIterable<T>): AsyncGenerator<T> {
  yield* iterable;
}

const PhaseChangeRef = builder.objectRef<AdventurePhaseEvent>('AdventurePhaseChange').implement({
  fields: (t) => ({
    from: t.field({ type: AdventurePhaseEnum, resolve: (event) => event.from }),
    to: t.field({ type: AdventurePhaseEnum, resolve: (event) => event.to }),
    turn: t.exposeInt('turn'),
    status: t.field({ type: AdventureStatusEnum, resolve: (event) => event.status }),
    adventure: t.prismaField({
      type: AdventureRef,
      resolve: (query, event, _args, context) =>
        readOncePerEvent(event, scopedReadKey(context.viewer.id, 'AdventurePhaseChange.adventure', query), () =>
          context.prisma.adventureSession.findFirstOrThrow({
            ...query,
            where: { id: event.adventureId, userId: context.viewer.id },
          }),
        ),
    }),
  }),
});

const NarrationChunkRef = builder.objectRef<NarrationChunkEvent>('AdventureNarrationChunk').implement({
  fields: (t) => ({
    turn: t.exposeInt('turn'),
    text: t.exposeString('text', { description: 'The next piece of the narration (empty on the final event).' }),
    done: t.exposeBoolean('done', { description: 'The narration is complete and the turn is committed.' }),
  }),
});

builder.subscriptionFields((t) => ({
  adventurePhaseChanged: t.field({
    type: PhaseChangeRef,
    description: 'The story moved to another phase (or ended).',
    args: { adventureId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) =>
      subscribeTo(
        context.pubsub.subscribe('adventure:phase', await assertOwnAdventure(context, String(args.adventureId))),
      ),
    resolve: (event) => event,
  }),
  adventureNarration: t.field({
    type: NarrationChunkRef,
    description: 'The narration of each turn taken with `stream: true`, in chunks as the model writes it.',
    args: { adventureId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) =>
      subscribeTo(
        context.pubsub.subscribe('adventure:narration', await assertOwnAdventure(context, String(args.adventureId))),
      ),
    resolve: (event) => event,
  }),
}));

import { ADVENTURE_PHASES, COMPLETION_REASONS } from '../../domain/vocabulary.js';
import { AdventureStatus, GamePhase } from '@prisma/client';
import { abandonAdventure, startAdventure } from '../../resolvers/adventures/setup.js';
import { storyProgress, turnsRemaining } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { idOf } from '../global-id.js';
import { payloadMutation, payloadType } from '../payload.js';
import { ViewerRef } from '../viewer.js';

export const AdventureStatusEnum = builder.enumType(AdventureStatus, { name: 'AdventureStatus' });
export const GamePhaseEnum = builder.enumType(GamePhase, { name: 'GamePhase' });
export const AdventurePhaseEnum = builder.enumType('AdventurePhase', {
  values: ADVENTURE_PHASES,
  description: 'Where the story is in its arc. Boundaries are fractions of maxTurns (see docs/adventure-pacing.md).',
});
export const CompletionReasonEnum = builder.enumType('CompletionReason', { values: COMPLETION_REASONS });

/**
 * An adventure: its state and story so far. The character, pacing, quests,
 * moments and exchanges are added by the files beside this one.
 */
export const AdventureRef = builder.prismaNode('AdventureSession', {
  id: { field: 'id' },
  nullable: true,
  name: 'AdventureSession',
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    status: t.expose('status', { type: AdventureStatusEnum }),
    gamePhase: t.expose('gamePhase', { type: GamePhaseEnum }),
    creationStep: t.exposeInt('creationTurn', { description: 'Character creation steps taken (0–5).' }),
    turn: t.exposeInt('turn', { description: 'Turns played.' }),
    maxTurns: t.exposeInt('maxTurns'),
    turnsRemaining: t.int({ resolve: (session) => turnsRemaining(session) }),
    progress: t.float({ description: 'turn / maxTurns (0–1).', resolve: (session) => storyProgress(session) }),
    phase: t.expose('phase', { type: AdventurePhaseEnum }),
    climaxReached: t.exposeBoolean('climaxReached'),
    pacingEnabled: t.exposeBoolean('pacingEnabled'),
    epilogue: t.exposeString('epilogue', { nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completionReason: t.expose('completionReason', { type: CompletionReasonEnum, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

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

// ---- Mutations -------------------------------------------------------------

/** The payload of every adventure mutation but takeAdventureAction. */
export const AdventurePayload = payloadType('AdventurePayload', 'adventure', AdventureRef);

export const adventureId = (input: { adventureId: string }) =>
  idOf('AdventureSession', input.adventureId, 'adventureId');

const StartAdventureInput = builder.inputType('StartAdventureInput', {
  fields: (t) => ({
    maxTurns: t.int({ description: 'The turn budget, 25–100 (default 50).' }),
    pacingEnabled: t.boolean({ description: "Phase guidance for this adventure's narrator (default true)." }),
  }),
});

const AdventureIdInput = builder.inputType('AdventureIdInput', {
  fields: (t) => ({ adventureId: t.id({ required: true }) }),
});

payloadMutation('startAdventure', {
  input: StartAdventureInput,
  payload: AdventurePayload,
  run: (context, input) => startAdventure(context, input),
});

payloadMutation('abandonAdventure', {
  input: AdventureIdInput,
  payload: AdventurePayload,
  run: (context, input) => abandonAdventure(context, { adventureId: adventureId(input) }),
});

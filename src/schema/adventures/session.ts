import { ADVENTURE_PHASES, COMPLETION_REASONS } from '../../domain/vocabulary.js';
import { AdventureStatus, GamePhase } from '@prisma/client';
import { abandonAdventure, startAdventure } from '../../resolvers/adventures/setup.js';
import { storyProgress, turnsRemaining } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { nodeConnection, UPDATED_SINCE_DESCRIPTION, viewerListWhere } from '../connections.js';
import { describedValues } from '../described-values.js';
import { idOf } from '../global-id.js';
import { payloadMutation, payloadType } from '../payload.js';
import { ViewerRef } from '../viewer.js';

export const AdventureStatusEnum = builder.enumType('AdventureStatus', {
  description: 'Whether an adventure is still played.',
  values: describedValues(Object.values(AdventureStatus), {
    ACTIVE: 'In character creation or being played.',
    COMPLETED: 'Ended by the pacing rules (see completionReason); it accepts no more actions.',
    ABANDONED: 'Given up by the player (abandonAdventure).',
  }),
});
export const GamePhaseEnum = builder.enumType('GamePhase', {
  description: 'What the player can do now.',
  values: describedValues(Object.values(GamePhase), {
    CHARACTER_CREATION: 'Create the character (createCharacter), then choose a quest (chooseAdventureQuest).',
    EXPLORATION: 'Playing: take actions (takeAdventureAction).',
    COMBAT: 'Reserved: the server does not set it today.',
    DIALOGUE: 'Reserved: the server does not set it today.',
  }),
});
export const AdventurePhaseEnum = builder.enumType('AdventurePhase', {
  description: 'Where the story is in its arc. Boundaries are fractions of maxTurns (see docs/adventure-pacing.md).',
  values: describedValues(ADVENTURE_PHASES, {
    SETUP: 'The first 10% of maxTurns: the world and the character are established.',
    RISING_ACTION: 'After 10% of maxTurns: the story develops.',
    MID_POINT: 'After 40% of maxTurns: the stakes escalate.',
    CLIMAX: 'After 60% of maxTurns: the confrontation.',
    DENOUEMENT: 'After 84% of maxTurns, or once the quest is completed at or after halfway: the story resolves.',
  }),
});
export const CompletionReasonEnum = builder.enumType('CompletionReason', {
  description: 'Why an adventure ended.',
  values: describedValues(COMPLETION_REASONS, {
    QUEST_COMPLETE: 'The quest was completed at or after halfway, and a denouement turn was played after it.',
    TURN_CAP: 'The last of maxTurns was played.',
    ABANDONED: 'The player gave up (abandonAdventure).',
  }),
});

/**
 * An adventure: its state and story so far. The character, pacing, quests,
 * moments and exchanges are added by the files beside this one.
 */
export const AdventureRef = builder.prismaNode('AdventureSession', {
  description: 'A text adventure: a character, a quest, and a story of at most maxTurns turns narrated by the model.',
  id: { field: 'id' },
  nullable: true,
  name: 'AdventureSession',
  findUnique: (id, context) => ({ id, userId: context.viewer.id }),
  fields: (t) => ({
    status: t.expose('status', { type: AdventureStatusEnum, description: 'Active, completed or abandoned.' }),
    gamePhase: t.expose('gamePhase', { type: GamePhaseEnum, description: 'Character creation, or playing.' }),
    creationStep: t.exposeInt('creationTurn', { description: 'Character creation steps taken (0–5).' }),
    turn: t.exposeInt('turn', { description: 'Turns played.' }),
    maxTurns: t.exposeInt('maxTurns', {
      description: 'The turn budget (25–100): the adventure ends at the latest after it.',
    }),
    turnsRemaining: t.int({
      description: 'Turns left to play: maxTurns − turn.',
      resolve: (session) => turnsRemaining(session),
    }),
    progress: t.float({ description: 'turn / maxTurns (0–1).', resolve: (session) => storyProgress(session) }),
    phase: t.expose('phase', { type: AdventurePhaseEnum, description: 'Where the story is in its arc.' }),
    climaxReached: t.exposeBoolean('climaxReached', { description: 'A CLIMAX or DENOUEMENT turn has been played.' }),
    pacingEnabled: t.exposeBoolean('pacingEnabled', {
      description:
        "Phase guidance for this adventure's narrator, as chosen at startAdventure (the server may also turn it off).",
    }),
    epilogue: t.exposeString('epilogue', {
      nullable: true,
      description: 'The closing text, written once when the pacing rules end the adventure; null otherwise.',
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended (completed or abandoned); null while active.',
    }),
    completionReason: t.expose('completionReason', {
      type: CompletionReasonEnum,
      nullable: true,
      description: 'Why it ended; null while active.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was started.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description:
        'When it last changed: a creation step, a quest chosen, a turn played (with its objectives and moments), its end.',
    }),
  }),
});

const AdventureSessionConnection = nodeConnection('AdventureSessionConnection', AdventureRef, 'adventures');

builder.objectField(ViewerRef, 'adventures', (t) =>
  t.prismaConnection(
    {
      type: AdventureRef,
      cursor: 'id',
      args: {
        status: t.arg({ type: AdventureStatusEnum, description: 'Only adventures in this status; all when omitted.' }),
        updatedSince: t.arg({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
      },
      description: "The viewer's adventures, newest first.",
      resolve: (query, viewer, args, context) =>
        context.prisma.adventureSession.findMany({
          ...query,
          where: viewerListWhere(viewer.id, args),
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      totalCount: (viewer, args, context) =>
        context.prisma.adventureSession.count({ where: viewerListWhere(viewer.id, args) }),
    },
    AdventureSessionConnection,
  ),
);

// ---- Mutations -------------------------------------------------------------

/** The payload of every adventure mutation but takeAdventureAction. */
export const AdventurePayload = payloadType('AdventurePayload', 'adventure', AdventureRef);

export const adventureId = (input: { adventureId: string }) =>
  idOf('AdventureSession', input.adventureId, 'adventureId');

const StartAdventureInput = builder.inputType('StartAdventureInput', {
  description: 'The settings of a new adventure.',
  fields: (t) => ({
    maxTurns: t.int({ description: 'The turn budget, 25–100 (default 50).' }),
    pacingEnabled: t.boolean({ description: "Phase guidance for this adventure's narrator (default true)." }),
  }),
});

const AdventureIdInput = builder.inputType('AdventureIdInput', {
  description: 'The adventure to act on.',
  fields: (t) => ({ adventureId: t.id({ required: true, description: "The adventure's ID." }) }),
});

payloadMutation('startAdventure', {
  description: 'Starts an adventure in character creation; the number of open adventures per user is capped.',
  input: StartAdventureInput,
  payload: AdventurePayload,
  run: (context, input) => startAdventure(context, input),
});

payloadMutation('abandonAdventure', {
  description: 'Gives up an active adventure; it accepts no more actions and gets no epilogue.',
  input: AdventureIdInput,
  payload: AdventurePayload,
  run: (context, input) => abandonAdventure(context, { adventureId: adventureId(input) }),
});

import type { NarrationChunkEvent } from '../../events/pubsub.js';
import { takeAdventureAction, type ActionOutcome } from '../../resolvers/adventures/take-action.js';
import { builder } from '../builder.js';
import { payloadMutation, UserErrorRef, type Payload } from '../payload.js';
import { AdventureRef, adventureId } from './session.js';
import { ownAdventureId, subscribeTo } from './subscribe.js';

const TakeActionInput = builder.inputType('TakeAdventureActionInput', {
  description: "The player's next action.",
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An active adventure whose quest is chosen.' }),
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
  description:
    'The turn played for the action (its narration and the adventure after it), or the user errors that stopped it.',
  fields: (t) => ({
    narration: t.string({
      nullable: true,
      description: "The narrator's answer to the action; null when there are user errors.",
      resolve: (payload) => payload.result?.narration ?? null,
    }),
    turn: t.int({
      nullable: true,
      description: 'The turn the narration belongs to (for a retried clientKey, the turn played the first time).',
      resolve: (payload) => payload.result?.turn ?? null,
    }),
    adventure: t.field({
      type: AdventureRef,
      nullable: true,
      description: 'The adventure as it is now; null when there are user errors.',
      resolve: (payload) => payload.result?.session ?? null,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: 'Why no turn was played; empty on success.',
      resolve: (payload) => payload.userErrors,
    }),
  }),
});

payloadMutation('takeAdventureAction', {
  description:
    "Plays the next turn: the narrator answers the action, then objectives, the phase and the adventure's end are decided in code.",
  input: TakeActionInput,
  payload: TakeActionPayload,
  run: (context, input) => takeAdventureAction(context, { ...input, adventureId: adventureId(input) }),
});

// ---- Subscriptions ---------------------------------------------------------

const NarrationChunkRef = builder.objectRef<NarrationChunkEvent>('AdventureNarrationChunk').implement({
  description: 'A piece of a streamed narration.',
  fields: (t) => ({
    turn: t.exposeInt('turn', { description: 'The turn being narrated.' }),
    text: t.exposeString('text', { description: 'The next piece of the narration (empty on the final event).' }),
    done: t.exposeBoolean('done', { description: 'The narration is complete and the turn is committed.' }),
  }),
});

builder.subscriptionField('adventureNarration', (t) =>
  t.field({
    type: NarrationChunkRef,
    description: 'The narration of each turn taken with `stream: true`, in chunks as the model writes it.',
    args: { adventureId: t.arg.id({ required: true, description: 'One of your adventures.' }) },
    subscribe: async (_root, args, context) =>
      subscribeTo(context.pubsub.subscribe('adventure:narration', await ownAdventureId(context, args.adventureId))),
    resolve: (event) => event,
  }),
);

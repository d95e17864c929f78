import type { NarrationChunkEvent } from '../../events/pubsub.js';
import { takeAdventureAction, type ActionOutcome } from '../../resolvers/adventures/take-action.js';
import { builder } from '../builder.js';
import { payloadMutation, UserErrorRef, type Payload } from '../payload.js';
import { AdventureRef, adventureId } from './session.js';
import { ownAdventureId, subscribeTo } from './subscribe.js';

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

payloadMutation('takeAdventureAction', {
  input: TakeActionInput,
  payload: TakeActionPayload,
  run: (context, input) => takeAdventureAction(context, { ...input, adventureId: adventureId(input) }),
});

// ---- Subscriptions ---------------------------------------------------------

const NarrationChunkRef = builder.objectRef<NarrationChunkEvent>('AdventureNarrationChunk').implement({
  fields: (t) => ({
    turn: t.exposeInt('turn'),
    text: t.exposeString('text', { description: 'The next piece of the narration (empty on the final event).' }),
    done: t.exposeBoolean('done', { description: 'The narration is complete and the turn is committed.' }),
  }),
});

builder.subscriptionField('adventureNarration', (t) =>
  t.field({
    type: NarrationChunkRef,
    description: 'The narration of each turn taken with `stream: true`, in chunks as the model writes it.',
    args: { adventureId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) =>
      subscribeTo(context.pubsub.subscribe('adventure:narration', await ownAdventureId(context, args.adventureId))),
    resolve: (event) => event,
  }),
);

import type { ModelCallReport } from '../../llm/call-report.js';
import { retryAdventureTurn, type RetryOutcome } from '../../resolvers/adventures/retry-turn.js';
import { chooseAdventureTurnVersion } from '../../resolvers/adventures/turn-versions.js';
import { undoAdventureTurn } from '../../resolvers/adventures/undo-turn.js';
import { builder } from '../builder.js';
import { payloadMutation, UserErrorRef, type Payload } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

/** Going back on the last turn (retry, undo, versions) and the record of each turn's model calls. */

const ModelCallRef = builder.objectRef<ModelCallReport>('AdventureModelCall').implement({
  description: 'A model call of a turn (its narration or its epilogue), as recorded when the turn was played.',
  fields: (t) => ({
    provider: t.exposeString('provider', { description: "Who answered: the provider ('offline' when none is set)." }),
    model: t.exposeString('model', { nullable: true, description: 'The model name; null for the offline answers.' }),
    fellBack: t.exposeBoolean('fellBack', {
      description: "The model's answer could not be used and the offline one stands in.",
    }),
    fallbackReason: t.exposeString('fallbackReason', {
      nullable: true,
      description: "Why the model's answer was not used (short); null when it was.",
    }),
    latencyMs: t.exposeInt('latencyMs', { description: 'How long the call took, in milliseconds.' }),
    inputTokens: t.exposeInt('inputTokens', {
      nullable: true,
      description: 'Prompt tokens, as the provider reported them; null when it reported none.',
    }),
    outputTokens: t.exposeInt('outputTokens', {
      nullable: true,
      description: 'Answer tokens, as the provider reported them; null when it reported none.',
    }),
  }),
});

const asCall = (value: unknown): ModelCallReport | null =>
  value !== null && typeof value === 'object' ? (value as ModelCallReport) : null;

const TurnVersionRef = builder.prismaObject('AdventureTurnVersion', {
  description: 'A version of a turn that is not its current one (kept by retryAdventureTurn).',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Its number: 1 for the first play, then one per retry.' }),
    narration: t.exposeString('narration', { description: "The narrator's answer in this version." }),
    epilogue: t.exposeString('epilogue', {
      nullable: true,
      description: 'The epilogue this version closed the adventure with; null when it did not close it.',
    }),
    narratorCall: t.field({
      type: ModelCallRef,
      nullable: true,
      description: 'The narration call of this version; null for versions played before calls were recorded.',
      resolve: (version) => asCall(version.narratorCall),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When this version was replaced.' }),
  }),
});

builder.prismaObjectFields('AdventureExchange', (t) => ({
  version: t.exposeInt('version', { description: "The current version's number (see versions)." }),
  versions: t.relation('turnVersions', {
    description: 'The other versions of this turn, oldest first (chooseAdventureTurnVersion switches to one).',
    query: { orderBy: { version: 'asc' } },
    type: TurnVersionRef,
  }),
  narratorCall: t.field({
    type: ModelCallRef,
    nullable: true,
    description: 'The model call that wrote the narration; null for turns played before it was recorded.',
    select: { narratorCall: true },
    resolve: (exchange) => asCall(exchange.narratorCall),
  }),
  epilogueCall: t.field({
    type: ModelCallRef,
    nullable: true,
    description: 'The model call that wrote the epilogue, on the turn that closed the adventure; null otherwise.',
    select: { epilogueCall: true },
    resolve: (exchange) => asCall(exchange.epilogueCall),
  }),
}));

// ---- Mutations -------------------------------------------------------------

const RetryInput = builder.inputType('RetryAdventureTurnInput', {
  description: 'The adventure whose last turn is played again.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'One of your adventures with at least one turn played.' }),
    stream: t.boolean({
      description: 'Stream the new narration to adventureNarration subscribers, as takeAdventureAction does.',
    }),
  }),
});

const RetryPayload = builder.objectRef<Payload<RetryOutcome>>('RetryAdventureTurnPayload').implement({
  description: 'The new version of the last turn, or the user errors that stopped it.',
  fields: (t) => ({
    narration: t.string({
      nullable: true,
      description: 'The new narration; null when there are user errors.',
      resolve: (payload) => payload.result?.narration ?? null,
    }),
    turn: t.int({
      nullable: true,
      description: 'The turn played again (its number does not change); null when there are user errors.',
      resolve: (payload) => payload.result?.turn ?? null,
    }),
    version: t.int({
      nullable: true,
      description: 'The number of the new version; null when there are user errors.',
      resolve: (payload) => payload.result?.version ?? null,
    }),
    adventure: t.field({
      type: AdventureRef,
      nullable: true,
      description: 'The adventure as it is now; null when there are user errors.',
      resolve: (payload) => payload.result?.session ?? null,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: 'Why the turn was not played again; empty on success.',
      resolve: (payload) => payload.userErrors,
    }),
  }),
});

payloadMutation('retryAdventureTurn', {
  description:
    'Plays the last turn again with the same action: the new narration and its outcome replace the current version, which is kept. A model call, within the model budget; at most 5 versions per turn.',
  input: RetryInput,
  payload: RetryPayload,
  run: (context, input) => retryAdventureTurn(context, { ...input, adventureId: adventureId(input) }),
});

const UndoInput = builder.inputType('UndoAdventureTurnInput', {
  description: 'The adventure whose last turn is taken back.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'One of your adventures with at least one turn played.' }),
  }),
});

payloadMutation('undoAdventureTurn', {
  description:
    'Takes back the last turn: the adventure returns exactly to its state before it (reopened if that turn closed it). No model call.',
  input: UndoInput,
  payload: AdventurePayload,
  run: (context, input) => undoAdventureTurn(context, { adventureId: adventureId(input) }),
});

const ChooseVersionInput = builder.inputType('ChooseAdventureTurnVersionInput', {
  description: 'The version of the last turn to make current.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'One of your adventures.' }),
    version: t.int({ required: true, description: "A version number of its last turn (see the exchange's versions)." }),
  }),
});

payloadMutation('chooseAdventureTurnVersion', {
  description:
    'Makes another version of the last turn current again, with its narration, objectives, moments and closure. No model call.',
  input: ChooseVersionInput,
  payload: AdventurePayload,
  run: (context, input) =>
    chooseAdventureTurnVersion(context, { adventureId: adventureId(input), version: input.version }),
});

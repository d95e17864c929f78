import {
  MEMORY_NOTE_MAX,
  STORY_CARDS_MAX,
  STORY_CARD_TEXT_MAX,
  STORY_CARD_TRIGGERS_MAX,
  STORY_CARD_TRIGGER_MAX,
  type StoryCard,
} from '../../domain/adventure-memory.js';
import { storyCardsOf } from '../../resolvers/adventures/load.js';
import {
  addAdventureStoryCard,
  removeAdventureStoryCard,
  setAdventureMemory,
  updateAdventureStoryCard,
} from '../../resolvers/adventures/memory.js';
import { builder } from '../builder.js';
import { payloadMutation } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

/** The narrator's memory, as the player edits it: the memory note and the story cards. */
const StoryCardRef = builder.objectRef<StoryCard>('StoryCard').implement({
  description:
    "A fact of the player's world for the narrator: sent with the turns whose action or latest narration names one of its triggers.",
  fields: (t) => ({
    id: t.exposeID('id', { description: "The card's ID within its adventure (not a global ID)." }),
    text: t.exposeString('text', {
      description: `What the narrator should know, at most ${STORY_CARD_TEXT_MAX} characters.`,
    }),
    triggers: t.exposeStringList('triggers', {
      description: 'Words that bring the card into a turn: whole words, any case or accent.',
    }),
  }),
});

builder.prismaObjectFields(AdventureRef, (t) => ({
  memoryNote: t.exposeString('memoryNote', {
    description: 'What the narrator must remember, written by the player; sent with every turn ("" when none).',
  }),
  storyCards: t.field({
    type: [StoryCardRef],
    description: `Its story cards (at most ${STORY_CARDS_MAX}), in the order they were added.`,
    resolve: (session) => storyCardsOf(session),
  }),
}));

// ---- Mutations -------------------------------------------------------------

const SetMemoryInput = builder.inputType('SetAdventureMemoryInput', {
  description: "The adventure's memory note, replacing the previous one.",
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An active adventure.' }),
    memoryNote: t.string({
      required: true,
      description: `At most ${MEMORY_NOTE_MAX} characters; "" clears it.`,
    }),
  }),
});

const triggerHelp = `1–${STORY_CARD_TRIGGERS_MAX} words or short phrases, each at most ${STORY_CARD_TRIGGER_MAX} characters.`;

const AddCardInput = builder.inputType('AddAdventureStoryCardInput', {
  description: 'A new story card.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An active adventure.' }),
    text: t.string({ required: true, description: `At most ${STORY_CARD_TEXT_MAX} characters.` }),
    triggers: t.stringList({ required: true, description: triggerHelp }),
  }),
});

const UpdateCardInput = builder.inputType('UpdateAdventureStoryCardInput', {
  description: 'A change to a story card; omitted fields keep their value.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An active adventure.' }),
    cardId: t.id({ required: true, description: 'The ID of one of its storyCards.' }),
    text: t.string({ description: `At most ${STORY_CARD_TEXT_MAX} characters.` }),
    triggers: t.stringList({ description: triggerHelp }),
  }),
});

const RemoveCardInput = builder.inputType('RemoveAdventureStoryCardInput', {
  description: 'The story card to remove.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An active adventure.' }),
    cardId: t.id({ required: true, description: 'The ID of one of its storyCards.' }),
  }),
});

payloadMutation('setAdventureMemory', {
  description: 'Sets the memory note the narrator gets with every turn (from the next turn on).',
  input: SetMemoryInput,
  payload: AdventurePayload,
  run: (context, input) => setAdventureMemory(context, { ...input, adventureId: adventureId(input) }),
});

payloadMutation('addAdventureStoryCard', {
  description: `Adds a story card (at most ${STORY_CARDS_MAX} per adventure: LIMIT_REACHED beyond).`,
  input: AddCardInput,
  payload: AdventurePayload,
  run: (context, input) => addAdventureStoryCard(context, { ...input, adventureId: adventureId(input) }),
});

payloadMutation('updateAdventureStoryCard', {
  description: "Changes a story card's text or triggers.",
  input: UpdateCardInput,
  payload: AdventurePayload,
  run: (context, input) => updateAdventureStoryCard(context, { ...input, adventureId: adventureId(input) }),
});

payloadMutation('removeAdventureStoryCard', {
  description: 'Removes a story card.',
  input: RemoveCardInput,
  payload: AdventurePayload,
  run: (context, input) => removeAdventureStoryCard(context, { ...input, adventureId: adventureId(input) }),
});

import { QUEST_REROLLS_MAX, questRerollsLeft } from '../../domain/adventure-setup.js';
import { editAdventureCharacter } from '../../resolvers/adventures/character.js';
import { rerollAdventureQuests } from '../../resolvers/adventures/reroll-offers.js';
import { builder } from '../builder.js';
import { payloadMutation } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

/** What may still change before play starts: the character, and the quest offers (re-rolled). */

builder.prismaObjectFields(AdventureRef, (t) => ({
  questRerollsLeft: t.int({
    description: `How many more times the quest offers may be re-rolled (at most ${QUEST_REROLLS_MAX} per adventure).`,
    resolve: (session) => questRerollsLeft(session.questRerolls),
  }),
}));

const EditCharacterInput = builder.inputType('EditAdventureCharacterInput', {
  description: 'A change to the created character; omitted fields keep their value.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An adventure whose character is created and quest not chosen.' }),
    name: t.string({ description: 'At most 60 characters.' }),
    archetype: t.string({ description: 'Class or archetype, at most 60 characters.' }),
    backstory: t.string({ description: 'At most 1000 characters.' }),
  }),
});

const RerollInput = builder.inputType('RerollAdventureQuestsInput', {
  description: 'The adventure whose quest offers to replace.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An adventure whose character is created and quest not chosen.' }),
  }),
});

payloadMutation('editAdventureCharacter', {
  description:
    'Edits the created character until a quest is chosen (INVALID_STATE after). The offers stay; re-roll them for the edited character.',
  input: EditCharacterInput,
  payload: AdventurePayload,
  run: (context, input) => editAdventureCharacter(context, { ...input, adventureId: adventureId(input) }),
});

payloadMutation('rerollAdventureQuests', {
  description: `Replaces the quest offers with new ones before a quest is chosen, at most ${QUEST_REROLLS_MAX} times per adventure (LIMIT_REACHED after); each re-roll is one model call of the user's budget.`,
  input: RerollInput,
  payload: AdventurePayload,
  run: (context, input) => rerollAdventureQuests(context, { adventureId: adventureId(input) }),
});

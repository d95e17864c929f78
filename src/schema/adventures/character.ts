import type { AdventureSession } from '@prisma/client';
import { createCharacter } from '../../resolvers/adventures/setup.js';
import { builder } from '../builder.js';
import { payloadMutation } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

const CharacterRef = builder.objectRef<AdventureSession>('AdventureCharacter').implement({
  description: "The player's character; each field is null until createCharacter sets it.",
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'At most 60 characters.',
      resolve: (session) => session.characterName,
    }),
    archetype: t.string({
      nullable: true,
      description: 'Class or archetype, at most 60 characters.',
      resolve: (session) => session.characterArchetype,
    }),
    backstory: t.string({
      nullable: true,
      description: 'At most 1000 characters.',
      resolve: (session) => session.characterBackstory,
    }),
  }),
});

builder.prismaObjectField(AdventureRef, 'character', (t) =>
  t.field({
    type: CharacterRef,
    description: "The player's character, as far as it is created.",
    resolve: (session) => session,
  }),
);

// ---- Mutations -------------------------------------------------------------

const CreateCharacterInput = builder.inputType('CreateCharacterInput', {
  description:
    'Character creation: send all three fields at once, or one per call (at most 5 steps). When name, archetype and backstory are known, three quests are offered.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An adventure in character creation.' }),
    name: t.string({ description: 'At most 60 characters.' }),
    archetype: t.string({ description: 'Class or archetype, at most 60 characters.' }),
    backstory: t.string({ description: 'At most 1000 characters.' }),
  }),
});

payloadMutation('createCharacter', {
  description: 'Sets some or all of the character; once it is complete, the model designs three quests to choose from.',
  input: CreateCharacterInput,
  payload: AdventurePayload,
  run: (context, input) => createCharacter(context, { ...input, adventureId: adventureId(input) }),
});

import type { AdventureSession } from '@prisma/client';
import { createCharacter } from '../../resolvers/adventures/setup.js';
import { builder } from '../builder.js';
import { payloadMutation } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

const CharacterRef = builder.objectRef<AdventureSession>('AdventureCharacter').implement({
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (session) => session.characterName }),
    archetype: t.string({ nullable: true, resolve: (session) => session.characterArchetype }),
    backstory: t.string({ nullable: true, resolve: (session) => session.characterBackstory }),
  }),
});

builder.prismaObjectField(AdventureRef, 'character', (t) =>
  t.field({ type: CharacterRef, resolve: (session) => session }),
);

// ---- Mutations -------------------------------------------------------------

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

payloadMutation('createCharacter', {
  input: CreateCharacterInput,
  payload: AdventurePayload,
  run: (context, input) => createCharacter(context, { ...input, adventureId: adventureId(input) }),
});

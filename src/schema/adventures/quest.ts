import { ADVENTURE_QUEST_STATUSES } from '../../domain/vocabulary.js';

import { questProgress } from '../../domain/adventure-rules.js';
import { chooseAdventureQuest } from '../../resolvers/adventures/setup.js';
import { chosenQuest } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { describedValues } from '../described-values.js';
import { idOf } from '../global-id.js';
import { payloadMutation } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

const AdventureQuestStatusEnum = builder.enumType('AdventureQuestStatus', {
  description:
    "An adventure's quest: offered after character creation, then chosen (active, later completed) or declined.",
  values: describedValues(ADVENTURE_QUEST_STATUSES, {
    OFFERED: 'One of the three quests to choose from.',
    ACTIVE: 'The chosen quest, being pursued.',
    COMPLETED: 'Every objective is completed.',
    DECLINED: 'Offered, but another quest was chosen.',
  }),
});

builder.prismaObject('AdventureObjective', {
  description: 'One of the things a quest asks; a turn completes it when the narrator says so or the action names it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The objective's database ID (not a global ID)." }),
    description: t.exposeString('description', { description: 'What to do, at most 200 characters.' }),
    completed: t.boolean({
      description: 'Whether a turn has completed it.',
      resolve: (objective) => objective.completedAt !== null,
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was completed; null while open.',
    }),
    completedAtTurn: t.exposeInt('completedAtTurn', {
      nullable: true,
      description: 'The turn that completed it; null while open.',
    }),
  }),
});

const AdventureQuestRef = builder.prismaNode('AdventureQuest', {
  description: 'A quest designed for the character: a goal for the story, with 2–4 objectives.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, session: { userId: context.viewer.id } }),
  fields: (t) => ({
    title: t.exposeString('title', { description: "The quest's name." }),
    description: t.exposeString('description', { description: 'What the quest is about.' }),
    status: t.expose('status', {
      type: AdventureQuestStatusEnum,
      description: 'Offered, active, completed or declined.',
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its last objective was completed; null until then.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When its status last changed: offered, then chosen or declined, then completed.',
    }),
    objectives: t.relation('objectives', {
      description: 'Its objectives, in the order the quest gives them.',
      query: { orderBy: { position: 'asc' } },
    }),
    progress: t.float({
      description: 'Share of objectives completed (0–1); kept after the quest is completed.',
      // The same arguments as `objectives`, so a query asking for both loads the objectives once.
      select: { objectives: { select: { completedAt: true }, orderBy: { position: 'asc' } } },
      resolve: (quest) => questProgress(quest.objectives),
    }),
  }),
});

builder.prismaObjectFields(AdventureRef, (t) => ({
  activeQuest: t.prismaField({
    type: AdventureQuestRef,
    nullable: true,
    description: 'The chosen quest, also once completed.',
    resolve: (query, session, _args, context) => chosenQuest(context, session, query),
  }),
  questOffers: t.relation('quests', {
    description: 'The three quests offered after character creation, until one is chosen.',
    query: { where: { status: 'OFFERED' }, orderBy: { position: 'asc' } },
  }),
}));

// ---- Mutations -------------------------------------------------------------

const ChooseQuestInput = builder.inputType('ChooseAdventureQuestInput', {
  description: 'The quest to pursue, among those offered.',
  fields: (t) => ({
    adventureId: t.id({ required: true, description: 'An adventure whose character is created.' }),
    questId: t.id({ required: true, description: 'One of its questOffers.' }),
  }),
});

payloadMutation('chooseAdventureQuest', {
  description: 'Chooses the quest (the others are declined) and starts play.',
  input: ChooseQuestInput,
  payload: AdventurePayload,
  run: (context, input) => {
    // The quest's ID is checked first, as the use case did when it decoded IDs itself.
    const questId = idOf('AdventureQuest', input.questId, 'questId');
    return chooseAdventureQuest(context, { adventureId: adventureId(input), questId });
  },
});

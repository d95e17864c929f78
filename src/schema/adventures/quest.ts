import { ADVENTURE_QUEST_STATUSES } from '../../domain/vocabulary.js';

import { questProgress } from '../../domain/adventure-rules.js';
import { chooseAdventureQuest } from '../../resolvers/adventures/setup.js';
import { chosenQuest } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { idOf } from '../global-id.js';
import { payloadMutation } from '../payload.js';
import { AdventurePayload, AdventureRef, adventureId } from './session.js';

const AdventureQuestStatusEnum = builder.enumType('AdventureQuestStatus', { values: ADVENTURE_QUEST_STATUSES });

builder.prismaObject('AdventureObjective', {
  fields: (t) => ({
    id: t.exposeID('id'),
    description: t.exposeString('description'),
    completed: t.boolean({ resolve: (objective) => objective.completedAt !== null }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completedAtTurn: t.exposeInt('completedAtTurn', { nullable: true }),
  }),
});

const AdventureQuestRef = builder.prismaNode('AdventureQuest', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, session: { userId: context.viewer.id } }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: AdventureQuestStatusEnum }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    objectives: t.relation('objectives', { query: { orderBy: { position: 'asc' } } }),
    progress: t.float({
      description: 'Share of objectives completed (0–1); kept after the quest is completed.',
      select: { objectives: { select: { completedAt: true } } },
      resolve: (quest) => questProgress(quest.objectives),
    }),
  }),
});

builder.prismaObjectFields(AdventureRef, (t) => ({
  activeQuest: t.prismaField({
    type: AdventureQuestRef,
    nullable: true,
    description: 'The chosen quest, also once completed.',
    resolve: (query, session, _args, context) => chosenQuest(context, session.id, query),
  }),
  questOffers: t.relation('quests', {
    description: 'The three quests offered after character creation, until one is chosen.',
    query: { where: { status: 'OFFERED' }, orderBy: { position: 'asc' } },
  }),
}));

// ---- Mutations -------------------------------------------------------------

const ChooseQuestInput = builder.inputType('ChooseAdventureQuestInput', {
  fields: (t) => ({ adventureId: t.id({ required: true }), questId: t.id({ required: true }) }),
});

payloadMutation('chooseAdventureQuest', {
  input: ChooseQuestInput,
  payload: AdventurePayload,
  run: (context, input) => {
    // The quest's ID is checked first, as the use case did when it decoded IDs itself.
    const questId = idOf('AdventureQuest', input.questId, 'questId');
    return chooseAdventureQuest(context, { adventureId: adventureId(input), questId });
  },
});

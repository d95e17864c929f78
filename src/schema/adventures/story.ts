import { MOMENT_KINDS } from '../../domain/vocabulary.js';

import { DEFAULT_EXCHANGES, recentExchanges } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../connections.js';
import { describedValues } from '../described-values.js';
import { AdventureRef } from './session.js';

/** The story so far: its key moments and the exchanges of player actions and narration. */
const MomentKindEnum = builder.enumType('MomentKind', {
  description: 'The kinds of key moment a turn may record for the epilogue.',
  values: describedValues(MOMENT_KINDS, {
    DISCOVERY: 'Something was found or learned.',
    COMBAT: 'A fight.',
    DIALOGUE: 'Words that mattered.',
    CHOICE: 'A choice was made.',
    LOSS: 'Something was lost.',
    TRIUMPH: 'A victory; completing the quest records one.',
    OBJECTIVE: 'An objective was completed.',
  }),
});

const MomentRef = builder.prismaObject('AdventureMoment', {
  description: 'A key moment of the story; the most significant ones feed the epilogue.',
  fields: (t) => ({
    turn: t.exposeInt('turn', { description: 'The turn that recorded it.' }),
    kind: t.expose('kind', { type: MomentKindEnum, description: 'What kind of moment.' }),
    summary: t.exposeString('summary', { description: 'One sentence about what happened.' }),
    significance: t.exposeFloat('significance', {
      description: '0–1: 0.3 minor, 0.6 notable, 0.9 a turning point; completing the quest is 1.',
    }),
  }),
});

const ExchangeRef = builder.prismaObject('AdventureExchange', {
  description: "One turn played: the player's action and the narration that answered it.",
  fields: (t) => ({
    turn: t.exposeInt('turn', { description: 'The turn, from 1.' }),
    action: t.exposeString('action', { description: 'What the player did.' }),
    narration: t.exposeString('narration', { description: "The narrator's answer." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the turn was committed.' }),
  }),
});

const AdventureMomentConnection = nodeConnection('AdventureMomentConnection', MomentRef, 'key moments');

builder.prismaObjectFields(AdventureRef, (t) => ({
  // A long adventure records moments every few turns: paged, like every list that grows.
  moments: t.relatedConnection(
    'moments',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its key moments, in turn order (most significant first within a turn).',
      query: { orderBy: [{ turn: 'asc' }, { significance: 'desc' }, { id: 'asc' }] },
    },
    AdventureMomentConnection,
  ),
  exchanges: t.prismaField({
    type: [ExchangeRef],
    args: {
      last: t.arg.int({
        defaultValue: DEFAULT_EXCHANGES,
        description: 'How many of the latest exchanges (at most 100).',
      }),
    },
    description: 'The most recent exchanges (at most 100), oldest first.',
    resolve: (query, session, args, context) => recentExchanges(context, session.id, args.last, query),
  }),
}));

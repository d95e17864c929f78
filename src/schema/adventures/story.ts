import { MOMENT_KINDS } from '../../domain/vocabulary.js';

import { DEFAULT_EXCHANGES, recentExchanges } from '../../resolvers/adventures/view.js';
import { builder } from '../builder.js';
import { AdventureRef } from './session.js';

/** The story so far: its key moments and the exchanges of player actions and narration. */
const MomentKindEnum = builder.enumType('MomentKind', { values: MOMENT_KINDS });

builder.prismaObject('AdventureMoment', {
  fields: (t) => ({
    turn: t.exposeInt('turn'),
    kind: t.expose('kind', { type: MomentKindEnum }),
    summary: t.exposeString('summary'),
    significance: t.exposeFloat('significance'),
  }),
});

const ExchangeRef = builder.prismaObject('AdventureExchange', {
  fields: (t) => ({
    turn: t.exposeInt('turn'),
    action: t.exposeString('action'),
    narration: t.exposeString('narration'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(AdventureRef, (t) => ({
  moments: t.relation('moments', { query: { orderBy: [{ turn: 'asc' }, { significance: 'desc' }] } }),
  exchanges: t.prismaField({
    type: [ExchangeRef],
    args: { last: t.arg.int({ defaultValue: DEFAULT_EXCHANGES }) },
    description: 'The most recent exchanges (at most 100), oldest first.',
    resolve: (query, session, args, context) => recentExchanges(context, session.id, args.last, query),
  }),
}));

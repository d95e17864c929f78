import type { AdventurePhaseEvent } from '../../events/pubsub.js';
import { builder } from '../builder.js';
import { readOncePerEvent, scopedReadKey } from '../per-event-reads.js';
import { AdventurePhaseEnum, AdventureRef, AdventureStatusEnum } from './session.js';
import { ownAdventureId, subscribeTo } from './subscribe.js';

const PhaseChangeRef = builder.objectRef<AdventurePhaseEvent>('AdventurePhaseChange').implement({
  description: 'A turn moved the story to another phase, or ended the adventure.',
  fields: (t) => ({
    from: t.field({
      type: AdventurePhaseEnum,
      description: 'The phase before the turn.',
      resolve: (event) => event.from,
    }),
    to: t.field({
      type: AdventurePhaseEnum,
      description: 'The phase of the turn played.',
      resolve: (event) => event.to,
    }),
    turn: t.exposeInt('turn', { description: 'The turn played.' }),
    status: t.field({
      type: AdventureStatusEnum,
      description: 'The adventure status after the turn: COMPLETED when it ended it.',
      resolve: (event) => event.status,
    }),
    adventure: t.prismaField({
      type: AdventureRef,
      description: 'The adventure as it is now.',
      resolve: (query, event, _args, context) =>
        readOncePerEvent(event, scopedReadKey(context.viewer.id, 'AdventurePhaseChange.adventure', query), () =>
          context.prisma.adventureSession.findFirstOrThrow({
            ...query,
            where: { id: event.adventureId, userId: context.viewer.id },
          }),
        ),
    }),
  }),
});

builder.subscriptionField('adventurePhaseChanged', (t) =>
  t.field({
    type: PhaseChangeRef,
    description: 'The story moved to another phase (or ended).',
    args: { adventureId: t.arg.id({ required: true, description: 'One of your adventures.' }) },
    subscribe: async (_root, args, context) =>
      subscribeTo(context.pubsub.subscribe('adventure:phase', await ownAdventureId(context, args.adventureId))),
    resolve: (event) => event,
  }),
);

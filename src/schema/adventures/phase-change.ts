import type { AdventurePhaseEvent } from '../../events/pubsub.js';
import { builder } from '../builder.js';
import { readOncePerEvent, scopedReadKey } from '../per-event-reads.js';
import { AdventurePhaseEnum, AdventureRef, AdventureStatusEnum } from './session.js';
import { ownAdventureId, subscribeTo } from './subscribe.js';

const PhaseChangeRef = builder.objectRef<AdventurePhaseEvent>('AdventurePhaseChange').implement({
  fields: (t) => ({
    from: t.field({ type: AdventurePhaseEnum, resolve: (event) => event.from }),
    to: t.field({ type: AdventurePhaseEnum, resolve: (event) => event.to }),
    turn: t.exposeInt('turn'),
    status: t.field({ type: AdventureStatusEnum, resolve: (event) => event.status }),
    adventure: t.prismaField({
      type: AdventureRef,
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
    args: { adventureId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) =>
      subscribeTo(context.pubsub.subscribe('adventure:phase', await ownAdventureId(context, args.adventureId))),
    resolve: (event) => event,
  }),
);

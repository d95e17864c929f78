import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from './builder.js';
import { MissionRef } from './mission.js';
import { readOncePerEvent, scopedReadKey } from './per-event-reads.js';

builder.subscriptionField('missionChanged', (t) =>
  t.field({
    type: MissionRef,
    description: "One of the viewer's missions was created or changed, by any of their devices or by the server.",
    subscribe: (_root, _args, context) => context.pubsub.subscribe('mission:changed', context.viewer.id),
    // Events carry IDs only; the mission is read fresh (and scoped to the viewer) on delivery, once per event.
    resolve: (event: { missionId: string }, _args, context, info) => {
      // Planned from this subscriber's selection: this also tells the Prisma plugin that the row holds
      // every field the selection needs, so it does not load them again, subscriber by subscriber.
      const query = queryFromInfo({ context, info });
      return readOncePerEvent(event, scopedReadKey(context.viewer.id, 'missionChanged', query), () =>
        context.prisma.mission.findFirstOrThrow({
          ...query,
          where: { id: event.missionId, userId: context.viewer.id },
        }),
      );
    },
  }),
);

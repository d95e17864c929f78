import type { Mission, PrismaClient } from '@prisma/client';
import { builder } from './builder.js';
import { MissionRef } from './mission.js';

/**
 * One event reaches every subscription of its user at once (a user may have
 * many devices, or many tabs). They share one read of the mission while it
 * is in flight instead of each reading it again.
 */
const inFlight = new Map<string, Promise<Mission>>();

function loadChangedMission(prisma: PrismaClient, missionId: string, userId: string): Promise<Mission> {
  const key = `${userId}:${missionId}`;
  let load = inFlight.get(key);
  if (!load) {
    load = prisma.mission.findFirstOrThrow({ where: { id: missionId, userId } });
    inFlight.set(key, load);
    void load.finally(() => inFlight.delete(key)).catch(() => undefined);
  }
  return load;
}

builder.subscriptionField('missionChanged', (t) =>
  t.field({
    type: MissionRef,
    description: "One of the viewer's missions was created or changed, by any of their devices or by the server.",
    subscribe: (_root, _args, context) => context.pubsub.subscribe('mission:changed', context.viewer.id),
    // Events carry IDs only; the mission is read fresh (and scoped to the viewer) on delivery.
    resolve: (event: { missionId: string }, _args, context) =>
      loadChangedMission(context.prisma, event.missionId, context.viewer.id),
  }),
);

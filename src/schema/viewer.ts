import { updateViewer } from '../resolvers/viewer.js';
import { asPayload, payloadType, useCaseContext } from './payload.js';
import { selectTriad } from '../domain/triad.js';
import { builder } from './builder.js';
import { EnergyLevelEnum, GoalStatusEnum, MissionStatusEnum, RoleEnum } from './enums.js';
import { MissionRef } from './mission.js';
import { GoalRef } from './goal.js';
import type { User } from '@prisma/client';
import type { GraphQLContext } from '../context/context.js';

// The triad is chosen from the best of the pool; beyond this the low tier is noise.
const TRIAD_POOL_LIMIT = 300;

/**
 * The viewer is the token's user, so reading their connections needs no user
 * row: `viewer { missions }` costs one mission query (plus one for goals), not
 * a user query with the missions folded in. Scalar fields load the row once
 * per operation, and only when asked for.
 */
interface ViewerParent {
  id: string;
  /** Present when the caller already has the row (e.g. updateViewer). */
  user?: User;
}

const userRows = new WeakMap<object, Promise<User>>();

function viewerRow(viewer: ViewerParent, context: GraphQLContext): Promise<User> {
  if (viewer.user) return Promise.resolve(viewer.user);
  let row = userRows.get(context);
  if (!row) {
    row = context.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
    userRows.set(context, row);
  }
  return row;
}

export const ViewerRef = builder.objectRef<ViewerParent>('Viewer').implement({
  description: 'The signed-in user.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The subject of the token.' }),
    displayName: t.string({
      nullable: true,
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).displayName,
    }),
    timeZone: t.string({
      nullable: true,
      description: 'IANA time zone; UTC when unset.',
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).timeZone,
    }),
    currentEnergy: t.field({
      type: EnergyLevelEnum,
      nullable: true,
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).currentEnergy,
    }),
    role: t.field({
      type: RoleEnum,
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).role,
    }),
    createdAt: t.field({
      type: 'DateTime',
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).createdAt,
    }),
    goals: t.prismaConnection({
      type: GoalRef,
      cursor: 'id',
      args: { status: t.arg({ type: GoalStatusEnum }) },
      resolve: (query, viewer, args, context) =>
        context.prisma.goal.findMany({
          ...query,
          where: { userId: viewer.id, ...(args.status ? { status: args.status } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
    }),
    missions: t.prismaConnection({
      type: MissionRef,
      cursor: 'id',
      args: { status: t.arg({ type: MissionStatusEnum }) },
      description: 'Highest priority first.',
      resolve: (query, viewer, args, context) =>
        context.prisma.mission.findMany({
          ...query,
          where: { userId: viewer.id, ...(args.status ? { status: args.status } : {}) },
          orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
        }),
    }),
    pendingMissionCount: t.int({
      resolve: (viewer, _args, context) =>
        context.prisma.mission.count({ where: { userId: viewer.id, status: 'PENDING' } }),
    }),
    missionTriad: t.prismaField({
      type: [MissionRef],
      description:
        'Three pending missions for "what next": high, medium and lower priority, varied in category and energy.',
      resolve: async (query, viewer, _args, context) => {
        const pending = await context.prisma.mission.findMany({
          ...query,
          where: { userId: viewer.id, status: 'PENDING' },
          orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
          take: TRIAD_POOL_LIMIT,
        });
        return selectTriad(pending);
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: ViewerRef, resolve: (_root, _args, context) => ({ id: context.viewer.id }) }),
);

const UpdateViewerInput = builder.inputType('UpdateViewerInput', {
  fields: (t) => ({
    displayName: t.string({ description: 'At most 100 characters.' }),
    timeZone: t.string({ description: 'IANA time zone, e.g. Europe/Paris.' }),
    currentEnergy: t.field({ type: EnergyLevelEnum, description: 'How much energy you have now; null clears it.' }),
  }),
});

const ViewerPayload = payloadType('ViewerPayload', 'viewer', ViewerRef);

builder.mutationField('updateViewer', (t) =>
  t.field({
    type: ViewerPayload,
    args: { input: t.arg({ type: UpdateViewerInput, required: true }) },
    resolve: (_root, { input }, context) =>
      asPayload(async () => {
        const user = await updateViewer(useCaseContext(context), input);
        return { id: user.id, user };
      }),
  }),
);

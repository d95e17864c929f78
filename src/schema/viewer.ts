import { ENERGY_LEVELS } from '../domain/vocabulary.js';
import { Role, type User } from '@prisma/client';
import type { GraphQLContext } from '../context/context.js';
import { updateViewer } from '../resolvers/viewer.js';
import { builder } from './builder.js';
import { describedValues } from './described-values.js';
import { payloadMutation, payloadType } from './payload.js';

// The GraphQL enums are the database enums: one list of values, no mapping layer.
export const RoleEnum = builder.enumType('Role', {
  description: "What a user may do; taken from the token's roles claim.",
  values: describedValues(Object.values(Role), {
    USER: 'Their own goals, missions and adventures.',
    ADMIN: 'Also the admin-only fields: questGenerationRuns, questGenerationHealth, generateQuests.',
  }),
});
export const EnergyLevelEnum = builder.enumType('EnergyLevel', {
  description: 'How much energy a mission asks for, and how much the user has now.',
  values: describedValues(ENERGY_LEVELS, {
    LOW: 'Doable when tired.',
    MEDIUM: 'Ordinary effort.',
    HIGH: 'Demanding: best kept for peak hours.',
  }),
});

/**
 * The viewer is the token's user, so reading their connections needs no user
 * row: `viewer { missions }` costs one mission query (plus one for goals), not
 * a user query with the missions folded in. Scalar fields load the row once
 * per operation, and only when asked for. Goals, missions and adventures add
 * their connections to the viewer in their own files.
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
      description: 'The name to show; null when unset.',
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
      description: "How much energy the user said they have now; it tunes the missions' priority. Null when unset.",
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).currentEnergy,
    }),
    role: t.field({
      type: RoleEnum,
      description: 'ADMIN when the token carries the admin role.',
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).role,
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: "When the user's first authenticated request created their account.",
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description:
        "When the user's record last changed: their profile (updateViewer) or the server's bookkeeping for them (quest generation).",
      resolve: async (viewer, _args, context) => (await viewerRow(viewer, context)).updatedAt,
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'The signed-in user and everything that is theirs.',
    resolve: (_root, _args, context) => ({ id: context.viewer.id }),
  }),
);

// ---- Mutations -------------------------------------------------------------

const UpdateViewerInput = builder.inputType('UpdateViewerInput', {
  description: 'Omitted fields stay as they are.',
  fields: (t) => ({
    displayName: t.string({ description: 'At most 100 characters.' }),
    timeZone: t.string({ description: 'IANA time zone, e.g. Europe/Paris.' }),
    currentEnergy: t.field({ type: EnergyLevelEnum, description: 'How much energy you have now; null clears it.' }),
  }),
});

payloadMutation('updateViewer', {
  description: "Changes the viewer's profile; a new energy level rescores their open missions.",
  input: UpdateViewerInput,
  payload: payloadType('ViewerPayload', 'viewer', ViewerRef),
  run: async (context, input) => {
    const user = await updateViewer(context, input);
    return { id: user.id, user };
  },
});

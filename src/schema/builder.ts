import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { GraphQLContext } from '../context/context.js';
import { parseIsoInstant } from '../domain/calendar.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';
import { isNodeTypename } from './node-types.js';
import { pageArgumentsPlugin } from './page-arguments.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { viewer: boolean; admin: boolean };
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Non-null unless a field says otherwise: a field is nullable only where the data can be absent,
  // so generated client types are optional only where a client must handle null.
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  // The page-arguments check wraps the Prisma plugin's resolvers, so a refused page reads nothing.
  plugins: [ScopeAuthPlugin, pageArgumentsPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (context) => ({ viewer: Boolean(context.viewer), admin: Boolean(context.viewer?.isAdmin) }),
    unauthorizedError: (_parent, _context, _info, result) =>
      new GraphQLError(result.message, { extensions: { code: 'FORBIDDEN' } }),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    // Off until the app asks for it: see warnOnUnusedQueries.
    onUnusedQuery: null,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Every generated connection, edge and page-info type shares these descriptions; the field that
    // returns a connection says what it lists and in which order.
    defaultConnectionTypeOptions: {
      description: 'One page of a list, in the order its field documents. Page on with `after: pageInfo.endCursor`.',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page and its cursor.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    nodeTypeOptions: { description: 'An object with a global ID, readable again with `node(id:)`.' },
    idFieldOptions: { description: 'The global ID: opaque, stable, accepted by `node(id:)` and by mutations.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque; pass it as `after` or `before` to page from this item.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more items follow.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: "The first item's cursor; null on an empty page." },
    endCursorFieldOptions: { description: "The last item's cursor; null on an empty page." },
    firstArgOptions: {
      description: `At most this many items from the start (or after \`after\`): 1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.`,
    },
    lastArgOptions: { description: `At most this many items from the end (or before \`before\`): 1–${MAX_PAGE_SIZE}.` },
    afterArgOptions: { description: 'A cursor: list the items after it.' },
    beforeArgOptions: { description: 'A cursor: list the items before it.' },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: (globalId) => {
      const decoded = decodeGlobalId(globalId);
      if (!decoded)
        throw new GraphQLError(`"${globalId}" is not a valid ID`, { extensions: { code: 'BAD_USER_INPUT' } });
      return decoded;
    },
    // A well-formed ID of a type that is not a node names nothing: null, like a missing object.
    nodeQueryOptions: {
      description: 'The object with this global ID; null when it does not exist or is not yours.',
      args: { id: { description: 'A global ID, as returned by any `id` field.' } },
      resolve: (_root, args, _context, info, resolveNode) =>
        isNodeTypename(info.schema, args.id.typename) ? resolveNode(args.id) : null,
    },
    nodesQueryOptions: {
      description:
        'The objects with these global IDs, in the same order; null for each that does not exist or is not yours.',
      args: { ids: { description: 'Global IDs, as returned by any `id` field.' } },
      resolve: (_root, args, context, info) =>
        loadNodes(
          context,
          info,
          args.ids.map((id) => (isNodeTypename(info.schema, id.typename) ? id : null)),
        ),
    },
  },
});

/** The builder's type parameters, for helpers that take Pothos refs. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * A development aid: warn when a resolver ignores the Prisma query planned for
 * its selection (the fields would then be loaded again, row by row). Off in
 * production, where the check would wrap every planned query. The plugin
 * reads the option as it resolves, so the setting can come from the
 * configuration after every type has been registered.
 */
export function warnOnUnusedQueries(enabled: boolean): void {
  builder.options.prisma.onUnusedQuery = enabled ? 'warn' : null;
}

/** Loads global IDs through the relay plugin; a null entry stays null. */
function loadNodes(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  ids: ({ typename: string; id: string } | null)[],
): Promise<unknown[]> {
  return resolveNodes(builder, context, info, ids);
}

builder.scalarType('DateTime', {
  description: 'An instant as an ISO 8601 string with a time zone, e.g. 2026-11-21T09:30:00Z.',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => parseDateTime(value),
});

function parseDateTime(value: unknown): Date {
  const parsed =
    typeof value === 'string' ? parseIsoInstant(value) : { ok: false as const, problem: 'must be a string' };
  if (!parsed.ok) {
    throw new GraphQLError(`DateTime ${parsed.problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return parsed.date;
}

builder.queryType({
  description: 'Reads. Every field needs a signed-in viewer; admin-only fields say so.',
  authScopes: { viewer: true },
});
builder.mutationType({
  description: 'Changes. Each takes one input and returns a payload with the changed object or user errors.',
  authScopes: { viewer: true },
});
builder.subscriptionType({
  description: "Live events about the viewer's own data, over graphql-ws or server-sent events.",
  authScopes: { viewer: true },
});

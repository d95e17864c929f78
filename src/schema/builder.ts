import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { GraphQLContext } from '../context/context.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { viewer: boolean; admin: boolean };
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (context) => ({ viewer: Boolean(context.viewer), admin: Boolean(context.viewer?.isAdmin) }),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: (globalId) => {
      const decoded = decodeGlobalId(globalId);
      if (!decoded)
        throw new GraphQLError(`"${globalId}" is not a valid ID`, { extensions: { code: 'BAD_USER_INPUT' } });
      return decoded;
    },
  },
});

builder.scalarType('DateTime', {
  description: 'An instant as an ISO 8601 string with a time zone, e.g. 2026-11-21T09:30:00Z.',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => parseDateTime(value),
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 date or date-time with a time zone', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

builder.queryType({ authScopes: { viewer: true } });
builder.mutationType({ authScopes: { viewer: true } });
builder.subscriptionType({ authScopes: { viewer: true } });

import type { ObjectRef } from '@pothos/core';
import { builder, type Types } from './builder.js';

type TotalCount = number | (() => number | Promise<number>) | undefined;

/**
 * One connection type per node type (`MissionConnection`, `MissionEdge`), shared by every field
 * that lists that node, so a client writes one fragment for a page of missions wherever it comes
 * from. Each field still documents its own order and filters.
 *
 * `totalCount` is the field's whole list (its filters applied), not the page. The Prisma plugin
 * computes it only when a client selects it: a count query for a root list (`prismaConnection`
 * with a `totalCount` function), a `_count` folded into the parent's query for a relation
 * (`relatedConnection` with `totalCount: true`). The extension tells the plugin that a selection
 * of `totalCount` alone needs no rows.
 */
export function nodeConnection<Node extends object>(name: string, type: ObjectRef<Types, Node>, what: string) {
  return builder.connectionObject({
    type,
    name,
    description: `One page of ${what}, in the order the field that returns it documents. Page on with \`after: pageInfo.endCursor\`.`,
    fields: (t) => ({
      totalCount: t.int({
        description: `How many ${what} the whole list holds (with the field's arguments applied), not only this page. Counted only when selected.`,
        extensions: { pothosPrismaTotalCount: true },
        resolve: async (connection) => {
          const { totalCount } = connection as { totalCount?: TotalCount };
          const count = typeof totalCount === 'function' ? await totalCount() : totalCount;
          // Every field that returns these connections provides a count; a missing one is a bug, not a zero.
          if (count === undefined) throw new Error(`${name}.totalCount has no count to return`);
          return count;
        },
      }),
    }),
  });
}

/** The `updatedSince` argument of the viewer's lists: what a client that was away asks for. */
export const UPDATED_SINCE_DESCRIPTION =
  'Catch-up: only the items changed (or created) at or after this instant, whatever their status; all when omitted. Pass the largest `updatedAt` you hold, minus a few seconds (see docs/clients.md).';

/** The filter for `updatedSince`: at or after, so an item changed in the same millisecond is sent again rather than lost. */
function updatedSinceWhere(updatedSince: Date | null | undefined): { updatedAt?: { gte: Date } } {
  return updatedSince ? { updatedAt: { gte: updatedSince } } : {};
}

/**
 * The filter of one of the viewer's lists (goals, missions, adventures): their own items, only
 * those in `status` when it is given, only those changed since `updatedSince` when it is given.
 */
export function viewerListWhere<Status extends string>(
  userId: string,
  args: { status?: Status | null; updatedSince?: Date | null },
) {
  return { userId, ...(args.status ? { status: args.status } : {}), ...updatedSinceWhere(args.updatedSince) };
}

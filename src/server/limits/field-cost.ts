import { getNullableType, isListType, isObjectType, type GraphQLField } from 'graphql';

/**
 * The cost model behind MAX_QUERY_COST: every selected field costs 1, and the
 * fields under a list cost once per item the list can hold. A connection holds
 * its page (`first`/`last`, else the default page size, never more than the
 * maximum: what Pothos' relay and prisma plugins return), its edges hold
 * nothing more (the page already counted them), `nodes(ids:)` holds its ids,
 * and any other list of objects counts as UNPAGED_LIST_SIZE items.
 */
export interface PageSizes {
  defaultPageSize: number;
  maxPageSize: number;
}

/** What a field's multiplier depends on, read from its definition. */
export interface FieldShape {
  /** The field defines `first` or `last` (a connection or a paged list). */
  paged: boolean;
  /** The field returns a list. */
  list: boolean;
  /** The field is a connection's `edges` (a list of { cursor, node }). */
  edges: boolean;
  /** The field takes a list of `ids` (`nodes`): it holds as many items as it is given. */
  byIds: boolean;
}

/** A list without a page size or a known length (a run's rejections, say) counts as this many items. */
export const UNPAGED_LIST_SIZE = 10;

/** How many times the fields selected under this field are resolved, at most; `args` are read only if needed. */
export function itemsUnder(shape: FieldShape, args: () => Record<string, unknown>, pages: PageSizes): number {
  if (shape.paged) return pageSize(args(), pages);
  if (!shape.list || shape.edges) return 1;
  if (shape.byIds) {
    const { ids } = args();
    return Array.isArray(ids) ? ids.length : 1;
  }
  return UNPAGED_LIST_SIZE;
}

/** The size of the page a connection returns for these arguments. */
export function pageSize(args: Record<string, unknown>, { defaultPageSize, maxPageSize }: PageSizes): number {
  const requested = [args.first, args.last].filter((value): value is number => typeof value === 'number');
  const size = requested.length > 0 ? Math.max(...requested) : defaultPageSize;
  return Math.min(Math.max(size, 0), maxPageSize);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field of any schema
export function describeField(field: GraphQLField<unknown, any, any>): FieldShape {
  const type = getNullableType(field.type);
  const list = isListType(type);
  const item = list ? getNullableType(type.ofType) : null;
  const itemFields = item && isObjectType(item) ? item.getFields() : null;
  return {
    paged: field.args.some((arg) => arg.name === 'first' || arg.name === 'last'),
    list,
    edges: Boolean(itemFields && 'cursor' in itemFields && 'node' in itemFields),
    byIds: field.args.some((arg) => arg.name === 'ids' && isListType(getNullableType(arg.type))),
  };
}

import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

/**
 * Every connection refuses `first` together with `last`. The Prisma plugin would quietly read
 * the page from the end (it sizes the page with `first ?? last` and goes backwards when `last`
 * is there), so a client asking for both would get a page it did not ask for. Written as a
 * plugin so that each connection, present and future, gets the check without repeating it:
 * any field with both a `first` and a `last` argument is a connection here.
 */
export class PageArgumentsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!('first' in fieldConfig.args && 'last' in fieldConfig.args)) return resolver;
    return (parent, args, context, info) => {
      const { first, last } = args as { first?: number | null; last?: number | null };
      if (first != null && last != null) {
        throw new GraphQLError(
          '"first" and "last" cannot be used together: page forward with first/after, or back with last/before',
          {
            extensions: { code: 'BAD_USER_INPUT' },
          },
        );
      }
      return resolver(parent, args, context, info);
    };
  }
}

export const pageArgumentsPlugin = 'pageArguments' as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      pageArguments: PageArgumentsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pageArgumentsPlugin, PageArgumentsPlugin);

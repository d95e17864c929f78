import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder, warnOnUnusedQueries } from './builder.js';
// Each module registers its types and fields on the builder: a type, its enums, inputs, mutations and subscriptions.
import './payload.js';
import './viewer.js';
import './viewer-data.js';
import './goal.js';
import './mission.js';
import './generation.js';
import './patterns.js';
import './adventures/index.js';

let schema: GraphQLSchema | undefined;

export interface SchemaOptions {
  /** Warn when a resolver ignores the Prisma query planned for it (development and tests). */
  warnOnUnusedQueries?: boolean;
}

/** The executable schema, built once (sorted, so the printed SDL is stable). */
export function getSchema({ warnOnUnusedQueries: warn = false }: SchemaOptions = {}): GraphQLSchema {
  warnOnUnusedQueries(warn);
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}

import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder, warnOnUnusedQueries } from './builder.js';
// Each module registers its types and fields on the builder.
import './enums.js';
import './payload.js';
import './goal.js';
import './mission.js';
import './viewer.js';
import './generation.js';
import './patterns.js';
import './adventure.js';
import './subscriptions.js';

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

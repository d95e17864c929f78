import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
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

/** The executable schema, built once (sorted, so the printed SDL is stable). */
export function getSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}

import { printSchema } from 'graphql';
import { getSchema } from '../src/schema/index.js';

/**
 * The SDL that `schema.graphql` must contain: the Pothos schema (already sorted by
 * `getSchema()`), printed with graphql's `printSchema`, plus a trailing newline.
 * Used by both codegen.ts and scripts/check-schema.ts so the two can never disagree.
 */
export function printCurrentSchema(): string {
  return `${printSchema(getSchema())}\n`;
}

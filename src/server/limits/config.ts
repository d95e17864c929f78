import { z } from 'zod';

/**
 * Request size and query cost settings. Their zod fields join the main env
 * schema (src/config.ts), so a bad value stops start-up naming the variable.
 * Every limit is a whole number; 0 switches that limit off.
 *
 * The query defaults leave a wide margin over the heaviest operation the
 * project's tests, docs and benchmarks send (see the README's "Limits"),
 * and refuse the nested-connection and alias-flood queries of issue 8.
 */
export const REQUEST_LIMIT_DEFAULTS = {
  maxBodyBytes: 102_400,
  maxWebSocketMessageBytes: 65_536,
  query: {
    depth: 10,
    aliases: 15,
    rootFields: 10,
    directives: 20,
    tokens: 2000,
    cost: 10_000,
  },
} as const;

/** A query limit: null when switched off. */
export type Limit = number | null;

export interface QueryLimits {
  /** Field nesting (fragments do not count as a level; introspection's `__schema` is exempt). */
  depth: Limit;
  aliases: Limit;
  /** Fields selected at the root of the operation (aliases of one field count one each). */
  rootFields: Limit;
  directives: Limit;
  /** Lexical tokens of the document, counted while parsing. */
  tokens: Limit;
  /** Page-size-aware cost budget (src/schema/field-cost.ts). */
  cost: Limit;
}

export interface RequestLimitsConfig {
  /** HTTP request bodies on /graphql, counted while reading. */
  maxBodyBytes: Limit;
  /** One graphql-ws message; a bigger one closes the socket with 1009. */
  maxWebSocketMessageBytes: Limit;
  query: QueryLimits;
}

const limit = (fallback: number, max: number) => z.coerce.number().int().min(0).max(max).default(fallback);

export const requestLimitsEnv = {
  MAX_BODY_BYTES: limit(REQUEST_LIMIT_DEFAULTS.maxBodyBytes, 1_073_741_824),
  MAX_WEBSOCKET_MESSAGE_BYTES: limit(REQUEST_LIMIT_DEFAULTS.maxWebSocketMessageBytes, 1_073_741_824),
  MAX_QUERY_DEPTH: limit(REQUEST_LIMIT_DEFAULTS.query.depth, 1000),
  MAX_QUERY_ALIASES: limit(REQUEST_LIMIT_DEFAULTS.query.aliases, 100_000),
  MAX_QUERY_ROOT_FIELDS: limit(REQUEST_LIMIT_DEFAULTS.query.rootFields, 100_000),
  MAX_QUERY_DIRECTIVES: limit(REQUEST_LIMIT_DEFAULTS.query.directives, 100_000),
  MAX_QUERY_TOKENS: limit(REQUEST_LIMIT_DEFAULTS.query.tokens, 10_000_000),
  MAX_QUERY_COST: limit(REQUEST_LIMIT_DEFAULTS.query.cost, 1_000_000_000),
};

/** The settings that switch every request limit off (each 0), e.g. to measure what the limits cost. */
export const EVERY_REQUEST_LIMIT_OFF: Record<keyof typeof requestLimitsEnv, string> = {
  MAX_BODY_BYTES: '0',
  MAX_WEBSOCKET_MESSAGE_BYTES: '0',
  MAX_QUERY_DEPTH: '0',
  MAX_QUERY_ALIASES: '0',
  MAX_QUERY_ROOT_FIELDS: '0',
  MAX_QUERY_DIRECTIVES: '0',
  MAX_QUERY_TOKENS: '0',
  MAX_QUERY_COST: '0',
};

type RequestLimitsEnv = { [Name in keyof typeof requestLimitsEnv]: number };

const orOff = (value: number): Limit => (value === 0 ? null : value);

export function requestLimitsConfig(env: RequestLimitsEnv): RequestLimitsConfig {
  return {
    maxBodyBytes: orOff(env.MAX_BODY_BYTES),
    maxWebSocketMessageBytes: orOff(env.MAX_WEBSOCKET_MESSAGE_BYTES),
    query: {
      depth: orOff(env.MAX_QUERY_DEPTH),
      aliases: orOff(env.MAX_QUERY_ALIASES),
      rootFields: orOff(env.MAX_QUERY_ROOT_FIELDS),
      directives: orOff(env.MAX_QUERY_DIRECTIVES),
      tokens: orOff(env.MAX_QUERY_TOKENS),
      cost: orOff(env.MAX_QUERY_COST),
    },
  };
}

/** The defaults as a Config group (tests start apps with them). */
export function defaultRequestLimits(): RequestLimitsConfig {
  return { ...REQUEST_LIMIT_DEFAULTS, query: { ...REQUEST_LIMIT_DEFAULTS.query } };
}

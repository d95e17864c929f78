import { GraphQLError, parse, validate, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { QueryLimits } from '../../src/server/limits/config.js';
import { documentLimitRules } from '../../src/server/limits/query-limits.js';
import { maxRootFieldsRule } from '../../src/server/limits/root-fields-rule.js';
import { countTokens, parseWithTokenLimit } from '../../src/server/limits/token-limit.js';
import { getSchema } from '../../src/schema/index.js';

const schema = getSchema();
const off: QueryLimits = { depth: null, aliases: null, rootFields: null, directives: null, tokens: null, cost: null };
const refusals = (query: string, limits: Partial<QueryLimits>) =>
  validate(schema, parse(query), documentLimitRules({ ...off, ...limits })).map((error) => error.toJSON());
const refusal = (limit: string, max: number, actual: number): GraphQLFormattedError =>
  expect.objectContaining({
    message: `Query refused: its ${
      {
        depth: 'query depth',
        aliases: 'number of aliases',
        directives: 'number of directives',
        rootFields: 'number of root fields',
      }[limit]
    } is ${actual}, above the limit of ${max} (${limit}).`,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400, spec: true } },
  });

describe('token limit', () => {
  it('counts tokens as the parser does: comments and commas are none', () => {
    expect(countTokens('# a comment\n{ viewer { id, displayName } }')).toBe(7);
    expect(countTokens('{ viewer { id } } "unterminated')).toBe(6);
  });

  it('parses a document within the limit and refuses one over it with the count of all its tokens', () => {
    const parseAtMost = parseWithTokenLimit(7);
    expect(parseAtMost('{ viewer { id displayName } }').definitions).toHaveLength(1);
    const document = `{ viewer { ${'id '.repeat(50)}} }`;
    expect(() => parseAtMost(document)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 7, actual: 55 }),
      }),
    );
  });

  it('leaves syntax errors within the limit as they are', () => {
    expect(() => parseWithTokenLimit(100)('{ viewer { id }')).toThrow(GraphQLError);
    expect(() => parseWithTokenLimit(100)('{ viewer { id }')).toThrow(/Syntax Error: Expected Name/);
  });
});

describe('root fields limit', () => {
  const rootFields = (query: string, max: number) =>
    validate(schema, parse(query), [maxRootFieldsRule(max)]).map((error) => error.extensions);

  it('counts the fields at the root, through fragments, each fragment once', () => {
    const query = `query { a: viewer { id } ...Root ... on Query { b: viewer { id } } ...Root }
      fragment Root on Query { c: viewer { id } d: viewer { id } }`;
    expect(rootFields(query, 4)).toEqual([]);
    expect(rootFields(query, 3)).toEqual([expect.objectContaining({ limit: 'rootFields', max: 3, actual: 4 })]);
  });
});

describe('document limits (graphql-armor, refusals of our own)', () => {
  const deep = `{ viewer { missions(first: 1) { edges { node { goal { missions(first: 1) { edges { node { id } } } } } } } } }`;

  it('measures depth by fields, not fragments, and exempts the schema query', () => {
    expect(refusals(deep, { depth: 9 })).toEqual([]);
    expect(refusals(deep, { depth: 8 })).toEqual([refusal('depth', 8, 9)]);
    const viaFragments = `{ viewer { ...A } } fragment A on Viewer { ... on Viewer { missions(first: 1) { edges { node { id } } } } }`;
    expect(refusals(viaFragments, { depth: 4 })).toEqual([refusal('depth', 4, 5)]);
    expect(refusals(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`, { depth: 2 })).toEqual(
      [],
    );
  });

  it('counts aliases (not those of __typename) and directives', () => {
    const aliased = `{ viewer { a: id b: displayName t: __typename } }`;
    expect(refusals(aliased, { aliases: 2 })).toEqual([]);
    expect(refusals(aliased, { aliases: 1 })).toEqual([refusal('aliases', 1, 2)]);
    const directed = `query($yes: Boolean!) { viewer { id @include(if: $yes) displayName @skip(if: $yes) } }`;
    expect(refusals(directed, { directives: 2 })).toEqual([]);
    expect(refusals(directed, { directives: 1 })).toEqual([refusal('directives', 1, 2)]);
  });

  it('reports every limit an operation passes, and none that are off', () => {
    const query = `{ a: viewer { id } b: viewer { id } }`;
    expect(refusals(query, { aliases: 1, rootFields: 1 })).toEqual([
      refusal('aliases', 1, 2),
      refusal('rootFields', 1, 2),
    ]);
    expect(refusals(query, {})).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery, GraphQLError, Kind, print, type DocumentNode } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { defaultRequestLimits } from '../../src/server/limits/config.js';
import { costWithVariables } from '../../src/server/limits/operation-cost.js';
import { useQueryLimits } from '../../src/server/limits/query-limits.js';
import { countTokens } from '../../src/server/limits/token-limit.js';
import { getSchema } from '../../src/schema/index.js';
import * as generated from '../generated/graphql.js';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/server/graphiql.js';

/**
 * The default query limits against what the project itself sends: every
 * operation of the tests, every GraphQL example of the docs, GraphiQL's
 * schema query and its default query must pass, and issue 8's hostile
 * queries must not. Parsing and validation go through yoga's envelop with the
 * limit plugins, as every transport does.
 */
const limits = defaultRequestLimits().query;
const schema = getSchema();
const { parse, validate } = createYoga({ schema, plugins: useQueryLimits(limits) }).getEnveloped({});

function projectOperations(): [string, string][] {
  const operations: [string, string][] = [];
  for (const [name, document] of Object.entries(generated)) {
    if (name.endsWith('Document')) operations.push([`test/generated ${name}`, print(document as DocumentNode)]);
  }
  for (const file of ['README.md', ...readdirSync('docs').map((name) => `docs/${name}`)]) {
    for (const [, block] of readFileSync(file, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)) {
      operations.push([file, block!]);
    }
  }
  operations.push(['GraphiQL default query', GRAPHIQL_DEFAULT_QUERY]);
  const everyOption = {
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
  };
  operations.push([
    "GraphiQL's schema query",
    getIntrospectionQuery({ ...everyOption, inputValueDeprecation: true, oneOf: true }),
  ]);
  return operations;
}

/** The refusals of the limits for one document; its cost with the largest pages (100) its variables allow. */
function measure(text: string) {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    return { refusals: [(error as GraphQLError).extensions], cost: 0 };
  }
  const refusals = (validate(schema, document) as readonly GraphQLError[])
    .map((error) => error.extensions)
    .filter((extensions) => extensions.code === 'QUERY_TOO_COMPLEX');
  const pages = { defaultPageSize: 20, maxPageSize: 100 };
  const costs = document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => costWithVariables(schema, document, operation, { first: 100, last: 100 }, pages));
  return { refusals, cost: Math.max(0, ...costs) };
}

describe('the default query limits', () => {
  it('admit every operation the tests, the docs and GraphiQL send', () => {
    const operations = projectOperations();
    expect(operations.length).toBeGreaterThan(35);
    let heaviest = { cost: 0, tokens: 0 };
    for (const [source, text] of operations) {
      const { refusals, cost } = measure(text);
      expect({ source, refusals }).toEqual({ source, refusals: [] });
      expect({ source, cost: cost <= limits.cost! }).toEqual({ source, cost: true });
      heaviest = { cost: Math.max(heaviest.cost, cost), tokens: Math.max(heaviest.tokens, countTokens(text)) };
    }
    console.info(
      `heaviest project operation: cost ${heaviest.cost} of ${limits.cost}, tokens ${heaviest.tokens} of ${limits.tokens}`,
    );
  });

  it("refuse issue 8's nested walk and alias floods", () => {
    const walk = `{ viewer { missions(first: 100) { edges { node { goal { missions(first: 100) { edges { node {
      goal { missions(first: 100) { edges { node { id } } } } } } } } } } } } }`;
    const aliases = (count: number, selection: (i: number) => string) =>
      Array.from({ length: count }, (_, i) => selection(i)).join(' ');
    expect(measure(walk)).toEqual({
      refusals: [expect.objectContaining({ limit: 'depth', actual: 13 })],
      cost: 3040402,
    });
    expect(
      measure(`{ ${aliases(1000, (i) => `a${i}: viewer { questPatterns { completedCount } }`)} }`).refusals,
    ).toEqual([expect.objectContaining({ limit: 'tokens', actual: 9002 })]);
    // Fewer, within the token limit: the alias and root field limits.
    expect(
      measure(`{ ${aliases(100, (i) => `a${i}: viewer { questPatterns { completedCount } }`)} }`).refusals,
    ).toEqual([
      expect.objectContaining({ limit: 'aliases', actual: 100 }),
      expect.objectContaining({ limit: 'rootFields', actual: 100 }),
    ]);
    expect(
      measure(`{ viewer { ${aliases(100, (i) => `a${i}: questPatterns { completedCount }`)} } }`).refusals,
    ).toEqual([expect.objectContaining({ limit: 'aliases', actual: 100 })]);
  });
});

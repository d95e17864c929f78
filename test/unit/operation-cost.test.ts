import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeField, itemsUnder, pageSize, UNPAGED_LIST_SIZE } from '../../src/server/limits/field-cost.js';
import { operationCost } from '../../src/server/limits/operation-cost.js';
import { getSchema } from '../../src/schema/index.js';

const pages = { defaultPageSize: 20, maxPageSize: 100 };
const schema = getSchema();
const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  operationCost(schema, parse(query), operationName, variables, pages);
const field = (type: string, name: string) => {
  const found = schema.getType(type);
  if (!found || !('getFields' in found)) throw new Error(`no type ${type}`);
  return found.getFields()[name] as Parameters<typeof describeField>[0];
};

describe('pageSize', () => {
  it.each([
    [{}, 20],
    [{ first: 5 }, 5],
    [{ last: 7 }, 7],
    [{ first: 500 }, 100],
    [{ first: -3 }, 0],
    [{ first: 3, last: 9 }, 9],
    [{ first: null }, 20],
  ])('is %o → %i items', (args, size) => {
    expect(pageSize(args, pages)).toBe(size);
  });
});

describe('itemsUnder', () => {
  const args = (values: Record<string, unknown>) => () => values;

  it('multiplies a connection by its page and its edges by nothing more', () => {
    expect(itemsUnder(describeField(field('Viewer', 'missions')), args({ first: 50 }), pages)).toBe(50);
    expect(itemsUnder(describeField(field('MissionConnection', 'edges')), args({}), pages)).toBe(1);
  });

  it('multiplies a paged list by its page, nodes(ids:) by its ids and any other list of objects by a fixed size', () => {
    expect(itemsUnder(describeField(field('AdventureSession', 'exchanges')), args({ last: 20 }), pages)).toBe(20);
    expect(itemsUnder(describeField(field('Query', 'nodes')), args({ ids: ['a', 'b', 'c'] }), pages)).toBe(3);
    expect(itemsUnder(describeField(field('Mission', 'sessions')), args({}), pages)).toBe(20);
    expect(itemsUnder(describeField(field('QuestGenerationRun', 'rejections')), args({}), pages)).toBe(
      UNPAGED_LIST_SIZE,
    );
  });

  it('counts an object or a scalar once, and reads no argument for it', () => {
    const unread = () => {
      throw new Error('arguments read');
    };
    expect(itemsUnder(describeField(field('Mission', 'goal')), unread, pages)).toBe(1);
    expect(itemsUnder(describeField(field('Viewer', 'displayName')), unread, pages)).toBe(1);
  });
});

describe('operationCost', () => {
  it('costs the read-path benchmark query by its page', () => {
    const read = (first: number) =>
      `{ viewer { missions(first: ${first}) { edges { node { id title priorityScore estimatedMinutes energyLevel valueCategory status goal { title } } } } } }`;
    // viewer + missions + first × (edges + node + 7 scalars + goal + title)
    expect(cost(read(20))).toBe(2 + 20 * 11);
    expect(cost(read(100))).toBe(2 + 100 * 11);
  });

  it("costs issue 8's nested walk in the millions", () => {
    const walk = `{ viewer { missions(first: 100) { edges { node { goal { missions(first: 100) { edges { node {
      goal { missions(first: 100) { edges { node { id } } } } } } } } } } } } }`;
    // Innermost missions 1 + 100 × 3; each level up adds goal, node, edges, then × 100.
    expect(cost(walk)).toBe(1 + (1 + 100 * (3 + (1 + 100 * (3 + (1 + 100 * 3))))));
  });

  it('reads page sizes from variables and their defaults, and gives up on invalid variables', () => {
    const query = 'query Page($n: Int = 5) { viewer { missions(first: $n) { edges { node { id } } } } }';
    expect(cost(query)).toBe(2 + 5 * 3);
    expect(cost(query, { n: 40 })).toBe(2 + 40 * 3);
    expect(cost(query, { n: 'many' })).toBeNull();
  });

  it('measures the operation the request names, through its fragments', () => {
    const document = `
      query Small { viewer { id } }
      query Big { viewer { missions(first: 10) { edges { node { ...M } } } } }
      fragment M on Mission { id title goal { ... on Goal { title } } }`;
    expect(cost(document, {}, 'Small')).toBe(2);
    expect(cost(document, {}, 'Big')).toBe(2 + 10 * (1 + 1 + 2 + 2));
    expect(cost(document, {}, 'Missing')).toBeNull();
  });

  it('multiplies nodes(ids:) by the ids it is given', () => {
    const query = 'query N($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect(cost(query, { ids: ['a', 'b', 'c', 'd'] })).toBe(1 + 4 * 1);
  });

  it("leaves introspection to GraphQL's own depth rule: GraphiQL's schema query costs 1", () => {
    expect(cost(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }))).toBe(1);
  });

  it('walks fragments that spread each other twice over once each', () => {
    // 2^40 paths if every spread were walked again: without the memory of walked fragments this never ends.
    const levels = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Viewer { ...F${i + 1} ...F${i + 1} id }`,
    ).join('\n');
    const query = `{ viewer { ...F0 } }\n${levels}\nfragment F40 on Viewer { id }`;
    // F40 costs 1 and F(i) = 2 × F(i+1) + 1, so F0 = 2^41 - 1; plus viewer.
    expect(cost(query)).toBe(2 ** 41);
  });
});

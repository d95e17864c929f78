import { readdirSync, readFileSync } from 'node:fs';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/server/graphiql.js';
import { loadPersistedDocuments } from '../../src/server/persisted-documents.js';

/**
 * Every operation the README and docs/*.md show (```graphql blocks) and GraphiQL's first query is in
 * the persisted set, word for word (after the client preset's normalisation), so the docs and what a
 * production server runs cannot drift. To show a new operation: write it, named, in a file under
 * clients/operations/ and run `npm run codegen`.
 */
const persisted = new Set(loadPersistedDocuments().values());

function markdownFiles(): string[] {
  return [
    'README.md',
    ...readdirSync('docs')
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
}

function graphqlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^[ \t]*```graphql\n([\s\S]*?)^[ \t]*```/gm)].map((match) => match[1]!);
}

/** Each operation of a document with the fragments it spreads, as the client preset would persist it. */
function operationsOf(source: string): { name: string; text: string }[] {
  const document = parse(source);
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return document.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    const used = spreadFragments(definition, fragments);
    const alone: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...used] };
    return [{ name: definition.name?.value ?? '(anonymous)', text: printExecutableGraphQLDocument(alone) }];
  });
}

function spreadFragments(
  root: DefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(fragment.name.value)) {
          found.set(fragment.name.value, fragment);
          walk(fragment);
        }
      },
    });
  walk(root);
  return [...found.values()];
}

const shown = [
  ...markdownFiles().flatMap((file) =>
    graphqlBlocks(readFileSync(file, 'utf8')).flatMap((block) =>
      operationsOf(block).map((operation) => ({ file, ...operation })),
    ),
  ),
  ...operationsOf(GRAPHIQL_DEFAULT_QUERY).map((operation) => ({ file: 'src/server/graphiql.ts', ...operation })),
];

describe('the operations the docs show', () => {
  it('finds some (the README and the docs show operations in ```graphql blocks)', () => {
    expect(shown.length).toBeGreaterThanOrEqual(10);
  });

  it.each(shown.map((operation) => [`${operation.file}: ${operation.name}`, operation] as const))(
    '%s is in clients/generated/persisted-documents.json',
    (_label, operation) => {
      expect(
        persisted.has(operation.text),
        `${operation.file} shows ${operation.name}, which is not a persisted document: put it, named and word for word, in clients/operations/*.graphql and run npm run codegen`,
      ).toBe(true);
    },
  );
});

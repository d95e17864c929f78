// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The schema layer and GraphQL itself: what use cases, jobs and the model layer never import. */
const NO_GRAPHQL = [
  {
    regex: '^(?:\\.\\./)+(?:schema|generated)(?:/|$)',
    message:
      'The schema layer (src/schema, its generated Pothos types) maps GraphQL onto use cases; nothing below imports it.',
  },
  {
    regex: '^(?:graphql|graphql-yoga|graphql-ws|@pothos/.*|@graphql-yoga/.*)$',
    message: 'Use cases, jobs and the model layer know no GraphQL: take and return plain values.',
  },
];

/** The database, which the model layer never touches. */
const NO_DATABASE = [
  {
    regex: '^(?:(?:\\.\\./)+db(?:/|$)|@prisma/|pg$|@electric-sql/pglite)',
    message: 'The model layer reads no database: the use case passes in what a model needs.',
  },
];

export default defineConfig(
  globalIgnores(['node_modules/', '.data/', 'scratch/', 'dist/', 'coverage/', 'src/generated/', 'test/generated/', 'clients/generated/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      // Unused arguments and variables are fine when named with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests read JSON responses of many shapes and assert them at run time.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // The layers' import boundaries. A file gets one `no-restricted-imports` setting (a later block replaces an
  // earlier one for the same file), so each block lists every restriction of its folders.
  {
    // The rules: pure, synchronous, testable alone. Siblings only: no package, no other folder of the app,
    // not even a type (the enum values the database also stores are in vocabulary.ts, checked by a test).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\./)', message: 'src/domain imports only src/domain (./…): no package, no other layer.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'src/domain loads nothing at run time.' },
        { selector: 'TSImportType', message: 'src/domain imports only src/domain: no import() types.' },
      ],
    },
  },
  {
    // Use cases and jobs take plain values: the GraphQL schema maps onto them, never the other way round.
    files: ['src/resolvers/**/*.ts', 'src/jobs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...NO_GRAPHQL] }] },
  },
  {
    // The model layer: prompts, chains and their offline stand-ins. No schema and no database: the use cases
    // read what a model needs and store what it returns.
    files: ['src/llm/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...NO_GRAPHQL, ...NO_DATABASE] }] },
  },
);

import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { getSchema } from './src/schema/index.js';

// Run through `npm run codegen` (NODE_OPTIONS="--import tsx"), so the code-first Pothos schema can be imported.
// It loads without a database: src/schema only pulls in Pothos builder code and Prisma client types.
// `npm run codegen:check` (CI) fails when schema.graphql or the test documents' types are stale.
const config: CodegenConfig = {
  schema: printSchema(getSchema()),
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'] },
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { emitLegacyCommonJSImports: false },
    },
  },
};

export default config;

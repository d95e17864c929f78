import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { getSchema } from './src/schema/index.js';

const TEST_DOCUMENTS = ['test/**/*.ts', '!test/generated/**'];

// Run through `npm run codegen` (NODE_OPTIONS="--import tsx"), so the code-first Pothos schema can be imported.
// It loads without a database: src/schema only pulls in Pothos builder code and Prisma client types.
// `npm run codegen:check` (CI) fails when schema.graphql, the test documents' types or the persisted
// documents (clients/generated/persisted-documents.json) are stale.
const config: CodegenConfig = {
  schema: printSchema(getSchema()),
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'] },
    'test/generated/': {
      documents: TEST_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { emitLegacyCommonJSImports: false },
    },
    // The reference set of client operations the server accepts by hash (docs/clients.md#persisted-documents):
    // the operations the README and docs show (clients/operations) and the test documents.
    // sha256 ids ("sha256:<hex>", the GraphQL-over-HTTP persisted documents format).
    'clients/generated/': {
      documents: ['clients/operations/**/*.graphql', ...TEST_DOCUMENTS],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { emitLegacyCommonJSImports: false },
    },
  },
};

export default config;

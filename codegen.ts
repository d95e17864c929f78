import type { CodegenConfig } from '@graphql-codegen/cli';
import { printCurrentSchema } from './scripts/print-schema.js';

// Run through `npm run codegen` (NODE_OPTIONS="--import tsx"), so the code-first Pothos schema can be imported.
// It loads without a database: src/schema only pulls in Pothos builder code and Prisma client types.
const currentSchema = printCurrentSchema();

/**
 * schema-ast prints the SDL without a trailing newline; schema.graphql (and scripts/check-schema.ts) keep one.
 * Fails codegen if the plugin output ever stops matching printCurrentSchema(), instead of writing a file that
 * check-schema would reject.
 */
function finishSchemaFile(_path: string, content: string): string {
  const withNewline = content.endsWith('\n') ? content : `${content}\n`;
  if (withNewline !== currentSchema) {
    throw new Error('schema-ast output differs from printCurrentSchema() (scripts/print-schema.ts)');
  }
  return withNewline;
}

const config: CodegenConfig = {
  schema: currentSchema,
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      hooks: { beforeOneFileWrite: [finishSchemaFile] },
    },
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { emitLegacyCommonJSImports: false },
    },
  },
};

export default config;

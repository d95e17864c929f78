import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printCurrentSchema } from './print-schema.js';

/** npx tsx scripts/check-schema.ts: fails when the committed schema.graphql differs from the code-first schema. */
const schemaFile = fileURLToPath(new URL('../schema.graphql', import.meta.url));

const current = printCurrentSchema();
let committed: string | undefined;
try {
  committed = await readFile(schemaFile, 'utf8');
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}

if (committed === undefined) {
  console.error('schema.graphql is missing: run npm run codegen');
  process.exit(1);
}
if (committed !== current) {
  const committedLines = committed.split('\n');
  const currentLines = current.split('\n');
  const firstDiff = currentLines.findIndex((line, i) => line !== committedLines[i]);
  const line = (firstDiff === -1 ? currentLines.length : firstDiff) + 1;
  console.error(`schema.graphql is out of date: run npm run codegen (first difference at line ${line})`);
  process.exit(1);
}
console.log('schema.graphql is up to date');

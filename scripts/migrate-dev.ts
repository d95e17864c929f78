import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * npm run migrate:dev -- --name add_something
 *
 * Creates the next migration offline: `prisma migrate diff` replays the
 * existing migrations on a throw-away in-memory PGlite (the shadow database
 * from prisma.config.ts) and prints the SQL that brings it to the schema. We
 * write that as a new migration, then regenerate the client. (Prisma 6.19's
 * WebAssembly engine cannot run `migrate dev` once migrations exist: it asks
 * for a second shadow database it has no way to get.) The server applies
 * migrations at start-up.
 */
const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error('usage: npm run migrate:dev -- --name some_change   (lower case, digits and _)');
  process.exit(2);
}

const prisma = (args: string[]) =>
  execFileSync('npx', ['prisma', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const sql = prisma([
  'migrate',
  'diff',
  '--from-migrations',
  'prisma/migrations',
  '--to-schema-datamodel',
  'prisma/schema.prisma',
  '--script',
]);
if (!/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ''))) {
  console.log('The schema matches the migrations: nothing to do.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join('prisma', 'migrations', `${stamp}_${values.name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), sql);
console.log(`Created ${dir}/migration.sql`);
prisma(['generate']);

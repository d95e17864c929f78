import { defineConfig } from 'prisma/config';
import { migrationAdapterFactory } from './src/db/migration-adapter.js';

/**
 * Prisma CLI configuration. Prisma 6.19's WebAssembly schema engine (engine
 * 'js' + an adapter) is the one that runs offline. With DATABASE_URL unset,
 * `migrate dev` works against a throw-away in-memory PGlite: it replays the
 * existing migrations and diffs them with the schema, which is all that
 * creating a new migration needs (the app applies migrations at start-up).
 */
// The schema's datasource url is ignored (an adapter connects), but the CLI must be able to
// resolve one, or it downloads a query engine library (impossible offline). A url written in the
// schema would do, at the price of Prisma's "Hardcoding URLs" warning on every install; an
// environment variable given a placeholder here does too, silently.
process.env.PRISMA_SCHEMA_URL ??= 'postgresql://unused@127.0.0.1:5432/unused';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true, externalTables: true },
  engine: 'js',
  adapter: async () => migrationAdapterFactory(process.env.DATABASE_URL),
  // Agenda manages its own tables; without this they show up as drift.
  tables: { external: ['public.agenda_jobs', 'public.agenda_logs'] },
});

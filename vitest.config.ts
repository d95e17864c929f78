import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Pothos loads graphql through require (CommonJS) while Vite resolves ESM
  // imports to graphql's .mjs build: two copies of graphql in one process break
  // its instanceof checks. Point every import at the CommonJS entry.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers and databases: give them room, and
    // run files one at a time so PGlite instances do not compete for 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

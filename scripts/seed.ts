import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { signToken } from '../src/auth/tokens.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { DataDirInUseError } from '../src/db/data-dir-lock.js';
import { createInMemoryPubSub } from '../src/events/pubsub.js';
import { deterministicModels } from '../src/llm/deterministic-models.js';
import { createMetrics } from '../src/observability/metrics.js';
import { seedDemoData } from './seed/demo-data.js';
import { openScriptDatabase } from './seed/seed-database.js';
import { tokenSigningSecret } from './signing-secret.js';

/**
 * npm run -s seed [-- --user demo] [--name "Demo"] [--expires 30d]
 *
 * Demo data for one user in the configured database (DATABASE_URL, or the embedded one in
 * DATA_DIR, whether `npm start` is running or not), then that user's token alone on stdout:
 * `TOKEN=$(npm run -s seed)`. Running it again adds nothing and prints a fresh token.
 */
const { values } = parseArgs({
  options: {
    user: { type: 'string', default: 'demo' },
    name: { type: 'string', default: 'Demo' },
    expires: { type: 'string', default: '30d' },
  },
});

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
const signing = tokenSigningSecret(config.auth);
if ('refusal' in signing) {
  console.error(`${signing.refusal} (the seed prints a token for its user)`);
  process.exit(2);
}

let opened;
try {
  opened = await openScriptDatabase(config.database);
} catch (error) {
  console.error(error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
}
const { database, through } = opened;
// Messages on stderr: stdout carries the token only.
const logger = pino({ level: 'warn' }, pino.destination(2));
try {
  const summary = await seedDemoData(
    {
      prisma: database.prisma,
      logger,
      // Nobody listens to this process: a running server's subscribers do not see the seeded changes.
      pubsub: createInMemoryPubSub(),
      now: () => new Date(),
      // The pending pool stays above the generation threshold, so nothing is ever queued.
      jobs: {
        enqueueQuestGeneration: () => Promise.reject(new Error('the seed queues no quest generation')),
        cancelUserJobs: () => Promise.reject(new Error('the seed deletes no account')),
      },
      metrics: createMetrics(),
      // The offline model, whatever LLM_MODEL says: demo data costs nothing and needs no network.
      models: deterministicModels(),
      llmTimeoutMs: config.llm.timeoutMs,
      pacingEnabled: config.pacingEnabled,
      llmBudget: config.llmBudget,
      generationLeaseMs: config.jobs.lockLifetimeMs,
    },
    { userId: values.user, displayName: values.name },
  );
  const added = summary.goalsCreated + summary.missionsCreated + summary.adventureSteps;
  console.error(
    added === 0
      ? `user "${values.user}" already has the demo data; nothing added`
      : `user "${values.user}": ${summary.goalsCreated} goals, ${summary.missionsCreated} missions, ` +
          `${summary.daysFilled} days of completed sessions, ${summary.adventureSteps} adventure steps added ` +
          `(through the ${through})`,
  );
} finally {
  await database.close();
}
process.stdout.write(
  `${await signToken(signing.secret, { userId: values.user, name: values.name, expiresIn: values.expires })}\n`,
);

import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { readOrCreateDevSecret, signToken } from './auth/tokens.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { startApp } from './server/app.js';
import { developmentWelcome } from './server/dev-welcome.js';

/** Process entry: parse configuration, start, and shut down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel });
  // A bug that escapes every handler must be visible and restart the process, not leave it half alive.
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  // A stray rejection (e.g. a publish while Redis is away) is logged loudly but does not take
  // down requests and jobs in flight.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  const app = await startApp(config, { logger });

  if (config.auth.kind === 'dev-secret') {
    const token = await signToken(readOrCreateDevSecret(config.auth.dataDir), { userId: 'dev', expiresIn: '7d' });
    logger.info(
      { graphiql: `${app.url}/graphql`, header: `{"Authorization": "Bearer ${token}"}` },
      'development token for user "dev" (make others with: npm run token -- --user NAME [--admin])',
    );
    // Plain text for the developer, on stderr: stdout stays one JSON log line per line for machines.
    const graphiqlUrl = config.exposure.introspection === 'off' ? null : `${app.url}/graphql`;
    process.stderr.write(`${developmentWelcome({ graphiqlUrl, userId: 'dev', token })}\n`);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Another process on this DATA_DIR is an operator's situation, not a bug: its message says it all.
  console.error(error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
});

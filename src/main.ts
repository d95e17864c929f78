import { pino, type Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { readOrCreateDevSecret, signToken } from './auth/tokens.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { startApp, type App } from './server/app.js';
import { developmentWelcome } from './server/dev-welcome.js';

/** Process entry: parse configuration, start, and shut down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = pino({ level: config.logLevel });
  reportEscapedErrors(logger);
  const app = await startApp(config, { logger });
  await logDevToken(config, app, logger);
  shutDownOnSignals(app, logger);
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

function reportEscapedErrors(logger: Logger): void {
  // A bug that escapes every handler must be visible and restart the process, not leave it half alive.
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  // A stray rejection (e.g. a publish while Redis is away) is logged loudly but does not take
  // down requests and jobs in flight.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

/** The development token: a JSON log line for machines, and plain text on stderr for the developer. */
async function logDevToken(config: Config, app: App, logger: Logger): Promise<void> {
  if (config.auth.kind !== 'dev-secret') return;
  const token = await signToken(readOrCreateDevSecret(config.auth.dataDir), { userId: 'dev', expiresIn: '7d' });
  logger.info(
    { graphiql: `${app.url}/graphql`, header: `{"Authorization": "Bearer ${token}"}` },
    'development token for user "dev" (make others with: npm run token -- --user NAME [--admin])',
  );
  // stdout stays one JSON log line per line (log shippers and the tests parse it).
  const graphiqlUrl = config.exposure.introspection === 'off' ? null : `${app.url}/graphql`;
  process.stderr.write(`${developmentWelcome({ graphiqlUrl, userId: 'dev', token })}\n`);
}

function shutDownOnSignals(app: App, logger: Logger): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal while draining changes nothing: the first shutdown finishes or times out.
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

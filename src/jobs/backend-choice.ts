import type { JobSettings } from './settings.js';

export type JobBackendChoice =
  { kind: 'postgres'; connectionString: string; notifications: boolean } | { kind: 'mongo'; url: string };

/**
 * Where Agenda keeps its jobs: MongoDB when JOBS_MONGODB_URL is set (the
 * product's original design), else the application's PostgreSQL with
 * LISTEN/NOTIFY (polling on the embedded database, which cannot notify
 * across connections).
 */
export function chooseJobBackend(
  settings: Pick<JobSettings, 'connectionString' | 'embedded' | 'mongoUrl'>,
): JobBackendChoice {
  if (settings.mongoUrl) return { kind: 'mongo', url: settings.mongoUrl };
  return { kind: 'postgres', connectionString: settings.connectionString, notifications: !settings.embedded };
}

/** How the job system runs (from config.jobs, plus where the application's database is). */
export interface JobSettings {
  connectionString: string;
  /** PGlite delivers no NOTIFY across connections: poll with an in-process channel there. */
  embedded: boolean;
  processEveryMs: number;
  /** First retry delay of a failed generation (then ×2): 3 attempts in all. */
  retryDelayMs: number;
  generationConcurrency: number;
  lockLifetimeMs: number;
  mongoUrl?: string;
}

/** What the job system tells about its connections (logs, metrics, /readyz). */
export interface JobConnectionHooks {
  onConnectionError(error: unknown): void;
}

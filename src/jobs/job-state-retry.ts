import type { JobRepository } from 'agenda';

export interface JobStateRetryOptions {
  /** Give up after this long (keep it under the lock lifetime: the job is ours only while locked). */
  maxWaitMs: number;
  /** Stops retrying at once (shutdown). */
  signal: AbortSignal;
  onRetry(error: unknown, attempt: number): void;
}

/**
 * Agenda writes a job's state twice per run: when it starts (lastRunAt, and
 * nextRunAt cleared for a one-off job) and when it ends (lock released,
 * outcome). Either write failing on a dropped connection hurts:
 *
 * - at the start, the job does not run and stays locked until its lock
 *   expires (JOBS_LOCK_LIFETIME_MS) before another attempt;
 * - at the end, Agenda ignores the failure: the lock stays, so once it
 *   expires the finished job is taken again and runs a second time.
 *
 * Both writes are a plain UPDATE by id, safe to repeat, so they are retried
 * with backoff while the database comes back, within the lock's lifetime.
 */
export function retryJobStateWrites(repository: JobRepository, options: JobStateRetryOptions): void {
  const save = repository.saveJobState.bind(repository);
  repository.saveJobState = async (...args) => {
    const deadline = Date.now() + options.maxWaitMs;
    let delayMs = 100;
    for (let attempt = 1; ; attempt++) {
      try {
        return await save(...args);
      } catch (error) {
        if (options.signal.aborted || Date.now() + delayMs > deadline) throw error;
        options.onRetry(error, attempt);
        await sleep(delayMs, options.signal);
        delayMs = Math.min(delayMs * 2, 5000);
      }
    }
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Dependencies, DependencyName, DependencyState } from '../domain/readiness.js';

/** One dependency and how to tell whether it answers now. */
export interface DependencyProbe {
  name: DependencyName;
  isUp(): Promise<boolean> | boolean;
}

export interface DependencyMonitor {
  /** Adds a dependency to check (they are created after the monitor, which their clients report to). */
  watch(probe: DependencyProbe): void;
  /** Probes every dependency now (each bounded by the timeout); concurrent callers share one round. */
  check(): Promise<Dependencies>;
  /** A connection of this dependency failed: counted, and the dependency is probed again at once. */
  connectionError(name: DependencyName, error: unknown): void;
  /** An event could not be handed to Redis (it is dropped, see docs/deploy.md §5.3). */
  publishFailed(error: unknown): void;
  /** Probes periodically until `stop()`, so the gauge and the logs follow outages nobody asks about. */
  start(): void;
  stop(): void;
}

/**
 * Tracks the state of the process's dependencies: a gauge per dependency,
 * counters of connection errors and of events lost, one log line per change
 * of state (warn when it goes down, info when it is back) rather than one per
 * failed reconnection attempt.
 */
export function createDependencyMonitor(options: {
  registry: Registry;
  logger: Logger;
  checkIntervalMs: number;
  checkTimeoutMs: number;
}): DependencyMonitor {
  const { logger, checkIntervalMs: intervalMs, checkTimeoutMs: timeoutMs } = options;
  const probes: DependencyProbe[] = [];
  const up = new Gauge({
    name: 'questline_dependency_up',
    help: 'Whether a dependency answered its last check (1) or not (0): database, redis, jobs (the job store connections).',
    labelNames: ['dependency'] as const,
    registers: [options.registry],
  });
  const errors = new Counter({
    name: 'questline_dependency_errors_total',
    help: 'Connection errors reported by the clients of a dependency (dropped connections, failed reconnections).',
    labelNames: ['dependency'] as const,
    registers: [options.registry],
  });
  const publishFailures = new Counter({
    name: 'questline_event_publish_failures_total',
    help: 'Subscription events that could not be published to Redis and were dropped.',
    registers: [options.registry],
  });

  const states = new Map<DependencyName, DependencyState>();
  let round: Promise<Dependencies> | null = null;
  let timer: NodeJS.Timeout | undefined;
  // After stop() the connections close on purpose: that is no outage to report.
  let stopped = false;

  const record = (name: DependencyName, state: DependencyState) => {
    if (stopped) return;
    const previous = states.get(name);
    states.set(name, state);
    up.set({ dependency: name }, state === 'up' ? 1 : 0);
    if (state === previous) return;
    if (state === 'down') logger.warn({ dependency: name }, 'dependency down');
    else if (previous === 'down') logger.info({ dependency: name }, 'dependency up again');
  };

  const probe = async ({ isUp }: DependencyProbe): Promise<DependencyState> => {
    let deadline: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      deadline = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      const answered = await Promise.race([Promise.resolve().then(isUp), timedOut]);
      return answered ? 'up' : 'down';
    } catch {
      return 'down';
    } finally {
      clearTimeout(deadline);
    }
  };

  const check = (): Promise<Dependencies> => {
    round ??= Promise.all(probes.map(async (entry) => [entry.name, await probe(entry)] as const))
      .then((results) => {
        for (const [name, state] of results) record(name, state);
        return Object.fromEntries(results) as Dependencies;
      })
      .finally(() => {
        round = null;
      });
    return round;
  };

  return {
    watch(entry) {
      probes.push(entry);
    },
    check,
    connectionError(name, error) {
      if (stopped) return;
      errors.inc({ dependency: name });
      // The first error of an outage says why; the reconnection attempts that follow would only repeat it.
      if (states.get(name) === 'down') logger.debug({ err: error, dependency: name }, 'dependency connection error');
      else logger.warn({ err: error, dependency: name }, 'dependency connection error');
      void check();
    },
    publishFailed(error) {
      publishFailures.inc();
      const message = 'event not published: Redis unavailable, its subscribers miss it';
      // One warning per outage; the counter has the rest.
      if (states.get('redis') === 'down') logger.debug({ err: error }, message);
      else logger.warn({ err: error }, message);
    },
    start() {
      if (timer) return;
      void check();
      timer = setInterval(() => void check(), intervalMs);
      // Monitoring alone must never keep the process alive.
      timer.unref();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
    },
  };
}

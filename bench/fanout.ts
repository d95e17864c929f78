import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type { Profiler } from 'node:inspector';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { signToken } from '../src/auth/tokens.js';
import {
  createSharedDatabase,
  PROCESS_JWT_SECRET,
  REDIS_URL,
  SERVER_POSTGRES_URL,
  startProcess,
  stopProcess,
  type QuestlineProcess,
  type SharedDatabase,
} from '../test/support/processes.js';
import { profileClockMicros, topSelfTime, type ProfileWindow } from './support/cpu-profile.js';
import { BENCH_RATE_LIMITS, type BenchEnvironment } from './support/environment.js';
import { cpuDelta, sampleCpu, type CpuSample } from './support/fanout-cpu.js';
import { openSubscribers, type Delivery, type SubscriberPool } from './support/fanout-subscribers.js';
import { prepareRequest, type PreparedRequest } from './support/http.js';
import { numberSetting, progress } from './support/settings.js';
import { formatNumber, passFail, summarizeLatencies, table, type LatencySummary } from './support/stats.js';
import type { Benchmark, BenchmarkReport, GoalCheck } from './support/types.js';

/**
 * Subscription fan-out: one `missionChanged` event delivered to many
 * graphql-ws subscribers of the same user, (A) over two API processes joined
 * by Redis pub/sub and (B) on one process with the in-memory pub/sub.
 *
 * Real processes (`node --import tsx src/main.ts`, test/support/processes.ts)
 * on a fresh PostgreSQL database, created and dropped here; the app of the
 * BenchEnvironment is not used. Needs PostgreSQL and Redis:
 * TEST_SERVER_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test)
 * and TEST_REDIS_URL (default redis://127.0.0.1:6379). Run from the repository
 * root (the processes start src/main.ts relative to it).
 *
 * One user (one token); BENCH_FANOUT_SUBSCRIBERS graphql-ws connections with
 * ONE subscription each (so connections = subscriptions), opened
 * BENCH_FANOUT_BATCH at a time, all in this process. One event = one
 * `createMission` mutation over HTTP to API process 1, which publishes
 * 'mission:changed' for the user after its transaction commits. Events go one
 * at a time: the next is sent when every subscriber has the last one (or after
 * a 10 s timeout), 250 ms apart.
 *
 * Latency per delivery = when the subscriber got it − just before the
 * mutation was sent. The publish happens inside that request, after the
 * commit, so this includes the mutation's own work: an upper bound. Also
 * reported: the same from when the mutation's response arrived (a lower bound;
 * negative when the event overtakes the response), and the mutation's round trip.
 *
 * Settings: BENCH_FANOUT_SUBSCRIBERS (default 1000), BENCH_FANOUT_EVENTS
 * (measured events per scenario, default 10), BENCH_FANOUT_WARMUP_EVENTS (not
 * measured, default 2), BENCH_FANOUT_BATCH (connections opened at once, default 100),
 * BENCH_PROFILE=1 (each server process runs with --cpu-prof; the report gives the
 * top 10 self-time frames over the measured events; the profiles are kept in
 * BENCH_PROFILE_DIR, or a temporary folder).
 */
export const fanoutBenchmark: Benchmark = {
  id: 'fanout',
  title: 'Subscription fan-out: missionChanged to many graphql-ws subscribers',
  run,
};

const P99_GOAL_MS = 100;
const DELIVERY_TIMEOUT_MS = 10_000;
const PAUSE_BETWEEN_EVENTS_MS = 250;
const STOP_TIMEOUT_MS = 15_000;

const SUBSCRIPTION = 'subscription FanoutMissionChanged { missionChanged { kind mission { id title status } } }';
const CREATE_MISSION = `mutation FanoutCreateMission($input: CreateMissionInput!) {
  createMission(input: $input) { mission { id } userErrors { field message } }
}`;

interface Scenario {
  key: string;
  label: string;
  role: 'api' | 'all';
  processes: number;
  /** 'redis' or 'in-memory': which event bus, checked against Redis itself. */
  bus: 'redis' | 'in-memory';
  env: Record<string, string>;
  /**
   * 'documents': every subscriber sends a different document text (its own operation name, layout
   * and comment) for the same selection, as many client builds would; the server shares one
   * execution per event between them (subscription-share-key.ts).
   * 'selections': every subscriber's selection differs (an alias of its own), so nothing can be
   * shared: each delivery is executed on its own, the worst case.
   */
  distinct?: 'documents' | 'selections';
  /** Held to the p99 goal; false: reported for what it is (D, the worst case the goal is not set for). */
  goal: boolean;
}

const SCENARIOS: Scenario[] = [
  { key: 'A', label: 'A: 2 API processes, Redis', role: 'api', processes: 2, bus: 'redis', env: {}, goal: true },
  // REDIS_URL '' overrides startProcess's default; config.ts reads '' as unset (in-memory pub/sub).
  {
    key: 'B',
    label: 'B: 1 process, in-memory',
    role: 'all',
    processes: 1,
    bus: 'in-memory',
    env: { REDIS_URL: '' },
    goal: true,
  },
  {
    key: 'C',
    label: 'C: 1 process, in-memory, no two documents alike',
    role: 'all',
    processes: 1,
    bus: 'in-memory',
    env: { REDIS_URL: '' },
    distinct: 'documents',
    goal: true,
  },
  {
    key: 'D',
    label: 'D: 1 process, in-memory, no two selections alike',
    role: 'all',
    processes: 1,
    bus: 'in-memory',
    env: { REDIS_URL: '' },
    distinct: 'selections',
    goal: false,
  },
];

/** Subscriber `n`'s document in a scenario. */
function subscriptionFor(scenario: Scenario, n: number): string {
  switch (scenario.distinct) {
    case 'documents':
      return `subscription FanoutMissionChanged${n} {\n  missionChanged {\n    kind,\n    mission { id, title, status }\n  }\n}\n# subscriber ${n}`;
    case 'selections':
      return `subscription FanoutMissionChanged { missionChanged { kind mission { id title status subscriber${n}: status } } }`;
    default:
      return SUBSCRIPTION;
  }
}

interface Settings {
  subscribers: number;
  events: number;
  warmupEvents: number;
  batch: number;
  /** BENCH_PROFILE=1: where the server processes write their CPU profiles (one folder per scenario). */
  profileDir: string | null;
}

interface ScenarioResult {
  scenario: Scenario;
  /** Requested subscribers (the expected deliveries per event). */
  subscribers: number;
  /** Acknowledged and subscribed. */
  subscribed: number;
  /** Measured events whose mutation succeeded. */
  events: number;
  expected: number;
  delivered: number;
  fromRequest: LatencySummary;
  fromResponse: LatencySummary;
  mutation: LatencySummary;
  /** First to last delivery of one event. */
  spread: LatencySummary;
  /** fromRequest latencies per process (index = process). */
  perProcess: LatencySummary[];
  subscriberSplit: number[];
  /** Over the measured events (pauses included): each server process, then this process. */
  cpu: { label: string; usage: CpuSample | null; deliveries: number }[];
  /** 1-minute load average before and after the measured events. */
  load: [number, number];
  /** When the measured events ran, in the profile clock. */
  measured: ProfileWindow;
  /** Each server process's CPU profile over the measured events (BENCH_PROFILE=1). */
  profiles: { label: string; top: ReturnType<typeof topSelfTime> }[];
}

async function run(_env: BenchEnvironment): Promise<BenchmarkReport> {
  const settings: Settings = {
    subscribers: numberSetting('BENCH_FANOUT_SUBSCRIBERS', 1000, { min: 1, integer: true }),
    events: numberSetting('BENCH_FANOUT_EVENTS', 10, { min: 1, integer: true }),
    warmupEvents: numberSetting('BENCH_FANOUT_WARMUP_EVENTS', 2, { min: 1, integer: true }),
    batch: numberSetting('BENCH_FANOUT_BATCH', 100, { min: 1, integer: true }),
    profileDir:
      process.env.BENCH_PROFILE === '1'
        ? (process.env.BENCH_PROFILE_DIR ?? (await mkdtemp(join(tmpdir(), 'questline-fanout-profiles-'))))
        : null,
  };
  if (!existsSync('src/main.ts')) {
    throw new Error(`run from the repository root: the processes start src/main.ts (cwd is ${process.cwd()})`);
  }
  const errors: string[] = [];
  const results: ScenarioResult[] = [];

  progress(`  creating a PostgreSQL database on ${new URL(SERVER_POSTGRES_URL).host} (Redis: ${REDIS_URL})…`);
  const db = await createSharedDatabase();
  progress(`  database ${new URL(db.url).pathname.slice(1)} (dropped at the end)`);
  try {
    for (const scenario of SCENARIOS) {
      progress(`  -- scenario ${scenario.label}`);
      try {
        const result = await runScenario(scenario, settings, db, errors);
        // Written when the processes exit, which runScenario waits for.
        if (settings.profileDir) result.profiles = await readProfiles(join(settings.profileDir, scenario.key), result);
        results.push(result);
      } catch (error) {
        errors.push(`${scenario.label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    try {
      await db.drop();
    } catch (error) {
      errors.push(`dropping the database: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return buildReport(results, settings, errors);
}

// ---- One scenario ----------------------------------------------------------

async function runScenario(
  scenario: Scenario,
  settings: Settings,
  db: SharedDatabase,
  errors: string[],
): Promise<ScenarioResult> {
  const userId = `bench-fanout-${scenario.key.toLowerCase()}-${randomBytes(4).toString('hex')}`;
  const authorization = `Bearer ${await signToken(PROCESS_JWT_SECRET, { userId, expiresIn: '1h' })}`;
  const nodeArgs = settings.profileDir
    ? ['--cpu-prof', '--cpu-prof-interval=200', `--cpu-prof-dir=${join(settings.profileDir, scenario.key)}`]
    : [];
  const processes = await startProcesses(scenario, db, nodeArgs);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let pool: SubscriberPool | null = null;
  try {
    progress(`  started ${processes.map((p) => `${p.role} ${p.url} (pid ${p.pid})`).join(', ')}`);
    const mutation = prepareRequest({
      url: `${processes[0]!.url}/graphql`,
      method: 'POST',
      headers: {
        authorization,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({
        query: CREATE_MISSION,
        variables: {
          input: {
            title: 'Fan-out benchmark mission',
            estimatedMinutes: 15,
            energyLevel: 'LOW',
            valueCategory: 'HEALTH',
          },
        },
      }),
    });
    // Creates the user row once, before a hundred connection_inits would race to.
    for (const child of processes) await viewerProbe(child, authorization, agent);

    const base = Math.floor(settings.subscribers / processes.length);
    const split = processes.map((_, i) => base + (i < settings.subscribers % processes.length ? 1 : 0));
    const opened = performance.now();
    pool = await openSubscribers({
      targets: processes.map((child, i) => ({ url: `${child.url.replace(/^http/, 'ws')}/graphql`, count: split[i]! })),
      authorization,
      query: (subscriber) => subscriptionFor(scenario, subscriber),
      field: 'missionChanged.mission',
      batchSize: settings.batch,
    });
    progress(
      `  ${pool.subscribed}/${settings.subscribers} subscribers connected and subscribed (${split.join('/')} over ${processes.length} process(es), ${settings.batch} at a time) in ${formatNumber(performance.now() - opened, 0)} ms`,
    );
    if (pool.subscribed < settings.subscribers) {
      errors.push(`${scenario.label}: only ${pool.subscribed} of ${settings.subscribers} subscribers connected`);
    }

    // Warm-up: also the proof that every subscription is registered on the server before measuring.
    for (let i = 1; i <= settings.warmupEvents; i++) {
      const event = await publish(mutation, agent);
      if ('problem' in event) {
        errors.push(`${scenario.label} warm-up: ${event.problem}`);
        continue;
      }
      const deliveries = await pool.waitFor(event.id, DELIVERY_TIMEOUT_MS);
      pool.forget(event.id);
      progress(
        `  warm-up ${i}/${settings.warmupEvents}: ${uniqueSubscribers(deliveries)}/${pool.subscribed} delivered`,
      );
      await sleep(PAUSE_BETWEEN_EVENTS_MS);
    }
    await checkBus(scenario, userId, processes.length, errors);

    const fromRequest: number[] = [];
    const fromResponse: number[] = [];
    const mutationTimes: number[] = [];
    const spreads: number[] = [];
    const perProcess: number[][] = processes.map(() => []);
    let events = 0;
    let delivered = 0;
    const cpuPids: (number | 'self')[] = [...processes.map((child) => child.pid), 'self'];
    const cpuBefore = cpuPids.map((pid) => sampleCpu(pid));
    const loadBefore = loadavg()[0]!;
    const measuredFrom = profileClockMicros();
    for (let i = 1; i <= settings.events; i++) {
      const event = await publish(mutation, agent);
      if ('problem' in event) {
        errors.push(`${scenario.label} event ${i}: ${event.problem}`);
        continue;
      }
      events += 1;
      const deliveries = await pool.waitFor(event.id, DELIVERY_TIMEOUT_MS);
      pool.forget(event.id);
      const unique = uniqueSubscribers(deliveries);
      if (unique !== deliveries.length) {
        errors.push(`${scenario.label} event ${i}: ${deliveries.length - unique} duplicate deliveries`);
      }
      delivered += unique;
      mutationTimes.push(event.respondedAt - event.sentAt);
      let first = Infinity;
      let last = -Infinity;
      for (const delivery of deliveries) {
        fromRequest.push(delivery.at - event.sentAt);
        fromResponse.push(delivery.at - event.respondedAt);
        perProcess[delivery.target]!.push(delivery.at - event.sentAt);
        first = Math.min(first, delivery.at);
        last = Math.max(last, delivery.at);
      }
      if (deliveries.length > 0) spreads.push(last - first);
      const latency = summarizeLatencies(deliveries.map((d) => d.at - event.sentAt));
      progress(
        `  event ${i}/${settings.events}: ${unique}/${settings.subscribers} delivered` +
          `  p50 ${formatNumber(latency.p50, 1)} ms  p99 ${formatNumber(latency.p99, 1)} ms  max ${formatNumber(latency.max, 1)} ms` +
          `  (mutation ${formatNumber(event.respondedAt - event.sentAt, 1)} ms)`,
      );
      await sleep(PAUSE_BETWEEN_EVENTS_MS);
    }

    const measured = { fromMicros: measuredFrom, toMicros: profileClockMicros() };
    const cpuAfter = cpuPids.map((pid) => sampleCpu(pid));
    const loadAfter = loadavg()[0]!;
    const cpu = cpuPids.map((pid, i) => ({
      label: pid === 'self' ? 'benchmark (subscribers, mutation client)' : `${processes[i]!.role} process ${i + 1}`,
      usage: cpuDelta(cpuBefore[i]!, cpuAfter[i]!),
      // A server's own subscribers' deliveries; this process receives them all.
      deliveries: pid === 'self' ? delivered : (perProcess[i]?.length ?? 0),
    }));
    progress(`  load average (1 min) ${formatNumber(loadBefore, 2)} before, ${formatNumber(loadAfter, 2)} after`);

    const expected = settings.subscribers * settings.events;
    if (delivered < expected) {
      errors.push(
        `${scenario.label}: ${expected - delivered} of ${expected} deliveries missing (within ${DELIVERY_TIMEOUT_MS} ms per event)`,
      );
    }
    if (pool.problemCount() > 0) {
      errors.push(
        `${scenario.label}: ${pool.problemCount()} subscriber problem(s), e.g. ${pool.problems().join(' | ')}`,
      );
    }
    return {
      scenario,
      subscribers: settings.subscribers,
      subscribed: pool.subscribed,
      events,
      expected,
      delivered,
      fromRequest: summarizeLatencies(fromRequest),
      fromResponse: summarizeLatencies(fromResponse),
      mutation: summarizeLatencies(mutationTimes),
      spread: summarizeLatencies(spreads),
      perProcess: perProcess.map((samples) => summarizeLatencies(samples)),
      subscriberSplit: split,
      cpu,
      load: [loadBefore, loadAfter],
      measured,
      profiles: [],
    };
  } finally {
    agent.destroy();
    if (pool) {
      const closing = performance.now();
      await pool.close();
      progress(`  subscribers closed (${formatNumber(performance.now() - closing, 0)} ms)`);
    }
    await stopProcesses(processes);
  }
}

type Published = { id: string; sentAt: number; respondedAt: number } | { problem: string };

async function publish(mutation: PreparedRequest, agent: Agent): Promise<Published> {
  const sentAt = performance.now();
  let body: string;
  try {
    const response = await mutation.send(agent);
    body = response.body;
    if (response.status !== 200) return { problem: `createMission: HTTP ${response.status}: ${snippet(body)}` };
  } catch (error) {
    return { problem: `createMission failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const respondedAt = performance.now();
  const json = JSON.parse(body) as {
    data?: { createMission?: { mission?: { id?: string } | null; userErrors?: unknown[] | null } };
    errors?: unknown;
  };
  const payload = json.data?.createMission;
  const id = payload?.mission?.id;
  if (json.errors !== undefined || payload?.userErrors?.length || typeof id !== 'string') {
    return { problem: `createMission answered ${snippet(body)}` };
  }
  return { id, sentAt, respondedAt };
}

async function viewerProbe(child: QuestlineProcess, authorization: string, agent: Agent): Promise<void> {
  const response = await prepareRequest({
    url: `${child.url}/graphql`,
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  }).send(agent);
  if (response.status !== 200 || response.body.includes('"errors"')) {
    throw new Error(`viewer probe on ${child.url}: HTTP ${response.status}: ${snippet(response.body)}`);
  }
}

/**
 * Which bus carried the events: with Redis, each API process's subscribe
 * connection is subscribed to the user's channel; in memory, none is.
 */
async function checkBus(scenario: Scenario, userId: string, processes: number, errors: string[]): Promise<void> {
  const channel = `mission:changed:${userId}`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const reply = (await redis.call('PUBSUB', 'NUMSUB', channel)) as [string, number];
    const subscribers = Number(reply[1]);
    const expected = scenario.bus === 'redis' ? processes : 0;
    progress(`  Redis PUBSUB NUMSUB ${channel}: ${subscribers} (expected ${expected}: ${scenario.bus} pub/sub)`);
    if (subscribers !== expected) {
      errors.push(`${scenario.label}: Redis channel ${channel} has ${subscribers} subscriber(s), expected ${expected}`);
    }
  } catch (error) {
    const message = `Redis check failed: ${error instanceof Error ? error.message : String(error)}`;
    if (scenario.bus === 'redis') errors.push(`${scenario.label}: ${message}`);
    else progress(`  ${message} (not needed for in-memory pub/sub)`);
  } finally {
    redis.disconnect();
  }
}

// ---- Processes -------------------------------------------------------------

/** Processes of this benchmark still running: killed if this process exits (e.g. bench/index.ts on Ctrl-C). */
const running = new Set<QuestlineProcess>();
const killRunning = () => {
  for (const child of running) child.kill('SIGTERM');
};

async function startProcesses(scenario: Scenario, db: SharedDatabase, nodeArgs: string[]): Promise<QuestlineProcess[]> {
  if (running.size === 0) process.on('exit', killRunning);
  const env = {
    DATABASE_URL: db.url,
    // startProcess's 200 ms suits tests; the production default is 1 s (only role "all" polls jobs).
    JOBS_PROCESS_EVERY_MS: '1000',
    SHUTDOWN_TIMEOUT_MS: '5000',
    // One user opens every subscription and sends every mutation.
    ...BENCH_RATE_LIMITS,
    ...scenario.env,
  };
  const started = await Promise.allSettled(
    Array.from({ length: scenario.processes }, () => startProcess(scenario.role, env, nodeArgs)),
  );
  const processes: QuestlineProcess[] = [];
  for (const result of started) {
    if (result.status === 'fulfilled') {
      processes.push(result.value);
      running.add(result.value);
    }
  }
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stopProcesses(processes);
    throw failed.reason;
  }
  return processes;
}

async function stopProcesses(processes: QuestlineProcess[]): Promise<void> {
  await Promise.all(
    processes.map(async (child) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      try {
        await stopProcess(child);
      } finally {
        clearTimeout(timer);
        running.delete(child);
      }
    }),
  );
  if (running.size === 0) process.off('exit', killRunning);
}

/** The profiles the scenario's processes wrote on exit, cut to the measured events. */
async function readProfiles(directory: string, result: ScenarioResult): Promise<ScenarioResult['profiles']> {
  const files = (await readdir(directory)).filter((name) => name.endsWith('.cpuprofile')).sort();
  const profiles: ScenarioResult['profiles'] = [];
  for (const [i, file] of files.entries()) {
    const profile = JSON.parse(await readFile(join(directory, file), 'utf8')) as Profiler.Profile;
    const top = topSelfTime(profile, 10, result.measured);
    // A process's other threads (tsx's loader) write profiles too, idle while the events ran.
    if (top.busySamples > 0) profiles.push({ label: `process ${i + 1} (${file})`, top });
  }
  progress(`  ${files.length} CPU profile(s) in ${directory}`);
  return profiles;
}

// ---- Report ----------------------------------------------------------------

function buildReport(results: ScenarioResult[], settings: Settings, errors: string[]): BenchmarkReport {
  const ms = (value: number) => formatNumber(value, 1);
  const goals: GoalCheck[] = SCENARIOS.filter((scenario) => scenario.goal).map((scenario) => {
    const result = results.find((r) => r.scenario === scenario);
    const p99 = result?.fromRequest.p99 ?? NaN;
    const complete = result !== undefined && result.delivered === result.expected;
    return {
      name: `${scenario.label}: delivery p99 < ${P99_GOAL_MS} ms`,
      pass: p99 < P99_GOAL_MS && complete,
      detail: result
        ? `p99 ${ms(p99)} ms from the mutation request, ${result.delivered}/${result.expected} delivered`
        : 'not measured',
    };
  });

  const summary = [
    `One user; ${settings.subscribers} graphql-ws connections with one missionChanged subscription each` +
      ` (${settings.subscribers} subscriptions), opened ${settings.batch} at a time, all in the benchmark process.` +
      ` One event = one createMission mutation over HTTP to process 1; ${settings.events} measured events per scenario,` +
      ` one at a time, after ${settings.warmupEvents} warm-up event(s). Fresh PostgreSQL database; Redis ${REDIS_URL}.`,
    `Latency = subscriber got the event − just before the mutation was sent (includes the mutation's transaction;` +
      ` the publish follows its commit). Clients and servers share this machine's ${cpus().length} CPU(s) with PostgreSQL and Redis;` +
      ` in A and B all subscribers send the same document as the same user, so each process executes it once per event` +
      ` (server/shared-subscriptions.ts) and sends the result to each: the best case. In C every document text differs` +
      ` (operation name, layout, comment) but not the selection, which is what sharing keys on (server/subscription-share-key.ts).` +
      ` In D every selection differs, so each delivery is executed on its own (the mission is still read once per event` +
      ` and selection): the worst case.`,
    '',
    ...table(
      [
        'scenario',
        'subscribers',
        'events',
        'p50 ms',
        'p99 ms',
        'max ms',
        'delivered/expected',
        `p99 < ${P99_GOAL_MS} ms`,
      ],
      SCENARIOS.map((scenario) => {
        const r = results.find((result) => result.scenario === scenario);
        if (!r) return [scenario.label, String(settings.subscribers), '—', '—', '—', '—', '—', 'FAIL (not measured)'];
        return [
          scenario.label,
          r.subscribers === r.subscribed ? String(r.subscribers) : `${r.subscribed}/${r.subscribers}`,
          String(r.events),
          ms(r.fromRequest.p50),
          ms(r.fromRequest.p99),
          ms(r.fromRequest.max),
          `${r.delivered}/${r.expected}`,
          scenario.goal
            ? passFail(goals.find((goal) => goal.name.startsWith(scenario.label))?.pass ?? false)
            : `no goal (${r.fromRequest.p99 < P99_GOAL_MS ? 'under' : 'over'} ${P99_GOAL_MS} ms)`,
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    'The same deliveries from the mutation response (lower bound), the mutation round trip, and the spread of one event (first to last subscriber):',
    '',
    ...table(
      [
        'scenario',
        'after response p50 ms',
        'p99 ms',
        'max ms',
        'mutation p50 ms',
        'mutation max ms',
        'spread p50 ms',
        'spread max ms',
      ],
      results.map((r) => [
        r.scenario.label,
        ms(r.fromResponse.p50),
        ms(r.fromResponse.p99),
        ms(r.fromResponse.max),
        ms(r.mutation.p50),
        ms(r.mutation.max),
        ms(r.spread.p50),
        ms(r.spread.max),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ];
  for (const r of results.filter((result) => result.perProcess.length > 1)) {
    summary.push(
      '',
      `${r.scenario.label}, by process (from the mutation request): ` +
        r.perProcess
          .map(
            (latency, i) =>
              `process ${i + 1}${i === 0 ? ' (publisher)' : ''}, ${r.subscriberSplit[i]} subscribers: p50 ${ms(latency.p50)} ms, p99 ${ms(latency.p99)} ms`,
          )
          .join('; '),
    );
  }
  const perEvent = (value: number | null | undefined, events: number) =>
    value === null || value === undefined || events === 0 ? '—' : formatNumber(value / events, 0);
  summary.push(
    '',
    `CPU during the measured events, per event (250 ms pause included); run-queue wait = main thread runnable but no CPU free` +
      ` (${cpus().length} CPU(s), shared with PostgreSQL, Redis and anything else running):`,
    '',
    ...table(
      [
        'scenario',
        'process',
        'CPU ms/event',
        'CPU ms/delivery',
        'run-queue wait ms/event',
        'load avg 1 min before/after',
      ],
      results.flatMap((r) =>
        r.cpu.map((entry, i) => [
          i === 0 ? r.scenario.label : '',
          entry.label,
          perEvent(entry.usage?.cpuMs, r.events),
          entry.usage && entry.deliveries > 0 ? formatNumber(entry.usage.cpuMs / entry.deliveries, 2) : '—',
          perEvent(entry.usage?.runQueueWaitMs, r.events),
          i === 0 ? `${formatNumber(r.load[0], 2)} / ${formatNumber(r.load[1], 2)}` : '',
        ]),
      ),
      ['l', 'l', 'r', 'r', 'r', 'r'],
    ),
  );
  for (const r of results) {
    for (const { label, top } of r.profiles) {
      summary.push(
        '',
        `${r.scenario.label}, ${label}: CPU profile over the measured events, top ${top.frames.length} frames by self time` +
          ` (share of ${top.busySamples} busy samples, ${formatNumber(top.busyMs / Math.max(r.delivered, 1), 3)} ms busy per delivery)`,
        '',
        ...table(
          ['self %', 'frame'],
          top.frames.map((frame) => [formatNumber(frame.percent, 1), frame.frame]),
          ['r', 'l'],
        ),
      );
    }
  }
  return { id: fanoutBenchmark.id, title: fanoutBenchmark.title, errors, goals, summary };
}

function uniqueSubscribers(deliveries: Delivery[]): number {
  return new Set(deliveries.map((delivery) => delivery.subscriber)).size;
}

function snippet(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

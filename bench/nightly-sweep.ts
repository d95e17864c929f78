import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  EnergyLevel,
  GoalType,
  MissionSource,
  MissionStatus,
  SessionStatus,
  ValueCategory,
  type GenerationSweep,
  type Prisma,
  type PrismaClient,
} from '@prisma/client';
import { nightlyWindowKey } from '../src/domain/nightly-window.js';
import { DAY_MS } from '../src/domain/time-units.js';
import { PATTERN_WINDOW_DAYS, QUESTS_PER_RUN_MAX, QUESTS_PER_RUN_MIN } from '../src/domain/quest-types.js';
import { generateQuestsForUser } from '../src/resolvers/quest-generation/generate-quests.js';
import { runNightlySweep, type SweepDeps } from '../src/resolvers/quest-generation/nightly-sweep.js';
import type { BenchEnvironment } from './support/environment.js';
import { startQueryTally } from './support/query-counter.js';
import { seededRandom } from './support/random.js';
import { numberSetting, progress } from './support/settings.js';
import { formatNumber, passFail, table } from './support/stats.js';
import type { Benchmark, BenchmarkReport, GoalCheck } from './support/types.js';

/**
 * Nightly sweep: one runNightlySweep for the 02:00 UTC slot over N due users
 * (offline model), for each N on a fresh app and database. Measures the
 * sweep's wall time and the process CPU time it took; on the embedded
 * database PGlite runs in this process, so its CPU time is in the figure too.
 *
 * Settings: BENCH_SWEEP_SIZES (comma-separated user counts, default
 * 1000,10000), BENCH_SWEEP_WARMUP_USERS (users generated before the sweep,
 * in a time zone the sweep does not serve, so the first measured users do not
 * pay for cold code and caches; default 50, 0 for none), BENCH_VERBOSE=1 (the
 * SQL statements of the sweep in full), BENCH_SWEEP_CPU_PROFILE=<file> (a V8
 * CPU profile of the sweep alone, for Chrome DevTools; the size is added to the
 * name when there are several).
 */
export const nightlySweepBenchmark: Benchmark = {
  id: 'nightly-sweep',
  title: 'Nightly sweep: quest generation for N users in one 02:00 UTC slot',
  run,
};

const SLOT = new Date('2026-11-22T02:00:00Z');
const WINDOW_KEY = nightlyWindowKey('2026-11-22');
const CONCURRENCY = 4;
const DEFAULT_SIZES = [1000, 10_000];
const DEFAULT_WARMUP_USERS = 50;
/** Issue 9: at most 5 ms of our own CPU per user at 10,000 users, and 10,000 users at most 11× the CPU of 1,000. */
const CPU_GOAL_MS_PER_USER = 5;
const GOAL_SIZE = 10_000;
const RATIO_BASE_SIZE = 1000;
const CPU_RATIO_GOAL = 11;
const TRANSACTION_START = /^begin\b/i;
/** Rows per createMany. */
const SEED_CHUNK = 1000;
const USER_PREFIX = 'sweep-';
const WARMUP_PREFIX = 'warmup-';
/** At 02:00 UTC it is 11:00 there: never due in the measured slot. */
const WARMUP_TIME_ZONE = 'Asia/Tokyo';
/** Agenda's own polling, not the sweep's work. */
const JOB_SYSTEM_TABLE = /agenda_/i;

interface SizeResult {
  users: number;
  database: string;
  seed: SeedSummary;
  seedMs: number;
  warmupMs: number;
  wallMs: number;
  cpuMs: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  eventLoopUtilization: number;
  /** 1-minute load average at the start and the end of the sweep (other processes share the machine). */
  load: [number, number];
  sweep: GenerationSweep;
  statements: {
    data: number;
    other: number;
    /** BEGINs: the transactions of the sweep. */
    transactions: number;
    jobSystem: number;
    top: { statement: string; count: number }[];
  };
  check: Verification;
}

interface SeedSummary {
  goals: number;
  pendingMissions: number;
  sessions: number;
  sessionsInWindow: number;
}

interface Verification {
  users: number;
  withOneRun: number;
  with3to5: number;
  minGenerated: number;
  maxGenerated: number;
  totalGenerated: number;
  otherRuns: number;
}

async function run(env: BenchEnvironment): Promise<BenchmarkReport> {
  const sizes = sizesSetting();
  const warmupUsers = numberSetting('BENCH_SWEEP_WARMUP_USERS', DEFAULT_WARMUP_USERS, { min: 0, integer: true });
  const errors: string[] = [];
  const results: SizeResult[] = [];

  for (const users of sizes) {
    progress(`  -- ${users.toLocaleString('en-US')} users: starting a fresh app and database…`);
    const sizeEnv = await env.freshEnvironment();
    try {
      const result = await measureSize(sizeEnv, users, warmupUsers);
      results.push(result);
      errors.push(...checkResult(result));
    } catch (error) {
      errors.push(
        `${users} users: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    } finally {
      await sizeEnv.close();
    }
  }
  return buildReport({ results, errors, warmupUsers });
}

function sizesSetting(): number[] {
  const raw = process.env.BENCH_SWEEP_SIZES?.trim();
  if (!raw) return DEFAULT_SIZES;
  const sizes = raw.split(',').map((part) => part.trim());
  const parsed = sizes.map(Number);
  if (sizes.some((part) => part === '') || parsed.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`BENCH_SWEEP_SIZES=${raw}: expected comma-separated whole numbers ≥ 1`);
  }
  return parsed;
}

async function measureSize(env: BenchEnvironment, users: number, warmupUsers: number): Promise<SizeResult> {
  const database = env.description[0]?.replace(/^database: /, '') ?? '?';
  progress(`     ${database}`);
  const prisma = env.app.services.prisma;

  const seedStarted = performance.now();
  const seed = await seedUsers(prisma, { prefix: USER_PREFIX, count: users, timeZone: 'UTC', randomSeed: 0x5eed });
  if (warmupUsers > 0) {
    await seedUsers(prisma, { prefix: WARMUP_PREFIX, count: warmupUsers, timeZone: WARMUP_TIME_ZONE, randomSeed: 7 });
  }
  // Fresh statistics for the planner, as a database that has been in use would have.
  await prisma.$executeRawUnsafe('ANALYZE');
  const seedMs = performance.now() - seedStarted;
  progress(
    `     seeded ${users} users (+${warmupUsers} warm-up): ${seed.goals} goals, ${seed.pendingMissions} pending missions,` +
      ` ${seed.sessions} completed sessions (${seed.sessionsInWindow} in the 30-day window) in ${formatNumber(seedMs / 1000, 1)} s`,
  );

  const deps: SweepDeps = { ...env.app.services, jobs: env.app.jobs.queue, now: () => new Date(SLOT.getTime()) };

  // Warm-up: the same per-user generation, for users the sweep will not touch (another zone, another window).
  const warmupStarted = performance.now();
  for (let i = 0; i < warmupUsers; i++) {
    await generateQuestsForUser(deps, { userId: userId(WARMUP_PREFIX, i), trigger: 'NIGHTLY', windowKey: 'warm-up' });
  }
  const warmupMs = performance.now() - warmupStarted;
  if (warmupUsers > 0) progress(`     warm-up: ${warmupUsers} generations in ${formatNumber(warmupMs / 1000, 1)} s`);

  const ticker = startTicker(env, users);
  const tally = startQueryTally();
  let sweep: GenerationSweep;
  let wallMs: number;
  let cpu: NodeJS.CpuUsage;
  let elu: number;
  const loadBefore = loadavg()[0]!;
  const profiler = await startProfiler();
  try {
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    sweep = await runNightlySweep(deps, { concurrency: CONCURRENCY });
    wallMs = performance.now() - started;
    cpu = process.cpuUsage(cpu0);
    elu = performance.eventLoopUtilization(elu0).utilization;
  } finally {
    tally.stop();
    clearInterval(ticker);
    await profiler?.stop(users);
  }
  const load: [number, number] = [loadBefore, loadavg()[0]!];
  const statements = summarizeStatements(tally.snapshot());
  const cpuMs = (cpu.user + cpu.system) / 1000;
  progress(
    `     sweep: ${sweep.usersProcessed} users, ${sweep.missionsGenerated} missions, ${sweep.failures} failures;` +
      ` wall ${formatNumber(wallMs / 1000, 2)} s, CPU ${formatNumber(cpuMs / 1000, 2)} s` +
      ` (${formatNumber(wallMs / users, 2)} / ${formatNumber(cpuMs / users, 2)} ms per user);` +
      ` load average ${formatNumber(load[0], 1)} → ${formatNumber(load[1], 1)} on ${cpus().length} CPU(s)`,
  );
  progress(
    `     SQL: ${formatNumber((statements.data + statements.other) / users, 1)} statements per user` +
      ` (${formatNumber(statements.data / users, 1)} data, ${formatNumber(statements.other / users, 1)} other;` +
      ` ${statements.jobSystem} job-system statements left out);` +
      ` ${formatNumber(statements.transactions / users, 2)} transactions per user`,
  );
  const verbose = process.env.BENCH_VERBOSE === '1';
  for (const { statement, count } of statements.top) {
    progress(
      `       ${formatNumber(count / users, 2).padStart(6)} × ${verbose ? statement : truncate(statement, 140)}`,
    );
  }

  const check = await verify(prisma);
  progress(
    `     check: ${check.withOneRun}/${check.users} users with one SUCCEEDED NIGHTLY run for ${WINDOW_KEY},` +
      ` ${check.with3to5}/${check.users} with ${QUESTS_PER_RUN_MIN}–${QUESTS_PER_RUN_MAX} generated missions` +
      ` (min ${check.minGenerated}, max ${check.maxGenerated}, total ${check.totalGenerated})`,
  );
  return {
    users,
    database,
    seed,
    seedMs,
    warmupMs,
    wallMs,
    cpuMs,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    eventLoopUtilization: elu,
    load,
    sweep,
    statements,
    check,
  };
}

/** The optional CPU profile of the sweep (BENCH_SWEEP_CPU_PROFILE): started just before, written just after. */
async function startProfiler(): Promise<{ stop(users: number): Promise<void> } | null> {
  const file = process.env.BENCH_SWEEP_CPU_PROFILE?.trim();
  if (!file) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(users) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      const path = sizesSetting().length > 1 ? file.replace(/(\.cpuprofile)?$/, `-${users}$1`) : file;
      await writeFile(path, JSON.stringify(profile));
      progress(`     CPU profile of the sweep: ${path}`);
    },
  };
}

/** Progress every 15 s from the generation counter in memory (no SQL, so nothing added to the measurement). */
function startTicker(env: BenchEnvironment, users: number): NodeJS.Timeout {
  const started = performance.now();
  const metrics = env.app.services.metrics;
  const ticker = setInterval(() => {
    void metrics.generationRuns.get().then((metric) => {
      const done = metric.values.reduce((sum, value) => sum + value.value, 0);
      progress(
        `     … ${formatNumber((performance.now() - started) / 1000, 0)} s: ${done} runs (of ${users} + warm-up)`,
      );
    });
  }, 15_000);
  ticker.unref();
  return ticker;
}

// ---- Seed ------------------------------------------------------------------

function userId(prefix: string, index: number): string {
  return `${prefix}${String(index).padStart(6, '0')}`;
}

/**
 * `count` users below the pending threshold: 2 active goals, 0–2 pending
 * missions, 2–5 completed sessions (of completed missions, generated by
 * earlier runs) in the 30 days before the slot. Deterministic for a given seed.
 */
async function seedUsers(
  prisma: PrismaClient,
  options: { prefix: string; count: number; timeZone: string; randomSeed: number },
): Promise<SeedSummary> {
  const random = seededRandom(options.randomSeed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const categories = Object.values(ValueCategory);
  const energies = Object.values(EnergyLevel);
  const slotMs = SLOT.getTime();

  const users: Prisma.UserCreateManyInput[] = [];
  const goals: Prisma.GoalCreateManyInput[] = [];
  const missions: Prisma.MissionCreateManyInput[] = [];
  const sessions: Prisma.MissionSessionCreateManyInput[] = [];
  let pendingMissions = 0;
  let sessionsInWindow = 0;
  for (let i = 0; i < options.count; i++) {
    const id = userId(options.prefix, i);
    const createdAt = new Date(slotMs - between(60, 400) * DAY_MS);
    users.push({
      id,
      displayName: `Sweep user ${i}`,
      timeZone: options.timeZone,
      currentEnergy: i % 4 === 0 ? null : pick(energies),
      createdAt,
    });
    const ownGoals = [0, 1].map((g) => {
      const goal = {
        id: randomUUID(),
        userId: id,
        title: `Goal ${g + 1} of user ${i}`,
        description: g === 0 ? 'A goal with a description, for the prompt.' : null,
        goalType: g === 0 ? GoalType.CONCRETE : GoalType.ABSTRACT,
        valueCategory: pick(categories),
        importance: between(1, 5),
        lastWorkedAt: random() < 0.5 ? null : new Date(slotMs - between(31, 90) * DAY_MS),
        createdAt: new Date(createdAt.getTime() + between(0, 30) * DAY_MS),
      } satisfies Prisma.GoalCreateManyInput;
      goals.push(goal);
      return goal;
    });
    const pending = i % 3; // 0, 1 or 2: always below the healthy pool of 5
    for (let p = 0; p < pending; p++) {
      const goal = pick(ownGoals);
      missions.push({
        id: randomUUID(),
        userId: id,
        goalId: goal.id,
        title: `Pending mission ${p + 1} of user ${i}`,
        estimatedMinutes: 5 * between(2, 12),
        energyLevel: pick(energies),
        valueCategory: goal.valueCategory,
        priorityScore: Math.round(random() * 1000) / 1000,
        status: MissionStatus.PENDING,
      });
      pendingMissions += 1;
    }
    const completed = between(2, 5);
    for (let s = 0; s < completed; s++) {
      const goal = random() < 0.8 ? pick(ownGoals) : null;
      const actualMinutes = between(5, 45);
      // Between one hour and 29 days before the slot: inside the pattern window.
      const completedAt = new Date(slotMs - 3_600_000 - Math.floor(random() * 28 * DAY_MS));
      const startedAt = new Date(completedAt.getTime() - actualMinutes * 60_000);
      const missionId = randomUUID();
      missions.push({
        id: missionId,
        userId: id,
        goalId: goal?.id ?? null,
        title: `Done mission ${s + 1} of user ${i}`,
        estimatedMinutes: 5 * between(2, 12),
        energyLevel: pick(energies),
        valueCategory: goal?.valueCategory ?? pick(categories),
        priorityScore: 0,
        status: MissionStatus.COMPLETED,
        // Made by an earlier run (one no longer kept): the energy history a run reads has rows, as it would.
        source: MissionSource.GENERATED,
        completedAt,
        createdAt: startedAt,
      });
      sessions.push({
        missionId,
        userId: id,
        startedAt,
        completedAt,
        actualMinutes,
        status: SessionStatus.COMPLETED,
      });
      if (slotMs - completedAt.getTime() <= PATTERN_WINDOW_DAYS * DAY_MS) sessionsInWindow += 1;
    }
  }

  await createInChunks(users, (data) => prisma.user.createMany({ data }));
  await createInChunks(goals, (data) => prisma.goal.createMany({ data }));
  await createInChunks(missions, (data) => prisma.mission.createMany({ data }));
  await createInChunks(sessions, (data) => prisma.missionSession.createMany({ data }));
  return { goals: goals.length, pendingMissions, sessions: sessions.length, sessionsInWindow };
}

async function createInChunks<T>(rows: T[], create: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += SEED_CHUNK) await create(rows.slice(start, start + SEED_CHUNK));
}

// ---- Checks ------------------------------------------------------------------

async function verify(prisma: PrismaClient): Promise<Verification> {
  const rows = await prisma.$queryRaw<Verification[]>`
    SELECT
      count(*)::int AS "users",
      count(*) FILTER (WHERE r.runs = 1)::int AS "withOneRun",
      count(*) FILTER (WHERE m.generated BETWEEN ${QUESTS_PER_RUN_MIN} AND ${QUESTS_PER_RUN_MAX})::int AS "with3to5",
      COALESCE(min(m.generated), 0)::int AS "minGenerated",
      COALESCE(max(m.generated), 0)::int AS "maxGenerated",
      COALESCE(sum(m.generated), 0)::int AS "totalGenerated",
      COALESCE(sum(r.other), 0)::int AS "otherRuns"
    FROM "User" u
    CROSS JOIN LATERAL (
      SELECT
        count(*) FILTER (WHERE q."windowKey" = ${WINDOW_KEY} AND q.trigger = 'NIGHTLY' AND q.status = 'SUCCEEDED') AS runs,
        count(*) FILTER (WHERE NOT (q."windowKey" = ${WINDOW_KEY} AND q.trigger = 'NIGHTLY' AND q.status = 'SUCCEEDED')) AS other
      FROM "QuestGenerationRun" q WHERE q."userId" = u.id
    ) r
    CROSS JOIN LATERAL (
      -- This sweep's missions only: the seeded history is GENERATED too, with no run.
      SELECT count(*) AS generated FROM "Mission" x
      WHERE x."userId" = u.id AND x.source = 'GENERATED' AND x."generationRunId" IS NOT NULL
    ) m
    WHERE u.id LIKE ${`${USER_PREFIX}%`}`;
  const row = rows[0];
  if (!row) throw new Error('verification query returned no row');
  return row;
}

function checkResult(result: SizeResult): string[] {
  const { users, sweep, check } = result;
  const problems: string[] = [];
  const label = `${users} users`;
  if (sweep.usersProcessed !== users)
    problems.push(`${label}: sweep.usersProcessed ${sweep.usersProcessed} ≠ ${users}`);
  if (sweep.failures !== 0) problems.push(`${label}: sweep.failures ${sweep.failures} ≠ 0`);
  if (check.users !== users) problems.push(`${label}: ${check.users} seeded users found, expected ${users}`);
  if (check.withOneRun !== users) {
    problems.push(`${label}: only ${check.withOneRun} users have one SUCCEEDED NIGHTLY run for ${WINDOW_KEY}`);
  }
  if (check.otherRuns !== 0) problems.push(`${label}: ${check.otherRuns} other generation run(s) for the swept users`);
  if (check.with3to5 !== users) {
    problems.push(
      `${label}: only ${check.with3to5} users have ${QUESTS_PER_RUN_MIN}–${QUESTS_PER_RUN_MAX} GENERATED missions` +
        ` (min ${check.minGenerated}, max ${check.maxGenerated})`,
    );
  }
  if (check.totalGenerated !== sweep.missionsGenerated) {
    problems.push(
      `${label}: ${check.totalGenerated} GENERATED missions in the database, sweep says ${sweep.missionsGenerated}`,
    );
  }
  if (result.statements.data === 0) problems.push(`${label}: the query tally saw no statements during the sweep`);
  return problems;
}

// ---- Report ----------------------------------------------------------------

function summarizeStatements(tally: { statement: string; count: number; data: boolean }[]): SizeResult['statements'] {
  let data = 0;
  let other = 0;
  let jobSystem = 0;
  let transactions = 0;
  const top: { statement: string; count: number }[] = [];
  for (const entry of tally) {
    if (JOB_SYSTEM_TABLE.test(entry.statement)) {
      jobSystem += entry.count;
      continue;
    }
    if (TRANSACTION_START.test(entry.statement)) transactions += entry.count;
    if (entry.data) data += entry.count;
    else other += entry.count;
    top.push({ statement: entry.statement, count: entry.count });
  }
  return { data, other, transactions, jobSystem, top: top.slice(0, 25) };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function buildReport(input: { results: SizeResult[]; errors: string[]; warmupUsers: number }): BenchmarkReport {
  const { results, errors, warmupUsers } = input;
  const embedded = results.some((r) => r.database.startsWith('embedded PGlite'));
  const cpuNote = embedded
    ? 'embedded PGlite runs in this process: the CPU time includes the database'
    : 'PostgreSQL is another process: the CPU time is our own work (Node, Prisma, pg driver)';

  const rows = results.map((r) => [
    r.users.toLocaleString('en-US'),
    formatNumber(r.wallMs / 1000, 2),
    formatNumber(r.cpuMs / 1000, 2),
    `${formatNumber(r.cpuUserMs / 1000, 1)} / ${formatNumber(r.cpuSystemMs / 1000, 1)}`,
    formatNumber(r.wallMs / r.users, 2),
    formatNumber(r.cpuMs / r.users, 2),
    formatNumber(r.eventLoopUtilization * 100, 0),
    `${formatNumber(r.load[0], 1)}→${formatNumber(r.load[1], 1)}`,
    formatNumber((r.statements.data + r.statements.other) / r.users, 2),
    formatNumber(r.statements.transactions / r.users, 2),
    String(r.sweep.missionsGenerated),
    String(r.sweep.failures),
    r.check.withOneRun === r.users && r.check.with3to5 === r.users && r.sweep.usersProcessed === r.users
      ? 'ok'
      : 'WRONG',
    formatNumber(r.seedMs / 1000, 1),
  ]);

  const ratios: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const linear = b.users / a.users;
    ratios.push(
      `wall(${b.users})/wall(${a.users}) = ${formatNumber(b.wallMs / a.wallMs, 2)}` +
        ` (linear: ${formatNumber(linear, 2)}); CPU ratio ${formatNumber(b.cpuMs / a.cpuMs, 2)}`,
    );
  }

  const goalResult = results.find((r) => r.users === GOAL_SIZE) ?? results.at(-1);
  const goals: GoalCheck[] = [];
  if (goalResult) {
    const perUser = goalResult.cpuMs / goalResult.users;
    const sizeNote =
      goalResult.users === GOAL_SIZE
        ? ''
        : `; measured at ${goalResult.users} users, not ${GOAL_SIZE.toLocaleString('en-US')}`;
    goals.push({
      name: `≤ ${CPU_GOAL_MS_PER_USER} ms of our own work per user at ${GOAL_SIZE.toLocaleString('en-US')} users`,
      pass: perUser <= CPU_GOAL_MS_PER_USER,
      detail: `CPU ${formatNumber(perUser, 2)} ms per user${sizeNote}; ${cpuNote}`,
    });
  }

  const ratioBase = results.find((r) => r.users === RATIO_BASE_SIZE);
  const ratioTop = results.find((r) => r.users === GOAL_SIZE);
  const cpuRatio = ratioBase && ratioTop ? ratioTop.cpuMs / ratioBase.cpuMs : null;
  if (cpuRatio !== null) {
    goals.push({
      name: `CPU(${GOAL_SIZE.toLocaleString('en-US')} users) / CPU(${RATIO_BASE_SIZE.toLocaleString('en-US')} users) ≤ ${CPU_RATIO_GOAL}`,
      pass: cpuRatio <= CPU_RATIO_GOAL,
      detail: `ratio ${formatNumber(cpuRatio, 2)} (linear: ${formatNumber(GOAL_SIZE / RATIO_BASE_SIZE, 0)})`,
    });
  }

  const top = goalResult?.statements.top.slice(0, 12) ?? [];
  const summary = [
    `one runNightlySweep for slot ${SLOT.toISOString()} (window ${WINDOW_KEY}), concurrency ${CONCURRENCY}, offline model;` +
      ` each size on a fresh app and database; users in time zone UTC with 2 active goals, 0–2 pending missions,` +
      ` 2–5 completed sessions of generated missions in the last 30 days; ${warmupUsers} warm-up generation(s) before each sweep (not measured)`,
    `CPU = process.cpuUsage() user+system during the sweep (${cpuNote}); ELU = event-loop utilisation of the main thread;` +
      ` load = 1-minute load average at the sweep's start→end on ${cpus().length} CPU(s) (other work on the machine skews wall time)`,
    '',
    ...table(
      [
        'users',
        'wall s',
        'CPU s',
        'user/sys s',
        'wall ms/user',
        'CPU ms/user',
        'ELU %',
        'load',
        'SQL/user',
        'tx/user',
        'missions',
        'failures',
        'check',
        'seed s',
      ],
      rows,
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
    ),
  ];
  if (ratios.length > 0) summary.push('', ...ratios);
  if (cpuRatio !== null) {
    summary.push(
      `CPU ratio ${GOAL_SIZE}/${RATIO_BASE_SIZE} users: ${formatNumber(cpuRatio, 2)} (goal ≤ ${CPU_RATIO_GOAL}): ${passFail(cpuRatio <= CPU_RATIO_GOAL)}`,
    );
  }
  if (goalResult) {
    summary.push(
      '',
      `CPU per user at ${goalResult.users} users: ${formatNumber(goalResult.cpuMs / goalResult.users, 2)} ms` +
        ` (goal ≤ ${CPU_GOAL_MS_PER_USER} ms): ${passFail(goalResult.cpuMs / goalResult.users <= CPU_GOAL_MS_PER_USER)};` +
        ` ${formatNumber((goalResult.statements.data + goalResult.statements.other) / goalResult.users, 2)} statements` +
        ` and ${formatNumber(goalResult.statements.transactions / goalResult.users, 2)} transactions per user`,
      '',
      `SQL statements per user during the sweep at ${goalResult.users} users (job-system polling left out):`,
      '',
      ...table(
        ['per user', 'statement'],
        top.map((entry) => [formatNumber(entry.count / goalResult.users, 2), truncate(entry.statement, 110)]),
        ['r', 'l'],
      ),
    );
  }
  for (const r of results) summary.push('', `${r.users} users: ${r.database}`);

  return { id: nightlySweepBenchmark.id, title: nightlySweepBenchmark.title, errors, goals, summary };
}

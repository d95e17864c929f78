import { seededRandom } from './support/random.js';
import { startJsonServer, type JsonServer } from './support/json-server.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Agent } from 'node:http';
import { EnergyLevel, GoalType, MissionStatus, ValueCategory, type Prisma, type PrismaClient } from '@prisma/client';
import { execute, parse, validate } from 'graphql';
import { decodeGlobalId } from '../src/schema/global-id.js';
import { getSchema } from '../src/schema/index.js';
import { EVERY_REQUEST_LIMIT_OFF } from '../src/server/limits/config.js';
import { SERVER_POSTGRES_URL } from '../test/support/processes.js';
import { profileWhile, saveProfile, topSelfTime } from './support/cpu-profile.js';
import type { BenchEnvironment } from './support/environment.js';
import { checkResponse, prepareRequest, type RequestSpec, type ResponseExpectation } from './support/http.js';
import type { LoadResult } from './support/load.js';
import { startQueryCounter, type QueryCount } from './support/query-counter.js';
import { numberSetting, progress } from './support/settings.js';
import { formatNumber, passFail, summarizeLatencies, table, type LatencySummary } from './support/stats.js';
import type { Benchmark, BenchmarkReport, GoalCheck } from './support/types.js';

/**
 * Read path: the cost of the GraphQL stack (yoga, auth, limits, Pothos, prisma
 * plugin) over the same Prisma read served by a bare node:http handler, on
 * both databases in one run: the environment's own (PGlite by default, or
 * BENCH_DATABASE_URL's server), then the other one (a scratch database on
 * BENCH_OTHER_DATABASE_URL, default TEST_SERVER_DATABASE_URL or
 * postgresql://postgres@127.0.0.1:5432/test; or PGlite when the environment's
 * own is a server).
 *
 * Settings: BENCH_SECONDS (measured seconds per target, default 10),
 * BENCH_ROUNDS (the measured time is split into this many A,B rounds, default 2),
 * BENCH_WARMUP_SECONDS (per target, not counted, default 2),
 * BENCH_CONCURRENCY (keep-alive clients, default 20),
 * BENCH_VERBOSE=1 (print the SQL statements of one GraphQL request in full),
 * BENCH_PROFILE=1 (after the rounds, a CPU profile of the main thread while
 * GraphQL and then bare serve the load for BENCH_PROFILE_SECONDS, default 5;
 * the top 10 self-time frames go in the report, the profiles to
 * BENCH_PROFILE_DIR when set).
 */
export const readPathBenchmark: Benchmark = {
  id: 'read-path',
  title: 'Read path: viewer.missions, GraphQL vs bare Prisma handler',
  run,
};

const MISSION_COUNT = 1000;
const GOAL_COUNT = 5;
const PAGE_SIZE = 20;
const QUERY_COUNT_PAGE_SIZES = [5, 20, 100];
const QUERY_COUNT_REPEATS = 3;
const RATIO_GOAL = 0.8;
/** The request limits (cost, size, rate) may cost at most 5% of throughput. */
const LIMITS_RATIO_GOAL = 0.95;
/** Settings that switch every request limit off, for the side-by-side comparison. */
const LIMITS_OFF: Record<string, string> = { RATE_LIMIT_ENABLED: 'false', ...EVERY_REQUEST_LIMIT_OFF };

const missionsQuery = (first: number) =>
  `{ viewer { missions(first: ${first}) { edges { node { id title priorityScore estimatedMinutes energyLevel valueCategory status goal { title } } } } } }`;

/** The bare handler's query: what viewer.missions(first: 20) with those fields needs. */
const bareSelect = {
  id: true,
  title: true,
  priorityScore: true,
  estimatedMinutes: true,
  energyLevel: true,
  valueCategory: true,
  status: true,
  goal: { select: { title: true } },
} satisfies Prisma.MissionSelect;

// On a PostgreSQL server the limits are compared between two API apps started alike on the same
// database (the main app also runs the job worker). The embedded database's socket has room for one
// more app's connections only, so there the main app is the "limits on" side.
const LIMITED = 'API, limits on';
const EXECUTE_ONLY = 'execute only (diagnostic)';
const UNLIMITED = 'API, limits off';

interface Target {
  name: string;
  request: RequestSpec;
  expect: ResponseExpectation;
}

interface TargetRuns {
  target: Target;
  warmup: LoadResult;
  rounds: LoadResult[];
}

interface Settings {
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  concurrency: number;
  /** Seconds of profiled load per target; null: no profile. */
  profileSeconds: number | null;
}

/** One database's measurements. */
interface DatabaseResult {
  database: 'PGlite' | 'PostgreSQL';
  runs: TargetRuns[];
  counts: QueryCounts;
  profiles: { target: string; top: ReturnType<typeof topSelfTime>; requests: number }[];
}

async function run(env: BenchEnvironment): Promise<BenchmarkReport> {
  const settings: Settings = {
    seconds: numberSetting('BENCH_SECONDS', 10, { min: 0.1 }),
    rounds: numberSetting('BENCH_ROUNDS', 2, { min: 1, integer: true }),
    warmupSeconds: numberSetting('BENCH_WARMUP_SECONDS', 2, { min: 0 }),
    concurrency: numberSetting('BENCH_CONCURRENCY', 20, { min: 1, integer: true }),
    profileSeconds: process.env.BENCH_PROFILE === '1' ? numberSetting('BENCH_PROFILE_SECONDS', 5, { min: 0.1 }) : null,
  };
  const errors: string[] = [];
  const results: DatabaseResult[] = [await measureOn(env, settings, errors)];

  // The other database, on a fresh environment of its own: the goal holds on both.
  const otherUrl = env.app.database.embedded
    ? (process.env.BENCH_OTHER_DATABASE_URL ?? SERVER_POSTGRES_URL)
    : undefined;
  progress(`\n  -- the other database: ${otherUrl ? `PostgreSQL on ${new URL(otherUrl).host}` : 'embedded PGlite'}`);
  let other: BenchEnvironment | null = null;
  try {
    other = await env.freshEnvironment({ BENCH_DATABASE_URL: otherUrl });
  } catch (error) {
    errors.push(
      `could not open the other database (${otherUrl ?? 'PGlite'}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (other) {
    try {
      for (const line of other.description) progress(`  ${line}`);
      results.push(await measureOn(other, settings, errors));
    } finally {
      await other.close();
    }
  }
  return buildReport({ results, errors, settings });
}

async function measureOn(env: BenchEnvironment, settings: Settings, allErrors: string[]): Promise<DatabaseResult> {
  const { seconds, rounds, warmupSeconds, concurrency } = settings;
  const database = env.app.database.embedded ? 'PGlite' : 'PostgreSQL';
  const prisma = env.app.services.prisma;
  const errors: string[] = [];

  const seedStarted = performance.now();
  const userId = await seedReadPath(prisma);
  progress(
    `  ${database}: seeded user ${userId}: ${MISSION_COUNT} missions, ${GOAL_COUNT} goals (${formatNumber(performance.now() - seedStarted, 0)} ms)`,
  );

  const token = await env.tokenFor(userId);
  const graphqlOn = (first: number, name = 'GraphQL', baseUrl = env.app.url): Target => ({
    name,
    request: {
      url: `${baseUrl}/graphql`,
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: missionsQuery(first) }),
    },
    expect: { status: 200, arrayAt: ['data', 'viewer', 'missions', 'edges'], length: first, rejectGraphQLErrors: true },
  });

  const graphql = (first: number) => graphqlOn(first);
  const limited = env.app.database.embedded ? null : await env.siblingApp({});
  const unlimited = await env.siblingApp(LIMITS_OFF);
  const bare = await startBareServer(prisma, userId);
  const executeOnly = await startExecuteOnlyServer(env, userId);
  try {
    const bareTarget: Target = {
      name: 'bare',
      request: { url: `${bare.url}/missions`, method: 'GET' },
      expect: { status: 200, arrayAt: [], length: PAGE_SIZE },
    };
    const targets: Target[] = [
      graphql(PAGE_SIZE),
      ...(limited ? [graphqlOn(PAGE_SIZE, LIMITED, limited.url)] : []),
      graphqlOn(PAGE_SIZE, UNLIMITED, unlimited.url),
      {
        name: EXECUTE_ONLY,
        request: { url: `${executeOnly.url}/missions`, method: 'GET' },
        expect: {
          status: 200,
          arrayAt: ['data', 'viewer', 'missions', 'edges'],
          length: PAGE_SIZE,
          rejectGraphQLErrors: true,
        },
      },
      bareTarget,
    ];

    // 1. Both answer the same thing, in the same order.
    errors.push(...(await checkEquivalence(targets[0]!, bareTarget)));

    // 2. SQL statements per request, one request at a time.
    const counts = await countQueries(graphql, bareTarget, errors);

    // 3. Throughput, interleaved A,B,A,B so drift on a shared machine hits both.
    const roundMs = (seconds * 1000) / rounds;
    const runs: TargetRuns[] = [];
    for (const target of targets) {
      progress(`  warm-up ${target.name}: ${warmupSeconds} s`);
      const warmup = await env.load.run({
        request: target.request,
        expect: target.expect,
        concurrency,
        durationMs: warmupSeconds * 1000,
      });
      runs.push({ target, warmup, rounds: [] });
    }
    for (let round = 1; round <= rounds; round++) {
      for (const entry of runs) {
        const result = await env.load.run({
          request: entry.target.request,
          expect: entry.target.expect,
          concurrency,
          durationMs: roundMs,
        });
        entry.rounds.push(result);
        const latency = summarizeLatencies(result.latenciesMs);
        progress(
          `  round ${round}/${rounds} ${entry.target.name.padEnd(19)} ${formatNumber(requestsPerSecond([result])).padStart(9)} req/s` +
            `  p50 ${formatNumber(latency.p50, 2)} ms  p95 ${formatNumber(latency.p95, 2)} ms  errors ${result.errors}`,
        );
      }
    }

    for (const entry of runs) {
      const phases: [string, LoadResult[]][] = [
        ['warm-up', [entry.warmup]],
        ['measured', entry.rounds],
      ];
      for (const [label, results] of phases) {
        const failed = results.reduce((sum, r) => sum + r.errors, 0);
        if (failed === 0) continue;
        const samples = [...new Set(results.flatMap((r) => r.errorSamples))].slice(0, 5);
        errors.push(`${entry.target.name} ${label}: ${failed} failed request(s), e.g. ${samples.join(' | ')}`);
      }
    }

    // 4. Where the main thread's time goes, GraphQL against bare (not part of the measured rounds).
    const profiles: DatabaseResult['profiles'] = [];
    if (settings.profileSeconds !== null) {
      for (const target of [targets[0]!, bareTarget]) {
        progress(`  profiling ${target.name}: ${settings.profileSeconds} s`);
        const { profile, result } = await profileWhile(() =>
          env.load.run({
            request: target.request,
            expect: target.expect,
            concurrency,
            durationMs: settings.profileSeconds! * 1000,
          }),
        );
        const directory = process.env.BENCH_PROFILE_DIR;
        if (directory) {
          const file = join(directory, `read-path-${database}-${target.name}.cpuprofile`.toLowerCase());
          await saveProfile(profile, file);
          progress(`  profile written to ${file}`);
        }
        profiles.push({ target: target.name, top: topSelfTime(profile), requests: result.ok });
      }
    }
    return { database, runs, counts, profiles };
  } finally {
    await bare.close();
    await executeOnly.close();
    allErrors.push(...errors.map((error) => `${database}: ${error}`));
  }
}

// ---- Seed ------------------------------------------------------------------

/** The read path's data: one user with 1000 missions over 5 goals (exported for ad-hoc profiling scripts). */
export async function seedReadPath(prisma: PrismaClient): Promise<string> {
  const userId = `bench-read-path-${randomBytes(4).toString('hex')}`;
  const random = seededRandom(0x5eed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const categories = Object.values(ValueCategory);

  await prisma.user.create({ data: { id: userId, displayName: 'Read path benchmark' } });
  const goals = Array.from({ length: GOAL_COUNT }, (_, i) => ({
    id: randomUUID(),
    userId,
    title: `Benchmark goal ${i + 1}`,
    goalType: i % 2 === 0 ? GoalType.CONCRETE : GoalType.ABSTRACT,
    valueCategory: categories[i % categories.length]!,
    importance: 1 + (i % 5),
  }));
  await prisma.goal.createMany({ data: goals });

  const statuses = [
    ...Array<MissionStatus>(7).fill(MissionStatus.PENDING),
    MissionStatus.IN_PROGRESS,
    MissionStatus.DEFERRED,
    MissionStatus.COMPLETED,
  ];
  const missions = Array.from({ length: MISSION_COUNT }, (_, i): Prisma.MissionCreateManyInput => {
    // Nine in ten missions belong to a goal; the rest exercise the null goal.
    const goal = i % 10 === 9 ? undefined : goals[i % GOAL_COUNT];
    return {
      id: randomUUID(),
      userId,
      goalId: goal?.id ?? null,
      title: `Benchmark mission ${i + 1}`,
      estimatedMinutes: 5 * (1 + Math.floor(random() * 36)),
      energyLevel: pick(Object.values(EnergyLevel)),
      valueCategory: goal?.valueCategory ?? pick(categories),
      // Three decimals: varied, with some ties for the id tie-break to settle.
      priorityScore: Math.round(random() * 1000) / 1000,
      status: pick(statuses),
    };
  });
  await prisma.mission.createMany({ data: missions });
  return userId;
}

// ---- The bare handler ------------------------------------------------------

/** node:http, no auth, no GraphQL: the Prisma query and JSON.stringify. */
function startBareServer(prisma: PrismaClient, userId: string): Promise<JsonServer> {
  return startJsonServer(() =>
    prisma.mission.findMany({
      where: { userId },
      orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
      take: PAGE_SIZE,
      select: bareSelect,
    }),
  );
}

/**
 * A diagnostic between the two: node:http, no auth, no limits, no yoga: the same document executed
 * with graphql-js against the app's schema (Pothos and its Prisma plugin included) and
 * JSON.stringify. What the GraphQL schema and its resolvers cost without the HTTP layer: the
 * ceiling of anything done to yoga, envelop and the plugins.
 */
function startExecuteOnlyServer(env: BenchEnvironment, userId: string): Promise<JsonServer> {
  const schema = getSchema();
  const document = parse(missionsQuery(PAGE_SIZE));
  const problems = validate(schema, document);
  if (problems.length > 0) throw new Error(`the read path's document is invalid: ${problems.join('; ')}`);
  return startJsonServer(async () =>
    execute({ schema, document, contextValue: { ...env.app.services, viewer: { id: userId, isAdmin: false } } }),
  );
}

// ---- Probes (one request at a time) ----------------------------------------

interface MissionRow {
  id: string;
  title: string;
  priorityScore: number;
  estimatedMinutes: number;
  energyLevel: string;
  valueCategory: string;
  status: string;
  goal: { title: string } | null;
}

async function probe(target: Target, agent: Agent): Promise<{ json: unknown; problem: string | null }> {
  try {
    const response = await prepareRequest(target.request).send(agent);
    const problem = checkResponse(response, target.expect);
    return { json: problem ? null : JSON.parse(response.body), problem };
  } catch (error) {
    return { json: null, problem: `request failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function checkEquivalence(graphql: Target, bare: Target): Promise<string[]> {
  const agent = new Agent({ keepAlive: true });
  try {
    const [fromGraphQL, fromBare] = [await probe(graphql, agent), await probe(bare, agent)];
    if (fromGraphQL.problem) return [`GraphQL probe: ${fromGraphQL.problem}`];
    if (fromBare.problem) return [`bare probe: ${fromBare.problem}`];
    const edges = (fromGraphQL.json as { data: { viewer: { missions: { edges: { node: MissionRow }[] } } } }).data
      .viewer.missions.edges;
    const graphqlRows = edges.map(({ node }) => normalise({ ...node, id: decodeGlobalId(node.id)?.id ?? node.id }));
    const bareRows = (fromBare.json as MissionRow[]).map(normalise);
    const mismatch = graphqlRows.findIndex((row, i) => row !== bareRows[i]);
    if (mismatch >= 0) {
      return [`GraphQL and bare answers differ at row ${mismatch}: ${graphqlRows[mismatch]} vs ${bareRows[mismatch]}`];
    }
    progress(`  equivalence: GraphQL and bare return the same ${bareRows.length} missions in the same order`);
    return [];
  } finally {
    agent.destroy();
  }
}

function normalise(row: MissionRow): string {
  const { id, title, priorityScore, estimatedMinutes, energyLevel, valueCategory, status, goal } = row;
  return JSON.stringify([
    id,
    title,
    priorityScore,
    estimatedMinutes,
    energyLevel,
    valueCategory,
    status,
    goal?.title ?? null,
  ]);
}

interface QueryCounts {
  graphql: { pageSize: number; samples: QueryCount[] }[];
  bare: QueryCount[];
}

async function countQueries(graphql: (first: number) => Target, bare: Target, errors: string[]): Promise<QueryCounts> {
  const agent = new Agent({ keepAlive: true });
  const counter = startQueryCounter();
  const measure = async (target: Target, label: string): Promise<QueryCount[]> => {
    const warm = await probe(target, agent); // not counted
    if (warm.problem) errors.push(`${label} (query count warm-up): ${warm.problem}`);
    const samples: QueryCount[] = [];
    for (let i = 0; i < QUERY_COUNT_REPEATS; i++) {
      counter.reset();
      const { problem } = await probe(target, agent);
      samples.push(counter.snapshot());
      if (problem) errors.push(`${label} (query count): ${problem}`);
    }
    return samples;
  };
  try {
    const result: QueryCounts = { graphql: [], bare: [] };
    for (const pageSize of QUERY_COUNT_PAGE_SIZES) {
      const samples = await measure(graphql(pageSize), `GraphQL first: ${pageSize}`);
      result.graphql.push({ pageSize, samples });
      progress(`  SQL per GraphQL request, first: ${pageSize}: ${samples.map((s) => describeCount(s)).join(', ')}`);
    }
    result.bare = await measure(bare, 'bare');
    progress(`  SQL per bare request: ${result.bare.map((s) => describeCount(s)).join(', ')}`);
    const example = result.graphql.find((entry) => entry.pageSize === PAGE_SIZE)?.samples[0];
    if (example) {
      progress(`  statements of one GraphQL request (first: ${PAGE_SIZE}):`);
      const verbose = process.env.BENCH_VERBOSE === '1';
      for (const statement of example.statements) progress(`    ${verbose ? statement : truncate(statement, 160)}`);
    }
    if (result.graphql.every((entry) => entry.samples.every((s) => s.data + s.other === 0))) {
      errors.push('query counter saw no statements at all: the pg instrumentation is not reaching the app');
    }
    return result;
  } finally {
    counter.stop();
    agent.destroy();
  }
}

function describeCount(count: QueryCount): string {
  return count.other > 0 ? `${count.data} (+${count.other} other)` : `${count.data}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// ---- Report ----------------------------------------------------------------

function requestsPerSecond(results: LoadResult[]): number {
  const ok = results.reduce((sum, r) => sum + r.ok, 0);
  const elapsedMs = results.reduce((sum, r) => sum + r.elapsedMs, 0);
  return elapsedMs > 0 ? ok / (elapsedMs / 1000) : NaN;
}

function combinedLatencies(results: LoadResult[]): LatencySummary {
  const all = new Float64Array(results.reduce((sum, r) => sum + r.latenciesMs.length, 0));
  let offset = 0;
  for (const r of results) {
    all.set(r.latenciesMs, offset);
    offset += r.latenciesMs.length;
  }
  return summarizeLatencies(all);
}

function buildReport(input: { results: DatabaseResult[]; errors: string[]; settings: Settings }): BenchmarkReport {
  const { results, errors, settings } = input;
  const goals: GoalCheck[] = [];
  const summary = [
    `viewer.missions(first: ${PAGE_SIZE}) over ${MISSION_COUNT} missions; ${settings.concurrency} keep-alive clients;` +
      ` ${settings.seconds} s per target in ${settings.rounds} interleaved round(s); warm-up ${settings.warmupSeconds} s per target;` +
      ` each database on its own app, one after the other in this run`,
  ];
  for (const result of results) {
    const section = databaseSection(result);
    goals.push(...section.goals);
    summary.push('', `### ${result.database}`, '', ...section.summary);
  }
  for (const database of ['PGlite', 'PostgreSQL'] as const) {
    if (results.some((result) => result.database === database)) continue;
    goals.push({
      name: `${database}: GraphQL/bare throughput ratio ≥ ${RATIO_GOAL.toFixed(2)}`,
      pass: false,
      detail: 'not measured',
    });
  }
  return { id: readPathBenchmark.id, title: readPathBenchmark.title, errors, goals, summary };
}

function databaseSection(result: DatabaseResult): { goals: GoalCheck[]; summary: string[] } {
  const { database, runs, counts, profiles } = result;
  const rows = runs.map((entry) => {
    const latency = combinedLatencies(entry.rounds);
    const failed = entry.rounds.reduce((sum, r) => sum + r.errors, 0) + entry.warmup.errors;
    return {
      name: entry.target.name,
      rps: requestsPerSecond(entry.rounds),
      perRound: entry.rounds.map((r) => formatNumber(requestsPerSecond([r]), 0)).join(' / '),
      requests: entry.rounds.reduce((sum, r) => sum + r.requests, 0),
      latency,
      failed,
    };
  });
  const graphqlRow = rows.find((row) => row.name === 'GraphQL');
  const limitedRow = rows.find((row) => row.name === LIMITED) ?? graphqlRow;
  const unlimitedRow = rows.find((row) => row.name === UNLIMITED);
  const bareRow = rows.find((row) => row.name === 'bare');
  const ratio = graphqlRow && bareRow ? graphqlRow.rps / bareRow.rps : NaN;
  const executeOnlyRow = rows.find((row) => row.name === EXECUTE_ONLY);
  const executeOnlyRatio = executeOnlyRow && bareRow ? executeOnlyRow.rps / bareRow.rps : NaN;
  const limitsRatio = limitedRow && unlimitedRow ? limitedRow.rps / unlimitedRow.rps : NaN;

  // The fewest of the repeats: a background statement of the app (the readiness probe's, the job
  // poller's) can land in the window of one request and be counted with it.
  const perPageSize = counts.graphql.map((entry) => ({
    pageSize: entry.pageSize,
    data: [Math.min(...entry.samples.map((s) => s.data))],
    other: [Math.min(...entry.samples.map((s) => s.other))],
  }));
  const distinctData = new Set(perPageSize.flatMap((entry) => entry.data));
  const distinctOther = new Set(perPageSize.flatMap((entry) => entry.other));
  const constant = distinctData.size === 1 && distinctOther.size === 1 && !distinctData.has(0);
  const bareData = [...new Set(counts.bare.map((s) => s.data))].join('/');

  const goals: GoalCheck[] = [
    {
      name: `${database}: GraphQL/bare throughput ratio ≥ ${RATIO_GOAL.toFixed(2)} (request limits and rate limiting on)`,
      pass: ratio >= RATIO_GOAL,
      detail: `ratio ${formatNumber(ratio, 2)}`,
    },
    {
      name: `${database}: limits on/off throughput ratio ≥ ${LIMITS_RATIO_GOAL.toFixed(2)}`,
      pass: limitsRatio >= LIMITS_RATIO_GOAL,
      detail: `ratio ${formatNumber(limitsRatio, 2)}`,
    },
    {
      name: `${database}: SQL statements per GraphQL request constant across page sizes`,
      pass: constant,
      detail: perPageSize.map((entry) => `first ${entry.pageSize}: ${entry.data.join('/')}`).join(', '),
    },
  ];

  const summary = [
    ...table(
      ['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'errors', 'req/s per round'],
      rows.map((row) => [
        row.name,
        formatNumber(row.rps),
        formatNumber(row.latency.p50, 2),
        formatNumber(row.latency.p95, 2),
        formatNumber(row.latency.p99, 2),
        String(row.requests),
        String(row.failed),
        row.perRound,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    `ratio GraphQL/bare: ${formatNumber(ratio, 2)} (goal ≥ ${RATIO_GOAL.toFixed(2)}): ${passFail(ratio >= RATIO_GOAL)}`,
    `ratio ${EXECUTE_ONLY}/bare: ${formatNumber(executeOnlyRatio, 2)} (no goal: the most that work on the HTTP layer alone could reach)`,
    `ratio ${limitedRow?.name} / ${UNLIMITED} (the latter with ${Object.keys(LIMITS_OFF).join(', ')} switched off):` +
      ` ${formatNumber(limitsRatio, 2)} (goal ≥ ${LIMITS_RATIO_GOAL.toFixed(2)}): ${passFail(limitsRatio >= LIMITS_RATIO_GOAL)}`,
    '',
    ...table(
      ['page size', 'SQL data statements / GraphQL request', 'other statements'],
      perPageSize.map((entry) => [String(entry.pageSize), entry.data.join('/'), entry.other.join('/')]),
      ['r', 'r', 'r'],
    ),
    '',
    `queries per request constant across page sizes: ${passFail(constant)}` +
      ` (bare handler, first ${PAGE_SIZE}: ${bareData} statement(s) per request)`,
  ];
  for (const { target, top, requests } of profiles) {
    summary.push(
      '',
      `CPU profile of the main thread while ${target} served the load: top ${top.frames.length} frames by self time` +
        ` (share of ${top.busySamples} busy samples; main thread busy ${formatNumber(top.busyMs / Math.max(requests, 1), 3)} ms` +
        ` per request over ${requests} requests)`,
      '',
      ...table(
        ['self %', 'frame'],
        top.frames.map((frame) => [formatNumber(frame.percent, 1), frame.frame]),
        ['r', 'l'],
      ),
    );
  }
  const perRequest = (name: string) => {
    const entry = profiles.find((profile) => profile.target === name);
    return entry ? entry.top.busyMs / Math.max(entry.requests, 1) : NaN;
  };
  if (profiles.length > 0) {
    summary.push(
      '',
      `main-thread CPU per request, bare ÷ GraphQL: ${formatNumber(perRequest('bare') / perRequest('GraphQL'), 2)}` +
        ' (the throughput ratio the main thread allows when it is the bottleneck)',
    );
  }
  return { goals, summary };
}

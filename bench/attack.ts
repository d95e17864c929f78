import { randomBytes, randomUUID } from 'node:crypto';
import { EnergyLevel, ValueCategory, type PrismaClient } from '@prisma/client';
import type { BenchEnvironment } from './support/environment.js';
import type { RequestSpec } from './support/http.js';
import { startLoadGenerator, type LoadGenerator, type LoadResult, type LoadRun } from './support/load.js';
import { numberSetting, progress } from './support/settings.js';
import { formatNumber, passFail, summarizeLatencies, table } from './support/stats.js';
import type { Benchmark, BenchmarkReport, GoalCheck } from './support/types.js';

/**
 * Under attack: what a hostile client costs everyone else. While one client
 * loops queries the request limits refuse (a nested connection cycle and an
 * alias flood) and another keeps its rate limit exhausted, a third client
 * measures /healthz and an ordinary viewer query; the same measurement at
 * rest is interleaved with it (rest, attack, rest, attack…) so drift on a
 * shared machine hits both.
 *
 * Settings: BENCH_ATTACK_SECONDS (measured seconds per target and condition
 * in each round, default 5), BENCH_ROUNDS (default 2), BENCH_ATTACK_CLIENTS
 * (concurrent connections of each attacker, default 2).
 */
export const attackBenchmark: Benchmark = {
  id: 'attack',
  title: 'Under attack: /healthz and a viewer query while hostile clients hit the limits',
  run,
};

const P99_RATIO_GOAL = 1.5;
const VICTIM_MISSIONS = 40;
/** Hostile queries come from several users, as a botnet's would. */
const HOSTILE_USERS = 16;

/** viewer.missions → goal → missions → goal → missions, 100 per page: millions of nodes if executed. */
const NESTED_CYCLE = `{ viewer { missions(first: 100) { edges { node { goal { missions(first: 100) { edges { node {
  goal { missions(first: 100) { edges { node { goal { missions(first: 100) { edges { node { id title } } } } } } } } } } } } } } } }`;
const ALIAS_FLOOD = `{ viewer { ${Array.from({ length: 1000 }, (_, i) => `p${i}: questPatterns { completedCount }`).join(' ')} } }`;
const VIEWER_QUERY = `{ viewer { pendingMissionCount missionTriad { id title priorityScore valueCategory energyLevel }
  missions(first: 20, status: PENDING) { edges { node { title priorityScore goal { title } } } } } }`;

interface Measured {
  target: string;
  condition: 'at rest' | 'under attack';
  results: LoadResult[];
}

async function run(env: BenchEnvironment): Promise<BenchmarkReport> {
  const seconds = numberSetting('BENCH_ATTACK_SECONDS', 5, { min: 0.1 });
  const rounds = numberSetting('BENCH_ROUNDS', 2, { min: 1, integer: true });
  const attackClients = numberSetting('BENCH_ATTACK_CLIENTS', 2, { min: 1, integer: true });
  const errors: string[] = [];
  // The bench's app gives users buckets too large to run dry (every benchmark drives its users far
  // harder than a person would), so the cost checks see every hostile query; the flooding client is
  // anonymous, and runs its address's bucket (production default) dry.
  const url = `${env.app.url}/graphql`;

  const prisma = env.app.services.prisma;
  const victimId = await seedUser(prisma, `bench-attack-victim-${randomBytes(4).toString('hex')}`);
  // The hostile users own missions too: executed, their nested cycle would walk 40 × 40 × … nodes.
  const hostileIds = await Promise.all(
    Array.from({ length: HOSTILE_USERS }, (_, i) =>
      seedUser(prisma, `bench-attack-cost-${i}-${randomBytes(4).toString('hex')}`),
    ),
  );
  const post = (token: string | null, query: string): RequestSpec => ({
    url,
    method: 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify({ query }),
  });
  const victimToken = await env.tokenFor(victimId);
  const targets: { name: string; run: Omit<LoadRun, 'durationMs'> }[] = [
    {
      name: '/healthz',
      run: { request: { url: `${env.app.url}/healthz`, method: 'GET' }, expect: { status: 200 }, concurrency: 1 },
    },
    {
      name: 'viewer query',
      run: {
        request: post(victimToken, VIEWER_QUERY),
        expect: {
          status: 200,
          arrayAt: ['data', 'viewer', 'missions', 'edges'],
          length: 20,
          rejectGraphQLErrors: true,
        },
        concurrency: 1,
      },
    },
  ];
  const hostileTokens = await Promise.all(hostileIds.map((id) => env.tokenFor(id)));
  // Refused by the request limits: GraphQL errors, and never a row read.
  const hostile: Omit<LoadRun, 'durationMs'> = {
    request: hostileTokens.flatMap((token) => [post(token, NESTED_CYCLE), post(token, ALIAS_FLOOD)]),
    expect: { status: [200, 400], arrayAt: ['errors'] },
    concurrency: attackClients,
  };
  // A client without a token far over its address's rate limit: after the first bucketful of 401s, every
  // answer is a 429.
  const flood: Omit<LoadRun, 'durationMs'> = {
    request: post(null, '{ viewer { pendingMissionCount } }'),
    expect: { status: [401, 429] },
    concurrency: attackClients,
  };

  const attackers = [startLoadGenerator(), startLoadGenerator()];
  const measured: Measured[] = targets.flatMap((target) => [
    { target: target.name, condition: 'at rest' as const, results: [] },
    { target: target.name, condition: 'under attack' as const, results: [] },
  ]);
  const attackResults: { hostile: LoadResult[]; flood: LoadResult[] } = { hostile: [], flood: [] };
  try {
    progress('  warm-up: 1 s per target, 1 s of attack');
    for (const target of targets) await env.load.run({ ...target.run, durationMs: 1000 });
    await attack(attackers, hostile, flood, 1000);

    for (let round = 1; round <= rounds; round++) {
      for (const target of targets) {
        const rest = await env.load.run({ ...target.run, durationMs: seconds * 1000 });
        find(measured, target.name, 'at rest').results.push(rest);
        // The attack runs a little longer than the measurement, so the measurement never sees it wind down.
        const attacking = attack(attackers, hostile, flood, seconds * 1000 + 500);
        await sleep(200);
        const underAttack = await env.load.run({ ...target.run, durationMs: seconds * 1000 });
        find(measured, target.name, 'under attack').results.push(underAttack);
        const attacked = await attacking;
        attackResults.hostile.push(attacked.hostile);
        attackResults.flood.push(attacked.flood);
        progress(
          `  round ${round}/${rounds} ${target.name.padEnd(12)} p99 at rest ${formatNumber(p99(rest), 2)} ms,` +
            ` under attack ${formatNumber(p99(underAttack), 2)} ms; attack: ${describeStatuses([attacked.hostile, attacked.flood])}`,
        );
      }
    }
  } finally {
    await Promise.all(attackers.map((attacker) => attacker.close()));
  }

  for (const entry of measured) {
    const failed = entry.results.reduce((sum, r) => sum + r.errors, 0);
    if (failed > 0) {
      const samples = [...new Set(entry.results.flatMap((r) => r.errorSamples))].slice(0, 3);
      errors.push(`${entry.target} ${entry.condition}: ${failed} failed request(s), e.g. ${samples.join(' | ')}`);
    }
  }
  for (const [name, results] of Object.entries(attackResults)) {
    const unexpected = results.reduce((sum, r) => sum + r.errors, 0);
    if (unexpected > 0) {
      const samples = [...new Set(results.flatMap((r) => r.errorSamples))].slice(0, 3);
      errors.push(`${name} attacker: ${unexpected} answer(s) that were not refusals, e.g. ${samples.join(' | ')}`);
    }
  }
  if (sum(attackResults.flood, 429) === 0) errors.push('the flooding client never saw a 429: no rate limit was hit');
  return buildReport(measured, attackResults, errors, { seconds, rounds, attackClients });
}

function attack(
  attackers: LoadGenerator[],
  hostile: Omit<LoadRun, 'durationMs'>,
  flood: Omit<LoadRun, 'durationMs'>,
  durationMs: number,
): Promise<{ hostile: LoadResult; flood: LoadResult }> {
  return Promise.all([attackers[0]!.run({ ...hostile, durationMs }), attackers[1]!.run({ ...flood, durationMs })]).then(
    ([hostileResult, floodResult]) => ({ hostile: hostileResult, flood: floodResult }),
  );
}

/** A user with one goal holding VICTIM_MISSIONS pending missions. */
async function seedUser(prisma: PrismaClient, userId: string): Promise<string> {
  await prisma.user.create({ data: { id: userId, displayName: 'Attack benchmark user' } });
  const goal = await prisma.goal.create({
    data: {
      id: randomUUID(),
      userId,
      title: 'Stay responsive',
      goalType: 'CONCRETE',
      valueCategory: 'CRAFT',
      importance: 3,
    },
  });
  const energies = Object.values(EnergyLevel);
  const categories = Object.values(ValueCategory);
  await prisma.mission.createMany({
    data: Array.from({ length: VICTIM_MISSIONS }, (_, i) => ({
      id: randomUUID(),
      userId,
      goalId: goal.id,
      title: `Attack benchmark mission ${i + 1}`,
      estimatedMinutes: 10 + (i % 3) * 10,
      energyLevel: energies[i % energies.length]!,
      valueCategory: categories[i % categories.length]!,
      priorityScore: (i % 10) / 10,
    })),
  });
  return userId;
}

function find(measured: Measured[], target: string, condition: Measured['condition']): Measured {
  return measured.find((entry) => entry.target === target && entry.condition === condition)!;
}

function latencies(results: LoadResult[]) {
  return summarizeLatencies(results.flatMap((r) => Array.from(r.latenciesMs)));
}

function p99(result: LoadResult): number {
  return summarizeLatencies(result.latenciesMs).p99;
}

function sum(results: LoadResult[], status: number): number {
  return results.reduce((total, r) => total + (r.statuses[status] ?? 0), 0);
}

function describeStatuses(results: LoadResult[]): string {
  const counts = new Map<number, number>();
  for (const result of results) {
    for (const [status, count] of Object.entries(result.statuses)) {
      counts.set(Number(status), (counts.get(Number(status)) ?? 0) + count);
    }
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${count}×${status === 0 ? 'no answer' : status}`)
    .join(', ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function buildReport(
  measured: Measured[],
  attackResults: { hostile: LoadResult[]; flood: LoadResult[] },
  errors: string[],
  settings: { seconds: number; rounds: number; attackClients: number },
): BenchmarkReport {
  const goals: GoalCheck[] = [];
  const rows: string[][] = [];
  for (const target of [...new Set(measured.map((entry) => entry.target))]) {
    const rest = latencies(find(measured, target, 'at rest').results);
    const attacked = latencies(find(measured, target, 'under attack').results);
    const ratio = attacked.p99 / rest.p99;
    goals.push({
      name: `${target}: p99 under attack / at rest ≤ ${P99_RATIO_GOAL}`,
      pass: ratio <= P99_RATIO_GOAL,
      detail: `${formatNumber(attacked.p99, 2)} ms / ${formatNumber(rest.p99, 2)} ms = ${formatNumber(ratio, 2)}`,
    });
    for (const [condition, summary] of [
      ['at rest', rest],
      ['under attack', attacked],
    ] as const) {
      rows.push([
        target,
        condition,
        formatNumber(summary.p50, 2),
        formatNumber(summary.p99, 2),
        formatNumber(summary.max, 2),
        String(summary.count),
      ]);
    }
    rows.push([target, 'p99 ratio', '', formatNumber(ratio, 2), '', passFail(ratio <= P99_RATIO_GOAL)]);
  }
  const attackerRows = Object.entries(attackResults).map(([name, results]) => {
    const summary = latencies(results);
    return [name, describeStatuses(results), formatNumber(summary.p50, 2), formatNumber(summary.p99, 2)];
  });
  const summary = [
    `${settings.seconds} s per target and condition in each of ${settings.rounds} interleaved round(s); one measuring` +
      ` client; each attacker ${settings.attackClients} connection(s), closed loop`,
    '',
    ...table(['target', 'condition', 'p50 ms', 'p99 ms', 'max ms', 'requests'], rows, ['l', 'l', 'r', 'r', 'r', 'r']),
    '',
    'attackers (answers by HTTP status; 200/400 carry QUERY_TOO_COMPLEX, 401 is no token, 429 the rate limit):',
    ...table(['attacker', 'answers', 'p50 ms', 'p99 ms'], attackerRows, ['l', 'l', 'r', 'r']),
  ];
  return { id: attackBenchmark.id, title: attackBenchmark.title, errors, goals, summary };
}

import { performance } from 'node:perf_hooks';
import { durationBucket, DURATION_BUCKETS, ENERGY_TARGET } from '../src/domain/quest-diversity.js';
import { QUESTS_PER_RUN_MIN } from '../src/domain/quest-types.js';
import { DAY_MS } from '../src/domain/time-units.js';
import { ENERGY_LEVELS, GOAL_TYPES, VALUE_CATEGORIES, type EnergyLevel } from '../src/domain/vocabulary.js';
import { createGoal } from '../src/resolvers/goals.js';
import { createMission } from '../src/resolvers/missions.js';
import { runNightlySweep, type SweepDeps } from '../src/resolvers/quest-generation/nightly-sweep.js';
import type { UseCaseContext } from '../src/resolvers/use-case.js';
import { ensureUserRow } from '../src/resolvers/viewer.js';
import type { BenchEnvironment } from './support/environment.js';
import { seededRandom } from './support/random.js';
import { progress } from './support/settings.js';
import { formatNumber, passFail, table } from './support/stats.js';
import type { Benchmark, BenchmarkReport, GoalCheck } from './support/types.js';

/**
 * Quest mix: what quest generation STORES (Mission.source = GENERATED) over
 * several nights, for varied users, with the offline (deterministic) model.
 * 24 users (time zone UTC) get 1–10 active goals in varied categories and 0–4
 * pending missions through the real use cases; then runNightlySweep runs for
 * 8 consecutive 02:00 UTC slots. Between nights the pool is run down again by
 * marking all but 0–2 pending missions COMPLETED directly in SQL: completing
 * through the use case would request on-demand generation, whose batches would
 * mix into the figures. Reports the energy shares (target 30/50/20), the
 * duration shares by the rules' own buckets (durationBucket: nearest of
 * 10/20/30 minutes), the first night alone, batches of ≥ 3 that are all one
 * energy or miss a duration bucket, and missions whose goal is not an active
 * goal of their user. No settings: it is small and deterministic.
 */
export const questMixBenchmark: Benchmark = {
  id: 'quest-mix',
  title: 'Quest mix: energy and duration shares of generated missions over 8 nights',
  run,
};

const USERS = 24;
const NIGHTS = 8;
const FIRST_SLOT = new Date('2026-11-22T02:00:00Z');
const USER_PREFIX = 'mix-';
const CONCURRENCY = 4;
const NO_SHORTFALL = 'none recorded';
/** PASS when every energy share is within this many points of its target. */
const TOLERANCE_POINTS = 5;
const GOAL_TITLES: Record<(typeof VALUE_CATEGORIES)[number], string[]> = {
  HEALTH: ['Run a 10k', 'Sleep before midnight', 'Stretch daily', 'Cook at home more'],
  CRAFT: ['Finish the side project', 'Learn woodworking', 'Write a short story', 'Ship the portfolio site'],
  GROWTH: ['Read 12 books', 'Learn Spanish', 'Study statistics', 'Practise public speaking'],
  CONNECTION: ['Call family weekly', 'Host a dinner', 'Write letters to friends', 'Join a club'],
};
const SEED_MISSIONS: { title: string; minutes: number; energy: EnergyLevel }[] = [
  { title: 'Plan the week', minutes: 15, energy: 'LOW' },
  { title: 'Tidy the desk', minutes: 10, energy: 'LOW' },
  { title: 'Deep work block', minutes: 30, energy: 'HIGH' },
  { title: 'Review notes', minutes: 20, energy: 'MEDIUM' },
];

interface StoredMission {
  userId: string;
  goalId: string | null;
  energyLevel: EnergyLevel;
  estimatedMinutes: number;
  generationRunId: string | null;
  night: number;
  /** What the run recorded when it had to ease a rule (null: every rule kept). */
  shortfall: string | null;
  goalOk: boolean;
}

interface Mix {
  count: number;
  energy: Record<EnergyLevel, number>;
  durations: Record<number, number>;
}

async function run(env: BenchEnvironment): Promise<BenchmarkReport> {
  const errors: string[] = [];
  const services = env.app.services;
  const prisma = services.prisma;
  const random = seededRandom(0x9e57);
  const pick = (n: number) => Math.floor(random() * n);

  const started = performance.now();
  let goals = 0;
  let pending = 0;
  for (let i = 0; i < USERS; i++) {
    const userId = `${USER_PREFIX}${String(i).padStart(2, '0')}`;
    const ctx: UseCaseContext = {
      ...services,
      now: () => new Date(FIRST_SLOT.getTime() - DAY_MS),
      viewer: { id: userId, isAdmin: false },
    };
    await ensureUserRow(prisma, { userId, isAdmin: false, expiresAt: 0 });
    await prisma.user.update({ where: { id: userId }, data: { timeZone: 'UTC' } });
    const goalCount = 1 + (i % 10);
    const goalIds: string[] = [];
    for (let g = 0; g < goalCount; g++) {
      const category = VALUE_CATEGORIES[(i + g) % VALUE_CATEGORIES.length]!;
      const titles = GOAL_TITLES[category];
      const goal = await createGoal(ctx, {
        title: `${titles[g % titles.length]!} (${g + 1})`,
        goalType: GOAL_TYPES[pick(GOAL_TYPES.length)]!,
        valueCategory: category,
        importance: 1 + pick(5),
        targetDate: random() < 0.4 ? new Date(FIRST_SLOT.getTime() + (5 + pick(60)) * DAY_MS) : null,
      });
      goalIds.push(goal.id);
    }
    goals += goalCount;
    const missionCount = i % 5;
    for (let m = 0; m < missionCount; m++) {
      const seed = SEED_MISSIONS[m]!;
      await createMission(ctx, {
        title: seed.title,
        goalId: goalIds[m % goalIds.length]!,
        estimatedMinutes: seed.minutes,
        energyLevel: seed.energy,
      });
    }
    pending += missionCount;
  }
  const seedMs = performance.now() - started;
  progress(
    `  seeded ${USERS} users: ${goals} goals, ${pending} pending missions in ${formatNumber(seedMs / 1000, 1)} s`,
  );

  const nightRows: string[][] = [];
  const runNight = new Map<string, number>();
  const sweepStarted = performance.now();
  for (let night = 0; night < NIGHTS; night++) {
    const slot = new Date(FIRST_SLOT.getTime() + night * DAY_MS);
    if (night > 0) await runDownPools(prisma, random, slot);
    const deps: SweepDeps = { ...services, jobs: env.app.jobs.queue, now: () => new Date(slot.getTime()) };
    const sweep = await runNightlySweep(deps, { concurrency: CONCURRENCY });
    const runs = await prisma.questGenerationRun.findMany({ select: { id: true } });
    for (const r of runs) if (!runNight.has(r.id)) runNight.set(r.id, night + 1);
    if (sweep.failures > 0) errors.push(`night ${night + 1}: ${sweep.failures} failed user(s)`);
    nightRows.push([
      String(night + 1),
      slot.toISOString().slice(0, 10),
      String(sweep.usersProcessed),
      String(sweep.missionsGenerated),
      String(sweep.failures),
    ]);
    progress(
      `  night ${night + 1}: ${sweep.usersProcessed} users, ${sweep.missionsGenerated} missions, ${sweep.failures} failures`,
    );
  }
  const sweepMs = performance.now() - sweepStarted;

  const stored = await readGenerated(env, runNight);
  const all = mixOf(stored);
  const first = mixOf(stored.filter((m) => m.night === 1));
  const { batches, violations } = batchViolations(stored);
  const foreignGoals = stored.filter((m) => !m.goalOk).length;
  const generatedOutsideSweeps = stored.filter((m) => m.night === 0).length;
  if (all.count === 0) errors.push('no GENERATED mission was stored');
  if (generatedOutsideSweeps > 0) errors.push(`${generatedOutsideSweeps} GENERATED mission(s) not from a sweep run`);

  const energyGoal = ENERGY_LEVELS.every(
    (level) => Math.abs(share(all.energy[level], all.count) - ENERGY_TARGET[level] * 100) <= TOLERANCE_POINTS,
  );
  const goalsChecked: GoalCheck[] = [
    {
      name: `energy shares within ±${TOLERANCE_POINTS} points of ${targetText()}`,
      pass: energyGoal,
      detail: `LOW/MEDIUM/HIGH ${energyText(all)} over ${all.count} missions`,
    },
    {
      name: 'every stored batch of ≥ 3 mixes energies and covers the duration buckets',
      pass: violations.length === 0,
      detail: `${violations.length} violation(s) in ${batches} batches`,
    },
    {
      name: 'every generated mission belongs to an active goal of its user',
      pass: foreignGoals === 0,
      detail: `${foreignGoals} without`,
    },
  ];
  const verdict = energyGoal && violations.length === 0 ? 'PASS' : 'FAIL';

  const bucketHeader = DURATION_BUCKETS.map((b, i) => `${['short', 'medium', 'long'][i] ?? b} (≈${b} min) %`);
  const mixRow = (label: string, mix: Mix) => [
    label,
    String(mix.count),
    ...ENERGY_LEVELS.map((level) => formatNumber(share(mix.energy[level], mix.count), 1)),
    ...DURATION_BUCKETS.map((b) => formatNumber(share(mix.durations[b] ?? 0, mix.count), 1)),
  ];
  const summary = [
    `${USERS} users (UTC), 1–10 active goals over ${VALUE_CATEGORIES.length} categories, 0–4 pending missions, made with the` +
      ` createGoal/createMission use cases; runNightlySweep for ${NIGHTS} consecutive 02:00 UTC slots from` +
      ` ${FIRST_SLOT.toISOString()}, concurrency ${CONCURRENCY}, offline model; before each later night all but 0–2 pending` +
      ` missions per user are marked COMPLETED in SQL. Duration buckets: durationBucket() of the batch rules` +
      ` (nearest of ${DURATION_BUCKETS.join('/')} min: 10–15, 16–25, 26–30).`,
    `seed ${formatNumber(seedMs / 1000, 1)} s, ${NIGHTS} sweeps ${formatNumber(sweepMs / 1000, 1)} s`,
    '',
    ...table(['night', 'date', 'users', 'missions', 'failures'], nightRows, ['r', 'l', 'r', 'r', 'r']),
    '',
    ...table(
      ['missions of', 'count', 'LOW %', 'MEDIUM %', 'HIGH %', ...bucketHeader],
      [
        mixRow('all nights', all),
        mixRow('first night', first),
        ['target', '', ...ENERGY_LEVELS.map((l) => formatNumber(ENERGY_TARGET[l] * 100, 0)), '', '', ''],
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    `batches of ≥ ${QUESTS_PER_RUN_MIN}: ${batches}; violations (one energy only, or not all ${DURATION_BUCKETS.length} duration buckets): ${violations.length}` +
      ` (${violations.filter((v) => !v.endsWith(NO_SHORTFALL)).length} of them eased by the batch rules with a recorded shortfall)`,
    ...violations.slice(0, 10).map((v) => `  - ${v}`),
    `missions whose goal is not an active goal of their user: ${foreignGoals}`,
    `verdict: ${verdict} (energy within ±${TOLERANCE_POINTS} points of ${targetText()} and 0 violations): ${passFail(verdict === 'PASS')}`,
  ];
  return { id: questMixBenchmark.id, title: questMixBenchmark.title, errors, goals: goalsChecked, summary };
}

/** All but 0–2 of each user's pending missions are done, so every pool is below the healthy size again. */
async function runDownPools(
  prisma: BenchEnvironment['app']['services']['prisma'],
  random: () => number,
  now: Date,
): Promise<void> {
  const users = await prisma.user.findMany({ where: { id: { startsWith: USER_PREFIX } }, select: { id: true } });
  for (const { id } of users) {
    const keep = Math.floor(random() * 3);
    const pendingMissions = await prisma.mission.findMany({
      where: { userId: id, status: 'PENDING' },
      // Oldest first, by title within a batch: ids are random, so ordering by them would vary the run.
      orderBy: [{ createdAt: 'asc' }, { title: 'asc' }],
      select: { id: true },
    });
    const done = pendingMissions.slice(keep).map((m) => m.id);
    if (done.length === 0) continue;
    await prisma.$executeRaw`UPDATE "Mission" SET status = 'COMPLETED', "updatedAt" = ${now} WHERE id = ANY(${done})`;
  }
}

async function readGenerated(env: BenchEnvironment, runNight: Map<string, number>): Promise<StoredMission[]> {
  const rows = await env.app.services.prisma.mission.findMany({
    where: { source: 'GENERATED', userId: { startsWith: USER_PREFIX } },
    select: {
      userId: true,
      goalId: true,
      energyLevel: true,
      estimatedMinutes: true,
      generationRunId: true,
      generationRun: { select: { shortfall: true } },
      goal: { select: { userId: true, status: true } },
    },
  });
  return rows.map((row) => ({
    userId: row.userId,
    goalId: row.goalId,
    energyLevel: row.energyLevel,
    estimatedMinutes: row.estimatedMinutes,
    generationRunId: row.generationRunId,
    night: row.generationRunId ? (runNight.get(row.generationRunId) ?? 0) : 0,
    shortfall: row.generationRun?.shortfall ?? null,
    goalOk: row.goal !== null && row.goal.userId === row.userId && row.goal.status === 'ACTIVE',
  }));
}

function mixOf(missions: StoredMission[]): Mix {
  const energy = { LOW: 0, MEDIUM: 0, HIGH: 0 };
  const durations: Record<number, number> = {};
  for (const m of missions) {
    energy[m.energyLevel] += 1;
    const bucket = durationBucket(m.estimatedMinutes);
    durations[bucket] = (durations[bucket] ?? 0) + 1;
  }
  return { count: missions.length, energy, durations };
}

function batchViolations(missions: StoredMission[]): { batches: number; violations: string[] } {
  const byRun = new Map<string, StoredMission[]>();
  for (const m of missions) {
    if (!m.generationRunId) continue;
    byRun.set(m.generationRunId, [...(byRun.get(m.generationRunId) ?? []), m]);
  }
  let batches = 0;
  const violations: string[] = [];
  for (const [runId, batch] of byRun) {
    if (batch.length < QUESTS_PER_RUN_MIN) continue;
    batches += 1;
    const energies = new Set(batch.map((m) => m.energyLevel)).size;
    const buckets = new Set(batch.map((m) => durationBucket(m.estimatedMinutes))).size;
    if (energies < 2 || buckets < DURATION_BUCKETS.length) {
      violations.push(
        `run ${runId} (${batch[0]!.userId}, night ${batch[0]!.night}): ${batch.length} missions,` +
          ` ${batch.map((m) => `${m.energyLevel}/${m.estimatedMinutes}min`).join(', ')};` +
          ` run's shortfall: ${batch[0]!.shortfall ?? NO_SHORTFALL}`,
      );
    }
  }
  return { batches, violations };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : (part / whole) * 100;
}

function energyText(mix: Mix): string {
  return ENERGY_LEVELS.map((level) => formatNumber(share(mix.energy[level], mix.count), 1)).join('/');
}

function targetText(): string {
  return ENERGY_LEVELS.map((level) => formatNumber(ENERGY_TARGET[level] * 100, 0)).join('/');
}

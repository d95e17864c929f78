/**
 * Benchmarks: `npm run bench` (tsx bench/index.ts).
 *
 * Runs every benchmark in BENCHMARKS against one app on a fresh database and
 * prints a summary. Exit code 1 when a benchmark had errors (failed or wrong
 * responses, broken instrumentation); a missed performance goal is reported as
 * FAIL but does not change the exit code.
 *
 * Environment:
 *   BENCH_DATABASE_URL    PostgreSQL server to create a scratch database on
 *                         (default: embedded PGlite in a temporary DATA_DIR)
 *   BENCH_SECONDS         measured seconds per target (default 10)
 *   BENCH_ROUNDS          interleaved rounds the measured time is split into (default 2)
 *   BENCH_WARMUP_SECONDS  warm-up per target, not counted (default 2)
 *   BENCH_CONCURRENCY     concurrent keep-alive clients (default 20)
 *   BENCH_ONLY            comma-separated benchmark ids to run (default: all):
 *                         read-path, nightly-sweep, adventure, fanout, attack, quest-mix, prompt-size
 *                         (prompt-size: the narrator's prompt at turn 100 against turn 10; no database)
 *                         (quest-mix: energy/duration shares of generated missions, 24 users × 8 nights)
 *   BENCH_SWEEP_SIZES     nightly-sweep: user counts, each on a fresh database (default 1000,10000)
 *   BENCH_SWEEP_WARMUP_USERS  nightly-sweep: generations before each sweep, not measured (default 50)
 *   BENCH_ADVENTURE_ACTIONS  adventure: measured actions (default 500)
 *   BENCH_FANOUT_SUBSCRIBERS fanout: graphql-ws subscribers (default 1000; needs PostgreSQL and Redis)
 *   BENCH_ATTACK_SECONDS  attack: measured seconds per target and condition in each round (default 5)
 *   BENCH_ATTACK_CLIENTS  attack: connections of each hostile client (default 2)
 *   BENCH_OTHER_DATABASE_URL  read-path: the PostgreSQL server it also runs on when the environment's
 *                         own database is PGlite (default TEST_SERVER_DATABASE_URL or
 *                         postgresql://postgres@127.0.0.1:5432/test; with BENCH_DATABASE_URL set, the
 *                         other one is PGlite)
 *   BENCH_PROFILE=1       read-path and fanout: CPU profiles, top 10 self-time frames in the report
 *                         (BENCH_PROFILE_DIR keeps the .cpuprofile files; read-path:
 *                         BENCH_PROFILE_SECONDS of load per target, default 5)
 *   BENCH_VERBOSE=1       more detail in the progress output (e.g. full SQL)
 *   NODE_ENV              default production, as deployed
 *
 * To add a benchmark: a module exporting a `Benchmark` (bench/support/types.ts),
 * listed in BENCHMARKS below.
 */
import type { Benchmark, BenchmarkReport } from './support/types.js';

// Before any src/ module is evaluated: the schema builder reads NODE_ENV at import.
process.env.NODE_ENV ??= 'production';

const { createBenchEnvironment } = await import('./support/environment.js');
const { passFail } = await import('./support/stats.js');
const { progress } = await import('./support/settings.js');

const BENCHMARKS: Benchmark[] = [
  (await import('./read-path.js')).readPathBenchmark,
  (await import('./nightly-sweep.js')).nightlySweepBenchmark,
  (await import('./adventure-action.js')).adventureActionBenchmark,
  (await import('./fanout.js')).fanoutBenchmark,
  (await import('./attack.js')).attackBenchmark,
  (await import('./quest-mix.js')).questMixBenchmark,
  (await import('./prompt-size.js')).promptSizeBenchmark,
];

async function main(): Promise<number> {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const selected = only?.length ? BENCHMARKS.filter((b) => only.includes(b.id)) : BENCHMARKS;
  if (selected.length === 0) {
    console.error(`BENCH_ONLY=${process.env.BENCH_ONLY} matches none of: ${BENCHMARKS.map((b) => b.id).join(', ')}`);
    return 2;
  }

  progress('Starting the app on a fresh database…');
  const env = await createBenchEnvironment();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress('\nInterrupted: closing the app and removing the scratch database (again to abandon the clean-up)…');
    void env.close().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const reports: BenchmarkReport[] = [];
  try {
    for (const line of env.description) progress(`  ${line}`);
    for (const benchmark of selected) {
      progress(`\n== ${benchmark.title} ==`);
      try {
        reports.push(await benchmark.run(env));
      } catch (error) {
        reports.push({
          id: benchmark.id,
          title: benchmark.title,
          errors: [`crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`],
          goals: [],
          summary: [],
        });
      }
    }
  } finally {
    if (!interrupted) progress('\nClosing the app and removing the scratch database…');
    await env.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  if (interrupted) return 130;
  printReport(env.description, reports);
  return reports.some((report) => report.errors.length > 0) ? 1 : 0;
}

function printReport(description: string[], reports: BenchmarkReport[]): void {
  const out: string[] = ['', '# Benchmark summary', '', ...description.map((line) => `- ${line}`)];
  for (const report of reports) {
    const status = report.errors.length > 0 ? 'FAILED (errors)' : 'completed without errors';
    out.push('', `## ${report.title} [${report.id}]: ${status}`, '');
    out.push(...report.summary);
    if (report.goals.length > 0) {
      out.push('', 'Goals:');
      for (const goal of report.goals) out.push(`- ${passFail(goal.pass)}  ${goal.name} (${goal.detail})`);
    }
    if (report.errors.length > 0) {
      out.push('', 'Errors:');
      for (const error of report.errors) out.push(`- ${error}`);
    }
  }
  const failed = reports.filter((report) => report.errors.length > 0);
  out.push(
    '',
    failed.length > 0 ? `RESULT: FAILED (${failed.map((r) => r.id).join(', ')} had errors)` : 'RESULT: OK (no errors)',
  );
  console.log(out.join('\n'));
}

const exitCode = await main().catch((error: unknown) => {
  console.error('bench: failed:', error);
  return 1;
});
process.exitCode = exitCode;
// Everything has been closed; if some handle still holds the event loop, say so and go anyway.
setTimeout(() => {
  console.error('bench: the process did not exit within 5 s of closing everything; forcing exit');
  process.exit(exitCode);
}, 5000).unref();

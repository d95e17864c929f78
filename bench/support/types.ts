import type { BenchEnvironment } from './environment.js';

/** A benchmark is a module exporting one of these; bench/index.ts runs them in sequence. */
export interface Benchmark {
  /** Short identifier, e.g. "read-path" (also what BENCH_ONLY matches). */
  id: string;
  title: string;
  run(env: BenchEnvironment): Promise<BenchmarkReport>;
}

/** A pass/fail statement about a goal. A missed goal is reported, it does not fail the run. */
export interface GoalCheck {
  name: string;
  pass: boolean;
  detail: string;
}

export interface BenchmarkReport {
  id: string;
  title: string;
  /**
   * Things that make the figures untrustworthy (failed or malformed responses,
   * broken instrumentation). Any error fails the whole run (non-zero exit).
   */
  errors: string[];
  goals: GoalCheck[];
  /** Lines of the final summary block (markdown-ish tables). */
  summary: string[];
}

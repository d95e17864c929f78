import { writeFile } from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector/promises';
import { relative } from 'node:path';

/**
 * A V8 CPU profile of this process's main thread (where the app under test
 * runs) while `work` runs, and its frames ranked by self time: what the
 * benchmarks print when asked for a profile (BENCH_PROFILE=1).
 */
export async function profileWhile<T>(work: () => Promise<T>): Promise<{ result: T; profile: Profiler.Profile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    // 200 µs: fine enough for frames of a few microseconds over a 10 s run, cheap enough not to skew it.
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const outcome = await work().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const { profile } = await session.post('Profiler.stop');
    if ('error' in outcome) throw outcome.error;
    return { result: outcome.value, profile };
  } finally {
    session.disconnect();
  }
}

export interface FrameShare {
  /** function (file:line), or V8's own bucket such as (garbage collector). */
  frame: string;
  /** Share of the samples in which the thread was busy (idle samples left out). */
  percent: number;
}

/**
 * A stretch of a profile, in V8's profile clock: microseconds of the monotonic clock, the one
 * `process.hrtime` reads (so another process on the machine can say when its measurement ran).
 */
export interface ProfileWindow {
  fromMicros: number;
  toMicros: number;
}

/** Now, in the profile clock (see ProfileWindow). */
export function profileClockMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** The `count` frames with the most self time, as shares of the busy samples (within `window` when given). */
export function topSelfTime(
  profile: Profiler.Profile,
  count = 10,
  window?: ProfileWindow,
): { frames: FrameShare[]; busySamples: number; busyMs: number } {
  const byNode = new Map<number, Profiler.ProfileNode>(profile.nodes.map((node) => [node.id, node]));
  const samplesByFrame = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  let busyMicros = 0;
  let at = profile.startTime;
  for (const [index, id] of (profile.samples ?? []).entries()) {
    at += deltas[index] ?? 0;
    if (window && (at < window.fromMicros || at > window.toMicros)) continue;
    const node = byNode.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    busy += 1;
    // A sample's delta is the time since the previous one: the time it stands for.
    busyMicros += deltas[index] ?? 0;
    const frame = describeFrame(node.callFrame);
    samplesByFrame.set(frame, (samplesByFrame.get(frame) ?? 0) + 1);
  }
  const frames = [...samplesByFrame]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, samples]) => ({ frame, percent: busy > 0 ? (100 * samples) / busy : 0 }));
  return { frames, busySamples: busy, busyMs: busyMicros / 1000 };
}

export async function saveProfile(profile: Profiler.Profile, path: string): Promise<void> {
  await writeFile(path, JSON.stringify(profile));
}

function describeFrame(frame: Profiler.ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.startsWith('file://') ? relative(process.cwd(), new URL(frame.url).pathname) : frame.url;
  // V8's lines are 0-based.
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

import { readFileSync } from 'node:fs';

/**
 * CPU accounting of a process from Linux /proc, to tell a slow server from a
 * starved one on a shared machine. Best effort: null where /proc is missing.
 */
export interface CpuSample {
  /** User + system CPU time of all the process's threads, ms (10 ms resolution: USER_HZ 100). */
  cpuMs: number;
  /** Time the main thread spent runnable but waiting for a CPU, ms (null without schedstats). */
  runQueueWaitMs: number | null;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times; 100 on every mainstream architecture. */
const USER_HZ = 100;

export function sampleCpu(pid: number | 'self'): CpuSample | null {
  let cpuMs: number;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime 14, stime 15 (1-based, man proc).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
    cpuMs = ((utime + stime) * 1000) / USER_HZ;
  } catch {
    return null;
  }
  let runQueueWaitMs: number | null = null;
  try {
    // "time on CPU (ns)  time waiting on a run queue (ns)  timeslices", for the main thread.
    const wait = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/)[1]);
    if (Number.isFinite(wait)) runQueueWaitMs = wait / 1e6;
  } catch {
    // Kernels without CONFIG_SCHEDSTATS have no schedstat file.
  }
  return { cpuMs, runQueueWaitMs };
}

/** end − start, or null when either is missing. */
export function cpuDelta(start: CpuSample | null, end: CpuSample | null): CpuSample | null {
  if (!start || !end) return null;
  return {
    cpuMs: end.cpuMs - start.cpuMs,
    runQueueWaitMs:
      start.runQueueWaitMs === null || end.runQueueWaitMs === null ? null : end.runQueueWaitMs - start.runQueueWaitMs,
  };
}

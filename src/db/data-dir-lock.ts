import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * One process per embedded data directory. PGlite keeps the database in
 * memory and writes it back to the directory; two processes on one directory
 * silently lose each other's writes.
 *
 * A lock file naming its holder (pid, host, start time), in the manner of
 * PostgreSQL's own postmaster.pid. Hand-written rather than a lockfile
 * package because it must (1) name the running process in the refusal,
 * (2) let the next start through at once after a `kill -9` (a lock whose pid
 * no longer runs is stale; mtime-based locks make the next start wait out a
 * staleness period, and need a timer that a long synchronous PGlite query can
 * starve), and (3) need no native addon (flock).
 */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

export interface DataDirLock {
  path: string;
  /** Removes the lock file if it is still ours. */
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
  nonce: string;
}

// Locks this process holds now: its own pid in a lock file means "held" only for these.
const heldHere = new Set<string>();

export function lockDataDir(lockPath: string, describe: string): DataDirLock {
  const self: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), nonce: randomUUID() };
  // A few rounds: each one either takes the lock, refuses, or clears a stale lock and looks again.
  for (let round = 0; round < 5; round++) {
    if (createExclusively(lockPath, self)) {
      heldHere.add(lockPath);
      return {
        path: lockPath,
        release() {
          heldHere.delete(lockPath);
          if (readHolder(lockPath)?.nonce === self.nonce) unlinkSync(lockPath);
        },
      };
    }
    const holder = readHolder(lockPath);
    if (holder && isRunning(holder, heldHere.has(lockPath))) {
      throw new DataDirInUseError(
        `${describe} is in use by process ${holder.pid}` +
          `${holder.host === self.host ? '' : ` on host ${holder.host}`} (started ${holder.startedAt}). ` +
          `One process per data directory: stop that process or set another DATA_DIR. ` +
          `If no such process runs, delete ${lockPath}.`,
      );
    }
    clearStale(lockPath, holder);
  }
  throw new Error(`could not lock ${lockPath}: it keeps changing hands`);
}

/** Write-then-link: the lock appears complete or not at all, and only one contender's link succeeds. */
function createExclusively(lockPath: string, self: Holder): boolean {
  const draft = `${lockPath}.${self.pid}.${self.nonce}`;
  writeFileSync(draft, `${JSON.stringify(self)}\n`, { mode: 0o600 });
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

function readHolder(lockPath: string): Holder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (!Number.isInteger(parsed.pid)) return null;
    return {
      pid: parsed.pid!,
      host: String(parsed.host ?? ''),
      startedAt: String(parsed.startedAt ?? 'unknown'),
      nonce: String(parsed.nonce ?? ''),
    };
  } catch {
    // Unreadable content names no process: nothing to protect.
    return null;
  }
}

function isRunning(holder: Holder, heldByThisProcess: boolean): boolean {
  // Another host's process cannot be checked from here (a shared volume): assume it runs.
  if (holder.host !== hostname()) return true;
  // Our own pid in a lock we did not take: a previous run that had the same pid (a restarted container).
  if (holder.pid === process.pid) return heldByThisProcess;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Moves the stale lock aside (rename is atomic: of several processes clearing
 * it at once, one wins), then checks that what was moved is the lock judged
 * stale and not a fresh one taken meanwhile, which is put back.
 */
function clearStale(lockPath: string, judged: Holder | null): void {
  const aside = `${lockPath}.stale.${process.pid}.${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && moved.nonce !== judged?.nonce) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // Someone else holds it now; the next round reads who.
    }
  }
  unlinkSync(aside);
}

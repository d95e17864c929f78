import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../src/db/data-dir-lock.js';

let dir: string;
let lockPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'questline-lock-unit-'));
  lockPath = join(dir, 'pglite.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const holder = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, host, startedAt: '2026-01-01T00:00:00.000Z', nonce: 'theirs' });

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('lockDataDir', () => {
  it('takes a free lock, names this process in it, and removes it on release', () => {
    const lock = lockDataDir(lockPath, 'the test database');
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses while another running process holds it, naming that process', () => {
    writeFileSync(lockPath, holder(process.ppid));
    expect(() => lockDataDir(lockPath, 'the test database')).toThrow(DataDirInUseError);
    expect(() => lockDataDir(lockPath, 'the test database')).toThrow(
      `the test database is in use by process ${process.ppid} (started 2026-01-01T00:00:00.000Z)`,
    );
    // The holder's lock is left as it was.
    expect(readFileSync(lockPath, 'utf8')).toBe(holder(process.ppid));
  });

  it('refuses a second lock in the same process', () => {
    const lock = lockDataDir(lockPath, 'the test database');
    expect(() => lockDataDir(lockPath, 'the test database')).toThrow(`in use by process ${process.pid}`);
    lock.release();
  });

  it('takes over a lock whose process no longer runs, or whose content names none', async () => {
    writeFileSync(lockPath, holder(await deadPid()));
    lockDataDir(lockPath, 'the test database').release();
    writeFileSync(lockPath, 'not a lock');
    lockDataDir(lockPath, 'the test database').release();
    // Our own pid, from a previous run that had it (a restarted container).
    writeFileSync(lockPath, holder(process.pid));
    lockDataDir(lockPath, 'the test database').release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not judge a lock taken on another host: it refuses, naming the host', () => {
    writeFileSync(lockPath, holder(1, 'elsewhere'));
    expect(() => lockDataDir(lockPath, 'the test database')).toThrow('in use by process 1 on host elsewhere');
  });

  it('does not release a lock that someone else holds by then', () => {
    const lock = lockDataDir(lockPath, 'the test database');
    writeFileSync(lockPath, holder(process.ppid));
    lock.release();
    expect(readFileSync(lockPath, 'utf8')).toBe(holder(process.ppid));
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startProcess, stopAllProcesses, stopProcess, type QuestlineProcess } from '../support/processes.js';

/**
 * The embedded database (npm start without DATABASE_URL) as real processes:
 * one process per DATA_DIR, and a database socket nobody else can use.
 */
const dir = mkdtempSync(join(tmpdir(), 'questline-lock-'));
afterEach(() => stopAllProcesses());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedded = () => startProcess('all', { DATA_DIR: dir, REDIS_URL: '' });

async function readyz(process: QuestlineProcess) {
  return (await fetch(`${process.url}/readyz`)).status;
}

// One DATA_DIR for the whole file, in order: creating a database is the slow part of a start.
describe('one process per DATA_DIR', () => {
  it('refuses a second process, naming the one that runs', { timeout: 120_000 }, async () => {
    const first = await embedded();
    const refusal = await embedded().then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refusal).toMatch(new RegExp(`is in use by process ${first.pid}\\b`));
    expect(refusal).toContain('One process per data directory');
    // The first one is untouched.
    expect(await readyz(first)).toBe(200);
    await stopProcess(first);
    // A clean stop leaves no lock behind.
    expect(readdirSync(dir)).not.toContain('pglite.lock');
  });

  it('starts after the previous process was killed (kill -9)', { timeout: 120_000 }, async () => {
    const killed = await embedded();
    killed.kill('SIGKILL');
    await killed.exited;
    expect(JSON.parse(readFileSync(join(dir, 'pglite.lock'), 'utf8')).pid).toBe(killed.pid);
    const next = await embedded();
    expect(await readyz(next)).toBe(200);
  });

  it('starts over a lock file naming a process that no longer runs', { timeout: 120_000 }, async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const stale = { pid: gone.pid, host: hostname(), startedAt: new Date().toISOString(), nonce: randomUUID() };
    writeFileSync(join(dir, 'pglite.lock'), JSON.stringify(stale));
    const next = await embedded();
    expect(await readyz(next)).toBe(200);
    expect(JSON.parse(readFileSync(join(dir, 'pglite.lock'), 'utf8')).pid).toBe(next.pid);
  });
});

/** The TCP ports a process listens on, from /proc (Linux). */
function listeningTcpPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      // Closed meanwhile.
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is fields[1] (ADDR:PORT in hex), st is fields[3] (0A = LISTEN), inode is fields[9].
      if (fields[3] === '0A' && inodes.has(fields[9]!)) ports.add(parseInt(fields[1]!.split(':')[1]!, 16));
    }
  }
  return [...ports];
}

describe('the embedded database socket', () => {
  it('is a Unix socket only its owner can use, and no TCP port', { timeout: 120_000 }, async () => {
    // DATA_DIR itself open to every user: only the socket's own protection may keep them out.
    chmodSync(dir, 0o755);
    const app = await embedded();
    const port = Number(new URL(app.url).port);
    expect(listeningTcpPorts(app.pid)).toEqual([port]);

    // The database files are private too.
    expect(statSync(join(dir, 'pglite')).mode & 0o777).toBe(0o700);
    const socketDir = join(dir, 'pglite-socket');
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(socketDir, '.s.PGSQL.5432')).mode & 0o777).toBe(0o600);
    const psql = [
      'psql',
      `host=${socketDir} port=5432 user=postgres dbname=postgres`,
      '-Atc',
      'SELECT count(*) FROM "User"',
    ];
    // The owner (the user running the process) gets in…
    const owner = spawnSync(psql[0]!, psql.slice(1), { encoding: 'utf8' });
    expect(owner.stderr).toBe('');
    expect(owner.stdout.trim()).toBe('0');
    // …another user does not, whatever user name or password they try.
    const other = spawnSync('runuser', ['-u', 'nobody', '--', ...psql], { encoding: 'utf8', cwd: '/' });
    expect(other.status).not.toBe(0);
    expect(other.stderr).toMatch(/Permission denied/);
  });
});

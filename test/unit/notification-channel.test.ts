import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReconnectingNotificationChannel } from '../../src/jobs/notification-channel.js';

/**
 * The LISTEN channel's reconnection schedule, with a pool whose connections
 * are refused until told otherwise and a LISTEN connection that can be dropped.
 */
class FakeListenClient extends EventEmitter {
  queries: string[] = [];
  released = 0;
  async query(sql: string) {
    this.queries.push(sql);
    return { rows: [] };
  }
  release() {
    this.released += 1;
  }
}

function fakePool() {
  const state = { refusing: false, attempts: [] as number[], clients: [] as FakeListenClient[] };
  const pool = {
    async connect() {
      state.attempts.push(Date.now());
      if (state.refusing) throw new Error('connect ECONNREFUSED');
      const client = new FakeListenClient();
      state.clients.push(client);
      return client;
    },
    async query() {
      return { rows: [] };
    },
  };
  return { pool: pool as unknown as pg.Pool, state };
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('ReconnectingNotificationChannel', () => {
  it('survives a dropped LISTEN connection and reconnects with a doubling, capped delay, for good', async () => {
    const { pool, state } = fakePool();
    const errors: unknown[] = [];
    let reconnections = 0;
    const channel = new ReconnectingNotificationChannel(
      { pool },
      { onError: (error) => errors.push(error), onReconnected: () => (reconnections += 1) },
      { initialDelayMs: 100, maxDelayMs: 1000 },
    );
    await channel.connect();
    expect(channel.state).toBe('connected');
    expect(state.clients[0]!.queries).toEqual(['LISTEN "agenda:jobs"', 'LISTEN "agenda:jobs:state"']);

    // The server drops the connection and refuses new ones for a while.
    state.refusing = true;
    state.clients[0]!.emit('error', new Error('terminating connection due to administrator command'));
    expect(channel.state).toBe('reconnecting');
    expect(state.clients[0]!.released).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    const delays = state.attempts.slice(1).map((at, i) => at - state.attempts[i]!);
    // First attempt 100 ms after the loss, then 200, 400, 800, and 1000 from then on: past the
    // library's own limit of 10 attempts, without giving up.
    expect(state.attempts[1]).toBe(100);
    expect(delays.slice(1, 6)).toEqual([200, 400, 800, 1000, 1000]);
    expect(state.attempts.length).toBeGreaterThan(11);
    expect(errors.length).toBeGreaterThan(10);

    state.refusing = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(channel.state).toBe('connected');
    expect(reconnections).toBe(1);
    const attempts = state.attempts.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.attempts.length).toBe(attempts);

    await channel.disconnect();
    expect(channel.state).toBe('disconnected');
  });

  it('stops retrying once disconnected', async () => {
    const { pool, state } = fakePool();
    const channel = new ReconnectingNotificationChannel(
      { pool },
      { onError: () => undefined, onReconnected: () => undefined },
      { initialDelayMs: 100, maxDelayMs: 1000 },
    );
    state.refusing = true;
    await expect(channel.connect()).rejects.toThrow('ECONNREFUSED');
    await channel.disconnect();
    const attempts = state.attempts.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.attempts.length).toBe(attempts);
  });
});

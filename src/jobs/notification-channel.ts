import { PostgresNotificationChannel } from '@agendajs/postgres-backend';
import type pg from 'pg';

export interface ReconnectHooks {
  /** The LISTEN connection failed, or a reconnection attempt did (the next one is scheduled). */
  onError(error: unknown): void;
  /** LISTEN works again after a loss. */
  onReconnected(): void;
}

export interface ReconnectBackoff {
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * The PostgreSQL backend's LISTEN/NOTIFY channel, made to survive the
 * database going away. As shipped (@agendajs/postgres-backend 3.0):
 *
 * - it re-emits its connection's errors as 'error' events, which nobody
 *   listens to inside Agenda: a terminated LISTEN connection was an uncaught
 *   exception that ended the process;
 * - each attempt resets the attempt counter, so its exponential backoff is a
 *   fixed 100 ms retry, and after 10 attempts it would give up for good.
 *
 * Here errors go to the hooks, attempts back off exponentially up to a
 * ceiling and never stop. Polling (`JOBS_PROCESS_EVERY_MS`) keeps picking up
 * jobs meanwhile; only the instant wake-up waits for the reconnection.
 */
export class ReconnectingNotificationChannel extends PostgresNotificationChannel {
  private failures = 0;
  private stopped = false;

  constructor(
    config: { pool: pg.Pool },
    private readonly hooks: ReconnectHooks,
    private readonly backoff: ReconnectBackoff = { initialDelayMs: 250, maxDelayMs: 30_000 },
  ) {
    super(config);
    this.on('error', (error) => hooks.onError(error));
  }

  override async connect(): Promise<void> {
    this.stopped = false;
    try {
      await super.connect();
    } catch (error) {
      // A connection obtained before LISTEN failed would otherwise stay checked out of the pool.
      this.discardListenClient();
      throw error;
    }
    if (this.stopped) {
      // Stopped while this attempt was on its way: a listener left behind would hold the pool open.
      this.discardListenClient();
      return;
    }
    if (this.failures > 0) this.hooks.onReconnected();
    this.failures = 0;
  }

  override async disconnect(): Promise<void> {
    this.stopped = true;
    await super.disconnect();
  }

  protected override clearReconnect(): void {
    // Unlike the base class, keep the failure count: connect() calls this on every attempt.
    clearTimeout(this.reconnectTimeout);
    this.reconnectTimeout = undefined;
  }

  protected override scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = Math.min(this.backoff.initialDelayMs * 2 ** this.failures, this.backoff.maxDelayMs);
    this.failures += 1;
    this.setState('reconnecting');
    this.clearReconnect();
    this.reconnectTimeout = setTimeout(() => {
      // A failed attempt has already scheduled the next one (and reported its error).
      this.connect().catch(() => undefined);
    }, delay);
  }

  private discardListenClient(): void {
    // The base class keeps the client in a private field.
    const holder = this as unknown as { listenClient?: pg.PoolClient };
    try {
      holder.listenClient?.release(true);
    } catch {
      // Already released.
    }
    holder.listenClient = undefined;
  }
}

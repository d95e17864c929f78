import type { AgendaBackend } from 'agenda';

/**
 * A backend that is connected before Agenda sees it, delegating everything
 * else to the real one.
 *
 * Agenda calls `backend.connect()` in its constructor and never handles a
 * rejection: its `ready` promise then stays pending and start-up hangs with
 * no error. So we connect first, once, await the outcome ourselves (and fail
 * start-up with the reason), and Agenda's own call gets the same promise.
 */
export class PreconnectedBackend implements AgendaBackend {
  /** Settles once: connected, or the reason it could not be. */
  readonly connected: Promise<void>;

  /** `around` wraps the one real connect (the PostgreSQL backend runs it under a lock). */
  constructor(
    private readonly inner: AgendaBackend,
    around: (connect: () => Promise<void>) => Promise<void> = (connect) => connect(),
  ) {
    this.connected = around(() => inner.connect());
  }

  get name() {
    return this.inner.name;
  }

  get repository() {
    return this.inner.repository;
  }

  get notificationChannel() {
    return this.inner.notificationChannel;
  }

  get logger() {
    return this.inner.logger;
  }

  get ownsConnection() {
    return this.inner.ownsConnection;
  }

  connect(): Promise<void> {
    return this.connected;
  }

  disconnect(): Promise<void> {
    return this.inner.disconnect();
  }
}

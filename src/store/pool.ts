/**
 * Read connections of one DuckDB instance, shared by concurrent requests: at most `size` queries run at
 * once (one per connection), at most `maxWaiting` wait, and past that `use` refuses at once with
 * `StoreBusyError` instead of queueing without bound. A request's cancel signal (./cancel.ts, set with `withSignal`)
 * cancels the work itself: a waiting query leaves the queue, a running one is interrupted
 * (`connection.interrupt()`), so no query outlives its request.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { type CancelSignal, currentSignal, onConnection, QueryCancelledError } from './cancel.ts';

export {
  Cancel,
  type CancelSignal,
  currentSignal,
  detached,
  onConnection,
  QueryCancelledError,
  withSignal,
} from './cancel.ts';

/** Too many queries waiting: try again shortly (the server answers 503 with Retry-After). */
export class StoreBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreBusyError';
  }
}

interface Waiter {
  resolve: (c: DuckDBConnection) => void;
  reject: (e: Error) => void;
  signal: CancelSignal | undefined;
  onAbort?: () => void;
}

/** A bounded pool of connections, made on demand by `connect` (which also prepares them). */
export class ConnectionPool {
  private readonly free: DuckDBConnection[] = [];
  private readonly made: DuckDBConnection[] = [];
  private readonly waiting: Waiter[] = [];
  private making = 0;
  /** Queries running now. */
  running = 0;

  /**
   * @param connect makes and prepares one connection
   * @param size most connections (default 4)
   * @param maxWaiting most queries waiting for a connection (default 256)
   */
  constructor(
    private readonly connect: () => Promise<DuckDBConnection>,
    readonly size = 4,
    readonly maxWaiting = 256,
  ) {}

  /** Runs `fn` on a free connection (waiting for one if all are busy), cancelled by the request's signal. */
  async use<T>(
    fn: (c: DuckDBConnection) => Promise<T>,
    prepare?: (c: DuckDBConnection) => Promise<void>,
  ): Promise<T> {
    const signal = currentSignal();
    if (signal?.aborted) throw new QueryCancelledError();
    const conn = await this.acquire(signal);
    this.running++;
    try {
      if (prepare) await prepare(conn);
      return await onConnection(conn, signal, fn);
    } finally {
      this.running--;
      this.release(conn);
    }
  }

  /** Queries waiting for a connection (or for one being made). */
  get queued(): number {
    return this.waiting.length + this.making;
  }

  private async acquire(signal: CancelSignal | undefined): Promise<DuckDBConnection> {
    const c = this.free.pop();
    if (c) return c;
    if (this.made.length + this.making < this.size) {
      this.making++;
      try {
        const made = await this.connect();
        this.made.push(made);
        return made;
      } finally {
        this.making--;
      }
    }
    if (this.waiting.length >= this.maxWaiting)
      throw new StoreBusyError(`busy: ${this.waiting.length} queries waiting; try again shortly`);
    return new Promise<DuckDBConnection>((resolve, reject) => {
      const w: Waiter = { resolve, reject, signal };
      if (signal) {
        w.onAbort = () => {
          const i = this.waiting.indexOf(w);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new QueryCancelledError());
        };
        signal.addEventListener('abort', w.onAbort, { once: true });
      }
      this.waiting.push(w);
    });
  }

  private release(conn: DuckDBConnection): void {
    const w = this.waiting.shift();
    if (!w) {
      this.free.push(conn);
      return;
    }
    if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
    w.resolve(conn);
  }

  /** Resolves when no query runs or waits (so the instance may be closed). */
  async idle(): Promise<void> {
    while (this.running > 0 || this.waiting.length > 0 || this.making > 0)
      await new Promise((r) => setTimeout(r, 5));
  }

  /** Closes every connection (call after `idle`). */
  close(): void {
    for (const c of this.made) c.closeSync();
    this.made.length = 0;
    this.free.length = 0;
  }
}

/**
 * Cancelling store queries with their request: a request's cancel signal (set with `withSignal`, carried
 * across awaits by AsyncLocalStorage) interrupts the query it started (`onConnection`), so no query outlives
 * its request. Used by ./pool.ts and ./store.ts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * What a cancel signal must offer: an `AbortSignal`, or the lighter `Cancel` below (the server makes one per
 * request; an AbortController costs more than answering from memory does).
 */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A minimal cancel signal: `cancel()` calls each listener once. */
export class Cancel implements CancelSignal {
  aborted = false;
  private listeners: (() => void)[] | null = null;
  addEventListener(_type: 'abort', listener: () => void): void {
    if (!this.listeners) this.listeners = [];
    this.listeners.push(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.listeners?.indexOf(listener) ?? -1;
    if (i >= 0) this.listeners?.splice(i, 1);
  }
  /** Cancels: every listener runs once. */
  cancel(): void {
    if (this.aborted) return;
    this.aborted = true;
    const ls = this.listeners ?? [];
    this.listeners = null;
    for (const l of ls) l();
  }
}

const signals = new AsyncLocalStorage<CancelSignal>();

/**
 * Runs `fn` with `signal` as the cancel signal of every store query it starts (across awaits).
 * @example await withSignal(AbortSignal.timeout(1000), () => store.all('SELECT 1'))
 */
export function withSignal<T>(signal: CancelSignal, fn: () => T): T {
  return signals.run(signal, fn);
}

/**
 * Runs `fn` outside any request's cancel signal: for shared work (a load several requests wait for) that
 * one request's deadline must not cancel.
 */
export function detached<T>(fn: () => T): T {
  return signals.exit(fn);
}

/** The cancel signal of the running request, if any. */
export function currentSignal(): CancelSignal | undefined {
  return signals.getStore();
}

/** A query stopped because its request was cancelled (deadline passed or client gone). */
export class QueryCancelledError extends Error {
  constructor(message = 'query cancelled: its request was cancelled') {
    super(message);
    this.name = 'QueryCancelledError';
  }
}

/** How often a cancelled query is interrupted again until it stops (see onConnection). */
const RETRY_MS = 25;

/**
 * Runs `fn` on `conn`, interrupting it if `signal` aborts meanwhile.
 * @example await onConnection(conn, signal, (c) => c.runAndReadAll('SELECT 1'))
 */
export async function onConnection<T>(
  conn: DuckDBConnection,
  signal: CancelSignal | undefined,
  fn: (c: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw new QueryCancelledError();
  // DuckDB clears a connection's interrupt flag when a query starts, so an interrupt that lands while the
  // query is still being handed to its worker thread is lost (seen on a loaded machine: the query ran to its
  // end after its request's 504). Interrupt again every RETRY_MS until the work settles.
  let retry: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    conn.interrupt();
    retry = setInterval(() => conn.interrupt(), RETRY_MS);
    retry.unref?.();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await fn(conn);
  } catch (err) {
    if (signal?.aborted) throw new QueryCancelledError();
    throw err;
  } finally {
    if (retry) clearInterval(retry);
    signal?.removeEventListener('abort', stop);
  }
}

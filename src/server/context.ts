/**
 * What every route shares: the store (one connection, queries run one at a time), the response cache,
 * the bounds, and a helper that answers from the cache with an ETag.
 */
import type { Context } from 'hono';
import type { Store } from '../store/store.ts';
import type { CachedBody, ResponseCache, Serial } from './cache.ts';

/** Bounds on what one request may ask for. */
export const LIMITS = {
  /** Earliest first day of a window, relative to t0. */
  minFrom: -250,
  /** Latest last day of a window (about three years of sessions). */
  maxTo: 756,
  /** Most events in one compare-events request. */
  maxEvents: 12,
  /** Most rows one list endpoint returns. */
  maxRows: 5000,
} as const;

/** The server's state, made once by `createApp`. */
export interface ServerState {
  store: Store;
  cache: ResponseCache;
  serial: Serial;
  importToken: string | undefined;
  /** Inputs loaded once and shared by requests (e.g. the report's series); cleared with the cache. */
  memo: Map<string, Promise<unknown>>;
}

/**
 * The value under `key`, loading it once with `load` (serialised with other store access); a failed load is
 * forgotten so the next request retries.
 * @example const inputs = await memo(state, 'snapshot-inputs', () => loadSnapshotInputs(state.store));
 */
export function memo<T>(state: ServerState, key: string, load: () => Promise<T>): Promise<T> {
  let p = state.memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    state.memo.set(key, p);
    p.catch(() => state.memo.delete(key));
  }
  return p;
}

/** JSON text with NaN/Infinity as null, BigInt as number and typed arrays as arrays. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'bigint') return Number(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView))
      return Array.from(v as unknown as ArrayLike<number>);
    return v;
  });
}

/** A response for a cached body, or 304 when the client already has it. */
export function send(c: Context, entry: CachedBody): Response {
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, { etag: entry.etag });
  return c.body(entry.body, 200, {
    'content-type': entry.type,
    etag: entry.etag,
    'cache-control': 'no-cache',
  });
}

/**
 * Answers from the cache under `key`, computing with `make` (store access serialised) on a miss.
 * @example return answer(c, state, `datasets`, 'application/json', async () => toJson(rows))
 */
export async function answer(
  c: Context,
  state: ServerState,
  key: string,
  type: string,
  make: () => Promise<string>,
): Promise<Response> {
  const entry = await state.cache.get(key, () => state.serial.run(make), type);
  return send(c, entry);
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';

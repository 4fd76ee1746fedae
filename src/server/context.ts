/**
 * What every route shares: the store (a pool of read connections when opened with the embedded data, else
 * one connection whose queries run one at a time), the response cache, the bounds, the in-memory size legs,
 * and a helper that answers from the cache with an ETag.
 */
import type { Context } from 'hono';
import { jsonText } from '../json.ts';
import { detached } from '../store/pool.ts';
import type { Store } from '../store/store.ts';
import type { CachedBody, ResponseCache, Serial } from './cache.ts';
import { LegsMemory } from './data/legs-memory.ts';
import type { LoadShedder } from './shed.ts';

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
  /** The load shedder, when the server runs one (serve.ts). */
  shedder?: LoadShedder;
  /** Inputs loaded once and shared by requests (e.g. the report's series); cleared with the cache. */
  memo: Map<string, Promise<unknown>>;
  /** A ClickHouse store for stock-built series (`serve --store clickhouse://…`; data/warehouse.ts). */
  warehouse?: string;
}

/**
 * Runs store work: at once on a pooled store (the pool bounds it), else after the store work queued before.
 * @example const rows = await storeWork(state, () => state.store.all('SELECT 1'))
 */
export function storeWork<T>(state: ServerState, fn: () => Promise<T>): Promise<T> {
  return state.store.pooled ? fn() : state.serial.run(fn);
}

/**
 * The size legs in memory for the store's current data (loaded on first use and after each import).
 * @example (await sizeLegs(state)).legs(schemeById('deciles'), 'value', '2016-10-01', '2016-12-31')
 */
export function sizeLegs(state: ServerState): Promise<LegsMemory> {
  return memo(state, `legs-memory|${state.store.dataVersion}`, () => LegsMemory.load(state.store));
}

/** Most loaded series kept in memory by `loadedSeries`. */
const MAX_SERIES = 64;

/**
 * A value read from the store for `key` (e.g. a series spec), loaded once per data version and kept among the
 * last `MAX_SERIES` (oldest dropped first), so repeated questions compute in memory.
 * @example const s = await loadedSeries(state, 'series|french:Lo 10', () => loadSeries(state.store, 'french:Lo 10'))
 */
export function loadedSeries<T>(state: ServerState, key: string, load: () => Promise<T>): Promise<T> {
  const k = `loaded|${state.store.dataVersion}|${key}`;
  const hit = state.memo.get(k) as Promise<T> | undefined;
  if (hit) {
    state.memo.delete(k);
    state.memo.set(k, hit);
    return hit;
  }
  const keys = [...state.memo.keys()].filter((x) => x.startsWith('loaded|'));
  if (keys.length >= MAX_SERIES) state.memo.delete(keys[0]);
  return memo(state, k, load);
}

/**
 * The value under `key`, loading it once with `load`, outside the asking request's deadline (other requests
 * may wait for it too); a failed load is forgotten so the next request retries. Callers inside `answer` are
 * already serialised with other store access; callers outside wrap `load` in `storeWork`.
 * @example const inputs = await memo(state, 'snapshot-inputs', () => loadSnapshotInputs(state.store));
 */
export function memo<T>(state: ServerState, key: string, load: () => Promise<T>): Promise<T> {
  let p = state.memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = detached(load);
    state.memo.set(key, p);
    p.catch(() => state.memo.delete(key));
  }
  return p;
}

/** The API's JSON text: the one JSON edge (src/json.ts: 12 significant digits, NaN as null, BigInt as number). */
export function toJson(value: unknown): string {
  return jsonText(value);
}

/**
 * A response for a cached body, or 304 when the client already has it. A GET's URL is remembered with the
 * body, so the next request for it is answered by ./fast-path.ts without routing.
 */
export function send(c: Context, entry: CachedBody, cache?: ResponseCache): Response {
  if (cache && c.req.method === 'GET') {
    const url = c.req.url;
    cache.remember(url.slice(url.indexOf('/', url.indexOf('//') + 2)), entry);
  }
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, { etag: entry.etag });
  return c.body(entry.bytes, 200, {
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
  const entry = await state.cache.get(key, () => storeWork(state, make), type);
  return send(c, entry, state.cache);
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';

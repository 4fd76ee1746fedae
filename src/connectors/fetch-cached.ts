/**
 * Download through the cache. Mode 'auto' (default) reuses a cached copy younger than `maxAgeMs`; an older
 * copy is revalidated with a conditional request (If-None-Match / If-Modified-Since from its ETag and
 * Last-Modified): 304 keeps it (re-stamped with today's date), 200 replaces it. 'refresh' always downloads
 * in full; 'cached' never touches the network. A rate limiter is
 * kept per host, so every request to one host, whatever the connector, respects that host's spacing.
 */

import type { Limits } from '../formats/limits.ts';
import { VERSION } from '../version.ts';
import { RateLimiter } from './backoff.ts';
import type { CacheEntry, DownloadCache } from './cache.ts';
import { ConnectorError, OfflineError } from './errors.ts';
import { download, type HttpOptions } from './http.ts';

/** The User-Agent sent unless a source or the caller sets one (the SEC connector always does). */
export const DEFAULT_USER_AGENT = `capgap/${VERSION} (size-effect research tool)`;

/** How to use the cache. */
export type CacheMode = 'auto' | 'refresh' | 'cached';
export const CACHE_MODES: readonly CacheMode[] = ['auto', 'refresh', 'cached'];

/** What every connector call shares: the cache, HTTP options, limiters. */
export interface FetchContext {
  cache: DownloadCache;
  /** 'auto' | 'refresh' | 'cached' ['auto']. */
  mode?: CacheMode;
  /** A cached copy younger than this is reused in 'auto' mode, in ms [20 hours: sources update daily]. */
  maxAgeMs?: number;
  /** Passed to `download` (timeouts, retries, injected fetch/sleep for tests). */
  http?: HttpOptions;
  /** Rate limiters by host; created on first use. */
  limiters?: Map<string, RateLimiter>;
  /** Messages for the user (retries, cache hits). */
  log?: (message: string) => void;
  /** Size limits of what a body inflates to (formats/limits.ts); `capgap fetch --max-bytes` sets maxBytes. */
  limits?: Partial<Limits>;
}

/** One thing to fetch. */
export interface FetchRequest {
  source: string;
  key: string;
  url: string;
  headers?: Record<string, string>;
  /** Least spacing between requests to this URL's host, in ms. */
  minIntervalMs: number;
}

/** A body and where it came from. */
export interface Fetched {
  entry: CacheEntry;
  body: Uint8Array;
  fromCache: boolean;
}

/** The cached copy's validators as response headers, to re-stamp it after a 304. */
function metaHeaders(e: CacheEntry): Record<string, string> {
  const h: Record<string, string> = {};
  if (e.meta.lastModified) h['last-modified'] = e.meta.lastModified;
  if (e.meta.etag) h.etag = e.meta.etag;
  if (e.meta.contentType) h['content-type'] = e.meta.contentType;
  return h;
}

function limiterFor(ctx: FetchContext, url: string, minIntervalMs: number): RateLimiter {
  ctx.limiters ??= new Map();
  const host = new URL(url).host;
  let lim = ctx.limiters.get(host);
  if (!lim) {
    lim = new RateLimiter({ minIntervalMs, sleep: ctx.http?.sleep });
    ctx.limiters.set(host, lim);
  }
  return lim;
}

/**
 * Returns the body for `req`, from the cache or the network (see the file header), and caches downloads.
 * @example const { body } = await fetchCached(ctx, { source: 'stooq', key: 'iwm.us.csv', url, minIntervalMs: 1000 });
 */
export async function fetchCached(ctx: FetchContext, req: FetchRequest): Promise<Fetched> {
  const mode = ctx.mode ?? 'auto';
  if (!CACHE_MODES.includes(mode)) {
    throw new ConnectorError('config', `invalid cache mode: "${mode}"; expected ${CACHE_MODES.join(', ')}`);
  }
  let cached = ctx.cache.read(req.source, req.key);
  if (cached?.damaged) {
    const what = `the cached copy of ${req.source}/${req.key} (${cached.path}) is damaged: ${cached.damaged}`;
    if (mode === 'cached') throw new ConnectorError('config', `${what}; fetch it again with --cache auto`);
    ctx.log?.(`${what}; fetching it again`);
    cached = undefined;
  }
  if (mode === 'cached') {
    if (!cached) {
      throw new ConnectorError('config', `no cached copy of ${req.source}/${req.key} in ${ctx.cache.dir}`);
    }
    return { entry: cached, body: ctx.cache.body(cached), fromCache: true };
  }
  if (mode === 'auto' && cached && ctx.cache.isFresh(cached, ctx.maxAgeMs ?? 20 * 3600_000)) {
    ctx.log?.(`${req.source}/${req.key}: using the copy fetched ${cached.meta.fetchedAt}`);
    return { entry: cached, body: ctx.cache.body(cached), fromCache: true };
  }
  const limiter = limiterFor(ctx, req.url, req.minIntervalMs);
  const headers: Record<string, string> = {
    'user-agent': DEFAULT_USER_AGENT,
    ...ctx.http?.headers,
    ...req.headers,
  };
  // a stale copy: ask the server whether it changed (HTTP conditional request; 304 = reuse it)
  if (mode === 'auto' && cached?.meta.url === req.url) {
    if (cached.meta.etag) headers['if-none-match'] = cached.meta.etag;
    if (cached.meta.lastModified) headers['if-modified-since'] = cached.meta.lastModified;
  }
  try {
    const got = await download(req.url, {
      onRetry: (r) => ctx.log?.(`retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s: ${r.reason}`),
      ...ctx.http,
      headers,
      limiter,
    });
    if (got.status === 304 && cached) {
      const body = ctx.cache.body(cached);
      ctx.log?.(
        `${req.source}/${req.key}: not modified since ${cached.meta.lastModified ?? cached.meta.fetchedAt}`,
      );
      const entry = ctx.cache.write(req.source, req.key, body, {
        url: cached.meta.url,
        headers: metaHeaders(cached),
      });
      return { entry, body, fromCache: true };
    }
    const entry = ctx.cache.write(req.source, req.key, got.body, { url: got.url, headers: got.headers });
    return { entry, body: got.body, fromCache: false };
  } catch (err) {
    if (err instanceof OfflineError && cached) {
      err.message += `; a copy fetched ${cached.meta.fetchedAt} is cached: rerun with --cache cached to use it`;
    }
    throw err;
  }
}

/**
 * Fetches `req` and reads it with `read` (parse and validate, no store writes). If `read` throws, the body
 * is moved aside (`<file>.rejected`, see DownloadCache.reject) so a bad or cut body is never reused from
 * the cache, and the error says where it is kept.
 * @example const { got, value } = await fetchAndRead(ctx, req, (b) => checkStooqCsv(dec.decode(b), 'IWM', url));
 */
export async function fetchAndRead<T>(
  ctx: FetchContext,
  req: FetchRequest,
  read: (body: Uint8Array) => T,
): Promise<{ got: Fetched; value: T }> {
  const got = await fetchCached(ctx, req);
  try {
    return { got, value: read(got.body) };
  } catch (err) {
    const failure = (err as { failure?: string }).failure;
    if (failure === 'too-large' || /too large/.test((err as Error).message ?? '')) {
      ctx.cache.remove(got.entry); // a bomb is not kept in the cache, not even aside
      throw err;
    }
    const kept = ctx.cache.reject(got.entry);
    if (err instanceof Error) err.message += ` (the body is kept in ${kept})`;
    throw err;
  }
}

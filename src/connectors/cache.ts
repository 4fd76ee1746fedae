/**
 * The cache of raw downloads: every body a connector fetches is kept as a file, with a sidecar
 * `<file>.meta.json` recording its URL, the date and time it was fetched, the server's Last-Modified, its size
 * and sha256. Layout: `<cacheDir>/<source>/<key>`. Default cacheDir: `$CAPGAP_CACHE`, else `cache/` beside
 * the store (`~/.capgap/cache/` for the default store `~/.capgap/capgap.duckdb`, and for `:memory:`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeFolder } from '../make-folder.ts';
import { ConnectorError } from './errors.ts';

/** What the cache knows about one download. */
export interface CacheMeta {
  url: string;
  source: string;
  key: string;
  /** When it was fetched, ISO 8601 UTC ('2026-11-25T01:50:00.000Z'). */
  fetchedAt: string;
  /** The server's Last-Modified header, if it sent one. */
  lastModified?: string;
  etag?: string;
  contentType?: string;
  bytes: number;
  sha256: string;
}

/** A cached file and its metadata. */
export interface CacheEntry {
  path: string;
  meta: CacheMeta;
  /** Why the copy cannot be used (a meta file that does not parse, a body that does not match its size or
   * sha256): fetchCached downloads it again, or refuses with `--cache cached`. Absent for a sound copy. */
  damaged?: string;
}

/** The meta file's record, or why it is not one (its fields as `write` puts them). */
function readMeta(file: string): CacheMeta | string {
  let m: unknown;
  try {
    m = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return `its meta file does not parse (${(err as Error).message.slice(0, 80)})`;
  }
  const r = m as Partial<CacheMeta> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.url !== 'string' ||
    typeof r.fetchedAt !== 'string' ||
    Number.isNaN(Date.parse(r.fetchedAt)) ||
    !Number.isSafeInteger(r.bytes) ||
    typeof r.sha256 !== 'string'
  )
    return 'its meta file lacks url, fetchedAt, bytes or sha256';
  return r as CacheMeta;
}

/**
 * The cache folder: `$CAPGAP_CACHE`, else `cache/` in the store's folder (`~/.capgap/` for `:memory:`).
 * @example defaultCacheDir('/data/capgap.duckdb', {}) // '/data/cache'
 */
export function defaultCacheDir(storePath?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CAPGAP_CACHE) return env.CAPGAP_CACHE;
  const store = storePath && storePath !== ':memory:' ? storePath : env.CAPGAP_DB;
  const base = store && store !== ':memory:' ? dirname(store) : join(homedir(), '.capgap');
  return join(base, 'cache');
}

const SAFE = /^[A-Za-z0-9^][A-Za-z0-9._^=-]*$/;

/** Checks a cache path part, so a ticker or dataset name can never leave the cache folder. */
function safePart(what: string, value: string): string {
  if (!SAFE.test(value) || value.includes('..')) {
    throw new ConnectorError('config', `invalid ${what}: "${value}"; expected letters, digits, ^ . _ = -`);
  }
  return value;
}

/**
 * A folder of raw downloads with their dates.
 * @example const cache = new DownloadCache(defaultCacheDir()); cache.read('stooq', 'iwm.us.csv');
 */
export class DownloadCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  /** Where `source/key` lives. */
  pathOf(source: string, key: string): string {
    return join(this.dir, safePart('source', source), safePart('cache key', key));
  }

  /** The cached entry (with `damaged` set when it cannot be used), or undefined. */
  read(source: string, key: string): CacheEntry | undefined {
    const path = this.pathOf(source, key);
    if (!existsSync(path) || !existsSync(`${path}.meta.json`)) return undefined;
    const meta = readMeta(`${path}.meta.json`);
    const size = statSync(path).size;
    if (typeof meta === 'string') {
      const bare = { url: '', source, key, fetchedAt: '', bytes: size, sha256: '' };
      return { path, meta: bare, damaged: meta };
    }
    if (size !== meta.bytes)
      return { path, meta, damaged: `${size} bytes on disk; ${meta.bytes} were fetched` };
    if (createHash('sha256').update(readFileSync(path)).digest('hex') !== meta.sha256)
      return { path, meta, damaged: 'its sha256 differs from the one recorded when it was fetched' };
    return { path, meta };
  }

  /** The cached body. */
  body(entry: CacheEntry): Uint8Array {
    return new Uint8Array(readFileSync(entry.path));
  }

  /** Stores a body (atomically: temp file, then rename) and returns its entry. */
  write(
    source: string,
    key: string,
    body: Uint8Array,
    info: { url: string; headers?: Record<string, string>; now?: Date },
  ): CacheEntry {
    const path = this.pathOf(source, key);
    makeFolder(dirname(path));
    const h = info.headers ?? {};
    const meta: CacheMeta = {
      url: info.url,
      source,
      key,
      fetchedAt: (info.now ?? new Date()).toISOString(),
      lastModified: h['last-modified'],
      etag: h.etag,
      contentType: h['content-type'],
      bytes: body.byteLength,
      sha256: createHash('sha256').update(body).digest('hex'),
    };
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, body);
    renameSync(tmp, path);
    writeFileSync(`${path}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
    return { path, meta };
  }

  /**
   * Moves an entry aside as `<file>.rejected` (with its meta), so the next run downloads again; returns the
   * new path. Used when a body fails to parse: it is kept for inspection, never reused.
   */
  reject(entry: CacheEntry): string {
    const to = `${entry.path}.rejected`;
    if (existsSync(entry.path)) renameSync(entry.path, to);
    if (existsSync(`${entry.path}.meta.json`)) renameSync(`${entry.path}.meta.json`, `${to}.meta.json`);
    return to;
  }

  /** Deletes an entry and its meta (a body over a size limit is never kept, not even for inspection). */
  remove(entry: CacheEntry): void {
    rmSync(entry.path, { force: true });
    rmSync(`${entry.path}.meta.json`, { force: true });
  }

  /** Every cached download (rejected bodies and batch state left out), sorted by source and key. */
  list(): CacheEntry[] {
    if (!existsSync(this.dir)) return [];
    const out: CacheEntry[] = [];
    for (const source of readdirSync(this.dir).sort()) {
      if (source === 'batches' || !statSync(join(this.dir, source)).isDirectory()) continue;
      for (const f of readdirSync(join(this.dir, source)).sort()) {
        if (!f.endsWith('.meta.json') || f.endsWith('.rejected.meta.json')) continue;
        const e = this.read(source, f.slice(0, -'.meta.json'.length));
        if (e) out.push(e);
      }
    }
    return out;
  }

  /** True when the entry was fetched less than `maxAgeMs` before `now`. */
  isFresh(entry: CacheEntry, maxAgeMs: number, now: number = Date.now()): boolean {
    return now - Date.parse(entry.meta.fetchedAt) < maxAgeMs;
  }
}

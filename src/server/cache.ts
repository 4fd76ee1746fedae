/**
 * The server's response cache: finished response bodies by canonical request key (the route plus its
 * parsed, validated parameters in a fixed order), least-recently-used eviction, bounded in entries and
 * bytes. Identical requests in flight share one computation. `clear()` after the store changes.
 * Each body is kept as bytes too (UTF-8, encoded once), and GET URLs answered 200 from the cache are
 * remembered (`remember`, `byUrl`), so ./fast-path.ts answers a repeated URL before any routing.
 */
import { createHash } from 'node:crypto';
import { ApiError } from './errors.ts';

/** A cached response body. */
export interface CachedBody {
  body: string;
  type: string;
  etag: string;
  /** `body` as UTF-8 bytes. */
  bytes: Buffer<ArrayBuffer>;
}

/** Most URLs remembered by `remember` (oldest forgotten first). */
const MAX_URLS = 4096;

/** An LRU cache of response bodies with in-flight sharing. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private readonly pending = new Map<string, Promise<CachedBody>>();
  private readonly urls = new Map<string, CachedBody>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  /**
   * @param maxEntries most entries kept (default 500)
   * @param maxBytes most body characters kept in total (default 64 MB)
   */
  constructor(
    readonly maxEntries = 500,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /**
   * The cached body for `key`, computing and storing it with `make` on a miss.
   * @example await cache.get('returns|2016-11-08|deciles', async () => JSON.stringify(result), 'application/json')
   */
  async get(key: string, make: () => Promise<string>, type: string): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const inflight = this.pending.get(key);
    if (inflight) return inflight;
    this.misses++;
    const p = make()
      .then((body) => {
        const entry = {
          body,
          type,
          bytes: Buffer.from(body),
          etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
        };
        this.put(key, entry);
        return entry;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  private put(key: string, entry: CachedBody): void {
    if (entry.body.length > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length;
    }
  }

  /**
   * Remembers that GET `url` (path and query as the client sent them) is answered by `entry`, for the data
   * held now: `clear()` forgets it with the rest.
   */
  remember(url: string, entry: CachedBody): void {
    if (this.urls.has(url)) return;
    if (this.urls.size >= MAX_URLS) this.urls.delete(this.urls.keys().next().value as string);
    this.urls.set(url, entry);
  }

  /** The answer remembered for GET `url`, or undefined. */
  byUrl(url: string): CachedBody | undefined {
    return this.urls.get(url);
  }

  /** Drops every entry (after an import changed the store). */
  clear(): void {
    this.entries.clear();
    this.urls.clear();
    this.bytes = 0;
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * Runs async functions one at a time (the store has one DuckDB connection), with at most `maxQueued`
 * waiting or running: past that, `run` refuses at once with 503 instead of queueing without bound.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  /** @param maxQueued most functions queued or running (default 64) */
  constructor(readonly maxQueued = 64) {}

  /** Queues `fn` after everything queued before it. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.queued >= this.maxQueued) {
      return Promise.reject(new ApiError(503, `busy: ${this.queued} queries waiting; try again shortly`));
    }
    this.queued++;
    const done = () => {
      this.queued--;
    };
    const next = this.tail.then(fn, fn).finally(done);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Functions queued or running. */
  get pending(): number {
    return this.queued;
  }

  /** Resolves once everything queued so far has finished (so the store can be closed safely). */
  async idle(): Promise<void> {
    while (this.queued > 0) await this.tail;
  }
}

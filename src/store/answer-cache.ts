/**
 * The answer cache: the results of a one-shot command's reads (`capgap report`), kept in one file next to
 * the store (`<store>.answers`) so the next run with the same data answers without opening DuckDB at all.
 *
 * - What is kept: each read's result exactly as the store returned it (rows, or typed columns: numbers as
 *   Float64Array), keyed by the read's SQL and parameters. The answer is then computed by the same code
 *   from the same values, so it equals the DuckDB answer (test/store/answer-cache.test.ts checks the report).
 * - Keyed by a data version that costs a few `stat` calls: size, mtime, ctime and inode of the store file,
 *   its WAL and each embedded Parquet file, plus capgap's version, the schema version, V8's (the file
 *   format is V8's serializer) and this module's own file (a new build or an edited clone starts afresh). Any change to them (an import writes the store file) makes the file stale;
 *   a store opened for writing also deletes it, at open and after each commit (`dropAnswerCache`).
 * - Bounded: at most `MAX_BYTES`; the reads of the latest run are kept first.
 * Writing is best-effort: a cache that cannot be written or read is ignored, never an error. A store file not
 * created yet (reads then show the embedded data only) gets its cache in the folder it will be created in.
 */
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { makeFolder } from '../make-folder.ts';
import { VERSION } from '../version.ts';
import { embeddedFiles } from './embedded-files.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** This module's file: a rebuilt (or edited) capgap does not read a cache an older build wrote. */
const CODE = stamp(fileURLToPath(import.meta.url));

/** Largest cache file, bytes. */
export const MAX_BYTES = 32 * 1024 * 1024;

/** The cache file of the store at `path`. */
export const answerCacheFile = (path: string) => `${path}.answers`;

function stamp(file: string): string {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return '-';
  }
}

/**
 * The data version of the store at `path` with the embedded data in `dir`: equal strings, equal data.
 * @example dataVersionKey('/tmp/a.duckdb', EMBEDDED_DIR) // '["0.1.0",4,"11.3…","-","-",…]'
 */
export function dataVersionKey(path: string, dir: string): string {
  const files = Object.entries(embeddedFiles(dir)).map(([t, f]) => `${t}=${stamp(f as string)}`);
  const parts = [
    VERSION,
    SCHEMA_VERSION,
    process.versions.v8,
    CODE,
    stamp(path),
    stamp(`${path}.wal`),
    ...files,
  ];
  return JSON.stringify(parts);
}

/** Deletes the answer cache of the store at `path` (a write makes it stale); no error if there is none. */
export function dropAnswerCache(path: string): void {
  if (path === ':memory:') return;
  try {
    unlinkSync(answerCacheFile(path));
  } catch {
    // none there
  }
}

/** One store's cached reads for one data version. */
export class AnswerCache {
  /** Reads answered from the cache so far. */
  served = 0;
  private readonly used = new Map<string, Buffer>();
  private added = 0;

  private constructor(
    readonly file: string,
    public key: string,
    private entries: Map<string, Buffer>,
  ) {}

  /** The cache of the store at `path` for its current data version (empty when stale, absent or unreadable). */
  static load(path: string, dir: string): AnswerCache {
    const key = dataVersionKey(path, dir);
    const file = answerCacheFile(path);
    let entries = new Map<string, Buffer>();
    try {
      const saved = deserialize(readFileSync(file)) as { key: string; entries: Map<string, Buffer> };
      if (saved.key === key && saved.entries instanceof Map) entries = saved.entries;
    } catch {
      // no cache yet, or not one this capgap can read: start empty
    }
    return new AnswerCache(file, key, entries);
  }

  /** True when the cache holds nothing for this data version. */
  get empty(): boolean {
    return this.entries.size === 0;
  }

  /** A fresh copy of the result kept for a read, or undefined. */
  get(kind: string, sql: string, params: unknown[] | undefined): unknown {
    const id = entryId(kind, sql, params);
    const b = this.entries.get(id);
    if (!b) return undefined;
    this.used.set(id, b);
    this.served++;
    return deserialize(b);
  }

  /** Keeps a read's result. */
  put(kind: string, sql: string, params: unknown[] | undefined, value: unknown): void {
    const id = entryId(kind, sql, params);
    this.used.set(id, serialize(value));
    this.added++;
  }

  /**
   * Once DuckDB is open: the store's data version now is `key`. If the store changed since the cache was
   * read (an import) the cache starts over, unless it already served reads (then one answer would mix
   * versions: throws, naming the store `path`).
   */
  confirm(key: string, path: string): void {
    if (key === this.key) return;
    if (this.served > 0)
      throw new Error(`store ${path} changed while this command read it (an import); run it again`);
    this.reset(key);
  }

  /** Starts over for another data version (the store changed before anything was served). */
  reset(key: string): void {
    this.key = key;
    this.entries = new Map();
    this.used.clear();
  }

  /** Writes the file when this run added reads (atomically: a temporary file renamed over it). */
  save(): void {
    if (this.added === 0) return;
    const out = new Map<string, Buffer>();
    let bytes = 0;
    for (const m of [this.used, this.entries]) {
      for (const [id, b] of m) {
        if (out.has(id) || bytes + b.length > MAX_BYTES) continue;
        out.set(id, b);
        bytes += b.length;
      }
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      makeFolder(dirname(this.file)); // a store not created yet: where it will be
      writeFileSync(tmp, serialize({ key: this.key, entries: out }));
      renameSync(tmp, this.file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing written
      }
    }
  }
}

const entryId = (kind: string, sql: string, params: unknown[] | undefined) =>
  `${kind}\n${sql}\n${JSON.stringify(params ?? [])}`;

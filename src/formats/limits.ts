/**
 * Resource limits for input files, wherever they arrive (CLI import, HTTP import, fetch, the download cache).
 * docs/import.md states them; every limit has a flag or an option to raise it:
 * - `maxBytes` [512 MiB]: the text a file holds, after inflating gzip or zip (`--max-bytes` raises it; a
 *   larger text cannot become one JavaScript string anyway, so the JS parsers refuse beyond that);
 * - `maxRatio` [100] past `ratioFloor` [16 MiB]: a compressed file may not inflate to more than 100 times its
 *   size once past 16 MiB (real CSV gzips inflate 3 to 10 times; a bomb of repeated newlines 1,000 times).
 *   Giving `--max-bytes` explicitly lifts the ratio rule: the user vouches for the file;
 * - `maxLineChars` [1 MiB]: one CSV record; `maxCellChars` [64 KiB]: one cell;
 * - `maxRows` [20 million] data rows per file (`--max-rows` raises it; the real 2015-2017 panel has 4.2 M);
 * - `maxWholeBytes` [64 MiB]: the text of a file whose kind is parsed whole (French, companylist, GICS, ETF
 *   registry, generic long; the streamed kinds are not bound by it): the parse takes about 30 times the text,
 *   (a 200 MB generic long file grew past 4.5 GB before it was stopped), so 512 MiB could exhaust the machine
 *   rather than end in an error (the largest real such file, a French daily file, is 2.9 MB; `--max-bytes`
 *   raises this one too).
 * Messages quote at most 80 characters of a cell (`quote`, src/quote.ts).
 */
import { ImportError } from './errors.ts';

/** The limits a read applies; see the file header for the defaults. */
export interface Limits {
  /** Largest text of one file after inflating, in bytes. */
  maxBytes: number;
  /** Largest inflated/compressed ratio, checked once the inflated size passes `ratioFloor`; 0 = no ratio rule. */
  maxRatio: number;
  /** Inflated size under which the ratio rule does not apply, in bytes. */
  ratioFloor: number;
  /** Longest CSV record, in characters. */
  maxLineChars: number;
  /** Longest cell, in characters. */
  maxCellChars: number;
  /** Most data rows in one file. */
  maxRows: number;
  /** Largest text of a file parsed whole, in bytes. */
  maxWholeBytes: number;
}

/** The defaults (docs/import.md, "Limits"). */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxBytes: 512 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 16 * 1024 * 1024,
  maxLineChars: 1024 * 1024,
  maxCellChars: 64 * 1024,
  maxRows: 20_000_000,
  maxWholeBytes: 64 * 1024 * 1024,
};

/**
 * The limits to apply: defaults overridden by `o`; an explicit `maxBytes` lifts the ratio rule.
 * @example resolveLimits({ maxBytes: 2 ** 30 }).maxRatio // 0
 */
export function resolveLimits(o: Partial<Limits> = {}): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(o) as [keyof Limits, number | undefined][]) {
    if (v === undefined) continue;
    if (!(Number.isFinite(v) && v >= 0)) throw new Error(`invalid limit ${k}: ${v}; expected a number >= 0`);
    out[k] = v;
  }
  if (o.maxBytes !== undefined && o.maxRatio === undefined) out.maxRatio = 0;
  return out;
}

/**
 * The inflated size a compressed input of `compressed` bytes may reach: `maxBytes`, and at most `maxRatio`
 * times the compressed size once past `ratioFloor`.
 * @example inflateCap(204_000, DEFAULT_LIMITS) // 16 MiB: 100 × 204 KB is under the floor
 */
export function inflateCap(compressed: number, l: Limits): number {
  if (!l.maxRatio) return l.maxBytes;
  return Math.min(l.maxBytes, Math.max(l.ratioFloor, l.maxRatio * compressed));
}

/** Bytes in words: '512 MiB', '20.4 MB' style (binary units). */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${+(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * The error of a file whose inflated text passes its cap.
 * @example tooLarge('bomb.csv.gz', 16 * 2 ** 20, 204_000, DEFAULT_LIMITS).reason
 */
export function tooLarge(file: string, cap: number, compressed: number | null, l: Limits): ImportError {
  const byRatio = compressed !== null && l.maxRatio > 0 && cap < l.maxBytes && cap > l.ratioFloor;
  const why = byRatio
    ? `${formatBytes(cap)}: ${l.maxRatio} times its ${formatBytes(compressed)} compressed size`
    : formatBytes(cap);
  const what = compressed === null ? 'file too large' : 'file too large when decompressed';
  return new ImportError({
    file,
    line: 0,
    column: '',
    reason: `${what} (limit ${why}; --max-bytes to raise)`,
  });
}

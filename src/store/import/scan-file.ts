/**
 * The streaming pre-pass of a file DuckDB will read itself (the stock panel): one pass over the file, gzip
 * inflated as a stream with a byte counter, never holding more than one chunk. It enforces the limits
 * (inflated size and ratio, line length), checks the encoding (BOMs, UTF-16, UTF-8 validity with the byte
 * offset of the first bad byte) and finds what shifts DuckDB's row numbers off the file's lines: blank lines
 * and newlines inside quoted cells. Their positions become `shifts`, so every row keeps its file line.
 */

import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { QUOTE_NOT_CLOSED, raggedReason, readCsv } from '../../formats/csv.ts';
import { checkHead, notUtf8 } from '../../formats/decode.ts';
import { ImportError } from '../../formats/errors.ts';
import { inflateCap, type Limits, resolveLimits, tooLarge } from '../../formats/limits.ts';
import { checkUtf8Chunk } from './utf8-chunks.ts';

/** What the pre-pass found. */
export interface FileScan {
  /** Bytes of text (inflated). */
  bytes: number;
  /** Records (header included). */
  records: number;
  /** True when the file is gzip. */
  gzip: boolean;
  /** The header's cells (the first record, read with the CSV reader). */
  header: string[];
  /**
   * Where DuckDB's row order and the file's lines part: `[record, extra]` pairs, sorted; record k (0 = the
   * header) starts on file line k + 1 + extra of the last pair with record <= k. Empty for a plain file.
   */
  shifts: [number, number][];
}

const tooLong = (file: string, line: number, max: number) =>
  new ImportError({
    file,
    line,
    column: '',
    reason: `line longer than ${max.toLocaleString('en-US')} characters (limit)`,
  });
/** The error of a ragged row; `tail` holds the row's last line (read only now, on the error path). */
const badWidth = (file: string, line: number, cells: number, width: number, tail?: Uint8Array) =>
  new ImportError({
    file,
    line,
    column: '',
    reason: raggedReason(
      cells,
      width,
      Boolean(tail && /\r(?!\n)/.test(Buffer.from(tail).toString('latin1'))),
    ),
  });

async function readHead(path: string): Promise<Uint8Array> {
  const s = createReadStream(path, { start: 0, end: 1 });
  for await (const c of s) return c as Uint8Array;
  return new Uint8Array();
}

/**
 * Scans a CSV file (plain or gzip) as a stream; see the file header.
 * @example const { shifts } = await scanFile('stocks.csv.gz', {})
 */
export async function scanFile(path: string, limits: Partial<Limits> = {}): Promise<FileScan> {
  const l = resolveLimits(limits);
  const size = statSync(path).size;
  const head = await readHead(path);
  const gz = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  const cap = gz ? inflateCap(size, l) : l.maxBytes;
  if (size > l.maxBytes) throw tooLarge(path, l.maxBytes, null, l);
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = gz ? createGunzip() : null;
  const source = gunzip ? file.pipe(gunzip) : file;
  file.on('error', (e) => gunzip?.destroy(e));
  let bytes = 0;
  let line = 1;
  let lineStart = 0;
  let inQuote = false;
  let content = false;
  let records = 0;
  let extra = 0;
  let dirty = false;
  let carry: Uint8Array = new Uint8Array(0);
  let cells = 1;
  let width = 0;
  let recStart = 1;
  const headBytes: Uint8Array[] = [];
  let headLen = 0;
  const shifts: [number, number][] = [];
  try {
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      let c = chunk;
      if (bytes === 0) {
        const skip = checkHead(c, path);
        if (skip) c = c.subarray(skip);
      }
      const base = bytes;
      bytes += chunk.length;
      if (bytes > cap) throw tooLarge(path, cap, gz ? size : null, l);
      carry = checkUtf8Chunk(carry, c, path, line, base);
      if (width === 0 && headLen < l.maxLineChars) {
        headBytes.push(c.subarray(0, Math.min(c.length, l.maxLineChars)));
        headLen += c.length;
      }
      for (let i = 0; i < c.length; i++) {
        const b = c[i];
        if (b === 10) {
          if (base + i - lineStart > l.maxLineChars) {
            throw tooLong(path, line, l.maxLineChars);
          }
          line++;
          const lastStart = lineStart;
          lineStart = base + i + 1;
          if (inQuote) {
            extra++;
            dirty = true;
          } else if (content) {
            if (width === 0) width = cells;
            else if (cells !== width) {
              throw badWidth(path, recStart, cells, width, c.subarray(Math.max(0, lastStart - base), i));
            }
            records++;
            content = false;
            cells = 1;
          } else {
            extra++;
            dirty = true;
          }
        } else if (b === 34) {
          if (!content) {
            recStart = line;
            if (dirty) {
              shifts.push([records, extra]);
              dirty = false;
            }
          }
          inQuote = !inQuote;
          content = true;
        } else if (b !== 13 && b !== 32 && b !== 9) {
          if (!content) {
            recStart = line;
            if (dirty) {
              shifts.push([records, extra]);
              dirty = false;
            }
          }
          if (b === 44 && !inQuote) cells++;
          content = true;
        }
      }
      if (bytes - lineStart > l.maxLineChars) {
        throw tooLong(path, line, l.maxLineChars);
      }
    }
    if (carry.length) throw notUtf8(path, line, bytes - carry.length, carry[0]);
  } catch (err) {
    file.destroy();
    gunzip?.destroy();
    if (err instanceof ImportError) throw err;
    const code = String((err as { code?: string }).code ?? '');
    if (gz && /^Z_/.test(code)) {
      const at = gunzip?.bytesWritten ?? 0;
      const why =
        code === 'Z_BUF_ERROR' ? 'the data ends early (the file is cut short)' : (err as Error).message;
      throw new ImportError({
        file: path,
        line: 0,
        column: '',
        reason: `corrupt gzip: ${why}, detected at byte offset ${at} of ${size}`,
      });
    }
    throw err;
  }
  if (content) {
    if (inQuote) throw new ImportError({ file: path, line: recStart, column: '', reason: QUOTE_NOT_CLOSED });
    if (width !== 0 && cells !== width) {
      throw badWidth(path, recStart, cells, width);
    }
    records++;
  }
  const first = Buffer.concat(headBytes).toString('utf8');
  const header =
    readCsv(first.slice(0, first.indexOf('\n') < 0 ? first.length : first.indexOf('\n') + 1), {
      file: path,
    })[0]?.cells ?? [];
  return { bytes, records, shifts, gzip: gz, header };
}

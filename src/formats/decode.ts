/**
 * Bytes → text, with limits and errors that say where: gzip is inflated with a cap (zlib stops at the cap, so
 * a bomb never takes more memory than the limit), a corrupt or cut gzip names the byte offset where zlib
 * found the damage, one UTF-8 byte-order mark is dropped (two are an error), and a file in another encoding
 * (UTF-16, Latin-1/Windows-1252) is refused with the encoding found and the one expected (UTF-8).
 */
import { constants, gunzipSync } from 'node:zlib';
import { escapeChar, hasHidden } from '../quote.ts';
import { ImportError } from './errors.ts';
import { inflateCap, type Limits, resolveLimits, tooLarge } from './limits.ts';

/** True if `bytes` start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function zlibCode(err: unknown): string {
  return String((err as { code?: string }).code ?? '');
}

/** The shortest prefix length at which zlib reports `bytes` corrupt (binary search; error path only). */
function damageAt(bytes: Uint8Array, cap: number): number {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      gunzipSync(bytes.subarray(0, mid), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: cap });
      lo = mid;
    } catch (err) {
      if (zlibCode(err) === 'Z_DATA_ERROR') hi = mid;
      else lo = mid;
    }
  }
  return hi;
}

/**
 * Inflates a gzip body, refusing more than the cap (`inflateCap`): a bomb gets 'file too large when
 * decompressed (limit …; --max-bytes to raise)'; a corrupt or truncated body names the byte offset.
 * @example inflateGzip(gzipSync('a,b\n'), 'x.csv.gz') // bytes of 'a,b\n'
 */
export function inflateGzip(bytes: Uint8Array, file: string, limits: Partial<Limits> = {}): Uint8Array {
  const l = resolveLimits(limits);
  const cap = inflateCap(bytes.length, l);
  try {
    return gunzipSync(bytes, { maxOutputLength: cap });
  } catch (err) {
    const code = zlibCode(err);
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(file, cap, bytes.length, l);
    if (code === 'Z_BUF_ERROR') {
      throw new ImportError({
        file,
        line: 0,
        column: '',
        reason: `corrupt gzip: the data ends early at byte ${bytes.length} (the file is cut short)`,
      });
    }
    const at = damageAt(bytes, cap);
    throw new ImportError({
      file,
      line: 0,
      column: '',
      reason: `corrupt gzip: ${(err as Error).message} at byte offset ${at - 1} of ${bytes.length}`,
    });
  }
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstBadUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 10) line++;
  return line;
}

function encodingError(file: string, line: number, found: string, from: string): ImportError {
  return new ImportError({
    file,
    line,
    column: '',
    reason: `encoding found: ${found}; expected UTF-8: convert it to UTF-8, e.g. \`iconv -f ${from} -t utf-8 in.csv > out.csv\``,
  });
}

/**
 * The error for a byte that is not UTF-8 at `offset` (line `line`): names it and its Latin-1 reading.
 * @example notUtf8('a.csv', 3, 120, 0xe9).reason // 'encoding found: Latin-1/Windows-1252 (byte 0xE9 …'
 */
export function notUtf8(file: string, line: number, offset: number, byte: number): ImportError {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  // the Latin-1 reading, escaped when it is itself hidden (0xAD, a soft hyphen: the message must show it)
  const ch = String.fromCharCode(byte);
  const latin1 = byte >= 0xa0 ? `, '${hasHidden(ch) ? escapeChar(ch) : ch}' in Latin-1` : '';
  return encodingError(
    file,
    line,
    `Latin-1/Windows-1252 (byte ${hex} at byte offset ${offset} is not UTF-8${latin1})`,
    'latin1',
  );
}

/**
 * Checks the first bytes of a file's text: UTF-16 (by BOM or NUL bytes) and two UTF-8 BOMs are errors;
 * returns the length of the one UTF-8 BOM to skip (0 or 3).
 * @example checkHead(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.csv') // 3
 */
export function checkHead(b: Uint8Array, file: string): number {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const e = b[0] === 0xff ? 'LE' : 'BE';
    throw encodingError(
      file,
      1,
      `UTF-16 ${e} (the file starts with a UTF-16 byte-order mark)`,
      `utf-16${e.toLowerCase()}`,
    );
  }
  let start = 0;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
  if (start && b.length >= 6 && b[3] === 0xef && b[4] === 0xbb && b[5] === 0xbf) {
    throw new ImportError({
      file,
      line: 1,
      column: '',
      reason: 'two UTF-8 byte-order marks at the start of the file (bytes 0-5); expected at most one',
    });
  }
  const head = Math.min(b.length, start + 4096);
  let nul = 0;
  for (let i = start; i < head; i++) if (b[i] === 0) nul++;
  if (nul > 0 && nul * 4 >= head - start) {
    const le = b[start + 1] === 0;
    throw encodingError(
      file,
      1,
      `UTF-16 ${le ? 'LE' : 'BE'} (a NUL byte beside every character)`,
      le ? 'utf-16le' : 'utf-16be',
    );
  }
  return start;
}

/**
 * Decodes a file's bytes as UTF-8 text: gzip inflated first (with the caps), one BOM dropped, the size
 * checked against `maxBytes`. Two BOMs, UTF-16 and bytes that are not UTF-8 are ImportErrors naming the
 * encoding found, and for a bad byte its line and byte offset.
 * @example decodeText(new TextEncoder().encode('Date,Close\n'), 'a.csv') // 'Date,Close\n'
 */
export function decodeText(bytes: Uint8Array, file: string, limits: Partial<Limits> = {}): string {
  const l = resolveLimits(limits);
  if (isGzip(bytes)) bytes = inflateGzip(bytes, file, limits);
  else if (bytes.length > l.maxBytes) throw tooLarge(file, l.maxBytes, null, l);
  const b = bytes;
  const start = checkHead(b, file);
  const body = start ? b.subarray(start) : b;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch (err) {
    if (err instanceof RangeError || /string/i.test((err as Error).message ?? '')) {
      throw tooLarge(file, l.maxBytes, null, l);
    }
    const at = firstBadUtf8(body);
    throw notUtf8(file, lineAt(body, at), at + start, body[at] ?? 0);
  }
}

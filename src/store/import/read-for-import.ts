/**
 * Reading a file for import: its size against the limits, its SHA-256, Parquet turned into CSV, and its
 * format, given (--kind) or detected from the head of its text.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';
import { decodeText, isGzip } from '../../formats/decode.ts';
import { type Detection, detectKind } from '../../formats/detect.ts';
import { ImportError } from '../../formats/errors.ts';
import { type Limits, tooLarge } from '../../formats/limits.ts';
import type { ImportKind } from '../../formats/types.ts';
import { fileHead } from '../file-head.ts';
import { inputFileSize } from '../input-file.ts';
import type { Store } from '../store.ts';
import type { ImportOptions } from './import-types.ts';
import { isParquet, parquetToCsv } from './parquet.ts';
import { textPieces } from './text-stream.ts';

/** A file read for import. */
export interface ReadFile {
  /** Parquet: its rows as CSV text; null for other files (read them from the path). */
  bytes: Uint8Array | null;
  /** The first KB of the text (gzip inflated), as the detector read it. */
  head: string;
  /** SHA-256 of the file as stored on disk. */
  sha256: string;
  parquet: boolean;
  kind: ImportKind;
  /** Why this format was chosen ('--kind given' or the detector's reason). */
  reason: string;
}

/** The first KB of a file's text for the detector; gzip: a 16 KB prefix inflated (at most 17 MB, the
 * deflate ratio's bound), so a bomb cannot blow up here. */
function headText(bytes: Uint8Array): string {
  let raw: Uint8Array = bytes.subarray(0, 64_000);
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes.subarray(0, 16_384), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: 17 * 1024 * 1024,
      }).subarray(0, 64_000);
    } catch {
      raw = new Uint8Array(); // corrupt: decodeText or the panel scan names the byte offset
    }
  }
  let start = 0;
  while (raw[start] === 0xef && raw[start + 1] === 0xbb && raw[start + 2] === 0xbf) start += 3;
  return new TextDecoder('utf-8').decode(raw.subarray(start));
}

/** SHA-256 of a file, read as a stream. */
async function sha256Of(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) h.update(c as Uint8Array);
  return h.digest('hex');
}

/**
 * Settles a file's format from its head and hashes it as a stream (refusing it over `limits.maxBytes` or
 * empty); the bytes are read whole only for Parquet (its rows become CSV text). Other files are read later,
 * as a stream (stream-import.ts) or whole (`bytes` null: read them with `readFileSync`).
 */
export async function readForImport(
  store: Store,
  path: string,
  options: ImportOptions,
  limits: Limits,
): Promise<ReadFile> {
  const file = path;
  const size = inputFileSize(path);
  if (size > limits.maxBytes) throw tooLarge(file, limits.maxBytes, null, limits);
  if (size === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  let first = fileHead(path, 64_000);
  const parquet = isParquet(first, path);
  let bytes: Uint8Array | null = null;
  let sha256: string;
  if (parquet) {
    const raw = readFileSync(path);
    sha256 = createHash('sha256').update(raw).digest('hex');
    bytes = new TextEncoder().encode(await parquetToCsv(store, path, limits, size));
    first = bytes.subarray(0, 64_000);
  } else sha256 = await sha256Of(path);
  const head = headText(first);
  let detection: Detection;
  if (options.kind) detection = { kind: options.kind, reason: '--kind given' };
  else {
    // an undecodable head (corrupt gzip, UTF-16): let the decoder name the fault, not the detector
    if (head === '' || head.includes('\u0000') || head.includes('\ufffd')) {
      if (bytes) decodeText(bytes, file, options.limits);
      else for await (const _ of textPieces(path, limits));
    }
    detection = detectKind(head, file);
  }
  const kind = detection.kind;
  const reason = parquet
    ? `${detection.reason} (read from Parquet; line = row number + 1)`
    : detection.reason;
  return { bytes, head, sha256, parquet, kind, reason };
}

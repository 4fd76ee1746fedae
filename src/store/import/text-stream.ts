/**
 * A file's text as a stream of pieces, never the whole file in memory: gzip (by its magic bytes) inflated by
 * zlib as a stream under the same caps as `decodeText` (formats/decode.ts), the head checked (UTF-16, two
 * BOMs; one BOM dropped), every byte checked as UTF-8 (a bad byte names its line and its byte offset in the
 * text, BOM included, as `decodeText` does), then decoded. Errors are `decodeText`'s, word for word: a corrupt
 * gzip is re-read by `inflateGzip` on that error path only, to name the same byte offset.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { checkHead, inflateGzip, notUtf8 } from '../../formats/decode.ts';
import { inflateCap, type Limits, tooLarge } from '../../formats/limits.ts';
import { isGzipFile } from '../file-head.ts';
import { checkUtf8Chunk } from './utf8-chunks.ts';

/** Bytes read before the head is checked (a UTF-16 file shows its NULs in the first 4 KB). */
const HEAD = 8192;

/** The bytes of a file, inflated when it is a gzip, with the caps of `decodeText`. */
async function* bytesOf(path: string, l: Limits): AsyncGenerator<Uint8Array> {
  const size = statSync(path).size;
  if (size > l.maxBytes) throw tooLarge(path, l.maxBytes, null, l);
  const gz = isGzipFile(path);
  const cap = gz ? inflateCap(size, l) : l.maxBytes;
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = gz ? createGunzip() : null;
  const source = gunzip ? file.pipe(gunzip) : file;
  file.on('error', (e) => gunzip?.destroy(e));
  let out = 0;
  try {
    for await (const c of source as AsyncIterable<Uint8Array>) {
      out += c.length;
      if (out > cap) throw tooLarge(path, cap, gz ? size : null, l);
      yield c;
    }
  } catch (err) {
    if (gz && /^Z_/.test(String((err as { code?: string }).code ?? ''))) {
      inflateGzip(readFileSync(path), path, l); // throws the error of decodeText, with its byte offset
    }
    throw err;
  } finally {
    file.destroy();
    gunzip?.destroy();
  }
}

/**
 * The text of `path` in pieces (whole characters; pieces cut anywhere else), checked as `decodeText` checks
 * a whole file.
 * @example for await (const t of textPieces('prices.csv.gz', resolveLimits())) n += t.length
 */
export async function* textPieces(path: string, l: Limits): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let head: Uint8Array[] | null = [];
  let headLen = 0;
  let offset = 0; // of the next byte in the text (the BOM included, as decodeText counts)
  let line = 1;
  const take = function* (c: Uint8Array): Generator<string> {
    carry = checkUtf8Chunk(carry, c, path, line, offset);
    offset += c.length;
    for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) line++;
    const t = decoder.decode(c, { stream: true });
    if (t) yield t;
  };
  for await (const c of bytesOf(path, l)) {
    if (head) {
      head.push(c);
      headLen += c.length;
      if (headLen < HEAD) continue;
      const b = Buffer.concat(head);
      head = null;
      const skip = checkHead(b, path);
      offset = skip;
      yield* take(b.subarray(skip));
      continue;
    }
    yield* take(c);
  }
  if (head) {
    const b = Buffer.concat(head);
    const skip = checkHead(b, path);
    offset = skip;
    yield* take(b.subarray(skip));
  }
  if (carry.length) throw notUtf8(path, line, offset - carry.length, carry[0]);
}

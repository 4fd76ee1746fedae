/**
 * The first bytes of a file, read without reading the rest: what a reader needs to know before it streams a
 * file (its gzip magic, the head the format detector reads).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The first `n` bytes of the file at `path` (fewer when it is shorter).
 * @example fileHead('prices.csv.gz', 2) // Uint8Array [0x1f, 0x8b]
 */
export function fileHead(path: string, n: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(n);
    return b.subarray(0, readSync(fd, b, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * True when the file starts with the gzip magic bytes (1f 8b), whatever its name says.
 * @example isGzipFile('^RUT.csv') // true for a gzip saved under a .csv name
 */
export function isGzipFile(path: string): boolean {
  const b = fileHead(path, 2);
  return b.length === 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/**
 * UTF-8 validity of a stream checked chunk by chunk, whole characters only: a character cut at a chunk's end
 * is carried into the next.
 */
import { isUtf8 } from 'node:buffer';
import { firstBadUtf8, notUtf8 } from '../../formats/decode.ts';

/**
 * Checks `carry` (the cut character of the chunk before) followed by chunk `c` up to its last whole
 * character, and returns the bytes to carry. A bad byte is an error naming its file line (counted from
 * `line`, the line `c` starts in) and its byte offset (`base` = the offset of `c` in the text).
 */
export function checkUtf8Chunk(
  carry: Uint8Array,
  c: Uint8Array,
  path: string,
  line: number,
  base: number,
): Uint8Array {
  let cut = c.length;
  for (let k = c.length - 1; k >= Math.max(0, c.length - 4); k--) {
    const b = c[k];
    if ((b & 0xc0) === 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (k + len > c.length) cut = k;
    break;
  }
  const whole = carry.length ? Buffer.concat([carry, c.subarray(0, cut)]) : c.subarray(0, cut);
  if (!isUtf8(whole)) {
    const at = firstBadUtf8(whole);
    let ln = line;
    for (let i = 0; i < at - carry.length && i < c.length; i++) if (c[i] === 10) ln++;
    throw notUtf8(path, ln, base + at - carry.length, whole[at] ?? 0);
  }
  return c.slice(cut);
}

/**
 * ClickHouse's RowBinary format, written in Node (exact doubles, no text parsing on the server): strings
 * as a LEB128 length + UTF-8 bytes, Date as UInt16 days since 1970-01-01, numbers little-endian,
 * Nullable(T) as a 0/1 byte then T, Array(T) as a LEB128 length then the elements.
 */

const enc = new TextEncoder();

/** Appends n as unsigned LEB128. */
export function varint(n: number, out: number[]) {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

/** A RowBinary String: length, then UTF-8 bytes. @example stringBytes('A').length // 2 */
export function stringBytes(s: string): Uint8Array {
  const b = enc.encode(s);
  const head: number[] = [];
  varint(b.length, head);
  const out = new Uint8Array(head.length + b.length);
  out.set(head);
  out.set(b, head.length);
  return out;
}

/**
 * Builds a RowBinary body field by field (the caller writes each row's fields in the table's column order).
 * @example new RowBinary().string('A').date(17113).float64(1.5).bytes()
 */
export class RowBinary {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  private n = 0;

  private room(k: number) {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  string(s: string): this {
    const b = stringBytes(s);
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
    return this;
  }

  /** Nullable(String). */
  nullableString(s: string | null | undefined): this {
    this.uint8(s == null ? 1 : 0);
    return s == null ? this : this.string(s);
  }

  uint8(x: number): this {
    this.room(1);
    this.buf[this.n++] = x;
    return this;
  }

  /** Date: days since 1970-01-01 (0..65535). */
  date(day: number): this {
    if (!Number.isInteger(day) || day < 0 || day > 65535)
      throw new Error(`invalid ClickHouse Date: day ${day}`);
    this.room(2);
    this.view.setUint16(this.n, day, true);
    this.n += 2;
    return this;
  }

  uint32(x: number): this {
    this.room(4);
    this.view.setUint32(this.n, x, true);
    this.n += 4;
    return this;
  }

  uint64(x: number): this {
    this.room(8);
    this.view.setBigUint64(this.n, BigInt(Math.trunc(x)), true);
    this.n += 8;
    return this;
  }

  float64(x: number): this {
    this.room(8);
    this.view.setFloat64(this.n, x, true);
    this.n += 8;
    return this;
  }

  /** Array length (then write the elements). */
  arrayLength(k: number): this {
    const head: number[] = [];
    varint(k, head);
    this.room(head.length);
    this.buf.set(head, this.n);
    this.n += head.length;
    return this;
  }

  /** The body written so far. */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}

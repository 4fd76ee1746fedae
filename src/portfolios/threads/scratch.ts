/**
 * Big working buffers kept from one engine call to the next. A fresh buffer costs a page fault for every
 * 4 KiB the first time it is written (the kernel maps and zeroes the page; on a virtual machine the host
 * may fault too): on the 2-core VMs this project runs on, 2.5 ms a MiB, about 250 ms for the 100 MB
 * partition of a 10M-row panel, more than the rest of the call (`node --import tsx
 * bench/fresh-memory.ts` prints this machine's figure). A second call that reuses the first one's buffers
 * writes into pages that are already mapped.
 *
 * `borrow` hands out a buffer of at least the size asked (not zeroed: the caller writes every element it
 * reads), `giveBack` returns it at the end of the call. Buffers given back are kept for IDLE_MS after the
 * last call (an unref'd timer: they never keep the process alive), at most KEEP_BYTES together, then
 * dropped for the garbage collector. A buffer is either lent or kept, never both, so a caller that keeps a
 * result (and never gives it back) cannot see it overwritten.
 */

type View = Int32Array | Float64Array | Uint8Array | Uint16Array;
type Ctor<T extends View> = {
  new (b: ArrayBufferLike, offset: number, length: number): T;
  BYTES_PER_ELEMENT: number;
};

/** Milliseconds buffers are kept after the last call that gave them back. */
export const IDLE_MS = 30_000;
/** Bytes kept at most (the rest is left to the garbage collector). */
export const KEEP_BYTES = 2 ** 30;
/** Buffers smaller than this are not worth keeping (their faults cost microseconds). */
const MIN_BYTES = 1 << 20;

const kept: ArrayBufferLike[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * A view of n elements on a kept buffer of the right kind (shared or not) and at least that size, or on a
 * new one; its contents are whatever the last user left.
 * @example const price = borrow(Float64Array, n, true)
 */
export function borrow<T extends View>(C: Ctor<T>, n: number, shared: boolean): T {
  const bytes = n * C.BYTES_PER_ELEMENT;
  let best = -1;
  for (let k = 0; k < kept.length; k++) {
    const b = kept[k];
    if (
      b instanceof SharedArrayBuffer !== shared ||
      b.byteLength < bytes ||
      b.byteLength > 2 * bytes + MIN_BYTES
    )
      continue;
    if (best < 0 || b.byteLength < kept[best].byteLength) best = k;
  }
  if (best >= 0) return new C(kept.splice(best, 1)[0], 0, n);
  return new C(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes), 0, n);
}

/**
 * Keeps the buffers of views that borrow gave (or any others) for the next call; null entries are skipped.
 * @example giveBack(part.cell, part.price, part.cap)
 */
export function giveBack(...views: (View | null)[]): void {
  for (const v of views) {
    if (v === null || v.buffer.byteLength < MIN_BYTES || kept.includes(v.buffer)) continue;
    kept.push(v.buffer);
  }
  // The biggest first (their faults cost the most), each while the total stays within KEEP_BYTES.
  kept.sort((a, b) => b.byteLength - a.byteLength);
  let total = 0;
  const fits: ArrayBufferLike[] = [];
  for (const b of kept) {
    if (total + b.byteLength > KEEP_BYTES) continue;
    total += b.byteLength;
    fits.push(b);
  }
  kept.splice(0, kept.length, ...fits);
  if (timer) clearTimeout(timer);
  timer = kept.length ? setTimeout(dropScratch, IDLE_MS) : null;
  timer?.unref();
}

/**
 * Drops every kept buffer (what the idle timer does; tests and long-lived hosts may call it).
 * @example dropScratch()
 */
export function dropScratch(): void {
  kept.length = 0;
  if (timer) clearTimeout(timer);
  timer = null;
}

/**
 * Byte lengths of the buffers kept now, biggest first.
 * @example keptSizes() // [] after dropScratch()
 */
export function keptSizes(): number[] {
  return kept.map((b) => b.byteLength);
}

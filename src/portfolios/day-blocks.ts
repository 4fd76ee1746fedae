/**
 * The second level of the index's sort (panel-index.ts): the rows of one block of consecutive trading days,
 * scattered there in input order, sorted by day inside the cache just before the walk reads them
 * (kernel.ts). Buffers are sized for the largest block and reused from block to block.
 */
import type { PanelIndex } from './panel-index.ts';

/** Rows a block aims at: its sorted copy (12-20 bytes a row) and its source stay in a core's L2 cache. */
export const BLOCK_ROWS = 1 << 17;

/**
 * log2 of the trading days per block: about BLOCK_ROWS rows a block (blockRows), and stock << shift fits an int32.
 * @example blockShift(1e7, 2520, 4588) // 5: blocks of 32 trading days, ~123,000 rows
 */
export function blockShift(n: number, D: number, S: number, blockRows = BLOCK_ROWS): number {
  let sh = 0;
  while (sh < 12 && (n / D) * 2 ** (sh + 1) <= blockRows) sh++;
  while (sh > 0 && S * 2 ** sh > 2 ** 31) sh--;
  if (S > 2 ** 31) throw new Error(`invalid panel: ${S} stocks; at most 2^31`);
  return sh;
}

/** A block's rows in day order (sortBlock's output), reused from block to block. */
export interface BlockRows {
  stock: Int32Array;
  price: Float64Array;
  cap: Float64Array;
}

/**
 * Buffers for the largest block of an index.
 * @example const buf = blockBuffers(ix)
 */
export function blockBuffers(ix: PanelIndex): BlockRows {
  let m = 0;
  for (let b = 0; b + 1 < ix.blockStart.length; b++) m = Math.max(m, ix.blockStart[b + 1] - ix.blockStart[b]);
  return { stock: new Int32Array(m), price: new Float64Array(m), cap: new Float64Array(ix.caps ? m : 0) };
}

/**
 * Sorts block b's rows by day into out (a counting sort on the day within the block, stable): the rows of
 * day index d land at dayStart[d] - blockStart[b] .. dayStart[d+1] - blockStart[b] - 1.
 * @example const buf = blockBuffers(ix); sortBlock(ix, 0, buf); buf.stock[0]
 */
export function sortBlock(ix: PanelIndex, b: number, out: BlockRows): void {
  const SH = ix.blockShift;
  const M = (1 << SH) - 1;
  const { keys, prices, caps, dayStart } = ix;
  const a0 = ix.blockStart[b];
  const a1 = ix.blockStart[b + 1];
  const d0 = b << SH;
  const next = new Int32Array(M + 1);
  for (let j = 0; j <= M && d0 + j < ix.days.length; j++) next[j] = dayStart[d0 + j] - a0;
  const { stock, price, cap } = out;
  if (caps) {
    for (let q = a0; q < a1; q++) {
      const key = keys[q];
      const t = next[key & M]++;
      stock[t] = key >> SH;
      price[t] = prices[q];
      cap[t] = caps[q];
    }
  } else {
    for (let q = a0; q < a1; q++) {
      const key = keys[q];
      const t = next[key & M]++;
      stock[t] = key >> SH;
      price[t] = prices[q];
    }
  }
}

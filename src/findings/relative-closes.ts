/**
 * A relative strength line: "the ratio of the Russell 2000 to the S&P 500 has climbed to its highest level
 * since March 2014", "small caps relative to large caps are at their lowest since 1999". The ratio of two
 * indexes' (or funds') quoted closes on the days both closed, as the bars of one security, so that a level
 * record ranks it as it ranks a close (./record-level.ts).
 */
import { hasAny } from './evaluate-legs.ts';
import type { ClaimData, PriceBars } from './evaluator.ts';

/** The quoted closes of a security (an index's adjusted closes when it has no others), or null. */
function quoted(b: PriceBars): Float64Array | null {
  if (hasAny(b.close)) return b.close;
  return b.id.startsWith('^') ? b.adjClose : null;
}

/**
 * The ratio of `a`'s closes to `b`'s, as bars `a/b` (closes only), or why there is none.
 * @example await relativeCloses(data, '^RUT', '^GSPC') // { id: '^RUT/^GSPC', days, close: [0.0951…, …], … }
 */
export async function relativeCloses(
  data: ClaimData,
  a: string,
  b: string,
): Promise<PriceBars | { cannot: string; needs?: string }> {
  const [x, y] = [await data.bars(a), await data.bars(b)];
  for (const [id, bars] of [
    [a, x],
    [b, y],
  ] as const)
    if (!bars)
      return {
        cannot: `no prices for ${id} in the store`,
        needs: `capgap fetch prices ${id} --source yahoo`,
      };
  const [bx, by] = [x as PriceBars, y as PriceBars];
  const [cx, cy] = [quoted(bx), quoted(by)];
  if (!cx || !cy)
    return {
      cannot: `a ratio of quoted closes, and the store has ${cx ? b : a}'s dividend-adjusted closes only`,
    };
  const days: number[] = [];
  const close: number[] = [];
  for (let i = 0, j = 0; i < bx.days.length && j < by.days.length; ) {
    if (bx.days[i] < by.days[j]) i++;
    else if (bx.days[i] > by.days[j]) j++;
    else {
      const r = cx[i] / cy[j];
      if (Number.isFinite(r) && r > 0) {
        days.push(bx.days[i]);
        close.push(r);
      }
      i++;
      j++;
    }
  }
  const nan = new Float64Array(days.length).fill(Number.NaN);
  return {
    id: `${a}/${b}`,
    dataset: `${bx.dataset} over ${by.dataset}`,
    vintage: [bx.vintage, by.vintage].filter(Boolean).join(', ') || null,
    days: Int32Array.from(days),
    open: nan,
    close: Float64Array.from(close),
    adjClose: nan,
  };
}

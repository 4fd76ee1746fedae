/**
 * The flow inputs as typed columns: one row per (ticker, date), sorted by ticker then date, as read from the
 * `etf_flows` table (plus, where known, the close and split factor from `bars`). NaN where a field is absent.
 */

/** Flow inputs, one row per ticker and date; rows sorted by ticker index, then day. */
export interface FlowInputs {
  /** Distinct tickers; `ticker[i]` indexes into it. */
  tickers: readonly string[];
  ticker: Int32Array;
  /** Day numbers (days since 1970-01-01). */
  day: Int32Array;
  /** Net flow as given by a vendor, USD. */
  flow: Float64Array;
  /** Shares outstanding as reported on the date (not split-adjusted). */
  shares: Float64Array;
  /** NAV per share, USD. */
  nav: Float64Array;
  /** Total net assets, USD. */
  aum: Float64Array;
  /** Closing market price, USD: stands in for NAV where NAV is missing. */
  price?: Float64Array;
  /** Split factor effective on the date (2 = 2-for-1), from `bars.split_factor`; NaN or 1 if none. */
  split?: Float64Array;
}

/**
 * Checks that the columns have one length and the rows are sorted by (ticker, day) with no duplicate;
 * throws naming the first bad row.
 * @example checkFlowInputs(inputs) // returns inputs.day.length
 */
export function checkFlowInputs(x: FlowInputs): number {
  const n = x.day.length;
  const cols: [string, ArrayLike<number> | undefined][] = [
    ['ticker', x.ticker],
    ['flow', x.flow],
    ['shares', x.shares],
    ['nav', x.nav],
    ['aum', x.aum],
    ['price', x.price],
    ['split', x.split],
  ];
  for (const [name, col] of cols) {
    if (col && col.length !== n)
      throw new Error(`flow inputs: column ${name} has ${col.length} rows, day has ${n}`);
  }
  for (let i = 0; i < n; i++) {
    const t = x.ticker[i];
    if (t < 0 || t >= x.tickers.length) throw new Error(`flow inputs: row ${i} has ticker index ${t}`);
    if (i > 0 && (t < x.ticker[i - 1] || (t === x.ticker[i - 1] && x.day[i] <= x.day[i - 1]))) {
      throw new Error(
        `flow inputs: rows must be sorted by ticker then date, without duplicates (row ${i}, ${x.tickers[t]})`,
      );
    }
  }
  return n;
}

/**
 * The NAV to use on row i: NAV if positive, else the close (`price`) if positive, else NaN. Sets
 * `fromPrice[i] = 1` when the close was used.
 * @example navOrPrice(inputs, 3, flags) // 101.2
 */
export function navOrPrice(x: FlowInputs, i: number, fromPrice?: Uint8Array): number {
  if (x.nav[i] > 0) return x.nav[i];
  const p = x.price ? x.price[i] : Number.NaN;
  if (p > 0) {
    if (fromPrice) fromPrice[i] = 1;
    return p;
  }
  return Number.NaN;
}

/**
 * Builds FlowInputs from small inline tables. The numbers in the flows tests are hand-made examples with
 * the arithmetic written out beside them: there is no real ETF flow or shares-outstanding data in
 * ../shared/data (PROVENANCE §3), and none is invented here.
 */
import { toDay } from '../../src/calendar/dates.ts';
import type { FlowInputs } from '../../src/flows/inputs.ts';

export interface Row {
  ticker: string;
  date: string;
  flow?: number;
  shares?: number;
  nav?: number;
  aum?: number;
  price?: number;
  split?: number;
}

export function inputs(rows: Row[]): FlowInputs {
  const sorted = [...rows].sort((a, b) =>
    a.ticker === b.ticker ? (a.date < b.date ? -1 : 1) : a.ticker < b.ticker ? -1 : 1,
  );
  const tickers = [...new Set(sorted.map((r) => r.ticker))];
  const col = (f: (r: Row) => number | undefined) => Float64Array.from(sorted, (r) => f(r) ?? Number.NaN);
  return {
    tickers,
    ticker: Int32Array.from(sorted, (r) => tickers.indexOf(r.ticker)),
    day: Int32Array.from(sorted, (r) => toDay(r.date)),
    flow: col((r) => r.flow),
    shares: col((r) => r.shares),
    nav: col((r) => r.nav),
    aum: col((r) => r.aum),
    price: col((r) => r.price),
    split: col((r) => r.split),
  };
}

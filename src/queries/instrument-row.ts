/**
 * One fund's row of the instruments answer: its registry entry, its history in the store, its return over the
 * window (adjusted close to adjusted close), its tracking of the exposure's series, and its flows.
 */
import { toDay } from '../calendar/dates.ts';
import type { Exposure, Match } from '../sectors/exposure.ts';
import { type Tracking, tracking } from '../sectors/tracking.ts';
import type { EtfEntry } from '../store/etf-registry.ts';
import { loadPrices } from '../store/price-load.ts';
import type { Store } from '../store/store.ts';
import type { ExposureSeries } from './exposure-series.ts';
import { fundFlows } from './fund-flows.ts';

/** One fund's row. */
export interface InstrumentRow {
  ticker: string;
  name: string;
  category: string;
  sector: string | null;
  match: Match;
  /** The fund's own exposure, e.g. "US small cap industrials". */
  exposure: string;
  inception: string | null;
  note: string | null;
  /** First bar in the store (any dataset) and the dataset it is in; null without prices. */
  historyStart: string | null;
  historyDataset: string | null;
  /** Compounded return over the window (base close to last close); null without prices on both closes. */
  returnSinceEvent: number | null;
  /** Against the exposure's series over the window's daily returns; null without one of them. */
  tracking: Tracking | null;
  /** Net flows over the window (after the base close) where the store has flow inputs, USD. */
  flows: { rows: number; total: number | null } | null;
  /** Why a figure is missing. */
  missing: string[];
}

/** The row of fund `f` over the window's closes `days` (base first), against the exposure's `series`. */
export async function instrumentRow(
  store: Store,
  f: { entry: EtfEntry; exposure: Exposure; match: Match },
  days: string[],
  series: ExposureSeries,
): Promise<InstrumentRow> {
  const e = f.entry;
  const missing: string[] = [];
  const row: InstrumentRow = {
    ticker: e.ticker,
    name: e.name,
    category: e.category,
    sector: e.sector ?? null,
    match: f.match,
    exposure: f.exposure.name,
    inception: e.inception,
    note: e.note ?? null,
    historyStart: null,
    historyDataset: null,
    returnSinceEvent: null,
    tracking: null,
    flows: null,
    missing,
  };
  const h = await store.one<{ first: string | null; ds: string | null }>(
    'SELECT min(date)::VARCHAR AS first, arg_min(source, date) AS ds FROM bars WHERE id = $1',
    [e.ticker],
  );
  row.historyStart = h?.first ?? null;
  row.historyDataset = h?.ds ?? null;
  if (!row.historyStart) missing.push('no prices in the store (import a price file for it)');
  else {
    const p = await loadPrices(store, e.ticker);
    const at = new Map<number, number>();
    for (let i = 0; i < p.days.length; i++) at.set(p.days[i], p.values[i]);
    const v = days.map((d) => at.get(toDay(d)) ?? Number.NaN);
    const r = v[v.length - 1] / v[0] - 1;
    row.returnSinceEvent = Number.isFinite(r) ? r : null;
    if (row.returnSinceEvent === null)
      missing.push(`no price on ${Number.isNaN(v[0]) ? days[0] : days.at(-1)}`);
    const daily = v.slice(1).map((x, i) => x / v[i] - 1);
    if (series.daily) row.tracking = tracking(daily, series.daily);
    else missing.push('no exposure series (no stock panel covering the window)');
  }
  row.flows = await fundFlows(store, e.ticker, days[0], days.at(-1)!);
  if (!row.flows) missing.push('no flows imported');
  return row;
}

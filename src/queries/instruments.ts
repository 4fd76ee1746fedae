/**
 * `capgap instruments --exposure "US small cap"`: the registry's funds for an exposure, each with its
 * return over an event window, its tracking of the exposure's own stock-built series over the same window
 * (correlation and tracking error of daily returns), its history start in the store and its flows where
 * imported; and the exposures next to it that no registry fund carries.
 *
 * The exposure's series (documented convention): value-weighted stocks of the panel, formed once at the
 * window's first close; size bands by CRSP's cap-coverage bands (sectors/exposure.ts), sectors by
 * sectors/sector-map.ts. No value/growth split exists on stocks (no book values): a style exposure is
 * tracked against its size/sector blend, and the answer says so.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import { anchorEvent } from '../calendar/trading-days.ts';
import { relativeWindow } from '../calendar/windows.ts';
import { etfFlows } from '../flows/etf-flows.ts';
import {
  type Exposure,
  exposuresWithoutFund,
  fundsFor,
  type Match,
  parseExposure,
  SIZE_BAND,
  SIZE_SCHEME,
} from '../sectors/exposure.ts';
import { type SectorBucketResult, sectorBuckets } from '../sectors/sector-buckets.ts';
import { type Tracking, tracking } from '../sectors/tracking.ts';
import { type EtfEntry, readEtfRegistry, readEtfRegistryFile } from '../store/etf-registry.ts';
import { loadPrices } from '../store/series-load.ts';
import type { Store } from '../store/store.ts';
import { readFlowInputs } from './flows-store.ts';
import { loadPanel } from './panel.ts';
import { panelSectors } from './sectors.ts';

/** An instruments question. */
export interface InstrumentsQuery {
  exposure: string;
  event: string;
  /** Window [a, b] in sessions relative to t0 (news after the close); defaults to [0, 20]. */
  window?: [number, number];
  /** Shares the stock-built bucket series between queries on the same window (e.g. the report's two exposures). */
  cache?: Map<string, Promise<SectorBucketResult | Error>>;
  /** Registry rows to use instead of the store's registry (plus the shipped one). */
  registry?: EtfEntry[];
}

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

/** The answer. */
export interface InstrumentsAnswer {
  exposure: Exposure;
  event: string;
  window: [number, number];
  base: string;
  to: string;
  /** The exposure's own series: what it is and its return over the window (null without a stock panel). */
  series: { name: string; return: number | null; days: number; note: string | null };
  funds: InstrumentRow[];
  /** Exposures next to the asked one that no registry fund carries exactly. */
  noFund: string[];
  /** What the registry rows imply beyond their category (e.g. Select Sector SPDRs hold S&P 500 members only). */
  notes: string[];
  conventions: string[];
}

/** The store's registry, plus shipped rows it lacks (the shipped file holds sector and note). */
async function registryOf(store: Store): Promise<EtfEntry[]> {
  const stored = await readEtfRegistry(store);
  const have = new Set(stored.map((e) => e.ticker));
  return [...stored, ...readEtfRegistryFile().filter((e) => !have.has(e.ticker))];
}

/**
 * Lists the funds for an exposure around an event, with tracking statistics.
 * @example await queryInstruments(store, { exposure: 'US small cap', event: '2016-11-08' })
 */
export async function queryInstruments(store: Store, q: InstrumentsQuery): Promise<InstrumentsAnswer> {
  const exposure = parseExposure(q.exposure);
  const window = q.window ?? [0, 20];
  const probe = toDay(q.event);
  const cal = nyseCalendar({ from: fromDay(probe - 60), to: fromDay(probe + 800) });
  const anchor = anchorEvent(cal, q.event, 'after-close');
  const w = relativeWindow(cal, anchor, window[0], window[1]);
  const days: string[] = [];
  for (let d = w.from; d <= w.to; d++) days.push(fromDay(cal.days[d]));
  const registry = q.registry ?? (await registryOf(store));
  const series = await exposureSeries(store, exposure, days, q.cache);
  const funds: InstrumentRow[] = [];
  for (const f of fundsFor(registry, exposure)) {
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
    funds.push(row);
  }
  return {
    exposure,
    event: q.event,
    window,
    base: days[0],
    to: days.at(-1)!,
    series: { name: series.name, return: series.total, days: days.length - 1, note: series.note },
    funds,
    noFund: exposuresWithoutFund(registry, exposure),
    notes: [
      ...new Set(
        fundsFor(registry, exposure)
          .filter((f) => /Select Sector/i.test(f.entry.benchmark ?? ''))
          .map(
            (f) =>
              `${f.entry.ticker} tracks the ${f.entry.benchmark}, which holds S&P 500 members only: in size it is a large-cap fund`,
          ),
      ),
    ],
    conventions: [
      `window [${window[0]}, ${window[1]}] around ${q.event} (news after the close; t0 = ${anchor.t0Date}): from the ${days[0]} close to the ${days.at(-1)} close; returns from adjusted closes`,
      'tracking: Pearson correlation and tracking error (sample standard deviation of daily fund − series returns; annualised × √252) over the window’s daily returns',
      `the exposure's series: value-weighted stocks formed once at the ${days[0]} close; size bands by CRSP cap coverage (large = top 70% of cap, mid 70–85%, small 85–98%, micro the last 2%); sectors GICS (NASDAQ mapped where no GICS, docs/sectors.md)`,
      'history start: the first bar in the store, not the fund’s inception (see the registry note for how the inception was checked)',
    ],
  };
}

/** The exposure's daily series on `days` (returns on days[1..]) from the stock panel, or why there is none. */
/**
 * A fund's net flows over (base, to] by the flows engine (src/flows/etf-flows.ts, method 'auto': the vendor's
 * flow, else Δshares × NAV with splits detected, else from AUM), or null when `etf_flows` has no row for it.
 */
async function fundFlows(
  store: Store,
  ticker: string,
  base: string,
  to: string,
): Promise<{ rows: number; total: number | null } | null> {
  const has = await store.one<{ n: number }>(
    'SELECT count(*)::DOUBLE AS n FROM etf_flows WHERE ticker = $1',
    [ticker],
  );
  if (!has?.n) return null;
  const x = await readFlowInputs(store, { tickers: [ticker], from: fromDay(toDay(base) - 40), to });
  const f = etfFlows(x);
  let rows = 0;
  let total = 0;
  for (let i = 0; i < x.day.length; i++) {
    if (x.day[i] <= toDay(base) || x.day[i] > toDay(to) || !Number.isFinite(f.flow[i])) continue;
    rows++;
    total += f.flow[i];
  }
  return { rows, total: rows ? total : null };
}

/** The CRSP-band × sector buckets over `days` (formed at days[0]). */
async function bandBuckets(store: Store, days: string[]): Promise<SectorBucketResult> {
  const panel = await loadPanel(store, { from: fromDay(toDay(days[0]) - 10), to: days.at(-1) });
  const { sector } = await panelSectors(store, panel);
  return sectorBuckets(panel, sector, {
    scheme: SIZE_SCHEME,
    formation: days[0],
    weightings: ['value'],
    from: days[1],
    to: days.at(-1),
  });
}

async function exposureSeries(
  store: Store,
  x: Exposure,
  days: string[],
  cache?: Map<string, Promise<SectorBucketResult | Error>>,
): Promise<{ name: string; daily: Float64Array | null; total: number | null; note: string | null }> {
  const band = x.size && x.size !== 'total' ? SIZE_BAND[x.size] : null;
  const name = `stocks: ${[x.size ? (band ? `CRSP band ${band}` : 'all sizes') : 'all sizes', x.sector ?? 'all sectors'].join(', ')}, value-weighted`;
  const note = x.style
    ? `no ${x.style} split on stocks (no book values): tracked against the size/sector blend`
    : null;
  const key = `${days[0]}|${days.at(-1)}`;
  let pending = cache?.get(key);
  if (!pending) {
    pending = bandBuckets(store, days).catch((err: Error) => err);
    cache?.set(key, pending);
  }
  const r = await pending;
  if (r instanceof Error) return { name, daily: null, total: null, note: r.message };
  if (r.dates.length !== days.length - 1 || r.dates.at(-1) !== days.at(-1))
    return {
      name,
      daily: null,
      total: null,
      note: `the stock panel does not cover ${days[1]} .. ${days.at(-1)}`,
    };
  const K = r.K;
  const G = r.groups.length;
  const b = band ? r.labels.indexOf(band) : -1;
  const g = x.sector ? r.groups.indexOf(x.sector) : -1;
  if (x.sector && g < 0)
    return { name, daily: null, total: null, note: `no ${x.sector} stocks in the panel` };
  const daily = new Float64Array(r.dates.length);
  for (let i = 0; i < daily.length; i++) {
    if (g >= 0 && b >= 0) daily[i] = r.returns.value![i * (G * K + 1) + g * K + b];
    else if (g >= 0) daily[i] = r.sectorReturns.value![i * (G + 1) + g];
    else daily[i] = r.base.returns.value![i * (K + 1) + (b >= 0 ? b : K)];
  }
  let total = 1;
  for (const x of daily) total *= 1 + x;
  return { name, daily, total: Number.isFinite(total) ? total - 1 : null, note };
}

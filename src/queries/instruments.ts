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
import { type Exposure, exposuresWithoutFund, fundsFor, parseExposure } from '../sectors/exposure.ts';
import type { SectorBucketResult } from '../sectors/sector-buckets.ts';
import { type EtfEntry, readEtfRegistry, readEtfRegistryFile } from '../store/etf-registry.ts';
import type { Store } from '../store/store.ts';
import { exposureSeries } from './exposure-series.ts';
import { type InstrumentRow, instrumentRow } from './instrument-row.ts';

export type { InstrumentRow } from './instrument-row.ts';

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
  for (const f of fundsFor(registry, exposure)) funds.push(await instrumentRow(store, f, days, series));
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

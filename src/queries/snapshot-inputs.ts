/**
 * Everything `capgap report`'s first look needs, read from the store as typed series
 * (see src/findings/event-snapshot.ts for what is computed from them).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { isNyseSession } from '../calendar/nyse.ts';
import { SIZE_DATASET } from '../formats/french-names.ts';
import type { Provenance } from '../provenance.ts';
import {
  loadFactors,
  loadPortfolioReturns,
  loadPrices,
  type PortfolioPanel,
  type PriceSeries,
} from '../store/series-load.ts';
import type { Store } from '../store/store.ts';

/** The French size portfolios, smallest first: terciles (30/40/30), quintiles, deciles. */
export const SIZE_PORTFOLIOS = {
  terciles: ['Lo 30', 'Med 40', 'Hi 30'],
  quintiles: ['Lo 20', 'Qnt 2', 'Qnt 3', 'Qnt 4', 'Hi 20'],
  deciles: ['Lo 10', '2-Dec', '3-Dec', '4-Dec', '5-Dec', '6-Dec', '7-Dec', '8-Dec', '9-Dec', 'Hi 10'],
} as const;

export const FACTORS_DATASET = 'french/F-F_Research_Data_Factors';

/** The indices and ETFs the first look reports, with their names. */
export const SNAPSHOT_SUBJECTS: Record<string, string> = {
  '^RUT': 'Russell 2000',
  '^GSPC': 'S&P 500',
  IWM: 'iShares Russell 2000 ETF (IWM)',
  SPY: 'SPDR S&P 500 ETF (SPY)',
};

export interface SnapshotInputs {
  /** Prices on NYSE sessions only; bars on other days are left out and listed in `offSession`. */
  prices: (PriceSeries & { offSession?: string[] })[];
  /** Subjects asked for but absent from the store. */
  missing: { id: string; reason: string }[];
  dailyVW: PortfolioPanel;
  /** Mkt-RF + RF, daily, decimal; from the factors vintage closest to the daily size file's. */
  market: {
    dataset: string;
    vintage: string;
    provenance: Provenance;
    days: Int32Array;
    values: Float64Array;
  };
  monthlyVW: PortfolioPanel;
  monthlyEW: PortfolioPanel;
}

/**
 * Calendar dates of daily data a text snapshot of `event` needs (the size window [t0, t0+2] and the market
 * over it, with slack for holidays and news timing), through `to` when given. The rendered reports (charts)
 * need the whole history: they load without a range.
 * @example dailyRange('2016-11-08') // { from: '2016-10-09', to: '2017-01-07' }
 */
export function dailyRange(event: string, to?: string): { from: string; to: string } {
  const day = toDay(event);
  const end = Math.max(day + 60, to ? toDay(to) + 10 : day);
  return { from: fromDay(day - 30), to: fromDay(end) };
}

/**
 * Loads the inputs; subjects without prices are listed in `missing`, not fatal. `daily` limits the daily
 * size portfolios and factors to a date range (see `dailyRange`); prices and monthly series load whole.
 */
export async function loadSnapshotInputs(
  store: Store,
  subjects: string[] = Object.keys(SNAPSHOT_SUBJECTS),
  options: { daily?: { from: string; to: string }; prices?: (id: string) => Promise<PriceSeries> } = {},
): Promise<SnapshotInputs> {
  // The loads are independent: start them together (a pooled store runs them on several connections).
  const priceLoads = subjects.map((id) =>
    (options.prices ? options.prices(id) : loadPrices(store, id)).then(
      (p) => ({ p }),
      (err) => ({ miss: { id, reason: (err as Error).message } }),
    ),
  );
  const all = [...SIZE_PORTFOLIOS.terciles, ...SIZE_PORTFOLIOS.quintiles, ...SIZE_PORTFOLIOS.deciles];
  const daily = loadPortfolioReturns(store, {
    dataset: SIZE_DATASET,
    frequency: 'daily',
    weighting: 'value',
    portfolios: all,
    ...options.daily,
  });
  const factorVintages = store.all<{ v: string }>(
    `SELECT DISTINCT vintage AS v FROM factors WHERE dataset = $1 AND frequency = 'daily' ORDER BY v DESC`,
    [FACTORS_DATASET],
  );
  const lohi = ['Lo 10', 'Hi 10'];
  const monthly = (weighting: string) =>
    loadPortfolioReturns(store, { dataset: SIZE_DATASET, frequency: 'monthly', weighting, portfolios: lohi });
  const monthlyLoads = [monthly('value'), monthly('equal')];
  // Settle every load before the first error propagates: none is left running on a closed store.
  await Promise.allSettled([...priceLoads, daily, factorVintages, ...monthlyLoads]);
  const prices: SnapshotInputs['prices'] = [];
  const missing: SnapshotInputs['missing'] = [];
  for (const r of await Promise.all(priceLoads)) {
    if ('p' in r) prices.push(sessionsOnly(r.p));
    else missing.push(r.miss);
  }
  // A range wholly past the data (an event after the daily file's end) loads nothing; load it all then, so
  // that the snapshot names the data's last day as it does from the whole history.
  let dailyVW = await daily;
  const whole = options.daily && dailyVW.days.length === 0;
  if (whole)
    dailyVW = await loadPortfolioReturns(store, {
      dataset: SIZE_DATASET,
      frequency: 'daily',
      weighting: 'value',
      portfolios: all,
    });
  // Do not mix vintages: take the factor vintage equal to the size file's if present, else the newest.
  const fv = await factorVintages;
  const vintage = fv.find((r) => r.v === dailyVW.vintage)?.v ?? fv[0]?.v;
  const f = await loadFactors(store, {
    dataset: FACTORS_DATASET,
    frequency: 'daily',
    factors: ['Mkt-RF', 'RF'],
    vintage,
    ...(whole ? {} : options.daily),
  });
  const mk = new Float64Array(f.days.length);
  for (let i = 0; i < mk.length; i++) mk[i] = f.values['Mkt-RF'][i] + f.values.RF[i];
  const [monthlyVW, monthlyEW] = await Promise.all(monthlyLoads);
  return {
    prices,
    missing,
    dailyVW,
    market: {
      dataset: f.dataset,
      vintage: f.vintage,
      provenance: { ...f.provenance, series: 'Mkt-RF + RF' },
      days: f.days,
      values: mk,
    },
    monthlyVW,
    monthlyEW,
  };
}

/**
 * The series without its bars on days that were not NYSE sessions (a Saturday bar would otherwise count as a
 * trading day of the series' own calendar); the dates left out are listed for the flags (docs/quality.md).
 */
export function sessionsOnly(p: PriceSeries): PriceSeries & { offSession?: string[] } {
  const keep: number[] = [];
  const off: string[] = [];
  for (let i = 0; i < p.days.length; i++) {
    if (isNyseSession(p.days[i])) keep.push(i);
    else off.push(fromDay(p.days[i]));
  }
  if (off.length === 0) return p;
  return {
    ...p,
    days: Int32Array.from(keep, (i) => p.days[i]),
    values: Float64Array.from(keep, (i) => p.values[i]),
    offSession: off,
  };
}

/**
 * The first look after an event (capgap's `report` core): indices and ETFs since the event, French size
 * portfolios over the first days against the market, and the event month's small-minus-large spread with
 * the most recent month at least as wide. Pure: takes series, returns plain results with their conventions.
 *
 * Conventions:
 * - t0 and the base close follow `anchorEvent` (src/calendar/trading-days.ts); "k trading days after"
 *   runs from the base close (the last close before the news) to the close of t0+k-1.
 * - Returns are simple, compounded: Π(1 + r_t) − 1 over daily returns, or P_end / P_base − 1 over prices.
 * - The market is French's Mkt-RF + RF (CRSP value-weighted market, total return); "minus the market" is the
 *   difference of the two compounded returns (a market-adjusted buy-and-hold abnormal return).
 * - The month's spread is Lo 10 − Hi 10 (monthly returns, percentage points); "widest since" names the most
 *   recent earlier month whose spread was at least as wide.
 */
import { fromDay, monthKey, toDay } from '../calendar/dates.ts';
import { anchorEvent, type EventAnchor, type NewsTiming, TradingCalendar } from '../calendar/trading-days.ts';
import { compound } from '../math/compound.ts';
import { largestSince } from '../records/largest-since.ts';

/** A return from the base close to a later close. */
export interface SinceReturn {
  /** Trading days after the event (t0 = 1st), or null for a return to a given date. */
  days: number | null;
  from: string;
  to: string;
  /** Decimal. */
  value: number;
}

/**
 * Returns of a price series from the last close before the news to `horizons` trading days after, and to
 * `to` (the last close on or before it). Horizons the data do not reach are left out, and listed.
 * @example returnsSince({ days, values }, '2016-11-08', { horizons: [1, 3] })
 */
export function returnsSince(
  series: { days: Int32Array; values: Float64Array },
  eventDate: string,
  options: { timing?: NewsTiming; horizons?: number[]; to?: string } = {},
): { anchor: EventAnchor; returns: SinceReturn[]; beyondData: number[] } {
  const calendar = new TradingCalendar(series.days);
  if (calendar.days.length !== series.days.length) throw new Error('series has duplicate dates');
  const anchor = anchorEvent(calendar, eventDate, options.timing ?? 'after-close');
  const base = series.values[anchor.base];
  const out: SinceReturn[] = [];
  const beyondData: number[] = [];
  for (const k of options.horizons ?? [1, 3, 5, 20]) {
    if (!Number.isInteger(k) || k < 1)
      throw new Error(`invalid horizon: ${k}; expected a whole number of days >= 1`);
    const i = anchor.t0 + k - 1;
    if (i >= series.days.length) {
      beyondData.push(k);
      continue;
    }
    out.push({
      days: k,
      from: anchor.baseDate,
      to: fromDay(series.days[i]),
      value: series.values[i] / base - 1,
    });
  }
  if (options.to) {
    const i = calendar.indexOnOrBefore(toDay(options.to));
    if (i <= anchor.base)
      throw new Error(`--to ${options.to} is not after the event's base close ${anchor.baseDate}`);
    out.push({
      days: null,
      from: anchor.baseDate,
      to: fromDay(series.days[i]),
      value: series.values[i] / base - 1,
    });
  }
  return { anchor, returns: out, beyondData };
}

/** One size portfolio over a window, alone and against the market. */
export interface BucketWindowReturn {
  portfolio: string;
  value: number;
  market: number;
  /** value − market. */
  excess: number;
}

/**
 * French size portfolios compounded over [t0 + a, t0 + b] (a, b in trading days; [0, 2] = the first three
 * sessions), and the same minus the market (Mkt-RF + RF compounded over the same sessions).
 */
export function sizeWindow(
  panel: { days: Int32Array; returns: Record<string, Float64Array> },
  market: { days: Int32Array; values: Float64Array },
  eventDate: string,
  options: { window?: [number, number]; timing?: NewsTiming } = {},
): { anchor: EventAnchor; from: string; to: string; sessions: string[]; buckets: BucketWindowReturn[] } {
  const [a, b] = options.window ?? [0, 2];
  const calendar = new TradingCalendar(panel.days);
  const anchor = anchorEvent(calendar, eventDate, options.timing ?? 'after-close');
  const i0 = anchor.t0 + a;
  const i1 = anchor.t0 + b;
  if (i0 < 0 || i1 >= panel.days.length) {
    throw new Error(
      `window [${a}, ${b}] after ${eventDate} leaves the size data (${fromDay(calendar.first)} .. ${fromDay(calendar.last)})`,
    );
  }
  // The market on the same sessions, matched by date.
  const mcal = new TradingCalendar(market.days);
  const m = new Float64Array(i1 - i0 + 1);
  const sessions: string[] = [];
  for (let i = i0; i <= i1; i++) {
    const j = mcal.indexOnOrAfter(panel.days[i]);
    if (j >= market.days.length || market.days[j] !== panel.days[i]) {
      throw new Error(`the market series has no return on ${fromDay(panel.days[i])}`);
    }
    m[i - i0] = market.values[j];
    sessions.push(fromDay(panel.days[i]));
  }
  const mkt = compound(m, -1, m.length - 1); // sessions i0..i1: from the close before i0
  const buckets: BucketWindowReturn[] = [];
  for (const [portfolio, r] of Object.entries(panel.returns)) {
    const value = compound(r, i0 - 1, i1);
    buckets.push({ portfolio, value, market: mkt, excess: value - mkt });
  }
  return {
    anchor,
    from: fromDay(panel.days[i0 - 1] ?? panel.days[i0]),
    to: fromDay(panel.days[i1]),
    sessions,
    buckets,
  };
}

/** A month's small-minus-large spread and the latest earlier month at least as wide. */
export interface MonthSpread {
  month: string;
  small: number;
  large: number;
  /** small − large, decimal. */
  spread: number;
  /** The most recent earlier month with a spread >= this one's, or null if none since the history began. */
  widestSince: { month: string; spread: number } | null;
  historyStart: string;
  /** How many months in the history (this one included) had a spread >= this one's. */
  rank: number;
  months: number;
}

/**
 * The spread Lo − Hi for the month containing `date`, with 'widest since' (src/records/largest-since.ts) and its rank
 * among all months up to and including it.
 */
export function monthSpread(
  monthly: { days: Int32Array; small: Float64Array; large: Float64Array },
  date: string,
): MonthSpread {
  const key = date.slice(0, 7);
  let at = -1;
  for (let i = 0; i < monthly.days.length; i++) if (monthKey(monthly.days[i]) === key) at = i;
  if (at < 0) {
    const last = monthly.days.length ? monthKey(monthly.days[monthly.days.length - 1]) : 'none';
    throw new Error(`no monthly size returns for ${key} (the data run to ${last})`);
  }
  const spreadAt = (i: number) => monthly.small[i] - monthly.large[i];
  const s = spreadAt(at);
  // 'Widest since' is the records engine's largest-since, run on the spreads up to this month.
  const spreads = new Float64Array(at + 1);
  for (let i = 0; i <= at; i++) spreads[i] = spreadAt(i);
  const j = largestSince(spreads)[at];
  const since: MonthSpread['widestSince'] =
    j >= 0 ? { month: monthKey(monthly.days[j]), spread: spreads[j] } : null;
  let rank = 1;
  let months = 0;
  for (let i = 0; i <= at; i++) {
    const v = spreadAt(i);
    if (Number.isNaN(v)) continue;
    months++;
    if (i !== at && v >= s - 1e-12) rank++;
  }
  return {
    month: key,
    small: monthly.small[at],
    large: monthly.large[at],
    spread: s,
    widestSince: since,
    historyStart: monthKey(monthly.days[0]),
    rank,
    months,
  };
}

/** A price series as the snapshot needs it (io's PriceSeries fits). */
export interface SnapshotPriceSeries {
  id: string;
  dataset: string;
  basis: string;
  vintage: string | null;
  days: Int32Array;
  values: Float64Array;
}

/** A panel of portfolio returns on one date axis (io's PortfolioPanel fits). */
export interface SnapshotPanel {
  dataset: string;
  vintage: string;
  weighting: string;
  days: Int32Array;
  returns: Record<string, Float64Array>;
}

/** What `eventSnapshot` reads. */
export interface SnapshotData {
  prices: SnapshotPriceSeries[];
  missing: { id: string; reason: string }[];
  dailyVW: SnapshotPanel;
  market: { dataset: string; vintage: string; days: Int32Array; values: Float64Array };
  monthlyVW: SnapshotPanel;
  monthlyEW: SnapshotPanel;
}

export interface EventSnapshot {
  event: { date: string; timing: NewsTiming };
  conventions: Record<string, string>;
  indices: {
    id: string;
    name: string;
    dataset: string;
    vintage: string | null;
    basis: string;
    t0: string;
    base: string;
    returns: SinceReturn[];
    beyondData: number[];
  }[];
  size: {
    window: [number, number];
    from: string;
    to: string;
    sessions: string[];
    source: string;
    market: string;
    groups: Record<string, BucketWindowReturn[]>;
  } | null;
  spreads: { weighting: 'value' | 'equal'; source: string; result: MonthSpread }[];
  notes: string[];
}

/**
 * Computes the first look at an event from loaded series.
 * @example eventSnapshot(await loadSnapshotInputs(store), { event: '2016-11-08' })
 */
export function eventSnapshot(
  data: SnapshotData,
  options: {
    event: string;
    to?: string;
    timing?: NewsTiming;
    horizons?: number[];
    window?: [number, number];
    names?: Record<string, string>;
    groups?: Record<string, readonly string[]>;
  },
): EventSnapshot {
  const timing = options.timing ?? 'after-close';
  toDay(options.event); // validates
  const notes: string[] = [];
  const indices: EventSnapshot['indices'] = [];
  for (const s of data.prices) {
    try {
      const r = returnsSince(s, options.event, { timing, horizons: options.horizons, to: options.to });
      indices.push({
        id: s.id,
        name: options.names?.[s.id] ?? s.id,
        dataset: s.dataset,
        vintage: s.vintage,
        basis: s.basis,
        t0: r.anchor.t0Date,
        base: r.anchor.baseDate,
        returns: r.returns,
        beyondData: r.beyondData,
      });
      if (r.beyondData.length) {
        notes.push(
          `${s.id}: the data (${s.dataset}) end ${fromDay(s.days[s.days.length - 1])}, before ${r.beyondData.join(', ')} trading day(s) after the event.`,
        );
      }
    } catch (err) {
      notes.push(`${s.id}: ${(err as Error).message}`);
    }
  }
  for (const m of data.missing) notes.push(`${m.id}: ${m.reason}`);

  const window = options.window ?? [0, 2];
  let size: EventSnapshot['size'] = null;
  try {
    const groups: Record<string, BucketWindowReturn[]> = {};
    let meta: ReturnType<typeof sizeWindow> | undefined;
    for (const [group, names] of Object.entries(options.groups ?? {})) {
      const sub: Record<string, Float64Array> = {};
      for (const n of names) sub[n] = data.dailyVW.returns[n];
      meta = sizeWindow({ days: data.dailyVW.days, returns: sub }, data.market, options.event, {
        window,
        timing,
      });
      groups[group] = meta.buckets;
    }
    if (meta) {
      size = {
        window,
        from: meta.from,
        to: meta.to,
        sessions: meta.sessions,
        source: `${data.dailyVW.dataset}, daily, value-weighted, ${data.dailyVW.vintage}`,
        market: `Mkt-RF + RF, ${data.market.dataset}, daily, ${data.market.vintage}`,
        groups,
      };
      if (data.market.vintage !== data.dailyVW.vintage) {
        notes.push(
          `The market (${data.market.vintage}) and the size portfolios (${data.dailyVW.vintage}) come from different French vintages.`,
        );
      }
    }
  } catch (err) {
    notes.push(`Size portfolios: ${(err as Error).message}`);
  }

  const spreads: EventSnapshot['spreads'] = [];
  for (const [weighting, panel] of [
    ['value', data.monthlyVW],
    ['equal', data.monthlyEW],
  ] as const) {
    try {
      const result = monthSpread(
        { days: panel.days, small: panel.returns['Lo 10'], large: panel.returns['Hi 10'] },
        options.event,
      );
      spreads.push({
        weighting,
        source: `${panel.dataset}, monthly, ${weighting}-weighted, ${panel.vintage}`,
        result,
      });
    } catch (err) {
      notes.push(`Monthly ${weighting}-weighted spread: ${(err as Error).message}`);
    }
  }

  return {
    event: { date: options.event, timing },
    conventions: {
      t0: `news ${timing}: t0 is ${timing === 'after-close' ? 'the first session after the event date' : 'the event date (or the next session)'}; "since the event" starts from the last close before the news`,
      days: '"k trading days after" runs from that base close to the close of t0+k-1 (trading days of each series\' own data)',
      returns: 'simple returns, compounded; percentages are of the decimal return',
      priceBasis:
        'ETFs: adjusted close (total return, dividends reinvested) where the source has it; indices: price index level (no dividends)',
      size: `French size portfolios (NYSE breakpoints, formed each June, CRSP): value-weighted daily returns compounded over [t0+${window[0]}, t0+${window[1]}]; minus the market = minus Mkt-RF + RF compounded over the same sessions`,
      spread:
        'Lo 10 − Hi 10 monthly return (percentage points); "widest since" = the most recent earlier month with a spread at least as wide',
    },
    indices,
    size,
    spreads,
    notes,
  };
}

/**
 * Small vs large since an event: anchors the event on the legs' own trading days and fits [from, to] to the
 * data (./since-window.ts, as the regions do), builds both "since" paths and their spread.
 * Spread = small minus large of the compounded returns since the base close (decimal; 0.07 = 7 pp).
 */
import { type NewsTiming, TradingCalendar } from '../../calendar/trading-days.ts';
import type { QualityFlag } from '../../events/quality/flags.ts';
import { ApiError } from '../errors.ts';
import type { SizeScheme, Weighting } from './schemes.ts';
import { countMissing, sincePath } from './since.ts';
import { sinceFlags } from './since-flags.ts';
import { sinceWindow } from './since-window.ts';
import type { SizeLegs } from './size-legs.ts';

/** The request a returns-since answer is for. */
export interface SinceQuery {
  event: string;
  timing: NewsTiming;
  scheme: SizeScheme;
  weighting: Weighting;
  /** First and last day, relative to t0 (t0 = day 0). */
  from: number;
  to: number;
}

/** A returns-since answer: paths per day plus the figures at the last day. */
export interface SinceResult {
  event: { date: string; timing: NewsTiming; t0: string; base: string };
  scheme: { id: string; label: string; small: string; large: string; weighting: Weighting };
  /** `to` is the last day given: `requestedTo` cut at the data's end, with `cut` saying so (else null). */
  window: {
    from: number;
    to: number;
    requestedTo: number;
    firstDate: string;
    lastDate: string;
    cut: string | null;
    /** The last date both legs have in the store (the data's end), or null if unknown. */
    dataThrough: string | null;
  };
  series: {
    day: number[];
    date: string[];
    small: (number | null)[];
    large: (number | null)[];
    spread: (number | null)[];
  };
  summary: { small: number | null; large: number | null; spread: number | null; missing: number };
  sources: { dataset: string; vintage: string | null }[];
  conventions: { basis: string; t0: string; spread: string; path: string };
  /** Data-quality flags of the legs over the window (docs/quality.md). */
  flags: QualityFlag[];
}

const num = (v: number) => (Number.isFinite(v) ? v : null);

/**
 * Computes returns since an event for both legs and the spread.
 * @example sinceEvent(legs, { event: '2016-11-08', timing: 'after-close', scheme, weighting: 'value', from: -5, to: 20 })
 */
export function sinceEvent(legs: SizeLegs, q: SinceQuery): SinceResult {
  if (legs.dates.length < 2) throw new ApiError(404, `no data around ${q.event} for scheme ${q.scheme.id}`);
  const cal = legs.days ? new TradingCalendar(legs.days) : TradingCalendar.fromIso(legs.dates);
  const { anchor, to, cut, day, date } = sinceWindow(cal, (i) => legs.dates[i], q, {
    what: `the data for ${q.scheme.id}`,
    through: legs.through,
  });
  const small = sincePath(legs.small, legs.kind, anchor.t0, anchor.base, q.from, to);
  const large = sincePath(legs.large, legs.kind, anchor.t0, anchor.base, q.from, to);
  const n = small.length;
  const spread = new Float64Array(n);
  for (let i = 0; i < n; i++) spread[i] = small[i] - large[i];
  return {
    event: { date: q.event, timing: q.timing, t0: anchor.t0Date, base: anchor.baseDate },
    scheme: {
      id: q.scheme.id,
      label: q.scheme.label,
      small: q.scheme.small,
      large: q.scheme.large,
      weighting: q.weighting,
    },
    window: {
      from: q.from,
      to,
      requestedTo: q.to,
      firstDate: date[0],
      lastDate: date[n - 1],
      cut,
      dataThrough: legs.through,
    },
    series: {
      day,
      date,
      small: Array.from(small, num),
      large: Array.from(large, num),
      spread: Array.from(spread, num),
    },
    summary: {
      small: num(small[n - 1]),
      large: num(large[n - 1]),
      spread: num(spread[n - 1]),
      missing: countMissing(spread),
    },
    sources: legs.sources,
    flags: sinceFlags(legs, q.scheme, anchor, anchor.t0 + to, { small: small[n - 1], large: large[n - 1] }),
    conventions: {
      basis: legs.basis,
      t0: `news ${q.timing}: t0 = ${anchor.t0Date}, base = close of ${anchor.baseDate}`,
      spread: 'small minus large, compounded returns since the base close, decimal',
      path: 'value on day d = close of t0+d over the base close, minus 1',
    },
  };
}

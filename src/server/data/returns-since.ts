/**
 * Small vs large since an event: anchors the event on the legs' own trading days and fits [from, to] to the
 * data (./since-window.ts, as the regions do), builds both "since" paths and their spread.
 * Spread = small minus large of the compounded returns since the base close (decimal; 0.07 = 7 pp).
 */
import { type NewsTiming, TradingCalendar } from '../../calendar/trading-days.ts';
import type { QualityFlag } from '../../events/quality/flags.ts';
import { type Provenance, provenanceOf } from '../../provenance.ts';
import { UNIT } from '../../report/json-vocabulary.ts';
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

/**
 * A returns-since answer in the JSON vocabulary (docs/json.md): paths per day plus the figures at the last day.
 * `window` is { from, to } in sessions relative to t0; the dates beside it name the sessions it spans.
 */
export interface SinceResult {
  event: { eventDate: string; timing: NewsTiming; t0: string; baseDate: string };
  scheme: { id: string; label: string; small: string; large: string; weighting: Weighting };
  /** Days from t0 (t0 = 0): `to` is the last day given, `requestedTo` cut at the data's end (then `cut` says so). */
  window: { from: number; to: number };
  /** The `to` asked for. */
  requestedTo: number;
  /** The session of day `from` (the window's first session). */
  startDate: string;
  /** The session of day `to`: the close the returns run to. */
  endDate: string;
  /** Why the window was cut at the data's end (day `to` < `requestedTo`), or null. */
  cut: string | null;
  /** The last date both legs have in the store (the data's end), or null if unknown. */
  dataThrough: string | null;
  /** Every return below is a decimal (0.07 = 7%). */
  unit: typeof UNIT;
  series: {
    day: number[];
    date: string[];
    small: (number | null)[];
    large: (number | null)[];
    spread: (number | null)[];
  };
  summary: { small: number | null; large: number | null; spread: number | null; missing: number };
  /** Each leg's dataset in the one provenance shape (src/provenance.ts). */
  provenance: Provenance[];
  conventions: { basis: string; t0: string; spread: string; path: string };
  /** Data-quality flags of the legs over the window (docs/quality.md). */
  flags: QualityFlag[];
}

/** A leg's dataset as the one provenance shape: daily returns (French: of the query's weighting). */
export function legProvenance(s: { dataset: string; vintage: string | null }, q: SinceQuery): Provenance {
  return provenanceOf(s.dataset, {
    vintage: s.vintage,
    frequency: 'daily',
    weighting: q.scheme.kind === 'french' ? q.weighting : null,
  });
}

const num = (v: number) => (Number.isFinite(v) ? v : null);

/**
 * Computes returns since an event for both legs and the spread.
 * @example sinceEvent(legs, { event: '2016-11-08', timing: 'after-close', scheme, weighting: 'value', from: -5, to: 20 })
 */
export function sinceEvent(legs: SizeLegs, q: SinceQuery): SinceResult {
  if (legs.dates.length < 2) throw new ApiError(404, `no data around ${q.event} for scheme ${q.scheme.id}`);
  // The calendar stops at the data's end: dates past it are one leg's alone (^GSPC runs on after ^RUT stops),
  // so a window past the end is cut there, as for French's portfolios, not refused as a gap.
  let held = legs.dates.length;
  if (legs.through) while (held > 0 && legs.dates[held - 1] > legs.through) held--;
  const cal = legs.days
    ? new TradingCalendar(legs.days.subarray(0, held))
    : TradingCalendar.fromIso(legs.dates.slice(0, held));
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
    event: { eventDate: q.event, timing: q.timing, t0: anchor.t0Date, baseDate: anchor.baseDate },
    scheme: {
      id: q.scheme.id,
      label: q.scheme.label,
      small: q.scheme.small,
      large: q.scheme.large,
      weighting: q.weighting,
    },
    window: { from: q.from, to },
    requestedTo: q.to,
    startDate: date[0],
    endDate: date[n - 1],
    cut,
    dataThrough: legs.through,
    unit: UNIT,
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
    provenance: legs.sources.map((x) => legProvenance(x, q)),
    flags: sinceFlags(legs, q.scheme, anchor, anchor.t0 + to, { small: small[n - 1], large: large[n - 1] }),
    conventions: {
      basis: legs.basis,
      t0: `news ${q.timing}: t0 = ${anchor.t0Date}, base = close of ${anchor.baseDate}`,
      spread: 'small minus large, compounded returns since the base close, decimal',
      path: 'value on day d = close of t0+d over the base close, minus 1',
    },
  };
}

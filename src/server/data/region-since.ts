/**
 * A region's SMB and market since an event, day by day over [from, to] on the region's own trading days
 * (`/api/returns-since?region=R`): value(d) = the series compounded from the base close to the close of
 * t0 + d (SMB as a long-short position rebalanced daily; market = Mkt-RF + RF), decimals, in US dollars.
 * The window is fitted to the data as the US answer's is (./since-window.ts): past the data's end it is cut
 * at the last date and the answer says so.
 */
import { fromDay } from '../../calendar/dates.ts';
import type { NewsTiming } from '../../calendar/trading-days.ts';
import { type Provenance, provenanceOf } from '../../provenance.ts';
import { UNIT } from '../../report/json-vocabulary.ts';
import type { RegionInputs } from './region-inputs.ts';
import { sincePath } from './since.ts';
import { sinceWindow } from './since-window.ts';

/** The regional returns-since answer. */
export interface RegionSince {
  region: { id: string; label: string; currency: 'USD' };
  event: { eventDate: string; timing: NewsTiming; t0: string; baseDate: string };
  /** Days from t0 on the region's trading days; the dates beside it as in ./returns-since.ts. */
  window: { from: number; to: number };
  requestedTo: number;
  startDate: string;
  endDate: string;
  cut: string | null;
  dataThrough: string;
  /** Every return below is a decimal, in US dollars. */
  unit: typeof UNIT;
  series: { day: number[]; date: string[]; smb: (number | null)[]; market: (number | null)[] };
  summary: { smb: number | null; market: number | null };
  /** SMB and the market, each in the one provenance shape. */
  provenance: Provenance[];
  conventions: Record<string, string>;
}

/** A region's SMB and market, each as the one provenance shape (daily factors of its French file). */
export function regionProvenance(r: Pick<RegionInputs, 'data'>): Provenance[] {
  const d = r.data[0];
  return ['SMB', 'Mkt-RF + RF'].map((series) =>
    provenanceOf(d.name, { vintage: d.vintage, frequency: 'daily', series }),
  );
}

const num = (v: number) => (Number.isFinite(v) ? v : null);

/**
 * SMB and the market since the event in a region.
 * @example regionSince(inputs, { event: '2016-06-23', timing: 'after-close', from: -5, to: 2 }).summary.smb
 */
export function regionSince(
  r: RegionInputs,
  q: { event: string; timing: NewsTiming; from: number; to: number },
): RegionSince {
  const cal = r.calendar;
  const { anchor, to, cut, day, date } = sinceWindow(cal, (i) => fromDay(cal.days[i]), q, {
    what: `the ${r.label} data`,
    through: r.through,
  });
  const smb = sincePath(r.rs, 'return', anchor.t0, anchor.base, q.from, to);
  const market = sincePath(r.rm, 'return', anchor.t0, anchor.base, q.from, to);
  const n = day.length;
  return {
    region: { id: r.id, label: r.label, currency: 'USD' },
    event: { eventDate: q.event, timing: q.timing, t0: anchor.t0Date, baseDate: anchor.baseDate },
    window: { from: q.from, to },
    requestedTo: q.to,
    startDate: date[0],
    endDate: date[n - 1],
    cut,
    dataThrough: r.through,
    unit: UNIT,
    series: { day, date, smb: Array.from(smb, num), market: Array.from(market, num) },
    summary: { smb: num(smb[n - 1]), market: num(market[n - 1]) },
    provenance: regionProvenance(r),
    conventions: {
      basis: `French ${r.label} factors, daily, in US dollars; SMB, French regional breakpoints; market = Mkt-RF + RF`,
      t0: `news ${q.timing}: t0 = ${anchor.t0Date}, base = close of ${anchor.baseDate}, on ${r.label}'s trading days (the dates of its French file)`,
      path: 'value on day d = the daily returns compounded from the base close to the close of t0+d (SMB as a long-short position rebalanced daily), decimal',
    },
  };
}

/**
 * A region's SMB and market since an event, day by day over [from, to] on the region's own trading days
 * (`/api/returns-since?region=R`): value(d) = the series compounded from the base close to the close of
 * t0 + d (SMB as a long-short position rebalanced daily; market = Mkt-RF + RF), decimals, in US dollars.
 * The window is fitted to the data as the US answer's is (./since-window.ts): past the data's end it is cut
 * at the last date and the answer says so.
 */
import { fromDay } from '../../calendar/dates.ts';
import type { NewsTiming } from '../../calendar/trading-days.ts';
import type { RegionInputs } from './region-inputs.ts';
import { sincePath } from './since.ts';
import { sinceWindow } from './since-window.ts';

/** The regional returns-since answer. */
export interface RegionSince {
  region: { id: string; label: string; currency: 'USD' };
  event: { date: string; timing: NewsTiming; t0: string; base: string };
  window: {
    from: number;
    to: number;
    requestedTo: number;
    firstDate: string;
    lastDate: string;
    cut: string | null;
    dataThrough: string;
  };
  series: { day: number[]; date: string[]; smb: (number | null)[]; market: (number | null)[] };
  summary: { smb: number | null; market: number | null };
  sources: { dataset: string; vintage: string | null }[];
  conventions: Record<string, string>;
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
    event: { date: q.event, timing: q.timing, t0: anchor.t0Date, base: anchor.baseDate },
    window: {
      from: q.from,
      to,
      requestedTo: q.to,
      firstDate: date[0],
      lastDate: date[n - 1],
      cut,
      dataThrough: r.through,
    },
    series: { day, date, smb: Array.from(smb, num), market: Array.from(market, num) },
    summary: { smb: num(smb[n - 1]), market: num(market[n - 1]) },
    sources: r.data.map((d) => ({ dataset: d.name, vintage: d.vintage })),
    conventions: {
      basis: `French ${r.label} factors, daily, in US dollars; SMB, French regional breakpoints; market = Mkt-RF + RF`,
      t0: `news ${q.timing}: t0 = ${anchor.t0Date}, base = close of ${anchor.baseDate}, on ${r.label}'s trading days (the dates of its French file)`,
      path: 'value on day d = the daily returns compounded from the base close to the close of t0+d (SMB as a long-short position rebalanced daily), decimal',
    },
  };
}

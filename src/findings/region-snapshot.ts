/**
 * The size effect after an event in one region, from French's regional daily factors: SMB and the market
 * over the first 1, 3, 5 and 20 sessions of the region's own calendar, and the event month's SMB with its
 * rank among the months since the data begin and "widest since" in the direction it went.
 *
 * Conventions (stated in every output): returns in US dollars; SMB is French's small-minus-big with the
 * region's own breakpoints; the market is Mkt-RF + RF; "k sessions" is the window [t0, t0+k−1] of the
 * region's trading days (the dates of its French file); returns compound daily from the base close
 * (SMB as a long-short position rebalanced daily); a month's SMB compounds its daily SMB, so it is close to
 * but not the same as French's monthly SMB; the month rank counts the months up to the event's month
 * ("as it stood at the time"), in the direction of the event month's sign.
 */
import { fromDay } from '../calendar/dates.ts';
import {
  anchorEvent,
  type NewsTiming,
  type TradingCalendar,
  windowCloses,
} from '../calendar/trading-days.ts';
import { alignReturns, returnOver, type Series } from '../events/series.ts';
import { compound, compoundPath } from '../math/compound.ts';
import { largestSince, SINCE_START } from '../records/largest-since.ts';
import { rankAt } from '../records/rank.ts';
import { type RegionSetStanding, regionSetStanding } from './region-set.ts';

/** One window's values (decimals). */
export interface RegionWindow {
  sessions: number;
  baseDate: string;
  endDate: string;
  smb: number;
  market: number;
}

/** The regional snapshot. */
export interface RegionSnapshot {
  region: string;
  eventDate: string;
  /** When the news came (the t0 rule). */
  timing: NewsTiming;
  t0: string;
  baseDate: string;
  windows: RegionWindow[];
  /**
   * Day by day from the base close to the last window's end: each close's SMB and market compounded since
   * the base close (decimals; the base close is 0). What the report's chart draws.
   */
  path: { dates: string[]; smb: number[]; market: number[] };
  month: {
    month: string;
    smb: number;
    /** 'small caps ahead' when SMB >= 0, else 'small caps behind'. */
    direction: 'high' | 'low';
    rank: number;
    of: number;
    firstMonth: string;
    /** The latest earlier month at least as extreme in the same direction, or null for a record. */
    since: { month: string; smb: number } | null;
    /** True when the data end inside the event month: the value is month-to-date (provisional). */
    partial: boolean;
  } | null;
  /** The event among its set (regional, else US elections) over the first three sessions, or null. */
  set: RegionSetStanding | null;
  sources: string[];
  /** The datasets read, with their vintages (from the series' `source`, 'dataset daily, vintage'). */
  data: { name: string; vintage: string | null }[];
  conventions: string[];
}

const SESSIONS = [1, 3, 5, 20];

/**
 * The regional snapshot of an event.
 * @example regionSnapshot('Europe', smb, market, cal, '2016-06-23').windows[0].smb // SMB on 2016-06-24
 */
export function regionSnapshot(
  region: string,
  smb: Series,
  market: Series,
  calendar: TradingCalendar,
  eventDate: string,
  timing: NewsTiming = 'after-close',
): RegionSnapshot {
  const anchor = anchorEvent(calendar, eventDate, timing);
  const rs = alignReturns(smb, calendar);
  const rm = alignReturns(market, calendar);
  const windows: RegionWindow[] = [];
  for (const k of SESSIONS) {
    if (anchor.t0 + k - 1 >= calendar.days.length) break;
    const w = windowCloses(calendar, anchor, 0, k - 1);
    windows.push({
      sessions: k,
      baseDate: fromDay(calendar.days[w.from]),
      endDate: fromDay(calendar.days[w.to]),
      smb: returnOver(rs, w),
      market: returnOver(rm, w),
    });
  }
  const end = windows.length ? anchor.t0 + windows[windows.length - 1].sessions - 1 : anchor.base;
  const dates: string[] = [];
  for (let i = anchor.base; i <= end; i++) dates.push(fromDay(calendar.days[i]));
  return {
    region,
    eventDate,
    timing,
    t0: fromDay(calendar.days[anchor.t0]),
    baseDate: fromDay(calendar.days[anchor.t0 - 1]),
    windows,
    path: {
      dates,
      smb: Array.from(compoundPath(rs, anchor.base, anchor.base, end)),
      market: Array.from(compoundPath(rm, anchor.base, anchor.base, end)),
    },
    set:
      anchor.t0 + 2 < calendar.days.length
        ? regionSetStanding(rs, calendar, eventDate, [0, 2], `${region} SMB`)
        : null,
    month: monthRecord(rs, calendar, fromDay(calendar.days[anchor.t0]).slice(0, 7)),
    sources: [
      `${smb.name}: ${smb.basis}; ${smb.source}`,
      `${market.name}: ${market.basis}; ${market.source}`,
    ],
    data: [...new Set([smb.source, market.source])].map((src) => {
      const m = /^(.*?) daily, (.+)$/.exec(src ?? '');
      return m ? { name: m[1], vintage: m[2] } : { name: src ?? smb.name, vintage: null };
    }),
    conventions: [
      "in US dollars; SMB, French regional breakpoints (big = the top 90% of the region's market cap); market = Mkt-RF + RF",
      `"k sessions" = [t0, t0+k−1] on ${region}'s trading days (the dates of its French file); news ${timing}: t0 = ${fromDay(calendar.days[anchor.t0])}, base = close of ${fromDay(calendar.days[anchor.t0 - 1])}`,
      'returns compound daily from the base close; SMB compounds as a long-short position rebalanced daily',
      "a month's SMB compounds its daily SMB; its rank counts the months up to the event's month, in the direction of its sign",
    ],
  };
}

function monthRecord(rs: Float64Array, cal: TradingCalendar, eventMonth: string): RegionSnapshot['month'] {
  // Each month's SMB: its daily SMB compounded from the close before its first day to its last close.
  const months: string[] = [];
  const values: number[] = [];
  let first = 0;
  for (let i = 0; i < cal.days.length; i++) {
    const m = fromDay(cal.days[i]).slice(0, 7);
    const next = i + 1 < cal.days.length ? fromDay(cal.days[i + 1]).slice(0, 7) : '';
    if (next === m) continue;
    months.push(m);
    values.push(compound(rs, first - 1, i));
    first = i + 1;
  }
  const k = months.indexOf(eventMonth);
  if (k < 0) return null;
  const v = values.slice(0, k + 1);
  const direction = v[k] >= 0 ? 'high' : 'low';
  const r = rankAt(v, k, { direction });
  const j = largestSince(v, { direction })[k];
  return {
    month: eventMonth,
    smb: v[k],
    direction,
    rank: r.rank,
    of: r.of,
    firstMonth: months[0],
    since: j === SINCE_START || j < 0 ? null : { month: months[j], smb: v[j] },
    partial: k === months.length - 1,
  };
}

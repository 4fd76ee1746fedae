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
import { largestSince, SINCE_START } from '../records/largest-since.ts';
import { rankAt } from '../records/rank.ts';

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
  t0: string;
  baseDate: string;
  windows: RegionWindow[];
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
  sources: string[];
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
  return {
    region,
    eventDate,
    t0: fromDay(calendar.days[anchor.t0]),
    baseDate: fromDay(calendar.days[anchor.t0 - 1]),
    windows,
    month: monthRecord(rs, calendar, fromDay(calendar.days[anchor.t0]).slice(0, 7)),
    sources: [
      `${smb.name}: ${smb.basis}; ${smb.source}`,
      `${market.name}: ${market.basis}; ${market.source}`,
    ],
    conventions: [
      "in US dollars; SMB, French regional breakpoints (big = the top 90% of the region's market cap); market = Mkt-RF + RF",
      `"k sessions" = [t0, t0+k−1] on ${region}'s trading days (the dates of its French file); news ${timing}: t0 = ${fromDay(calendar.days[anchor.t0])}, base = close of ${fromDay(calendar.days[anchor.t0 - 1])}`,
      'returns compound daily from the base close; SMB compounds as a long-short position rebalanced daily',
      "a month's SMB compounds its daily SMB; its rank counts the months up to the event's month, in the direction of its sign",
    ],
  };
}

function monthRecord(rs: Float64Array, cal: TradingCalendar, eventMonth: string): RegionSnapshot['month'] {
  const months: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < cal.days.length; i++) {
    const m = fromDay(cal.days[i]).slice(0, 7);
    if (months[months.length - 1] !== m) {
      months.push(m);
      values.push(1);
    }
    values[values.length - 1] *= 1 + rs[i];
  }
  const k = months.indexOf(eventMonth);
  if (k < 0) return null;
  const v = values.map((x) => x - 1).slice(0, k + 1);
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

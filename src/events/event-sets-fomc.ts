/**
 * The Federal Reserve's changes to its federal funds rate target, 2001–2025: the FOMC's announcements as
 * listed in the Board's table of target-rate changes (federalreserve.gov, Monetary Policy > Open Market
 * Operations; 2008-12-16 on, the target range), one event per change, typed from that table. Meetings
 * that left the rate where it was are not events here.
 *
 * Timing: scheduled decisions were published at 14:15 New York time until 2012 and at 14:00 since 2013,
 * during the session, so they are `intraday`: t0 is the announcement day and the base the close before it
 * (the day-0 return holds the morning before the news, the usual close-to-close convention for FOMC days).
 * Unscheduled moves keep their own hour: 2001-01-03 (13:13), 2001-04-18 (10:54) and 2020-03-03 (10:00)
 * intraday; 2001-09-17 (before trading resumed after 11 September), 2008-01-22 (08:20) and 2008-10-08
 * (07:00, coordinated with other central banks) before the open; 2020-03-15, a Sunday evening, before the
 * open of the next session (t0 = 2020-03-16).
 */
import type { MarketEvent } from './event-sets.ts';

/** [date, change in basis points (of the target, and from 2008-12-16 of the range's upper bound: 1.00% to 0.25%), timing if not intraday]. */
export const FOMC_CHANGES: readonly [string, number, ('before-open' | 'intraday')?][] = [
  ['2001-01-03', -50],
  ['2001-01-31', -50],
  ['2001-03-20', -50],
  ['2001-04-18', -50],
  ['2001-05-15', -50],
  ['2001-06-27', -25],
  ['2001-08-21', -25],
  ['2001-09-17', -50, 'before-open'],
  ['2001-10-02', -50],
  ['2001-11-06', -50],
  ['2001-12-11', -25],
  ['2002-11-06', -50],
  ['2003-06-25', -25],
  ['2004-06-30', 25],
  ['2004-08-10', 25],
  ['2004-09-21', 25],
  ['2004-11-10', 25],
  ['2004-12-14', 25],
  ['2005-02-02', 25],
  ['2005-03-22', 25],
  ['2005-05-03', 25],
  ['2005-06-30', 25],
  ['2005-08-09', 25],
  ['2005-09-20', 25],
  ['2005-11-01', 25],
  ['2005-12-13', 25],
  ['2006-01-31', 25],
  ['2006-03-28', 25],
  ['2006-05-10', 25],
  ['2006-06-29', 25],
  ['2007-09-18', -50],
  ['2007-10-31', -25],
  ['2007-12-11', -25],
  ['2008-01-22', -75, 'before-open'],
  ['2008-01-30', -50],
  ['2008-03-18', -75],
  ['2008-04-30', -25],
  ['2008-10-08', -50, 'before-open'],
  ['2008-10-29', -50],
  ['2008-12-16', -75],
  ['2015-12-16', 25],
  ['2016-12-14', 25],
  ['2017-03-15', 25],
  ['2017-06-14', 25],
  ['2017-12-13', 25],
  ['2018-03-21', 25],
  ['2018-06-13', 25],
  ['2018-09-26', 25],
  ['2018-12-19', 25],
  ['2019-07-31', -25],
  ['2019-09-18', -25],
  ['2019-10-30', -25],
  ['2020-03-03', -50],
  ['2020-03-15', -100, 'before-open'],
  ['2022-03-16', 25],
  ['2022-05-04', 50],
  ['2022-06-15', 75],
  ['2022-07-27', 75],
  ['2022-09-21', 75],
  ['2022-11-02', 75],
  ['2022-12-14', 50],
  ['2023-02-01', 25],
  ['2023-03-22', 25],
  ['2023-05-03', 25],
  ['2023-07-26', 25],
  ['2024-09-18', -50],
  ['2024-11-07', -25],
  ['2024-12-18', -25],
  ['2025-09-17', -25],
  ['2025-10-29', -25],
  ['2025-12-10', -25],
];

/** Moves made between scheduled meetings. */
const UNSCHEDULED = new Set([
  '2001-01-03',
  '2001-04-18',
  '2001-09-17',
  '2008-01-22',
  '2008-10-08',
  '2020-03-03',
  '2020-03-15',
]);

/**
 * Every change to the Fed's rate target from `from` to `to` (years), tagged `us`, `fomc`, `hike` or `cut`,
 * and `unscheduled` for moves between meetings.
 * @example fomcChanges(2022, 2022).map((e) => e.date)[0] // '2022-03-16'
 */
export function fomcChanges(from = 2001, to = 2025): MarketEvent[] {
  return FOMC_CHANGES.filter(([d]) => Number(d.slice(0, 4)) >= from && Number(d.slice(0, 4)) <= to).map(
    ([date, bp, timing]) => {
      const kind = bp > 0 ? 'hike' : 'cut';
      const size = date === '2008-12-16' ? 'to a 0-0.25% range' : `${Math.abs(bp)} bp`;
      const extra = UNSCHEDULED.has(date) ? ', unscheduled' : '';
      return {
        date,
        timing: timing ?? 'intraday',
        label: `${date.slice(0, 4)} Fed rate ${kind} (${size}${extra})`,
        tags: ['us', 'fomc', kind, ...(extra ? ['unscheduled'] : [])],
      };
    },
  );
}

/**
 * The first cut of each easing cycle the table holds: a cut whose previous change was a hike. The table's
 * first entry, 2001-01-03, is one too: in the Board's same table the change before it is a 50 bp hike on
 * 2000-05-16, before this table's years. A cut after a pause in cutting (2025-09-17, nine months after the
 * 2024-12-18 cut, with no hike between) continues its cycle.
 * @example fomcFirstCuts().map((e) => e.date) // ['2001-01-03', '2007-09-18', '2019-07-31', '2024-09-18']
 */
export function fomcFirstCuts(): MarketEvent[] {
  const all = fomcChanges();
  return all
    .filter((e, i) => e.tags.includes('cut') && (i === 0 || all[i - 1].tags.includes('hike')))
    .map((e) => ({
      ...e,
      label: `${e.date.slice(0, 4)} Fed first cut of an easing cycle`,
      tags: [...e.tags, 'first-cut'],
    }));
}

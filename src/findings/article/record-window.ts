/**
 * The window a record phrase gives a number stated beside it with no window of its own ("The Russell 2000
 * fell 1.5 percent, its third-worst day …": that day; "on track for its best month since 2011, up 11%": the
 * month to date; "posted its best week since 2011, rising 10.2%": the last whole week).
 * - day, week after an event ("its worst two-day post-election drop", "its best post-election week"): the N
 *   sessions or the week after the news (--event); else a day is the session ending the article's date;
 * - week: running ("on track for", "heading for") the week so far; else the last whole week on or before the
 *   article's date (its own on the week's last session, else the week before: "in the latest week");
 * - month: running, the month to date; else the article's month (as ./record-claim.ts ranks a record alone),
 *   in its first five days the month just ended;
 * - year: a tally ("in six of the past seven years") through the last whole year; else the year to date.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { nyseSessions } from '../../calendar/index.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadOptions, RecordPhrase, TextSpan } from '../claim-read.ts';
import { isEventRecord } from '../event-rank.ts';
import { lastWeekEnd, previousSession, weekEndOf } from './dates.ts';
import { attachRecord } from './record-attach.ts';
import { rebaseLookback } from './record-lookback.ts';
import { anyMonth } from './record-month-day.ts';
import type { RecordHit } from './records.ts';
import { endsWeek, weekSoFar } from './window-periods.ts';

/**
 * The record's period as a window, or undefined (no period, or no date to place it).
 * @example recordWindow({ kind: 'best-on-record', period: 'week', words: 'best week' }, { to: '2016-11-14' }) // { kind: 'week', weekEnd: '2016-11-11' }
 */
export function recordWindow(r: RecordPhrase, o: ReadOptions): ClaimWindow | undefined {
  if (!o.to) return undefined;
  if (r.period === 'day' && o.event && isEventRecord(r.words))
    return { kind: 'sessions', event: o.event, sessions: r.stretch ?? 1 };
  // "had fallen in nine of the previous 10 sessions": the sessions before the article's day, not through it.
  const day = r.tally && /\b(?:previous|prior)\b/i.test(r.words) ? previousSession(o.to) : o.to;
  if (r.period === 'day') return { kind: 'dates', from: previousSession(day), to: day };
  if (r.period === 'week') {
    // "its best post-election week on record": the week after the event, ranked after every earlier one.
    if (o.event && isEventRecord(r.words)) return { kind: 'week', event: o.event };
    if (r.provisional) return weekSoFar(o.to).window;
    return { kind: 'week', weekEnd: endsWeek(o.to) ? weekEndOf(o.to) : lastWeekEnd(o.to) };
  }
  if (r.period === 'month' && r.provisional)
    return { kind: 'month-to-date', month: o.to.slice(0, 7), to: o.to };
  // In a month's first days the month spoken of is the one just ended ("has now risen for five straight
  // months" on Dec. 2), as a year's is in its first week.
  if (r.period === 'month')
    return {
      kind: 'month',
      month:
        o.to.slice(8) <= '05' ? fromDay(toDay(`${o.to.slice(0, 7)}-01`) - 1).slice(0, 7) : o.to.slice(0, 7),
    };
  // "in seven of the past 10 years": through the last whole calendar year before the article's; "the fourth
  // year in a row that small caps lagged": the year to the article's date (in its first week, the year
  // just ended); a quarter likewise.
  // On the year's last session the year is whole ("For the year, …" on Dec. 29, 2023).
  const y = Number(o.to.slice(0, 4)) + (r.tally && o.to >= lastSessionOf(o.to.slice(0, 4)) ? 1 : 0);
  if (r.period === 'year' && (r.tally || o.to.slice(5) <= '01-07'))
    return { kind: 'dates', from: `${y - 2}-12-31`, to: `${y - 1}-12-31` };
  if (r.period === 'year') return { kind: 'dates', from: `${y - 1}-12-31`, to: o.to };
  if (r.period === 'quarter') {
    const q = Math.floor((Number(o.to.slice(5, 7)) - 1) / 3);
    const from = q ? fromDay(monthEnd(toDay(`${y}-${String(3 * q).padStart(2, '0')}-01`))) : `${y - 1}-12-31`;
    return { kind: 'dates', from, to: o.to };
  }
  return undefined;
}

/**
 * "Its best start to a year", "… to a month": the year (the month) to the article's date, or undefined.
 * @example startWindow({ period: 'month', … }, { to: '2024-11-15' }) // { kind: 'month-to-date', month: '2024-11', to: '2024-11-15' }
 */
export function startWindow(r: RecordPhrase, o: ReadOptions): ClaimWindow | undefined {
  if (!o.to) return undefined;
  return r.period === 'month'
    ? { kind: 'month-to-date', month: o.to.slice(0, 7), to: o.to }
    : { kind: 'dates', from: `${Number(o.to.slice(0, 4)) - 1}-12-31`, to: o.to };
}

/** The last NYSE session of a year. */
function lastSessionOf(year: string): string {
  return fromDay(nyseSessions(`${year}-12-20`, `${year}-12-31`).at(-1) ?? toDay(`${year}-12-31`));
}

/**
 * The period of the first record phrase that has one, as a window (for a number the sentence gives no
 * window and the article no event: "The Dow fell 2.6%, its 10th straight decline" is the day's move).
 * @example recordsWindow(hits, { to: '2024-12-18' }) // { kind: 'dates', from: '2024-12-17', to: '2024-12-18' }
 */
export function recordsWindow(records: readonly RecordHit[], o: ReadOptions): ClaimWindow | undefined {
  for (const r of records) {
    const w = recordWindow(r.record, o);
    if (w) return w;
  }
  return undefined;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "its best November on record", "the worst June since 2002": a record among one calendar month's years. */
const CALENDAR_MONTH = new RegExp(
  `\\b(?:best|worst|biggest|strongest|weakest|largest)\\s+(${MONTHS.join('|')})\\b`,
  'i',
);

/**
 * Puts each record phrase on its claim (./record-claim.ts `attachRecord`) and gives a number with no window
 * of its own the record's period. A record among one calendar month ("its best November on record, up
 * 18.3%") gives the number that month (the last such month to the article's date, to date while it runs)
 * and is not kept: capgap ranks every month, not Novembers alone. Returns what the sentence should say
 * about records it could not keep.
 * @example placeRecords(records, claims, parts, 0, { to: '2020-11-30' }) // ['a record among Novembers only …']
 */
export function placeRecords(
  records: readonly RecordHit[],
  claims: ClaimReadings[],
  parts: TextSpan[],
  offset: number,
  o: ReadOptions,
  day?: ClaimWindow,
): string[] {
  const problems = new Set<string>();
  let placed: { from: string; to: ClaimWindow } | undefined;
  for (const why of records.map((r) => attachRecord(r, claims, parts, offset))) if (why) problems.add(why);
  for (const c of claims)
    for (const x of c.readings) {
      if (!x.record) continue;
      // "7.5 points, the most in any month since February 2000, as vaccine news on Nov. 9 …": the month.
      if (x.windowSource === 'sentence') x.window = anyMonth(x.window, x.record, o.to);
      const named = CALENDAR_MONTH.exec(x.record.words);
      if (named && o.to) {
        const m = MONTHS.indexOf(named[1].toLowerCase()) + 1;
        const month = `${Number(o.to.slice(0, 4)) - (m > Number(o.to.slice(5, 7)) ? 1 : 0)}-${String(m).padStart(2, '0')}`;
        if (x.windowSource === 'default') {
          const running = o.to.startsWith(month) && toDay(o.to) < monthEnd(toDay(o.to));
          x.window = running ? { kind: 'month-to-date', month, to: o.to } : { kind: 'month', month };
          x.windowSource = 'sentence';
        }
        // "its best November since 1928": ranked among Novembers only (../evaluate-record.ts, sameMonth).
        x.record = { ...x.record, period: 'month', ofMonth: m };
        continue;
      }
      // A record among days, in an article that last spoke of the news's day: that day ("… on the first
      // trading day after the referendum. … the Russell 2000 slid 3.8%, … both their worst days since 2011").
      const lastDay =
        x.record.period === 'day' && !x.record.stretch && day?.kind === 'sessions' ? day : undefined;
      const rw = x.windowSource === 'default' ? (lastDay ?? recordWindow(x.record, o)) : undefined;
      if (rw) placed ??= { from: JSON.stringify(x.window), to: rw };
      if (rw) x.window = rw;
      // "jumped 5.8% on Nov. 6, …, its biggest one-day gain in a year": a year back from that day.
      const w = x.window;
      // A month's record "of the year" ranks within that month's year ("December was its worst month of the year").
      const ofYear = w.kind === 'month' && /\b(?:of\s+the|this)\s+year\b/i.test(x.record.words ?? '');
      const end =
        w.kind === 'dates' || w.kind === 'since'
          ? w.to
          : w.kind === 'week'
            ? w.weekEnd
            : ofYear
              ? `${w.month}-01`
              : undefined;
      if (end) rebaseLookback(x.record, end);
    }
  // "Value stocks rose 5.2%, their best day since March, while growth stocks were flat": the record's day is
  // the sentence's, for every number that names no period of its own (or carries the one the record moved).
  const moved = (x: ClaimReadings['readings'][number]) =>
    x.windowSource === 'default' ||
    (x.windowSource === 'carried' && JSON.stringify(x.window) === placed?.from);
  for (const c of claims)
    for (const x of c.readings)
      if (placed && moved(x) && (!x.record || x.windowSource === 'carried')) x.window = placed.to;
  return [...problems];
}

/** Whether a stated window is one period of a record's kind (a session, a week, a month). */
export function sameKind(w: ClaimWindow, period: string | undefined): boolean {
  // "The Russell 2000 jumped 5.8% on Wednesday. Its gain was its biggest since November 2022": no period named,
  // the one the move told was over (a day, a week, a month).
  if (period === undefined) return ['day', 'week', 'month'].some((p) => sameKind(w, p));
  if (period === 'week') return w.kind === 'week';
  // "… 10.8% in November. That was the widest monthly margin …": the month just named.
  if (period === 'month') return w.kind === 'month' || w.kind === 'month-to-date';
  if (period !== 'day') return false;
  if (w.kind === 'sessions') return w.sessions === 1;
  return w.kind === 'dates' && previousSession(w.to) === w.from;
}

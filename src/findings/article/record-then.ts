/**
 * The number that says what the period breaking a record's run was: "its strongest month since December
 * 2023, when it rallied 12.1%" (the Russell 2000's December 2023), "its best day since Nov. 10, 2022, when
 * it soared 6.1%" (that session), "its best year since 2003, when it gained 45%" (that year). The number's
 * window is the period the record names, not the sentence's; a year named for a shorter period ("the
 * widest monthly gap since 2008, when it was 9.8 points": which month?) names none; with no period named,
 * the date's own ("the widest gap since April 2010, when the spread was 9.8 points": April 2010). And the
 * number a tally's stretch leads to: "has risen in seven of the past 10 sessions, gaining 3%" (those 10); and a
 * number after ", when": the time named just before ("until Monday, when it closed at 2,434.98").
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { TextSpan } from '../claim-read.ts';
import {
  lastMonthBefore,
  lastWeekEnd,
  monthNumber,
  previousSession,
  sessionsBack,
  weekEndOf,
} from './dates.ts';
import { HEDGE } from './hedges.ts';
import type { RecordHit } from './records.ts';
import { isOneDay } from './same-period.ts';
import { endsWeek } from './window-periods.ts';
import type { WindowHit } from './windows.ts';

/**
 * What lies between the record's words and the number: ", when it rallied", "— when the spread was", or a
 * bracket opening on it ("since Nov. 10, 2022 (+6.1%)", "since Nov 2022 (the CPI day, +6.1%)").
 */
const WHEN = /^\.?\s*(?:[,;—–]\s*when\s+[^,;.%\d—–()]{0,60}|\(\s*(?:[^,;.%\d()]{1,40},\s*)?)$/i;
/** How `WHEN` opens, for a record's words with no number read yet (./record-alone.ts). */
export const THEN_OPEN = /^\.?\s*(?:[,;—–]\s*when\s|\()/i;

/**
 * The date the record's words end on: "since Nov. 10, 2022", "since December 2023", "since 2003", "since July"
 * (the last July before the article's date).
 */
const SINCE_DATE =
  /\bsince\s+(?:([a-z]{3,9})\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+|$))?((?:19|20)\d\d)?$/i;

/**
 * The window of the number at `q` when a record's ", when …" clause leads to it, else undefined.
 * @example recordThen('its best day since Nov. 10, 2022, when it soared 6.1%', q, records) // { kind: 'dates', from: '2022-11-09', to: '2022-11-10' }
 */
export function recordThen(
  t: string,
  q: TextSpan,
  records: readonly RecordHit[],
  to?: string,
): ClaimWindow | undefined {
  const r = records.find((h) => h.end <= q.start && WHEN.test(t.slice(h.end, q.start)));
  if (!r) return undefined;
  const d = SINCE_DATE.exec(t.slice(r.start, r.end));
  const m = d?.[1] ? monthNumber(d[1]) : undefined;
  if (!d || (!d[3] && !(m && to))) return undefined;
  // "the widest since July, when …": the last July before the article's date ("since Nov. 10": the last Nov. 10).
  const month = !m
    ? ''
    : d[3]
      ? `${d[3]}-${String(m).padStart(2, '0')}`
      : (lastMonthBefore(d[1], to, d[2] ? Number(d[2]) : undefined) ?? '');
  const year = d[3] ?? month.slice(0, 4);
  // No period named ("the widest gap since April 2010"): the one the date names, a day or a month.
  const period = r.record.period ?? (d[2] ? 'day' : month ? 'month' : undefined);
  if (period === 'day' && month && d[2]) {
    const day = `${month}-${d[2].padStart(2, '0')}`;
    return { kind: 'dates', from: previousSession(day), to: day };
  }
  if (period === 'month' && month) return { kind: 'month', month };
  if (period === 'year' && !month)
    return { kind: 'dates', from: `${Number(year) - 1}-12-31`, to: `${year}-12-31` };
  return undefined;
}

/**
 * Why a number a record's ", when …" or bracket leads to is not read, when its period is not named: "its best
 * day since Nov 2022 (+6.1%)" is a day of November 2022 the record's check finds, not the sentence's day ("…,
 * when it tumbled 5.3 percent the day after Obama's first victory" names its own). Asked once `recordThen`
 * found no window, so a date-named record's number never gets here.
 */
export function thenUnread(
  t: string,
  q: TextSpan,
  records: readonly RecordHit[],
  windows: readonly WindowHit[],
): string | undefined {
  const r = records.find((h) => h.end <= q.start && WHEN.test(t.slice(h.end, q.start)));
  if (!r) return undefined;
  if (windows.some((h) => h.start >= q.end && !/[,;()]/.test(t.slice(q.end, h.start)))) return undefined;
  return `the value of the ${r.record.period ?? 'period'} the record's run goes back to ("${r.record.words}"), which the record's check names; to check the number, name its ${r.record.period ?? 'period'} ("since Nov. 10, 2022, when it rose 6.1%")`;
}

/**
 * A participle after a tally that gives the stretch's move: ", gaining 3%", ", up a combined 6%", ", trailing by
 * an average of 6 points a year".
 */
const STRETCH_MOVE = new RegExp(
  String.raw`^\s*,\s*(?:(?:gaining|losing|rising|falling|adding|climbing|shedding|dropping|slipping|up|down)\s+(?:a\s+(?:combined|cumulative|total(?:\s+of)?)\s+)?|(?:trailing|lagging|beating|outpacing|underperforming|outperforming)\s+(?:[\w-]+\s+){0,3}?by\s+(?:an\s+average\s+of\s+|a\s+(?:combined|cumulative)\s+)?)${HEDGE}$`,
  'i',
);
/** "… and is up 12% over that span": a clause after the tally, its period said after the number. */
const AND_MOVE = new RegExp(
  String.raw`^\s*,?\s+and\s+(?:(?:is|are|was|were|has|have|had|been|now)\s+){0,2}(?:up|down|higher|lower|gained|lost|rose|fell|risen|fallen|added|climbed)\s+${HEDGE}$`,
  'i',
);
const THAT_SPAN =
  /^\s+(?:over|in|during|across)\s+(?:that|this|the\s+same)\s+(?:span|stretch|time|period|run)\b/i;

/**
 * The stretch a tally of the last N sessions or weeks counts, for the move stated right after it ("has risen
 * in seven of the past 10 sessions, gaining 3%": the 10 sessions to the article's date `to`; "in seven of the
 * past 10 weeks and is up 12% over that span": the 10 weeks to the last week's end), or a streak counts ("has
 * fallen for five straight sessions, losing a combined 12%": the five sessions; "in eight of the past ten years,
 * trailing by an average of 6 points a year": the ten whole years to the last), else undefined.
 * @example tallyStretch('has risen in seven of the past 10 sessions, gaining 3%', q, records, '2025-01-02') // { kind: 'dates', from: '2024-12-17', to: '2025-01-02' }
 */
const OWN_PERIOD =
  /^\s+(?:(?:this|last|on\s+the|for\s+the|in\s+the|over\s+the)\s+(?:week|day|session|month)|today|yesterday)\b/i;

export function tallyStretch(
  t: string,
  q: TextSpan,
  records: readonly RecordHit[],
  to: string | undefined,
): ClaimWindow | undefined {
  const leads = (h: RecordHit) =>
    STRETCH_MOVE.test(t.slice(h.end, q.start)) ||
    (AND_MOVE.test(t.slice(h.end, q.start)) && THAT_SPAN.test(t.slice(q.end)));
  // ("rose for a third straight week, gaining 4.5% this week": the number names its own period.)
  if (OWN_PERIOD.test(t.slice(q.end))) return undefined;
  const r = records.find((h) => h.end <= q.start && leads(h));
  const tally = r?.record.tally;
  // "It has fallen for five straight sessions, losing a combined 12%": a streak's run, to the article's date.
  const streak = !tally && (r?.record.streak ?? 0) > 1 ? r?.record.streak : undefined;
  const n = tally?.of ?? streak;
  if (!r || !n || !to || (tally && !/\b(?:past|last)\b/i.test(r.record.words))) return undefined;
  if (r.record.period === 'day') return { kind: 'dates', from: sessionsBack(to, n), to };
  // "in eight of the past ten years, trailing by an average of 6 points a year": the ten whole years to the last.
  const year = Number(to.slice(0, 4)) - (to.slice(5) >= '12-29' ? 0 : 1);
  if (r.record.period === 'year') return { kind: 'dates', from: `${year - n}-12-31`, to: `${year}-12-31` };
  if (r.record.period !== 'week') return undefined;
  const end = endsWeek(to) ? weekEndOf(to) : lastWeekEnd(to);
  return { kind: 'dates', from: fromDay(toDay(end) - 7 * n), to: end };
}

/**
 * The window named right before a ", when …" clause holding the number at `q`, or undefined: "kept climbing until
 * Monday, when it closed at 2,434.98" is Monday's close; "rallied into Nov. 25, when it hit a record 2,442.03",
 * that day's. Only the words ", when …" may stand between the window phrase and the number.
 * @example whenNamed('kept climbing until Monday, when it closed at 2,434.98', q, hits) // Monday
 */
export function whenNamed(t: string, q: TextSpan, windows: readonly WindowHit[]): ClaimWindow | undefined {
  const h = windows.findLast((w) => w.end <= q.start && w.window && !w.endOnly);
  // A day only: "far less than in 2016, when it rose 9%" is the same stretch that year (./same-period.ts).
  return h?.window && isOneDay(h.window) && WHEN.test(t.slice(h.end, q.start)) ? h.window : undefined;
}

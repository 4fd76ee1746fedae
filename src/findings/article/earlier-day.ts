/**
 * The day of an earlier close, from the words right after it: "up from 1,191.39 at the end of October" (the
 * last session of October), "at the start of the year" (the last close of the year before), "at the end of
 * last week", "a week earlier", "a year ago" (the last session on or before that calendar day, counted back
 * from the article's date). Dates and weekdays are window phrases (./windows.ts), read before these.
 */
import { fromDay, monthStart, toDay, weekday, ymd } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import { MONTH_RE, monthNumber } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';

const PERIOD = `(?:(last|this|the|previous|prior)\\s+(week|month|quarter|year)|(${MONTH_RE})(?:\\s+(\\d{4}))?|(\\d{4}))`;
const EDGE = new RegExp(
  `^\\s*(?:points?\\s+|pts\\s+)?(?:at|by)\\s+the\\s+(end|close|start|beginning|turn)\\s+of\\s+(?:the\\s+)?${PERIOD}\\b`,
  'i',
);
const AGO =
  /^\s*(?:points?\s+|pts\s+)?(a|one|two|three|four|five|six|\d{1,2})\s+(day|week|month|year)s?\s+(?:ago|earlier|before)\b/i;

/** A one-day window: the close of the last session on or before `day`. */
const onDay = (day: number): ClaimWindow => ({ kind: 'dates', from: fromDay(day), to: fromDay(day) });

/** The first day of the month `k` months after the one holding `day` (k may be negative). */
function monthsFrom(day: number, k: number): number {
  const { year, month } = ymd(day);
  const n = year * 12 + (month - 1) + k;
  return toDay(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`);
}

/** The last day of the period an edge phrase names, counted from the article's day `ref`; and its start. */
function period(m: RegExpExecArray, ref: number): { first: number; last: number } {
  const [rel, unit, month, monthYear, year] = [m[2]?.toLowerCase(), m[3]?.toLowerCase(), m[4], m[5], m[6]];
  const r = ymd(ref);
  if (year) return { first: toDay(`${year}-01-01`), last: toDay(`${year}-12-31`) };
  if (month) {
    const k = monthNumber(month);
    let y = monthYear ? Number(monthYear) : r.year;
    // "at the end of October" in November: this year's; "at the end of December" in March: last year's.
    if (!monthYear && toDay(`${y}-${String(k).padStart(2, '0')}-01`) > ref) y -= 1;
    const first = toDay(`${y}-${String(k).padStart(2, '0')}-01`);
    return { first, last: monthsFrom(first, 1) - 1 };
  }
  const back = rel === 'last' || rel === 'previous' || rel === 'prior' ? 1 : 0;
  if (unit === 'week') {
    // Weeks end on Friday: this week's Friday on or after the article's day, less a week for "last week".
    const friday = ref + ((5 - weekday(ref) + 7) % 7) - 7 * back;
    return { first: friday - 6, last: friday };
  }
  const size = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  const into = unit === 'quarter' ? (r.month - 1) % 3 : unit === 'year' ? r.month - 1 : 0;
  const first = monthsFrom(monthStart(ref), -into - size * back);
  return { first, last: monthsFrom(first, size) - 1 };
}

/**
 * The window of an earlier close named by the words `after` it, counted from the article's date `to`, or
 * undefined when they name no day capgap reads.
 * @example earlierDay(' at the end of October.', '2016-11-10') // { kind: 'dates', from: '2016-10-31', to: '2016-10-31' }
 */
export function earlierDay(after: string, to: string | undefined): ClaimWindow | undefined {
  if (!to) return undefined;
  const ref = toDay(to);
  const edge = EDGE.exec(after);
  if (edge) {
    const p = period(edge, ref);
    return onDay(/end|close/i.test(edge[1]) ? p.last : p.first - 1);
  }
  const ago = AGO.exec(after);
  if (!ago) return undefined;
  const n = ago[1].toLowerCase() === 'a' ? 1 : (NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]));
  const unit = ago[2].toLowerCase();
  if (unit === 'day') return onDay(ref - n);
  if (unit === 'week') return onDay(ref - 7 * n);
  const months = unit === 'month' ? n : 12 * n;
  // The same day of the month, or the month's last day ("a month before March 31" is Feb. 28 or 29).
  const back = monthsFrom(ref, -months) + ymd(ref).day - 1;
  return onDay(Math.min(back, monthsFrom(ref, 1 - months) - 1));
}

/**
 * The days a high's or a low's qualifier names ("its Nov. 25 high", "their August low", "its 2022 low", "this
 * year's high", "its 52-week high", "its pandemic low"): the closes an extreme is taken from (../claim.ts
 * `Extreme`). Used by the distance reader (./distance-claim.ts) and the untopped record (./untopped-record.ts).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import type { Extreme } from '../claim.ts';
import { DATE_RE, lastMonthBefore, MONTH_RE, monthNumber, resolveDate } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { namedEra } from './record-eras.ts';

/** The days a qualifier names: a day, a month or a third of one, a year, this year, an era, or a look-back. */
export function range(q: string, ref?: string): Pick<Extreme, 'from' | 'to' | 'lookback'> {
  const back = /\b(52|\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](week|month|year)\b/i.exec(q);
  if (back) {
    const n = NUMBER_WORDS[back[1].toLowerCase()] ?? Number(back[1]);
    return {
      lookback: Math.round(n * { week: 7, month: 365 / 12, year: 365 }[back[2].toLowerCase() as 'week']),
    };
  }
  const date = new RegExp(`(${DATE_RE})`, 'i').exec(q);
  // "its Nov. 25 high", "Monday's post-election peak": that day's close (a weekday only as a possessive).
  const dated =
    date && (/\d/.test(date[1]) || new RegExp(`^${date[1]}['’]s\\b`, 'i').test(q.slice(date.index)));
  const day = dated && resolveDate(date[1], { to: ref });
  if (day) return { from: day, to: day };
  const month = new RegExp(`\\b(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?`, 'i').exec(q);
  const ym =
    month &&
    (month[2]
      ? `${month[2]}-${String(monthNumber(month[1])).padStart(2, '0')}`
      : lastMonthBefore(month[1], ref, 1));
  const end = ym && fromDay(monthEnd(toDay(`${ym}-01`)));
  // "its late-October low", "their mid-March trough": the month's third (1–10, 11–20, 21 to its end).
  const part = month && /\b(early|mid|late)[- ]?$/i.exec(q.slice(0, month.index))?.[1].toLowerCase();
  const third = part ? ['early', 'mid', 'late'].indexOf(part) : -1;
  if (ym && end && third >= 0)
    return {
      from: `${ym}-${['01', '11', '21'][third]}`,
      to: third < 2 ? `${ym}-${['10', '20'][third]}` : end,
    };
  if (ym && end) return { from: `${ym}-01`, to: end };
  const year =
    /\b((?:19|20)\d{2})\b/.exec(q)?.[1] ??
    (/\b(?:this|the)\s+year'?s?\b|year[- ]to[- ]date/i.test(q) ? ref?.slice(0, 4) : undefined);
  if (year) return { from: `${year}-01-01`, to: `${year}-12-31` };
  // "its pandemic low", "their financial-crisis low": the era's years.
  const era = namedEra(q);
  return era ? { from: `${era.from}-01-01`, to: `${era.to}-12-31` } : {};
}

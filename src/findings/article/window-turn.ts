/**
 * A move from a high or a low the article spoke of before ("have since rebounded 8.5% from that low", "since the
 * October low"): its window runs from that turn's day (moved from ./window-as-of.ts).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow, Extreme } from '../claim.ts';
import type { ReadClaim, ReadOptions } from '../claim-read.ts';
import { MONTH_RE, monthNumber } from './dates.ts';

/**
 * A move from a turn the article spoke of just before: "from that low", "from the trough", "off that peak", "from
 * that mid-November trough", "since the October low" (group 1: a month named; group 2: a low's word); "to
 * month-end" after it (group 3) ends the move with the turn's month, "to year-end" (group 4) with its year.
 */
const FROM_THAT = new RegExp(
  String.raw`\b(?:from|off|since)\s+(?:that|this|the)\s+(?:(${MONTH_RE})\s+|[\w-]+\s+)?(?:(low|trough|bottom)|high|peak|top)\b(?:\s+(?:to|through)\s+(?:(month-end|the\s+end\s+of\s+(?:the\s+)?month)|(year-end|the\s+end\s+of\s+(?:the\s+)?year|the\s+year['’]s\s+end))\b)?`,
  'i',
);

/**
 * "At the trough on June 27, the Russell 2000 had fallen 7.0% … Small caps have since rebounded 8.5% from that
 * low": from the day the sentence before ended on to the article's date (`clause`: the number's clause); "from
 * that mid-November trough to month-end, small caps climbed about 6.8%": to the end of that day's month. A
 * dated high or low a distance was measured from (`extreme`: "up 22.2% from its Oct. 27 low") is that day:
 * "Small caps have outpaced the S&P 500 by 10 points since the October low" runs from Oct. 27. `last` is the
 * last day a sentence named ("Small caps peaked on Nov. 25. From that high to year-end, …"), else its stretch.
 */
export function fromThatLow(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  clause: string,
  last: ClaimWindow | undefined,
  o: ReadOptions,
  extreme?: Extreme,
): void {
  const m = FROM_THAT.exec(clause);
  if (w.source === 'sentence' || !o.to || !m) return;
  // A month named ("the October low") is the turn's: the dated extreme's, or the last stretch's end, in it.
  const inMonth = (d?: string) => !!d && (!m[1] || monthNumber(m[1]) === Number(d.slice(5, 7)));
  const side = m[2] ? 'low' : 'high';
  const dated =
    extreme?.from && extreme.from === extreme.to && extreme.side === side && inMonth(extreme.from);
  const before = last?.kind === 'dates' || last?.kind === 'since' ? last.to : undefined;
  const day = dated ? extreme.from : inMonth(before) ? before : undefined;
  const end = day && (m[3] ? monthEnd(toDay(day)) : m[4] ? toDay(`${day.slice(0, 4)}-12-31`) : undefined);
  const to = end ? fromDay(Math.min(end, toDay(o.to))) : o.to;
  // The sentence names the turn ("since the October low"): no later rule takes its period for a day's.
  if (day && day < to) [w.window, w.source] = [{ kind: 'dates', from: day, to }, 'sentence'];
}

/**
 * The year of a dateline that gives none, from a rate change the story reports: "NEW YORK, Dec 18 (Reuters) -
 * … after the Federal Reserve cut interest rates as expected" is 2024's (the Fed cut on Dec. 18, 2024 and on no
 * other Dec. 18 since 2001: ../../events/event-sets-fomc.ts), the change on the dateline's day or the day
 * before it, its side the verb's (a cut, a hike). Undefined when no change, or more than one, fits.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { FOMC_CHANGES } from '../../events/event-sets-fomc.ts';

/** "the Federal Reserve cut interest rates", "the Fed raised rates", "after the Fed's rate cut": a change's side. */
const CHANGE =
  /\b(?:Fed(?:eral\s+Reserve)?|FOMC|central\s+bank)\b(?:['’]s)?\s+(?:(?:on\s+\w+\s+|\w+\s+){0,2}?)(?:(cut|lowered|reduced|trimmed|slashed)|(raised|hiked|lifted|increased))\s+(?:(?:its\s+)?(?:key\s+|benchmark\s+|overnight\s+|policy\s+)*(?:interest\s+)?rates?|borrowing\s+costs)\b|\b(?:Fed(?:eral\s+Reserve)?|FOMC)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?rate\s+(?:(cut)|(hike|increase|rise))\b/i;

/**
 * The rate change a yearless dateline `monthDay` ("12-18") reports, or undefined.
 * @example fedDate('… after the Federal Reserve cut interest rates as expected …', '12-18') // { date: '2024-12-18', words: 'Federal Reserve cut interest rates' }
 */
export function fedDate(text: string, monthDay: string): { date: string; words: string } | undefined {
  const m = CHANGE.exec(text);
  if (!m) return undefined;
  const cut = !!(m[1] ?? m[3]);
  const fits = FOMC_CHANGES.filter(([date, bp]) => {
    if (cut !== bp < 0) return false;
    const after = toDay(`${date.slice(0, 4)}-${monthDay}`) - toDay(date);
    return after === 0 || after === 1 || fromDay(toDay(date) + 1).slice(5) === monthDay;
  });
  return fits.length === 1 ? { date: fits[0][0], words: m[0] } : undefined;
}

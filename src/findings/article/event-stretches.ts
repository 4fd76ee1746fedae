/**
 * Windows a sentence takes from the sentence before, when that one set one window per event side by side ("In
 * the 20 trading days after each of the last three elections, the Russell 2000 rose 14.2% (2016), 16.1% (2020)
 * and 7.7% (2024)"): "The S&P 500's moves over the same stretches were 4.7%, 7.3% and 3.9% respectively" takes
 * them in order; "Small caps beat large caps by 9.5 ppt in 2016, 8.8 ppt in 2020 and 3.8 ppt in 2024" takes,
 * for each year it names, the stretch after that year's event (before, the calendar years 2016, 2020, 2024).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings } from '../claim-read.ts';

/** "over the same stretches", "in the same periods": the plural of "the same period". */
const SAME_PLURAL = /\b(?:over|in|during|for|across)\s+the\s+same\s+(?:stretches|periods|windows|spans)\b/i;

/** The year of a calendar-year window ("in 2016": Dec. 31, 2015 to Dec. 31, 2016, or to the article's date). */
function calendarYear(w: ClaimWindow): string | undefined {
  if (w.kind !== 'dates' || !/-12-31$/.test(w.from)) return undefined;
  const y = String(Number(w.from.slice(0, 4)) + 1);
  return w.to.startsWith(y) ? y : undefined;
}

/**
 * Gives the readings of `claims` the per-event stretches of the returns stated before (`earlier`), when
 * there are two or more, as above; leaves them otherwise.
 * @example eventStretches('… over the same stretches were 4.7%, 7.3% and 3.9% respectively', claims, ctx.returns)
 */
export function eventStretches(
  t: string,
  claims: readonly ClaimReadings[],
  earlier: readonly { window: ClaimWindow }[] | undefined,
): void {
  // One window per event, in the order stated.
  const byEvent = new Map<string, ClaimWindow>();
  for (const { window: w } of earlier ?? [])
    if ((w.kind === 'sessions' || w.kind === 'since') && w.event && !byEvent.has(w.event))
      byEvent.set(w.event, w);
  const stretches = [...byEvent];
  if (stretches.length < 2) return;
  const inOrder = SAME_PLURAL.test(t) && claims.length === stretches.length;
  claims.forEach((c, i) => {
    // The year in so many words ("in 2016"), not a year to date ("Since the start of the year").
    const named = inOrder ? undefined : calendarYear(c.readings[0].window);
    const year = named && new RegExp(`\\b${named}\\b`).test(t) ? named : undefined;
    const w = inOrder ? stretches[i][1] : stretches.find(([event]) => !!year && event.startsWith(year))?.[1];
    if (!w) return;
    for (const r of c.readings) [r.window, r.windowSource] = [w, 'carried'];
    const why = year
      ? `"${year}" read as the stretch after that year's event, as the sentence before set them out`
      : 'the same stretches as the sentence before, in order';
    c.why = c.why ? `${c.why}; ${why}` : why;
  });
}

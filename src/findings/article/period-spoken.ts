/**
 * "in the quarter" after the article named one: "The fourth quarter belonged to small companies. The Russell
 * 2000 returned 31.0% in the quarter" in a letter of Jan. 12, 2021 is the fourth quarter of 2020 (the quarter
 * just spoken of, ended before the article), not the first quarter of 2021 to date.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim } from '../claim-read.ts';

/** "in the quarter", "over the quarter", "for the quarter": a quarter the sentence does not name. */
const THE_QUARTER = /^(?:in|over|during|across|for)\s+the\s+quarter$/i;

/** True when `w` is one whole calendar quarter: from a quarter's last day to the next one's. */
export function isWholeQuarter(w: ClaimWindow): boolean {
  if (w.kind !== 'dates') return false;
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const [a, b] = [ends.indexOf(w.from.slice(5)), ends.indexOf(w.to.slice(5))];
  const [ya, yb] = [Number(w.from.slice(0, 4)), Number(w.to.slice(0, 4))];
  return a >= 0 && b >= 0 && ya * 4 + a + 1 === yb * 4 + b;
}

/**
 * Gives "in the quarter" the whole quarter the article last spoke of (among its last four periods), when that
 * quarter ended before the article's date `to` and within 100 days of it; leaves `w` alone otherwise.
 * @example theQuarterSpoken(w, 'in the quarter', [{ kind: 'dates', from: '2020-09-30', to: '2020-12-31' }], '2021-01-12') // w.window: Q4 2020
 */
export function theQuarterSpoken(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  words: string | undefined,
  recent: readonly ClaimWindow[] | undefined,
  to?: string,
): void {
  if (!words || !to || !THE_QUARTER.test(words.trim())) return;
  const ended = (x: ClaimWindow) =>
    isWholeQuarter(x) &&
    x.kind === 'dates' &&
    x.to < to &&
    Date.parse(to) - Date.parse(x.to) <= 100 * 86_400_000;
  const last = recent?.slice(-4).reverse().find(ended);
  if (last) [w.window, w.source] = [last, 'carried'];
}

/**
 * A running total's earlier value: "The Russell 2000 is now up 4.8% since the vote, down from 7.7% on Monday" —
 * the 7.7% is the total since the vote as of Monday, not Monday's own move. And a total a day's move brought
 * it to: "IWM rose 1.5% on Monday, bringing its gain since the election to 7.8%" (", leaving it up", ", up")
 * is the total as of Monday, not as of the article's date.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim } from '../claim-read.ts';
import { HEDGE } from './hedges.ts';
import { isOneDay } from './same-period.ts';

/** "…, down from ", "…, up from ", "…, down from a lead of ": the words just before the earlier value. */
const DOWN_FROM = new RegExp(
  String.raw`\b(?:down|up|off)\s+from\s+(?:an?\s+(?:lead|gap|spread|margin|edge|advantage|gain|deficit)\s+of\s+)?${HEDGE}$`,
  'i',
);

/**
 * Moves the one-day window of a number after "down from" (`before`: its clause up to it) to the running total
 * `total` (the clause before's window, since the event) as of that day, in place.
 * @example runningFrom(w, 'is now up 4.8% since the vote, down from ', { kind: 'since', event: '2024-11-05', to: '2024-11-13' }) // w.window: since 2024-11-05 to Monday
 */
export function runningFrom(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  before: string,
  total: ClaimWindow | undefined,
): void {
  if (total?.kind !== 'since' || w.window?.kind !== 'dates' || !isOneDay(w.window) || !DOWN_FROM.test(before))
    return;
  [w.window, w.source] = [{ kind: 'since', event: total.event, to: w.window.to }, 'sentence'];
}

/** A clause that carries on the day's move to its total: ", bringing its gain … to ", ", leaving it up ", ", up ". */
const CARRIED_ON =
  /(?:^|,)\s*(?:(?:bringing|leaving|taking|pushing|lifting|putting|sending|extending|to\s+(?:bring|leave|take|push|lift|put|extend))\b[^,;]*|(?:up|down)\s+(?:by\s+)?)$/i;

/**
 * Ends the since window (ending on the article's date, `to`) of a number whose clause (`before`: up to it)
 * carries on the clause before's dated move (`day`: a day, or "Two days later, … down a further 4.6%, bringing
 * its loss since the cut to 7.4%": those days) at its last day, in place; returns `w`.
 * @example totalThen(w, ', bringing its gain since the election to ', monday, '2024-11-13') // w.window: since … to Monday
 */
export function totalThen<W extends { window?: ClaimWindow; source: ReadClaim['windowSource'] }>(
  w: W,
  before: string,
  day: ClaimWindow | undefined,
  to: string | undefined,
): W {
  if (w.window?.kind !== 'since' || w.window.to !== to || day?.kind !== 'dates') return w;
  if (day.to < (to ?? '') && CARRIED_ON.test(before)) w.window = { ...w.window, to: day.to };
  return w;
}

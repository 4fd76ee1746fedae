/**
 * A running total's earlier value: "The Russell 2000 is now up 4.8% since the vote, down from 7.7% on Monday" —
 * the 7.7% is the total since the vote as of Monday, not Monday's own move.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim } from '../claim-read.ts';
import { isOneDay } from './same-period.ts';

/** "…, down from ", "…, up from ", "…, off from ": the words just before the earlier value. */
const DOWN_FROM = /\b(?:down|up|off)\s+from\s+$/i;

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

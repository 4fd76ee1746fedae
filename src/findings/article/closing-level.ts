/**
 * A close told after the move that reached it: "… and rose 2.7% the next day, closing above 2,000 for the first
 * time since July", "gained 1.1% on Friday to end at 2,027.07". The close is that move's day, even when the
 * day's phrase belongs to the move alone ("the next day" beside the 2.7%: ./pick-window.ts `nearestParts`).
 */
import type { ClaimWindow } from '../claim.ts';
import type { Quantity } from './numbers.ts';
import { isOneDay } from './same-period.ts';
import type { WindowHit } from './windows.ts';

/** Between the move and the close: ", closing above", " to end at", ", finishing the session just below". */
const CLOSING =
  /^(?:\s+(?:on|the|next|day|following|session|[A-Z][a-z]+\.?|\d{1,2}))*,?\s+(?:closing|ending|finishing|settling|to\s+(?:close|end|finish|settle))\s+(?:the\s+(?:day|session)\s+)?(?:at|above|below|just\s+(?:above|below|under|over)|under|over|near)\s+(?:a\s+(?:record|high|low)\s+of\s+)?$/;

/**
 * The window of the move a close follows (the window the move took, `carried`), when `q` is such a close and
 * no window phrase sits between the close and the move but the move's own; else undefined.
 * @example closingWindow(t, q2000, quantities, hits, dec14) // dec14
 */
export function closingWindow(
  t: string,
  q: Quantity,
  quantities: readonly Quantity[],
  windows: readonly WindowHit[],
  carried: ClaimWindow | undefined,
): ClaimWindow | undefined {
  const move = quantities.findLast((x) => x.end <= q.start);
  if (!move || !carried || !isOneDay(carried) || move.unit !== 'percent') return undefined;
  if (!CLOSING.test(t.slice(move.end, q.start))) return undefined;
  // A day named after the comma is the close's own ("…, closing on Friday at 2,000").
  const own = windows.some(
    (h) => h.start >= move.end && h.end <= q.start && /,/.test(t.slice(move.end, h.start)),
  );
  return own ? undefined : carried;
}

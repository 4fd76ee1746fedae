/**
 * A wrap's move of the day, not the stretch since the event: "rose to close 2.6% higher", "closed up 0.5%", "rose
 * 0.4 percent to 1,315.64" (a move to a close, even after "since the election", or before a window a later
 * number or clause takes: "+0.55% to 3,824.68; +1.8% on the week"), an open's move, an intraday move, and with
 * no event and no period at all a simple past ("The S&P 600 rose 2.1%."). An article of the day after the event
 * keeps the event's window (the same session, its timing searched).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim, ReadOptions, TextSpan } from '../claim-read.ts';
import { builtInTiming } from '../convention-timing.ts';
import { previousSession } from './dates.ts';
import { intradayWords } from './modality.ts';
import type { Quantity } from './numbers.ts';
import { atTheOpen } from './open-move.ts';
import { closedDay, dayJustSpoken, simplePast } from './past-day.ts';
import { type ArticleContext, isOneDay } from './pick-window.ts';
import type { WindowHit } from './windows.ts';

const TO_LEVEL =
  /^\s*(?:,\s*or\s+[\d,.]+\s+(?:index\s+)?(?:points?|pts)\s*)?,?\s*to\s+(?:close\s+at\s+)?(?:(?:a|an)\s+(?:fresh\s+|new\s+)?(?:record|all-time)(?:\s+(?:high|close|closing\s+high))?(?:\s+of)?\s+)?(?:\$\d+(?:\.\d+)?|\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?)\b/i; // "to 2,392.92", "to $235.70", "5.8%, or 132.08 points, to 2,392.92"

/**
 * Gives `w` the session ending the article's day (or the day just spoken of) when number `q` is such a move.
 * @example dayMove(w, 'The S&P 500 rose 0.4 percent to 1,315.64.', q, 'return', seg, 'rose', [], [q], ctx, o)
 */
export function dayMove(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource']; missing?: string },
  t: string,
  q: Quantity,
  metric: string,
  seg: TextSpan,
  ownVerb: string | undefined,
  windows: readonly WindowHit[],
  quantities: readonly Quantity[],
  ctx: ArticleContext,
  o: ReadOptions,
): void {
  // "rose to close 2.6% higher", "closed up 0.5%": a wrap's move of the day, not the stretch since the event
  // (an article of the day after the event keeps the event's window: the same session, its timing searched).
  const toLevel = TO_LEVEL.test(t.slice(q.end, seg.end));
  // "rose 0.4 percent to 1,315.64" (even after "since the election"; not after "this week"): a move to a close
  // is the day's too; so, with no event and no period at all, is a simple past ("The S&P 600 rose 2.1%.").
  // So is an intraday move ("Small caps rose 1.2% in early trading"), though no data hold it.
  const bare = (!w.window && !o.event && simplePast(ownVerb)) || !!intradayWords(t);
  const daily =
    closedDay(t.slice(seg.start, q.start), t.slice(q.end), t.slice(q.start, q.end)) ||
    toLevel ||
    bare ||
    atTheOpen(t, q); // "The Russell 2000 opened 1.2% higher": from the last close to the day's open
  // (or a window after a later clause or number: "+0.55% to 3,824.68; +1.8% on the week" is the day's 0.55%)
  const next = (h: WindowHit) =>
    quantities.some((x) => x.start > q.end && x.end <= h.start && x.unit !== 'level');
  const later = windows.some(
    (h) => h.window === w.window && h.start >= q.end && (h.start >= seg.end || next(h)),
  );
  const carriedTo =
    toLevel && ((w.source === 'carried' && w.window?.kind === 'since' && simplePast(ownVerb)) || later);
  // Since a decision made during the session (the Fed's 2 p.m.), the day after is two sessions, not one.
  const during =
    w.window?.kind === 'since' && (builtInTiming(w.window.event) ?? 'after-close') !== 'after-close';
  const one = w.window && isOneDay(w.window) && !during;
  // (Right after a sentence about one day, that day: "… their worst day in two years on Wednesday. The Russell
  // 2000 tumbled 4.4% to 2,231.51" in an article of Thursday.)
  const spoken = w.source === 'default' ? dayJustSpoken(ctx) : undefined;
  if ((w.source === 'default' || carriedTo) && !one && metric === 'return' && o.to && daily)
    [w.window, w.source, w.missing] = [
      spoken ?? { kind: 'dates', from: previousSession(o.to), to: o.to },
      spoken ? 'carried' : 'default',
      undefined,
    ];
}

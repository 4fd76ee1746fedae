/**
 * A flow's window as its words adjust it: "have attracted $11.2 billion this year, up from $4.7 billion a week
 * earlier" (the same total, to a week before), "In the seven days through Nov. 16, IWM took in $1.4bn" (a flow
 * week, EPFR's or ICI's, not seven sessions).
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { TextSpan } from '../claim-read.ts';
import { monthsBefore } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';

const AGO = /^\s+(a|one|two|three|four)\s+(weeks?|months?)\s+(?:earlier|before|ago)\b/i;

/** Adjusts the flow's window `w` (in place) for the words around the number `q` in clause `seg` of `t`. */
export function flowWindow(w: { window?: ClaimWindow }, t: string, q: TextSpan, seg: TextSpan): void {
  // "have attracted $11.2 billion (this year), up from $4.7 billion a week earlier": the same total, to then.
  const ago = AGO.exec(t.slice(q.end, seg.end));
  if (ago && w.window?.kind === 'dates') {
    const n = NUMBER_WORDS[ago[1].toLowerCase()] ?? 1;
    const to = /week/i.test(ago[2]) ? fromDay(toDay(w.window.to) - 7 * n) : monthsBefore(w.window.to, n);
    w.window = { ...w.window, to };
  }
  // "In the seven days through Nov. 16, IWM took in $1.4bn": a flow week (EPFR's, ICI's), not seven sessions.
  if (w.window?.kind === 'dates' && /\b(?:seven|7)[- ]days?\s+(?:through|to|ended|ending)\b/i.test(t))
    w.window = { kind: 'week', weekEnd: w.window.to };
}

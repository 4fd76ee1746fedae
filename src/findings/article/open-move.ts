/**
 * A move to the open: "the Russell 2000 opened 1.8% higher", "opened up 1.8%", "gapped up 1.8%", "was up 1.8%
 * at the open", "At the opening bell, the Russell 2000 was 1.8% higher", "opened at 2,300.98". The number
 * then runs from the close before to the open of the window's last session (Claim.at 'open'), from that
 * close and no other (the reader pins the base): the open an index's or a fund's bars hold. "Rose 4% from
 * the open" is another claim (a base at the open: conventions), and "opened higher and closed up 5.8%" a
 * close-to-close move: only the number the opening words touch is read so.
 */
import type { TextSpan } from '../claim-read.ts';
import { HEDGE, HEDGE_WORDS } from './hedges.ts';

/** Filler between the verb and the number: "opened the session sharply higher, by about". */
const FILL = `(?:\\s+(?:the\\s+)?(?:day|session|week|trading|morning))?(?:\\s+(?:sharply|slightly|modestly))?(?:\\s+(?:up|down|higher|lower))?(?:\\s+(?:at|by|${HEDGE_WORDS}))*`;
/** "opened 1.8% higher", "opens up 1.8%", "gapped higher by 1.8%", "opened at 2,300.98", "opened +1.8%". */
const BEFORE = new RegExp(
  `\\b(?:open(?:ed|s)|gapp?(?:ed|s)\\s+(?:up|down|higher|lower))${FILL}\\s*[-+\u2212$]?$`,
  'i',
);
/** "1.8% higher at the open", "up 1.8% at the opening bell", "1.8% higher on the open". */
const AFTER =
  /^\s*(?:higher|lower|up|down)?\s*(?:at|on)\s+the\s+(?:open|opening(?:\s+bell)?)\b(?!\s+(?:of|to)\b)/i;
/** "opened sharply lower, down 2%": the move told again after a comma. */
const APPOSED = new RegExp(
  String.raw`\bopen(?:ed|s)(?:\s+(?:sharply|slightly|modestly|firmly|solidly))?\s+(?:higher|lower)\s*[,—–]\s*(?:up|down)\s+${HEDGE}$`,
  'i',
);
/** The sentence's lead: "At the open, …", "At the opening bell on Wednesday, …". */
const LEAD = /^\s*(?:at|on)\s+the\s+(?:open|opening(?:\s+bell)?)(?:\s+[^,%]{1,30})?\s*,/i;
/** Words that move the sentence on from the open, after the lead: "…, and it closed up 5.8%". */
const LATER = /\b(?:clos\w*|end(?:ed|ing|s)?|finish\w*|settl\w*|later|then|afternoon)\b/i;

/**
 * True when the opening words touch the number at `q` in `t` (before it, after it, or leading a sentence that
 * has not moved on to the close before it).
 * @example atTheOpen('The Russell 2000 opened 1.8% higher.', { start: 24, end: 28 }) // true
 * @example atTheOpen('The Russell 2000 opened higher and closed up 5.8%.', { start: 46, end: 50 }) // false
 */
export function atTheOpen(t: string, q: TextSpan): boolean {
  const before = t.slice(Math.max(0, q.start - 80), q.start);
  if (BEFORE.test(before)) return true;
  if (AFTER.test(t.slice(q.end, q.end + 40)) || APPOSED.test(before)) return true;
  const lead = LEAD.exec(t);
  return lead !== null && !LATER.test(t.slice(lead[0].length, q.start));
}

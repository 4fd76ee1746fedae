/**
 * Moves the data cannot check because they are not a period's close: an intraday extreme ("rose as much as
 * 4%", "jumped 2.1% before giving back its gains") and an interim one ("which had been up 6% at one point",
 * "At one point on Monday, the index was down 4%, before ending 1% lower": the 4%). Read for
 * ./not-a-claim.ts.
 */
import type { TextSpan } from '../claim-read.ts';
import { AS_MUCH_AS, AT_DATED_CLOSE, GAVE_BACK } from './not-a-claim-words.ts';
import type { Quantity } from './numbers.ts';

/** Where a sentence on an interim extreme turns to the close: "before ending", "but closed", "then settled". */
const CLOSE_TURN =
  /\b(?:before|then|but|later|ending|ended|closing|closed|finishing|finished|settling|settled)\b/i;

/**
 * Why the number `q` in clause `seg` is an intraday or interim extreme, or undefined when it is not one.
 * @example interimExtreme('The index rose as much as 4% before paring gains.', q, seg) // 'an intraday extreme ("as much as 4%"): …'
 */
export function interimExtreme(t: string, q: Quantity, seg: TextSpan): string | undefined {
  const head = t.slice(seg.start, q.start);
  // "rose as much as 4% before paring gains": the day's extreme, not its close.
  if (q.unit !== 'money' && AS_MUCH_AS.test(head) && !AT_DATED_CLOSE.test(t.slice(q.end, seg.end)))
    return `an intraday extreme (${JSON.stringify(`as much as ${t.slice(q.start, q.end)}`)}): the data hold closes, capgap checks a period's close-to-close change`;
  // "Small caps, which had been up 6% at one point, …": a level passed on the way, not the period's change.
  // So are the numbers of a sentence that opens "At one point (on Monday), the index was up 3% and …", up to
  // where it turns to the close ("…, before ending 1% lower").
  const lead = t.slice(0, q.start);
  const opens = /^\W*at\s+one\s+point\b/i.test(lead) && !CLOSE_TURN.test(lead);
  if (q.unit !== 'money' && (opens || /^\s*(?:,\s*)?at\s+one\s+point\b/i.test(t.slice(q.end, seg.end))))
    return `an interim extreme (${JSON.stringify(`${t.slice(q.start, q.end)} at one point`)}): the data hold closes, capgap checks a period's close-to-close change`;
  // "… before giving back its gains": a peak the day did not keep (a number after it is the close's own).
  const back = q.unit !== 'money' && GAVE_BACK.exec(t.slice(q.end));
  if (back && (!/\d/.test(back[1]) || /\bto\s+(?:close|end|finish|settle)\b/i.test(back[1])))
    return `an intraday extreme (${JSON.stringify(t.slice(q.start, q.end))} before it was given back): the data hold closes, capgap checks a period's close-to-close change`;
  return undefined;
}

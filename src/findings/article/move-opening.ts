/**
 * A sentence that opens on its move, not on what moved, up to its number: "This time, the gain is ", "Friday
 * alone was " (./clause-subject.ts gives it the subject spoken of before). Moved from ./clause-subject.ts.
 */
import { DATE_RE, MONTH_RE, WEEKDAY_RE } from './dates.ts';
import { HEDGE } from './hedges.ts';

/** A sentence opening on a bare move noun and its number: "This time, the gain is ", "The decline so far: ". */
const THE_MOVE =
  /^\s*(?:(?:this|that)\s+time(?:\s+around)?,?\s+|so\s+far,?\s+|now,?\s+)?the\s+(?:[\w-]+\s+)?(?:gain|rise|advance|rally|jump|loss|drop|decline|fall|slide|move|increase)\s+(?:(?:so\s+far|now|since\s+then)\s+)?(?:is|was|has\s+been|stands\s+at|stood\s+at|came\s+to|amounts\s+to|totals|:)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|just\s+)?$/i;
/** A sentence whose subject is a day, up to its number: "Friday alone was ", "Thursday's session brought ". */
const THE_DAY = new RegExp(
  String.raw`^\s*(?:(?:${WEEKDAY_RE})(?:['’]s\s+(?:session|move|gain|rise|drop|fall|decline))?|the\s+(?:first|second|third|last|final)\s+(?:day|session))\s+(?:alone\s+|itself\s+)?(?:was|saw|brought|delivered)\s+(?:another\s+|a\s+further\s+)?${HEDGE}$`,
  'i',
);

/**
 * True when `before` (a sentence up to its number) opens on a bare move noun or on a day as its subject.
 * @example opensOnMove('Friday alone was ') // true
 */
export function opensOnMove(before: string): boolean {
  return THE_MOVE.test(before) || THE_DAY.test(before);
}

/** A list's line labelled by a period alone, up to its number: "• December 2023: +", "Nov. 6: ", "2024: ". */
export const PERIOD_LABEL = new RegExp(
  String.raw`^\s*(?:${DATE_RE}|${MONTH_RE}\.?)?,?\s*(?:19|20)?\d{0,2}\s*:\s*[+\-\u2212]?$`,
  'i',
);

/**
 * "By the numbers" lines: a number that opens its line, then a colon or a dash ("- 11.0%: the Russell 2000's
 * gain in November", "8%: how far the Russell 2000 has climbed since the Nov. 3 close"). The marks are read
 * here; ./bound-subject.ts and ./position-claim.ts bind the number to its subject.
 */
import type { ClaimSubject } from '../claim-read.ts';
import type { Quantity } from './numbers.ts';
import type { SubjectHit } from './subjects.ts';
import { findVerbs } from './verbs.ts';

/**
 * Before a number that leads its line: nothing, a list's marker ("• 2.9% — …", "- 11.0%: …"), or a box's
 * label ("Key stat: 7.8 points — …", "Number of the week: …").
 */
export const LINE_START =
  /^[\s\-–—*•·]*(?:(?:key\s+(?:stat|number|figure)|stat(?:istic)?\s+of\s+the\s+(?:day|week)|(?:number|chart)\s+of\s+the\s+(?:day|week)|by\s+the\s+numbers)\s*:\s*)?$/i;
/** What follows a line's leading number: a colon or a dash, as a pattern's source. */
export const LINE_LABEL = String.raw`\s*(?::|[—–]|\s-)\s+`;
/** "8%: how far the Russell 2000 has climbed …", "$6.5bn — what small-cap ETFs took in": up to the subject. */
const LEAD_HOW = new RegExp(
  String.raw`^${LINE_LABEL}(?:how\s+(?:far|much)|what|by\s+how\s+much)\s+(?:the\s+)?$`,
  'i',
);

/** After the subject: "remains below", "is still above", "sits under", "trades off". */
const PLACE_VERB = String.raw`\s+(?:remains|remained|is|was|are|were|sits|sat|stands|stood|stays|stayed|trades|traded|closed|ended|finished)\s+(?:still\s+)?`;
const PLACE = new RegExp(String.raw`^${PLACE_VERB}(below|under|off|above|beneath)\s`, 'i');
/** The whole lead of a place: ": how far the Russell 2000 remains " (before "below its … record"). */
const LEAD_PLACE = new RegExp(
  String.raw`^${LINE_LABEL}(?:how\s+far|by\s+how\s+much)\s+(?:the\s+)?[^,;:]{2,60}?${PLACE_VERB}(?=(?:below|under|off|above|beneath)\s)`,
  'i',
);

/**
 * "17%: how far the Russell 2000 remains below its November 2021 record": the words from its side on (" below its
 * November 2021 record", which ./distance-claim.ts reads as after a distance's number), else null.
 */
export function leadPlace(t: string, q: Quantity): string | null {
  if (!LINE_START.test(t.slice(0, q.start))) return null;
  const m = LEAD_PLACE.exec(t.slice(q.end));
  return m ? ` ${t.slice(q.end + m[0].length)}` : null;
}

/**
 * A number that leads its line, then a clause saying what it measures ("8%: how far the Russell 2000 has
 * climbed since the Nov. 3 close", "4%: how much the S&P 500 has lost", "17%: how far the Russell 2000 remains
 * below its November 2021 record"): the clause's subject, signed by its verb or its side; else null.
 */
export function leadClause(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { subject: ClaimSubject; sign: -1 | 1 } | null {
  if (!LINE_START.test(t.slice(0, q.start))) return null;
  const how = subjects.find((x) => x.start >= q.end && LEAD_HOW.test(t.slice(q.end, x.start)));
  const verb = how && findVerbs(t.slice(how.end)).find((v) => v.kind === 'move' && v.start < 20);
  // "17%: how far the Russell 2000 remains below its November 2021 record": a place, no move.
  const place = how && !verb ? PLACE.exec(t.slice(how.end)) : null;
  if (!how || !(verb || place) || how.subject.kind === 'opposite') return null;
  return { subject: how.subject as ClaimSubject, sign: verb ? verb.sign : /above/i.test(place![1]) ? 1 : -1 };
}

/** What opens a label: the text's start, a comma or a semicolon, a bullet ("• Russell 2000: +7.7%"). */
const LABEL_BEFORE = /(?:^|[,;]\s*)(?:[-*•·]\s+)?$/;

/**
 * Whether subject `h` labels the number right after its colon (`own`: the words between them): "Russell 2000:
 * +7.7%, S&P 500: +3.8%", each label the name alone (not "Small-minus-large: +6.4 points").
 * @example labelsNumber('Russell 2000: +7.7%, S&P 500: +3.8%', sp500Hit, ': +') // true
 */
export function labelsNumber(t: string, h: { start: number }, own: string): boolean {
  return LABEL_BEFORE.test(t.slice(0, h.start)) && /^\s*:\s*[+\-−]?$/.test(own);
}

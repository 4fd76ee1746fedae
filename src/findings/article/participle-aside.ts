/**
 * A clause with no subject of its own after a participle's aside: "The Russell 2000 rallied 12.1% in December,
 * beating the S&P 500's 4.4% gain, and ended 2023 up 15.1%": "ended" is the Russell's, whose verb the aside
 * ("beating …") hangs on, not the S&P 500's, which the aside names.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import type { SubjectHit } from './subjects.ts';

/**
 * ", and is up", ", and ended the year", ", and ended 2023 up", ", and closed the week": a clause's verb with no
 * subject of its own.
 */
export const ELIDED =
  /^[\s,;:—–-]*(?:and|but|while|yet|then)\s+(?:(?:has|have|had|is|was|are|were|now|also|still|since|been)\s+)*(?:[a-z]+\s+){0,2}$|^[\s,;:—–-]*(?:and|but|then)\s+(?:ended|finished|closed|ends|finishes|closes)\s+(?:the\s+(?:day|session|week|month|quarter|year)|(?:19|20)\d\d)\s+(?:(?:up|down|higher|lower)\s+)?$/i;

/** The aside just before the clause: ", beating the S&P 500's 4.4% gain", ", outpacing large caps". */
const ASIDE = /,\s*(?:[a-z]+ing)\s[^,;:()]*$/i;

/**
 * The subject of the sentence's first clause, when clause `seg` (elided: ", and ended 2023 up 15.1%") follows a
 * participle's aside that names another; else undefined.
 * @example asideOwner('The Russell 2000 rallied 12.1%, beating the S&P 500's 4.4% gain, and ended 2023 up 15.1%', seg, q, hits) // ^RUT
 */
export function asideOwner(
  t: string,
  seg: TextSpan,
  q: TextSpan,
  subjects: readonly SubjectHit[],
): ClaimSubject | undefined {
  if (!ELIDED.test(t.slice(seg.start, q.start))) return undefined;
  const aside = ASIDE.exec(t.slice(0, seg.start));
  if (!aside || !subjects.some((h) => h.start >= aside.index && h.end <= seg.start)) return undefined;
  const main = subjects.find((h) => h.end <= aside.index && isMeasurable(h.subject));
  return main && /[a-z]/i.test(t.slice(main.end, aside.index)) ? (main.subject as ClaimSubject) : undefined;
}

/** A participle's clause after the last comma before a number: ", after falling ", ", having risen ", ", rising ". */
const PARTICIPLE_CLAUSE = /,\s*(?:(?:after|before|while|despite|having)\s+)?[a-z]+ing\s[^,;:]*$/i;

/**
 * `measured`, unless the number is in a participle's clause and `measured` is named only in an aside before that
 * clause ("The index is still up about 2% since the Nov. 5 close, roughly in line with the S&P 500's gain, after
 * falling 4% this week": the falling is the sentence's subject's, carried, not the aside's S&P 500's; a subject
 * the main clause names is found first and kept).
 * @example unlessAside(t, seg, q, sp500Hit) // undefined: the carried subject (the index) is the number's
 */
export function unlessAside(
  t: string,
  seg: TextSpan,
  q: TextSpan,
  measured: SubjectHit | undefined,
): SubjectHit | undefined {
  const clause = measured && PARTICIPLE_CLAUSE.exec(t.slice(0, q.start));
  if (!measured || !clause || measured.end > clause.index) return measured;
  // (an aside: set off by a comma after a main clause that stated its number; not an opener's "Equal-weighted, ")
  const before = t.slice(seg.start, measured.start);
  const comma = before.lastIndexOf(',');
  return comma > 0 && /\d/.test(before.slice(0, comma)) ? undefined : measured;
}

/** A comparison's verb right before its object: "beat the", "outpaced", "trailing the". */
const COMPARE_VERB =
  /\b(?:beat|beats|beaten|beating|outpac\w+|outperform\w*|underperform\w*|trail\w*|lagg?\w*|topp?\w*|bested|outstripp?\w*|outran|outrun)\s+(?:the\s+)?$/i;

/**
 * True when hit `h` is a comparison's object after another measurable subject ("The Russell 2000 beat the S&P 500
 * …, and it rose 8.6%"): a later pronoun names the comparison's subject, not it.
 * @example comparedObject('The Russell 2000 beat the S&P 500 last week', spx, hits) // true
 */
export function comparedObject(t: string, h: SubjectHit, subjects: readonly SubjectHit[]): boolean {
  const first = subjects.find((x) => x.end <= h.start && isMeasurable(x.subject));
  return !!first && COMPARE_VERB.test(t.slice(first.end, h.start));
}

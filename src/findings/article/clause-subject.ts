/**
 * The subject of a clause that names none of its own: the one carried from an earlier clause, "it" / "they"
 * / "the index" (the previous sentence's), the sentence's last subject for an elided clause ("…, and is up
 * 12.9%"), and "the index" after a fund (the index the fund tracks, IWM → ^RUT; never the fund).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { INDEX_ETF } from '../claim-subjects.ts';
import { isMeasurable } from './bound-subject.ts';
import type { Quantity } from './numbers.ts';
import type { Carry } from './quantity-claim.ts';
import type { SubjectHit } from './subjects.ts';

const ELIDED =
  /^[\s,;:—–-]*(?:and|but|while|yet|then)\s+(?:(?:has|have|had|is|was|are|were|now|also|still|since|been)\s+)*(?:[a-z]+\s+){0,2}$/i;
const PRONOUN = /\b(?:it|its|they|the index|the gauge|the fund|the benchmark|the group)\b/i;

/**
 * The subject quantity `q` in clause `seg` speaks of when the clause names none, or undefined.
 * @example unnamedSubject('…, and is up 12.9%', seg, q, hits, {}, undefined) // the sentence's last subject
 */
export function unnamedSubject(
  t: string,
  seg: TextSpan,
  q: Quantity,
  allSubjects: readonly SubjectHit[],
  carry: Carry,
  previousSubject: ClaimSubject | undefined,
): ClaimSubject | undefined {
  const head = t.slice(seg.start, q.start);
  let subject = carry.subject ?? (PRONOUN.test(head) ? previousSubject : undefined);
  // "The Russell 2000 has risen for 11 sessions, …, and is up 12.9%": a clause with no subject of its own
  // (a connective, auxiliaries and at most two words before the number) continues the sentence's last one.
  if (!subject && ELIDED.test(head)) {
    for (const h of allSubjects)
      if (h.end <= seg.start && h.subject.kind !== 'opposite' && isMeasurable(h.subject)) subject = h.subject;
  }
  // "… the iShares Russell 2000 ETF added 1.6%, and the index is up 10.2%": "the index" is the index the
  // fund just named tracks (IWM → ^RUT), else the last index named; never the fund.
  const isIndex = (x?: ClaimSubject) => x?.kind === 'security' && x.id.startsWith('^');
  if (
    /\bthe\s+(?:index|gauge|benchmark)\b/i.test(head) &&
    subject?.kind === 'security' &&
    !isIndex(subject)
  ) {
    const id = subject.id;
    const tracked = Object.keys(INDEX_ETF).find((k) => INDEX_ETF[k] === id);
    if (tracked) subject = { kind: 'security', id: tracked };
    else if (isIndex(previousSubject)) subject = previousSubject;
  }
  return subject;
}

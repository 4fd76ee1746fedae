/**
 * A comparison's metric, from what the subject is compared with: the market or the stock universe →
 * excess-return; "the opposite end" → the spread with the subject's opposite group; a named size group,
 * sector or region → a spread against a group ('opposite-group' when it is the subject's opposite); an
 * index or fund → a spread against a security.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { HEDGE } from './hedges.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import type { Carry } from './quantity-types.ts';
import { opposite, SIZE_CLASS_READINGS } from './readings.ts';
import type { SubjectHit } from './subjects.ts';
import type { VerbHit } from './verbs.ts';

/** "Relative to large caps, …", "Against the S&P 500, …": an opener naming what the sentence sets its subject against. */
export const RELATIVE_OPENER =
  /^\s*(?:relative\s+to|measured\s+against|compared\s+(?:with|to)|against|versus|vs\.?)\s+[^,;]{2,60},/i;

/**
 * The claim "subject beat/trailed tgt by q" makes, or the reason it names no group.
 * @example comparisonClaim(rut, { kind: 'market' }, { sign: 1, signSource: 'verb' }, 'small caps') // { metric: 'excess-return', target: 'market', … }
 */
export function comparisonClaim(
  subject: ClaimSubject,
  tgt: SubjectHit['subject'],
  base: Pick<QuantityClaim, 'sign' | 'signSource' | 'verb' | 'unsigned'>,
  measuredWords: string,
): QuantityClaim | string {
  if (tgt.kind === 'opposite') {
    const o = opposite(subject);
    if (!o) return `"the opposite end" of ${JSON.stringify(measuredWords)} names no group`;
    return {
      metric: 'spread',
      subjects: [subject, o],
      target: 'opposite-group',
      ...base,
    };
  }
  if (tgt.kind === 'market' || tgt.kind === 'universe')
    return {
      metric: 'excess-return',
      subjects: [subject],
      target: tgt.kind,
      ...base,
    };
  const group = ['size-group', 'size-class', 'sector', 'region'].includes(tgt.kind);
  return {
    metric: 'spread',
    subjects: [subject, tgt],
    target: group
      ? JSON.stringify(opposite(subject)) === JSON.stringify(tgt)
        ? 'opposite-group'
        : 'group'
      : 'security',
    ...base,
  };
}

/** "… against 1.8% for the S&P 500", "versus a 2% gain in IWM": a comparison naming its side after a number. */
const AGAINST_FOR =
  /\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+)?[-+−]?\d[\d.,]*\s*(?:%|per\s*cent|percent)(?:\s+(?:gain|rise|return|advance|loss|fall|drop|decline))?\s+(?:for|in|by|on)\s+$/i;

/**
 * The target of a comparison with none in its clause, named later in the sentence by "against N% for X"
 * ("outperformed by 5.5 points, rising 7.3% against 1.8% for the S&P 500"): X, if it is not the subject;
 * else the first later subject that is not the subject's side, after "as", "while" or "with".
 * @example laterTarget(t, q, hits, rut)?.subject // { kind: 'security', id: '^GSPC' }
 */
export function laterTarget(
  t: string,
  q: TextSpan,
  subjects: readonly SubjectHit[],
  measured: SubjectHit | undefined,
): SubjectHit | undefined {
  const other = (h: SubjectHit) =>
    h.start >= q.end && h !== measured && !sameSide(h.subject, measured?.subject);
  const named = subjects.find((h) => other(h) && AGAINST_FOR.test(t.slice(q.end, h.start)));
  // "underperformed by 1.5 points, as the Russell fell 2.1% and the S&P 500 lost 0.6%": the legs after
  // "as", "while" or "with" name both sides; the one that is not the subject is the target.
  if (named || !/^[^.;]*?\s(?:as|while|with)\s/i.test(t.slice(q.end))) return named;
  return subjects.find(other);
}

/**
 * Whether a later subject names the compared side itself: the same subject, or one of a size class's
 * readings ("Small caps underperformed by 1.5 points, as the Russell fell 2.1% and the S&P 500 lost 0.6%":
 * the Russell is small caps, so the target is the S&P 500).
 * @example sameSide({ kind: 'security', id: '^RUT' }, { kind: 'size-class', size: 'small' }) // true
 */
export function sameSide(a: SubjectHit['subject'], b: SubjectHit['subject'] | undefined): boolean {
  if (!b) return false;
  const key = (s: SubjectHit['subject']) => JSON.stringify(s);
  const readings = (s: SubjectHit['subject']) =>
    s.kind === 'size-class' && !s.style ? (SIZE_CLASS_READINGS[s.size] ?? []).map((r) => key(r.subject)) : [];
  return key(a) === key(b) || readings(b).includes(key(a)) || readings(a).includes(key(b));
}

/**
 * The sides of a relative verb's number: the subject named after the clause's last move verb, else its first
 * ("…, while the S&P 500 slipped 1.2%, leaving small caps trailing large caps by 2 points"); the target
 * between the verb and the number, else after it, else a later one. An abnormal return's benchmark is in its
 * clause, else the market ("… earns a cumulative abnormal return of 4.1%, while the largest decile earns …").
 */
export function relativeSides(
  t: string,
  q: TextSpan,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  allSubjects: readonly SubjectHit[],
  verbs: readonly VerbHit[],
  relative: VerbHit,
): { measured?: SubjectHit; targetHit?: SubjectHit } {
  // "Relative to the market, the bottom 30% earned an abnormal return of 3.2%": the opener names the target.
  const opener = RELATIVE_OPENER.exec(t);
  const aside = opener ? allSubjects.find((h) => h.end <= opener[0].length) : undefined;
  const sides = subjects.filter((h) => h !== aside);
  const moved = verbs.filter((v) => v.kind !== 'relative' && v.end <= relative.start).pop();
  const measured =
    (moved && sides.find((h) => h.start >= moved.end && h.end <= relative.start)) ??
    sides.find((h) => h.end <= relative.start);
  const abn = /abnormal|excess|adjusted/.test(relative.words);
  // "The Russell 2000 rose 18.3%, beating its previous best, and outpacing the S&P 500's 10.8% gain by 7.5
  // points": a participle opening its clause compares the sentence's subject, named before the clause.
  const opens =
    /^[\s,;]*(?:and\s+|while\s+)?$/i.test(t.slice(seg.start, relative.start)) && /ing$/i.test(relative.words);
  const main =
    opens && !measured
      ? allSubjects.filter((h) => h.end <= seg.start && isMeasurable(h.subject))[0]
      : undefined;
  const targetHit =
    subjects.find((h) => h.start >= relative.end && h.end <= q.start) ??
    aside ??
    subjects.find(
      (h) => h.start >= q.end && (!abn || h.end <= seg.end) && !sameSide(h.subject, measured?.subject),
    ) ??
    (abn ? undefined : laterTarget(t, q, allSubjects, measured));
  return { measured: measured ?? main, targetHit };
}

/** "… and by ~270bps": the clause before the number holds only "and", "by" and a hedge (the verb elided). */
const ELIDED = new RegExp(String.raw`^[\s,;]*and\s+(?:by\s+)?${HEDGE}$`, 'i');
const numberSign = (negative?: boolean) =>
  negative ? ({ sign: -1, signSource: 'number' } as const) : ({ sign: 1, signSource: 'none' } as const);
/** A gap in points, its period's label, and a list's separator: "-1.50pp (1D) | ", "4.8 points, ". */
const LISTED_GAP = /\d\s*(?:pp|ppts?|points?|pts)\s*(?:\([^()]{1,12}\)\s*)?(?:[|,;]|\band)\s*$/i;
/**
 * A comparison an earlier clause's verb carries into this one: "outpacing its growth counterpart by 4.8 points
 * and the broader market by more than 12" (a gapped target, the subject carried: `earlier` is the verb before
 * the clause), "outperformed the SPX by 430bps on Wednesday (+5.8% vs +2.5%) and by ~270bps for the week"
 * (subject and target carried, the verb elided), "by 9.5 ppt in 2016 and 3.8 ppt in 2020" (the "by" too);
 * the reason a comparison names no group; else undefined.
 * @example carriedComparison(t, seg, q, [], [], carry, undefined)?.subjects // [^RUT, ^GSPC]
 */
export function carriedComparison(
  t: string,
  seg: TextSpan,
  q: TextSpan & { unit: string; negative?: boolean },
  subjects: readonly SubjectHit[],
  before: readonly VerbHit[],
  carry: Carry,
  earlier: VerbHit | undefined,
): QuantityClaim | string | undefined {
  if (q.unit !== 'pp') return undefined;
  // "RTY vs SPX: -1.50pp (1D) | -3.52pp (1W)": a list's next gap is between the same two, with its own sign
  // (no verb carried: "trailed by 1.5 points on Monday and 3.5 for the week" keeps the verb's, below).
  const listed = carry.verb?.kind !== 'relative' && LISTED_GAP.test(t.slice(seg.start, q.start));
  if (carry.subject && carry.target && listed)
    return comparisonClaim(carry.subject, carry.target, numberSign(q.negative), '');
  const gappedTarget = subjects.find((h) => h.end <= q.start && isMeasurable(h.subject));
  if (earlier?.kind === 'relative' && carry.subject && gappedTarget && !before.length)
    return comparisonClaim(
      carry.subject,
      gappedTarget.subject,
      { sign: earlier.sign, signSource: 'verb', verb: earlier },
      '',
    );
  const v = carry.verb;
  if (
    v?.kind === 'relative' &&
    carry.subject &&
    carry.target &&
    !before.length &&
    ELIDED.test(t.slice(seg.start, q.start))
  )
    return comparisonClaim(carry.subject, carry.target, { sign: v.sign, signSource: 'verb', verb: v }, '');
  return undefined;
}

/** A second leg set against the first: "versus 26.5% for the S&P 500", "compared with a 4% rise for …". */
const COMPARED_LEG =
  /\b(?:versus|vs\.?|compared\s+(?:with|to)|against|relative\s+to)\s+(?:an?\s+)?[+\-\u2212]?\s*$/i;

/**
 * True when the number `q` is the leg a sentence compares its subject with ("Year to date, the Russell 2000 is
 * up 17.3%, versus 26.5% for the S&P 500"): the sentence stays about its own subject for "the index" after it.
 */
export function isComparedLeg(t: string, q: TextSpan): boolean {
  return COMPARED_LEG.test(t.slice(Math.max(0, q.start - 40), q.start));
}

import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { benchmarkTarget, thatSubject, unnamedBenchmark } from './benchmark-target.ts';
import { boundSubject, isMeasurable, NOUN_AFTER } from './bound-subject.ts';
import { claimSign, comparedSide, elidedLeg, nounSignOf } from './claim-sign.ts';
import { unnamedSubject } from './clause-subject.ts';
import { pastRelative } from './clauses.ts';
import { companyNames, companyWhy, shareNames } from './company-names.ts';
import { carriedComparison, comparisonClaim, relativeSides } from './comparison-claim.ts';
import { extremeIt } from './distance-words.ts';
import { flowClaim, flowGrowth } from './flow-claim.ts';
import { notAClaim } from './not-a-claim.ts';
import { nounSubject } from './noun-subject.ts';
import type { Quantity } from './numbers.ts';
import { unlessAside } from './participle-aside.ts';
import { placedAfter } from './placed-move.ts';
import { positionClaim } from './position-claim.ts';
import { pronounReturn } from './pronoun-return.ts';
import type { Carry, QuantityClaim } from './quantity-types.ts';
import {
  ABNORMAL,
  AS_MEASURED,
  BY_BEFORE,
  ELIDED_TARGET,
  elidedAbnormal,
  FOR_BEFORE,
  GAPPED_BY,
  gapLevel,
  LEAD_NOUN,
  moneySubject,
  openerSides,
  PRONOUN_TARGET,
} from './quantity-words.ts';
import { scoreLeg } from './score-legs.ts';
import { type SubjectHit, subjectKey } from './subjects.ts';
import { moreThanAfter, type VerbHit } from './verbs.ts';

export type { Carry, QuantityClaim } from './quantity-types.ts';

/**
 * Reads the claim a quantity makes in clause `seg` of `t`, or returns the reason it cannot.
 * @example quantityClaim(t, q, seg, subjects, verbs, {}, undefined) // { metric: 'return', subjects: [^RUT], sign: 1 }
 */
export function quantityClaim(
  t: string,
  q: Quantity,
  clause: TextSpan,
  allSubjects: readonly SubjectHit[],
  allVerbs: readonly VerbHit[],
  carry: Carry,
  previousSubject: ClaimSubject | undefined,
): QuantityClaim | string {
  const { seg, skip } = pastRelative(t, q, clause);
  const inSeg = (h: TextSpan) =>
    h.start >= seg.start && h.end <= seg.end && !(skip && h.start >= skip.start && h.end <= skip.end);
  const [subjects, verbs] = [allSubjects.filter(inSeg), allVerbs.filter(inSeg)];
  // "has not topped its November 2021 record, sitting about 0.3% below it": a distance from it, no comparison.
  const before = verbs.filter((v) => v.end <= q.start && !(v.kind === 'relative' && extremeIt(t, q)));
  // "Both indexes slipped, the S&P 500 by 0.3% and …": a gapped "SUBJECT by N" takes the verb before it.
  const gappedBy = GAPPED_BY.test(t.slice(seg.start, q.start));
  const earlier = gappedBy ? allVerbs.filter((v) => v.end <= seg.start).pop() : undefined;
  const carried = carriedComparison(t, seg, q, subjects, before, carry, earlier); // "… and by ~270bps"
  if (carried) return carried;
  // "outpacing the S&P 500's 1.9% gain by 8 points": a "by" takes the comparison's verb back over its number.
  const byRelative = BY_BEFORE.test(t.slice(seg.start, q.start))
    ? before.filter((v) => v.kind === 'relative').pop()
    : undefined;
  let verb: VerbHit | undefined =
    byRelative ?? before[before.length - 1] ?? verbs.find((v) => v.start >= q.end) ?? carry.verb ?? earlier;
  if (q.unit === 'pp' && verb && gapLevel(t, seg, verb, q)) verb = undefined; // "lead … shrank to 2 points"
  const rest = t.slice(q.end, seg.end);
  const more = moreThanAfter(rest);
  const noun = NOUN_AFTER.exec(rest);
  // "Tech lagged at +2.1%", "trailed the S&P 500 with a 0.5% gain": the laggard's own return, not a gap.
  const placed = (v: VerbHit) => placedAfter(t, v, q, subjects, q.unit === 'percent' && !!noun);
  const relative =
    verb?.kind === 'relative' && verb.end <= q.start && verbs.includes(verb) && !placed(verb)
      ? verb
      : undefined;
  if (!relative && verb?.kind === 'relative') verb = undefined;
  const not = notAClaim(t, q, seg, verb);
  if (not) return not;
  const own = pronounReturn(t, q, allSubjects, previousSubject) ?? scoreLeg(t, q, allSubjects); // "… 11% to 5.7%"
  if (own) return own;
  // "10 points behind the FTSE 100", "a 5.7-point lead for IJR over IWM": a position, not a move.
  const pos = relative ? null : positionClaim(t, q, seg, allSubjects, previousSubject);
  if (pos) return comparisonClaim(pos.subject, pos.target, { sign: pos.sign, signSource: 'verb' }, pos.words);
  const nounSign = nounSignOf(t, seg, q, noun); // "a gain of 5%", "the prior week's 8.6% gain"
  const numberSign = (): Pick<QuantityClaim, 'sign' | 'signSource'> =>
    nounSign === -1
      ? { sign: -1, signSource: 'verb' }
      : q.negative
        ? { sign: -1, signSource: 'number' }
        : { sign: 1, signSource: nounSign ? 'verb' : 'none' };
  // The legs of a comparison ("beat the largest tenth by 6.3 points (9.8% against 3.4%)", "outpaced the S&P 500,
  // rising 11% against 3.4%"): the target's after "against", with the number's own sign; but "Small caps have
  // lost 3.9%, against 2.1% for …": the elided verb is a loss too (as capgap writes, ../sentences.ts).
  const { against, elided } = elidedLeg(t.slice(seg.start, q.start), seg.start, verbs, verb);
  if (elided) verb = undefined;
  const other =
    against && !subjects.length && (carry.target ?? comparedSide(seg.start, allSubjects, allVerbs, t));
  if (q.unit !== 'money' && other) return { metric: 'return', subjects: [other], ...numberSign(), verb };
  // "ahead of IWM's 17.4% and VB's 16.9%": a possessive binds its own number before the carried subject.
  const bound = boundSubject(t, q, subjects, noun, allSubjects);
  if (!bound && relative && carry.verb === relative && carry.subject && q.unit === 'percent')
    return { metric: 'return', subjects: [carry.subject], ...numberSign(), verb: relative };
  if (bound && q.unit !== 'money') {
    // "…, a two-day drop of 7%, more than the S&P 500's 5.3%": a possessive's number takes an elided loss.
    const lost = !bound.sign && !q.negative && elided?.kind === 'move' && elided.sign < 0;
    const sign = bound.sign < 0 || q.negative || lost ? -1 : 1;
    const signSource = bound.sign < 0 || lost ? 'verb' : q.negative ? 'number' : bound.sign ? 'verb' : 'none';
    if (elidedAbnormal(t, seg, q) && bound.subject.kind !== 'market')
      return comparisonClaim(bound.subject, { kind: 'market' }, { sign, signSource, verb }, '');
    return { metric: 'return', subjects: [bound.subject], sign, signSource, verb };
  }
  let measured: SubjectHit | undefined;
  let targetHit: SubjectHit | undefined;
  if (q.unit === 'money') {
    measured = moneySubject(t, q, subjects, allSubjects);
  } else if (relative) {
    ({ measured, targetHit } = relativeSides(t, q, seg, subjects, allSubjects, verbs, relative));
  } else {
    // A carried verb ("IWM returned 11.1% and SPY 3.7%") bounds nothing: the clause's own subject is measured.
    const v = verb && verbs.includes(verb) && verb.end <= q.start ? verb : undefined;
    // "The rally lifted the Russell 2000 by 10.2%": a causative verb's object is what moved.
    const object = v?.object ? subjects.find((h) => h.start >= v.end && h.end <= q.start) : undefined;
    const { opener, against } = openerSides(t, q, allSubjects); // "Relative to the S&P 500, …"
    measured = object ?? subjects.find((h) => h !== opener && h.end <= (v ? v.start : q.start));
    measured = nounSubject(t, q, seg, subjects) ?? unlessAside(t, seg, q, measured);
    targetHit = more ? subjects.find((h) => h.start >= q.end + more.length - 1) : against;
    measured ??= subjects.find(
      (h) => h.start >= q.end && FOR_BEFORE.test(t.slice(q.end, h.start)) && h !== targetHit,
    );
  }
  // "Micro-cap stocks, as measured by the iShares Micro-Cap ETF, …": the named measure is the subject.
  const measure = subjects.find((h) => h.end <= q.start && AS_MEASURED.test(t.slice(seg.start, h.start)));
  if (measure && isMeasurable(measure.subject)) measured = measure;
  let subject: ClaimSubject | undefined =
    measured && isMeasurable(measured.subject) ? measured.subject : undefined;
  if (!subject) subject = unnamedSubject(t, seg, q, allSubjects, skip ? {} : carry, previousSubject);
  subject = thatSubject(t, relative, subject, targetHit, previousSubject); // "That outpaced the S&P 500's …"
  if (!subject) {
    const company = [...companyNames(t), ...shareNames(t)].find((c) => c.end <= q.start);
    return `no subject for ${JSON.stringify(t.slice(q.start, q.end))}${company ? ` (${companyWhy(company)})` : ''}`;
  }
  const { sign, signSource } = claimSign(t.slice(q.end, seg.end), q, {
    ...(nounSign !== undefined ? { nounSign } : {}),
    relative,
    more,
    verb,
    noun,
    elided,
  });
  // "The micro-cap ETF rose 9.5%" with no flow words: a category's price move, which no one fund or index is.
  if (q.unit !== 'money' && subject.kind === 'category')
    return /\b(?:in|out)?flows?\b|\bassets\b|\bintake\b/i.test(t)
      ? flowGrowth(JSON.stringify(t.slice(q.start, q.end)))
      : `a return of a category of funds (${subject.category}, ${JSON.stringify(t.slice(q.start, q.end))}): capgap checks one fund's or one index's return; name the fund or the index`;
  if (q.unit === 'money') return flowClaim(t, q, seg, subject, { sign, signSource, verb });
  // "the smallest decile's lead of 3 points": a size group's lead with no one named is over the other end.
  const lead = LEAD_NOUN.exec(t.slice(seg.start, seg.end));
  if (!relative && !more && q.unit === 'pp' && lead && /^size-/.test(subject.kind) && !targetHit) {
    const under = /under|deficit|shortfall|behind/i.test(lead[1] ?? lead[2]) ? -1 : 1; // "small caps ahead by 4 points"
    return comparisonClaim(
      subject,
      { kind: 'opposite' },
      { sign: (under * sign) as 1 | -1, signSource: 'verb', verb },
      t.slice(measured?.start ?? 0, measured?.end ?? 0),
    );
  }
  if (!relative && !more && !targetHit) {
    // "The largest decile's CAR over the same window was -0.8%": an abnormal return, over the market; so is
    // one whose noun the clause elides after an abnormal return ("…, while the largest decile earns -0.6%").
    const abnormal = ABNORMAL.test(t.slice(seg.start, q.start)) || elidedAbnormal(t, seg, q);
    if (abnormal && subject.kind !== 'market')
      return comparisonClaim(subject, { kind: 'market' }, { sign, signSource, verb }, '');
    if (q.unit === 'pp' && subjectKey(subject) !== 'SMB')
      return `a point difference (${JSON.stringify(t.slice(q.start, q.end))}) with nothing it is measured against`;
    return { metric: 'return', subjects: [subject], sign, signSource, verb };
  }
  // "…, while the largest fifth trailed it by 4%" (or "trailed by 4%"): the sentence's last comparison target.
  const between = relative ? t.slice(relative.end, q.start) : '';
  // An abnormal (excess) return with no benchmark named is over the market.
  const target =
    targetHit?.subject ??
    (relative && carry.target && (PRONOUN_TARGET.test(between) || ELIDED_TARGET.test(between))
      ? carry.target
      : /abnormal|excess|adjusted/.test(relative?.words ?? '')
        ? { kind: 'market' }
        : benchmarkTarget(t.slice(relative?.end ?? q.start, q.start), subject, previousSubject));
  // "Small caps underperformed by 0.4 points", "outperformed by 9%": a small-cap index vs the S&P 500.
  const by = q.unit === 'pp' || (q.unit === 'percent' && /^\s*by\s+(?:[a-z]+\s+)?$/i.test(between));
  const bare = !target && relative && by ? unnamedBenchmark(subject, relative.words, between) : undefined;
  if (typeof bare === 'string') return bare;
  if (!target && !bare)
    return `compares ${JSON.stringify(t.slice(q.start, q.end))} with nothing capgap can name`;
  const base = { sign, signSource, verb: relative ?? verb };
  const words = t.slice(measured?.start ?? 0, measured?.end ?? 0);
  const qc = comparisonClaim(subject, (target ?? bare?.target)!, base, words);
  return bare && typeof qc !== 'string' ? { ...qc, why: bare.why } : qc;
}

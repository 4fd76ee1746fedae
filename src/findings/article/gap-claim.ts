/**
 * Gaps with no subject of their own: one stated after two returns of different subjects ("…, a gap of 7.5
 * points", "That left the gap between the two at 2.5 points", "That 8.5 percentage point gap is …"), one
 * after a sentence that stated a spread ("Equal-weighted, the gap was narrower at 4.3 points"), and a gap
 * noun after the comparison its sentence's verb made ("…, with an average outperformance of 2.1 points").
 * Moved out of ./position-claim.ts and ./restated-gap.ts, which read positions and leads that name their sides.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import type { EarlierSpread } from './article-context.ts';
import { isMeasurable } from './bound-subject.ts';
import { namesLeader } from './class-index.ts';
import { HEDGE, HEDGE_WORDS } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import type { SubjectHit } from './subjects.ts';
import type { VerbHit } from './verbs.ts';

/**
 * "…, a gap of 7.5 points", "a difference of 3 points", "That left the gap between the two at 2.5 points", "The gap
 * between the two indexes, 2.5 points, …", "the gap between the two indexes over 2023 was 9.1 points", "The Russell 2000's outperformance of 5.1 points", "November's gap of about
 * 5 points between the two indexes": two returns' gap.
 */
const GAP = new RegExp(
  String.raw`(?:\b(?:a|an|the)\s+(?:gap|difference|spread|margin|outperformance|lead|edge|advantage)\s+of|['’]s?\s+(?:outperformance|lead|edge|advantage|gap|difference|spread|margin)\s+of|the\s+(?:gap|difference|spread|margin)\s+(?:is|was|now\s+stands\s+at|stands\s+at|stood\s+at|is\s+now|(?:has\s+|had\s+)?(?:widened|narrowed|grown|shrunk)\s+to)|the\s+(?:gap|difference|spread|margin)\s+between\s+(?:the\s+two(?:\s+(?:indexes|indices|gauges|benchmarks|groups|funds|etfs))?|them|the\s+pair)(?:\s+(?:over|in|for|during|across|through)\s+[^,;%]{2,30}?)?(?:(?:\s+(?:at|to|of|was|is|has|had|now|stood|stands|widened|narrowed|grown|shrunk)){1,3}|\s*,(?:\s+(?:at|now))?))\s+${HEDGE}$`,
  'i',
);

/** "That 8.5 percentage point gap is …", "That's an 8-point gap", "7 pts of outperformance": named after it. */
const NAMED_BEFORE = new RegExp(
  String.raw`\b(?:that|this|the|an?|(?:that|it|this)(?:['’]s|\s+is|\s+was))\s+${HEDGE}$`,
  'i',
);
const NAMED_AFTER =
  /^[- ]?(?:percentage[- ]points?|points?|pp)?[- ]?(?:gap|spread|difference|margin)\b|^\s*(?:percentage\s+points?|points?|pts?|pp)?\s+of\s+outperformance\b/i;
/** ", at 8 percentage points," or ", now about 7.5 points,": the clause before names the gap. */
const AT_NOW = new RegExp(String.raw`^[\s,]*(?:at|now)\s+${HEDGE}$`, 'i');

/**
 * The spread a gap states after two returns of different subjects: the higher stated return's subject minus
 * the lower's ("… surged 18.3% and the S&P 500 rose 10.8%, a gap of 7.5 points": ^RUT − ^GSPC = 7.5), or null.
 * "The gap between the two indexes" takes the last two indexes' returns (`indexes`, each index's last).
 * @example gapClaim(t, q, seg, [rut183, spx108]) // { subject: ^RUT, target: ^GSPC }
 */
export function gapClaim(
  t: string,
  q: Quantity,
  seg: TextSpan,
  earlier: readonly (EarlierSpread & { subjects: string[]; stated: number })[],
  indexes: readonly (EarlierSpread & { subjects: string[]; stated: number })[] = [],
): { subject: ClaimSubject; target: ClaimSubject; window?: ClaimWindow; sign?: -1 } | null {
  // ", at 8 percentage points," after "The gap between the two indices": the clause before names it.
  // ", now about 7.5 points," likewise.
  const head = t.slice(AT_NOW.test(t.slice(seg.start, q.start)) ? 0 : seg.start, q.start);
  const named = NAMED_BEFORE.test(head) && NAMED_AFTER.test(t.slice(q.end));
  if (q.unit !== 'pp' || !(named || GAP.test(head))) return null;
  // "the gap between the two indexes": the last two indexes' returns, not a fund's stated after them.
  // "the gap between the two" after one index's return alone: the two indexes last spoken of.
  const said = earlier.filter((c) => c.metric === 'return').slice(-2);
  const alone = said.length < 2 || said[0].subjects[0] === said[1].subjects[0];
  const two =
    /\btwo\s+(?:indexes|indices|gauges|benchmarks)\b/i.test(head) || (alone && /\bthe\s+two\b/i.test(head))
      ? indexes.filter((c, i) => !indexes.slice(i + 1).some((d) => d.subjects[0] === c.subjects[0]))
      : [];
  const returns = (two.length >= 2 ? two : earlier).filter((c) => c.metric === 'return');
  const [a, b] = returns.slice(-2);
  if (!a || !b || a.subjects[0] === b.subjects[0]) return null;
  // "lost 14.2%, the top decile 8.1%: a spread of about -6 percentage points": a gap written with its minus is
  // the first return less the second, in the order stated; else the higher less the lower.
  const [hi, lo] = q.negative || a.stated >= b.stated ? [a, b] : [b, a];
  // Two returns over one period ("… over the same period. The gap between the two …"): that period too.
  const one = JSON.stringify(a.window) === JSON.stringify(b.window) ? { window: a.window } : {};
  return {
    subject: hi.parsedSubjects[0],
    target: lo.parsedSubjects[0],
    ...one,
    ...(q.negative ? { sign: -1 } : {}),
  };
}

/**
 * The first two of `rs` when they are one subject's each, two subjects, over one window (two returns a later
 * "the gap", "That's the widest gap since 2016" can be the gap of); else undefined.
 * @example returnPair([lo10Nov, hi10Nov]) // [lo10Nov, hi10Nov]
 */
export function returnPair<T extends { parsedSubjects: readonly unknown[]; window: ClaimWindow }>(
  rs: readonly T[],
): [T, T] | undefined {
  const [a, b] = rs;
  if (!a || !b || a.parsedSubjects.length !== 1 || b.parsedSubjects.length !== 1) return undefined;
  if (JSON.stringify(a.parsedSubjects) === JSON.stringify(b.parsedSubjects)) return undefined;
  return JSON.stringify(a.window) === JSON.stringify(b.window) ? [a, b] : undefined;
}

/** The clause opens with the gap itself: "Equal-weighted, the gap was narrower at", "…, with a gap of". */
const BACK_GAP = new RegExp(
  String.raw`^\s*(?:[^,;]{1,60}?(?:,\s*|\s+))?(?:(?:but|and|yet|though)\s+)?(?:the|that|this|with\s+an?)\s+(?:(?:average|mean|median|typical|biggest|largest|widest|smallest|narrowest)\s+)?(?:gap|spread|difference|margin|lead|outperformance|underperformance|shortfall|measure)\b(?![^,;]*\b(?:between|of|over|to|for)\s+(?:the\s+)?(?!(?:${HEDGE_WORDS}|more|less)\b)[A-Z])[^;]{0,60}$`,
  'i',
);

/**
 * A gap with no subject of its own in a sentence after one that stated a spread or an excess return:
 * "… beat the largest quintile by 5.1 points. Equal-weighted, the gap was narrower at 4.3 points." is the
 * same two groups over the same window (under the sentence's own conventions), with the earlier sign; after
 * two returns and no spread, the gap between them.
 * @example backGapClaim(t, q, [], [lo20vsHi20]) // { subject: Lo 20, target: Hi 20, sign: 1, window }
 */
export function backGapClaim(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
  earlier: readonly EarlierSpread[] | undefined,
  returns: readonly EarlierSpread[] = [],
): { subject: ClaimSubject; target: SubjectHit['subject']; sign: 1 | -1; window: ClaimWindow } | null {
  // "… the smallest decile returned 9.1%, against 3.9% for the largest. Equal-weighted, the spread widens to 7.4
  // points.": with no spread before, the two returns the sentence before stated, over one window.
  const [a, b] = (returns.length === 2 && returnPair(returns)) || [];
  const pair: EarlierSpread | undefined =
    a && b
      ? {
          metric: 'spread',
          parsedSubjects: [a.parsedSubjects[0], b.parsedSubjects[0]],
          window: a.window,
          stated: (a.stated ?? 0) - (b.stated ?? 0),
        }
      : undefined;
  const prev = earlier?.[earlier.length - 1] ?? pair;
  // "Small caps are still ahead, but the lead has shrunk to 2.3 points": only the leader's side may be named.
  const leads = (h: SubjectHit) =>
    isMeasurable(h.subject) && !!prev && namesLeader(h.subject, prev.parsedSubjects[0]);
  if (!prev || q.unit !== 'pp' || subjects.some((h) => h.start < q.start && !leads(h))) return null;
  if (!BACK_GAP.test(t.slice(0, q.start))) return null;
  const [subject, other] = prev.parsedSubjects;
  const to = prev.target === 'universe' || prev.target === 'market' ? prev.target : undefined;
  const target: SubjectHit['subject'] | undefined = other ?? (to ? { kind: to } : undefined);
  if (!subject || !target) return null;
  return { subject, target, sign: q.value < 0 || (prev.stated ?? 0) < 0 ? -1 : 1, window: prev.window };
}

/** ", with an average outperformance of", ", by an average margin of": a gap noun alone before the number. */
const GAP_NOUN = new RegExp(
  String.raw`^[\s,;—–]*(?:(?:with|by|for|at)\s+)?(?:an?\s+|the\s+)?(?:(?:average|mean|median|typical|cumulative)\s+)?(?:outperformance|underperformance|margin|gap|lead|edge|shortfall)\s+of\s+${HEDGE}$`,
  'i',
);

/**
 * "Over the past 10 elections, the Russell 2000 has beaten the S&P 500 in the month after the vote six times,
 * with an average outperformance of 2.1 percentage points": a gap noun alone is the comparison the
 * sentence's verb made before it, the subject before the verb against the one after; else null.
 * @example verbGap(t, q, seg, hits, verbs) // { subject: ^RUT, target: ^GSPC, sign: 1 }
 */
export function verbGap(
  t: string,
  q: Quantity,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  verbs: readonly VerbHit[],
): { subject: ClaimSubject; target: ClaimSubject; sign: 1 | -1 } | null {
  if (q.unit !== 'pp' || !GAP_NOUN.test(t.slice(seg.start, q.start))) return null;
  const v = verbs.filter((x) => x.kind === 'relative' && x.end <= seg.start).pop();
  if (!v) return null;
  const by = subjects.filter((h) => h.end <= v.start).pop();
  const of = subjects.find((h) => h.start >= v.end && h.end <= seg.start);
  if (!by || !of || !isMeasurable(by.subject) || !isMeasurable(of.subject)) return null;
  const under = /under|shortfall/i.test(t.slice(seg.start, q.start)) ? -1 : 1;
  return {
    subject: by.subject as ClaimSubject,
    target: of.subject as ClaimSubject,
    sign: (v.sign * under) as 1 | -1,
  };
}

/** "its gap with ", "their lead over ", "the deficit to ": a gap's noun and the side it is set against next. */
const GAP_WITH =
  /\b(?:its|their)\s+(?:gap|lead|deficit|shortfall|margin)\s+(?:with|to|over|against|on|behind|versus|vs\.?)\s+(?:the\s+)?$/i;

/** The words from the other side to the number: "'s 26% to ", " at about ". */
const GAP_TO = new RegExp(String.raw`^[^;]{0,40}?\b(?:to|at|of)\s+${HEDGE}$`, 'i');

/**
 * "The Russell 2000 rose 18% this year, narrowing its gap with the S&P 500's 26% to 8 points", "Small caps have
 * narrowed their lead over large caps to 2 points": the spread of the side the possessive names (the subject
 * before it) over the side after the noun, in the order written (the opposite sign is said as such), or null.
 * @example gapWith(t, q, hits) // { subject: ^RUT, target: ^GSPC }
 */
export function gapWith(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { subject: ClaimSubject; target: ClaimSubject; sign?: 1 | -1 } | null {
  if (q.unit !== 'pp') return null;
  const b = subjects.findLast((h) => h.end <= q.start && GAP_WITH.test(t.slice(0, h.start)));
  // The number after "to", "at", "of" ("to 8 points"), the other side's own number between at most.
  if (!b || !GAP_TO.test(t.slice(b.end, q.start))) return null;
  const a = subjects.findLast((h) => h.end <= b.start && h !== b && isMeasurable(h.subject));
  if (!a || !isMeasurable(b.subject)) return null;
  const under = /\b(?:deficit|shortfall)\b/i.test(t.slice(a.end, b.start)) ? { sign: -1 as const } : {};
  return { subject: a.subject as ClaimSubject, target: b.subject as ClaimSubject, ...under };
}

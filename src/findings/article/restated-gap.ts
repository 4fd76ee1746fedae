/**
 * A gap restated with no one named after its verb: "The Russell 2000 has risen 9% since Tuesday's close,
 * more than three times the 2.6% rise in the S&P 500. Put another way, small caps have outperformed by six
 * and a half percentage points." The leader of the two returns just stated over the other, when the
 * clause names no subject or names the leader's side ("small caps" for the Russell 2000); so is "That leaves the
 * small-cap benchmark's outperformance this month at more than five percentage points".
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import type { EarlierSpread } from './article-context.ts';
import { isMeasurable } from './bound-subject.ts';
import { namesLeader } from './class-index.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import { PLACE_ALONE } from './position-claim.ts';
import type { SubjectHit } from './subjects.ts';

const OUTPERFORMED_BY = new RegExp(
  String.raw`\b(?:(?:outperformed|outpaced|outrun|outstripped|beaten|beat|led)\s+by|outperformance\b[^,;.]{0,40}?\b(?:at|of|to|stands\s+at|is|was))\s+${HEDGE}$`,
  'i',
);

/**
 * "R2K +4.2% vs SPX +2.5%: small caps still ahead by ~170bp", "…, leaving the S&P 500 behind by 1.7 points": a
 * lead or a lag with no one named after it (moved from ./stated-legs.ts, which kept the sentence's legs apart).
 */
const AHEAD_BY = new RegExp(String.raw`\b(?:ahead|in\s+front)\s+by\s+${HEDGE}$`, 'i');
const BEHIND_BY = new RegExp(String.raw`\b(?:behind|trailing|lagging|adrift)\s+(?:by\s+)?${HEDGE}$`, 'i');
/** "Spread: 330bp", "Gap = 3.3 pts", "- Spread: roughly 7 percentage points": a gap's label before its number. */
const LABEL = new RegExp(
  String.raw`^\s*(?:[-*•·]\s+)?(?:the\s+)?(?:spread|gap|difference|diff)\s*[:=]\s*${HEDGE}$`,
  'i',
);

/** "The difference of 3.6 points …", "The difference, 10.2 points, is …", "That is a spread of": the gap. */
const THE_DIFFERENCE = new RegExp(
  String.raw`^\s*(?:(?:the|that|this)\s+(?:difference|gap|spread)(?:\s+between\s+(?:them|the\s+two(?:\s+\w+)?))?(?:,?\s+(?:of|is|was|came\s+to|amounted\s+to|stood\s+at|stands\s+at)|\s*,)|(?:that|this|it)(?:\s+(?:is|was|makes|made|marks|marked|represents|amounts\s+to)|['’]s)\s+(?:a|an)\s+(?:difference|gap|spread)\s+of)\s+${HEDGE}$`,
  'i',
);

/**
 * The leader and the other of the last two returns stated, for a point difference after "outperformed by"
 * with no one named after it; or null.
 * @example restatedGap(t, q, seg, hits, [rut9, spx26]) // { subject: ^RUT, target: ^GSPC }
 */
export function restatedGap(
  t: string,
  q: Quantity,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  earlier: readonly {
    metric: string;
    subjects: string[];
    parsedSubjects: ClaimSubject[];
    stated: number;
    window: ClaimWindow;
  }[],
): { subject: ClaimSubject; target: ClaimSubject; window?: ClaimWindow; sign?: -1 } | null {
  const head = t.slice(seg.start, q.start);
  // "That puts small caps 3.4 percentage points ahead since Election Day": the place after the number.
  const place = PLACE_ALONE.exec(t.slice(q.end, seg.end));
  const behind = BEHIND_BY.test(head) || /^behind$/i.test(place?.[1] ?? '');
  const heads = [OUTPERFORMED_BY, THE_DIFFERENCE, AHEAD_BY, LABEL];
  // (A label's colon before a word ends a clause: "Spread: roughly 7 points" is read from the sentence's start.)
  const label = LABEL.test(t.slice(0, q.start));
  if (q.unit !== 'pp' || !(behind || place || label || heads.some((re) => re.test(head)))) return null;
  // Two abnormal returns over one benchmark ("… a CAR of 3.1%, while the largest decile's CAR was -0.5%. The
  // difference of 3.6 points …"): their difference is the two groups' spread.
  const legs = earlier.filter((c) => c.metric === 'return' || c.metric === 'excess-return').slice(-2);
  const [a, b] = legs;
  if (!a || !b || a.subjects[0] === b.subjects[0] || a.metric !== b.metric) return null;
  if (a.metric === 'excess-return' && a.subjects[1] !== b.subjects[1]) return null;
  const [hi, lo] = a.stated >= b.stated ? [a, b] : [b, a];
  // The one named nearest before the number ("RTY +2.1% vs SPX +1.4% — small caps ahead by ~70bps": small caps).
  const named = subjects
    .filter((h) => h.start >= seg.start && h.end <= q.start && isMeasurable(h.subject))
    .pop();
  // Two returns over one period ("rose 10.2% over the week, while the S&P 500 added 3.8%"): that period too.
  const one = JSON.stringify(a.window) === JSON.stringify(b.window) ? { window: a.window } : {};
  // "…, leaving the S&P 500 behind by 1.7 points": the one named is the lower leg, first.
  const lower = named && behind && namesLeader(named.subject as ClaimSubject, lo.parsedSubjects[0]);
  if (lower) return { subject: lo.parsedSubjects[0], target: hi.parsedSubjects[0], sign: -1, ...one };
  if (named && !namesLeader(named.subject as ClaimSubject, hi.parsedSubjects[0])) return null;
  return { subject: hi.parsedSubjects[0], target: lo.parsedSubjects[0], ...one };
}

/** "The gap over the S&P 500, 6.4 points, …", "Its lead over the S&P 500 is now 6.4 points". */
const OVER = /\b(?:the|its|their)\s+(?:gap|lead|margin|edge|advantage|outperformance)\s+over\s+$/i;
const OVER_THEN = new RegExp(
  String.raw`^\s*(?:,\s*|\s+(?:is|was|stood\s+at|stands\s+at|now\s+stands\s+at|is\s+now|has\s+(?:widened|grown)\s+to|widened\s+to|grew\s+to|of|at)\s+)${HEDGE}$`,
  'i',
);

/**
 * A lead over one named with no leader named: the last return stated of another subject over the one named,
 * over that return's window ("The Russell 2000 jumped 10.2% in the week after the vote. … The gap over the
 * S&P 500, 6.4 points, was the widest …"), or null.
 * @example overGap(t, q, hits, [rut102]) // { subject: ^RUT, target: ^GSPC, window: the week }
 */
export function overGap(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
  earlier: Parameters<typeof restatedGap>[4],
): { subject: ClaimSubject; target: ClaimSubject; window: ClaimWindow } | null {
  if (q.unit !== 'pp') return null;
  const target = subjects.find(
    (h) =>
      h.end <= q.start &&
      isMeasurable(h.subject) &&
      OVER.test(t.slice(Math.max(0, h.start - 40), h.start)) &&
      OVER_THEN.test(t.slice(h.end, q.start)),
  );
  if (!target) return null;
  const key = JSON.stringify(target.subject);
  const lead = earlier
    .filter((c) => c.metric === 'return' && JSON.stringify(c.parsedSubjects[0]) !== key)
    .at(-1);
  return lead
    ? { subject: lead.parsedSubjects[0], target: target.subject as ClaimSubject, window: lead.window }
    : null;
}

/** ", when the spread was", "; the gap then stood at": the clause up to its number names the gap alone. */
const THE_GAP_WAS = new RegExp(
  String.raw`^[\s,;—–]*(?:(?:when|while|whereas|and|but)\s+)?(?:[^;\d]{0,40}?[\s,]+)?(?:the|that)\s+(?:spread|gap|difference|margin)\s+(?:then\s+)?(?:was|stood\s+at|came\s+(?:in\s+)?at|reached|hit|ran\s+to|widened\s+to)\s+${HEDGE}$`,
  'i',
);

/**
 * "The smallest decile beat the largest by 8.6 points this month, the widest gap since April 2010, when the
 * spread was 9.8 points": the gap named alone is the same two groups as the sentence's last spread (its
 * window is the clause's own: ./record-then.ts); so is a "by" alone, with the last spread's side; else null.
 * @example sameGap(t, q, seg, out) // { subject: Lo 10, target: Hi 10, sign: 1 }
 */
export function sameGap(
  t: string,
  q: Quantity,
  seg: TextSpan,
  out: readonly { readings: readonly { metric: string; parsedSubjects: ClaimSubject[]; stated: number }[] }[],
): { subject: ClaimSubject; target: ClaimSubject; sign: 1 | -1 } | null {
  const prev = out.at(-1)?.readings[0];
  const head = t.slice(seg.start, q.start);
  // "… have underperformed by a point and a half this year, and by more than 50 basis points in August": the
  // comparison elided, with its side.
  const elided = ELIDED_BY.test(head);
  if (q.unit !== 'pp' || prev?.metric !== 'spread' || !(elided || THE_GAP_WAS.test(head))) return null;
  const [subject, target] = prev.parsedSubjects;
  const sign = (elided ? Math.sign(prev.stated) || 1 : q.value < 0 ? -1 : 1) as 1 | -1;
  return subject && target ? { subject, target, sign } : null;
}

/** ", and by more than", "; in 2020, by 6 points": a comparison's "by" alone, its verb and sides elided. */
const ELIDED_BY = new RegExp(
  String.raw`^[\s,;—–]*(?:and\s+|but\s+)?(?:(?:(?:in|after|following)\s+(?:19|20)\d\d|this\s+time)\s*,\s*)?by\s+${HEDGE}$`,
  'i',
);

type Leg = Parameters<typeof restatedGap>[4][number];

/**
 * The abnormal returns the last sentence stated, as legs of a gap restated after them ("The difference of 3.6
 * points"): those that carry their subjects and stated number.
 */
export function excessLegs(spreads: readonly EarlierSpread[] | undefined): Leg[] {
  return (spreads ?? []).filter(
    (r): r is EarlierSpread & Leg =>
      r.metric === 'excess-return' && 'subjects' in r && r.stated !== undefined,
  );
}

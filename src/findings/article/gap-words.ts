/**
 * The words of a gap between two returns and of its moves, shared by the readers of a gap's level
 * (./pick-window.ts `gapAsOf`, ./number-window.ts, ./position-claim.ts, ./quantity-words.ts `gapLevel`,
 * ./not-a-claim.ts).
 */
import type { TextSpan } from '../claim-read.ts';
import { HEDGE } from './hedges.ts';

/** The nouns of a gap: "lead", "gap", "spread", "margin", "edge", "advantage", "outperformance". */
export const GAP_NOUN = /\b(?:lead|gap|spread|margin|edge|advantage|outperformance|underperformance)\b/i;

/** The verbs that bring a gap to a level ("narrowed to 3 points", "widened to", "shrank to"), as regex source. */
export const GAP_MOVED =
  'narrow(?:ed|s|ing)?|widen(?:ed|s|ing)?|shr[ai]nk|shrunk|shrinks|gr[eo]w|grown|grows|swelled|stretched|expanded';

/** A gap's level, not its move: "narrowed to 3 points", "widened to", "stood at", "has grown to", "hit", "reached". */
export const GAP_TO = new RegExp(
  `\\b(?:(?:${GAP_MOVED}|st(?:ood|ands)|reached|reaches)\\s+(?:to|at)|reached|reaches|hit|hits|topped|tops)\\s+${HEDGE}$`,
  'i',
);

/** A gap's level in the present perfect ("has narrowed to 2.8 points"): as of the article's date. */
export const GAP_NOW = new RegExp(
  `\\b(?:has|have)\\s+(?:now\\s+|since\\s+)?(?:${GAP_MOVED})\\s+to\\s+${HEDGE}$`,
  'i',
);

/**
 * The earlier level a gap moved from, right after its new one ("… to 2.8 points from as much as 6 points"): a
 * window phrase after it ("last week") is that level's, not the new one's.
 */
export const FROM_EARLIER = new RegExp(
  String.raw`^\s*(?:percentage\s+)?(?:points?|pp|pts?|%|percent)?\s*,?\s*(?:down\s+|up\s+)?from\s+(?:as\s+(?:much|many|high|low|little)\s+as\s+|a\s+(?:peak|high|low|record)\s+of\s+)?${HEDGE}[\d.]+\s*(?:percentage\s+)?(?:points?|pp|pts?|%|percent)?\s*$`,
  'i',
);

/** ", down from ", ", up from as much as ", ", down from a lead of ": an earlier level of what the number measures. */
const DOWN_FROM = String.raw`,\s*(?:down|up)\s+from\s+(?:as\s+(?:much|many|high|low|little)\s+as\s+|an?\s+(?:lead|gap|spread|deficit|shortfall|margin|edge|advantage|peak|high|low|record)\s+of\s+)?${HEDGE}`;

/**
 * A move from an earlier level, after the number: "…, down from a lead of 3.9 points at Monday's close", "…, up
 * from 0.8% on Monday": a window phrase after it is that earlier level's.
 */
const MOVED_FROM = new RegExp(
  String.raw`^[^.;]*?${DOWN_FROM}[\d.]+\s*(?:percentage\s+)?(?:points?|pp|pts?|%|percent)?\s*(?:at|on|as\s+of)?\s*$`,
  'i',
);

/**
 * Whether the window phrase `h` after the number `q` (its clause from `from`) is an earlier level's: "narrowed
 * to 2.8 points from as much as 6 points last week", "0.4 point ahead …, down from a lead of 3.9 points at
 * Monday's close".
 */
export function earlierLevelHit(t: string, from: number, q: TextSpan, h: TextSpan): boolean {
  if (h.start < q.end) return false;
  const between = t.slice(q.end, h.start);
  return (GAP_TO.test(t.slice(from, q.start)) && FROM_EARLIER.test(between)) || MOVED_FROM.test(between);
}

/** ", down from a gap of " after a point difference: the number after it is that difference earlier. */
const EARLIER_FROM = new RegExp(
  String.raw`^[\s\S]*(?<![\d.])(\d[\d.]*\s*(?:percentage\s+)?(?:points?|pp|pts?|ppts?))\b[^.;%]*?${DOWN_FROM}$`,
  'id',
);

/**
 * The span of the point difference an earlier level is set against ("0.4 point behind the S&P 500 since the
 * election, down from a gap of 5.6 points on Monday": the 0.4 point's), for the earlier level to take its
 * sides; undefined when the number is no such level.
 * @example earlierPlace('Its lead is now 0.4 points, down from 5.6 points', 38) // { start: 16, end: 26 }
 */
export function earlierPlace(t: string, at: number): TextSpan | undefined {
  const from = Math.max(0, at - 200); // (a sentence's last 200 characters: linear on any line)
  const m = EARLIER_FROM.exec(t.slice(from, at));
  const at1 = m?.indices?.[1]; // (the last point difference before the words: the greedy start finds it)
  return at1 ? { start: from + at1[0], end: from + at1[1] } : undefined;
}

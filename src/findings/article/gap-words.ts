/**
 * The words of a gap between two returns and of its moves, shared by the readers of a gap's level
 * (./pick-window.ts `gapAsOf`, ./position-claim.ts, ./quantity-words.ts `gapLevel`, ./not-a-claim.ts).
 */

/** The nouns of a gap: "lead", "gap", "spread", "margin", "edge", "advantage", "outperformance". */
export const GAP_NOUN = /\b(?:lead|gap|spread|margin|edge|advantage|outperformance|underperformance)\b/i;

/** The verbs that bring a gap to a level ("narrowed to 3 points", "widened to", "shrank to"), as regex source. */
export const GAP_MOVED =
  'narrow(?:ed|s|ing)?|widen(?:ed|s|ing)?|shr[ai]nk|shrunk|shrinks|gr[eo]w|grown|grows|swelled|stretched|expanded';

/** A gap's level, not its move: "narrowed to 3 points", "widened to", "stood at", "has grown to". */
export const GAP_TO = new RegExp(
  `\\b(?:${GAP_MOVED}|st(?:ood|ands)|reached|reaches)\\s+(?:to|at)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|some\\s+|just\\s+)?$`,
  'i',
);

/**
 * A subject named after the number it owns: "… than the 10.2% tumble for the largest 10%", "a 2.2% weekly
 * advance for the S&P 500", "the 5.3% suffered by large caps", and "followed by industrials at 5.7%" before it.
 * Moved from ./quantity-words.ts.
 */
import type { TextSpan } from '../claim-read.ts';
import { HEDGE } from './hedges.ts';
import { MOVE_NOUN } from './quantity-words.ts';
import type { SubjectHit } from './subjects.ts';

/** "…, followed by industrials at 5.7%", "trailed by the S&P 500 with 1.2%": a subject named after the lead. */
const FOLLOWED = /\b(?:followed|trailed|chased)\s+by\s+(?:the\s+)?$/i;
const AT_ITS = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?,?\s*(?:at|with|on|up|down)\s+${HEDGE}(?:a\s+)?$`,
  'i',
);
/** A period before the move noun: "a 2.2% weekly advance for", "a 3% two-day gain in". */
const PERIOD_WORD =
  '(?:daily|weekly|monthly|annual|yearly|overnight|post-election|[a-z\\d]+-(?:day|week|month))';
/** A participle and "by" after the number: "the 5.3% suffered by", "the 2% posted by". */
const BY_VERB =
  '(?:suffered|posted|recorded|logged|notched|booked|seen|delivered|gained|lost|returned|racked\\s+up)';
/** The words between a number and its subject named after it. */
const NOUN_FOR = new RegExp(
  `^\\s*(?:(?:${PERIOD_WORD}\\s+)?${MOVE_NOUN}\\s+(?:for|in)|${BY_VERB}\\s+by)\\s+(?:the\\s+)?$`,
  'i',
);

/**
 * "… than the 10.2% tumble for the largest 10%", "a 1.2% gain for the S&P 500", "the 5.3% suffered by large
 * caps": a move noun (or a participle and "by") after the number (a noun phrase: an article before it) names
 * the number's own subject; so does "followed by industrials at 5.7%" before it; else undefined.
 * @example nounSubject('… than the 10.2% tumble for the largest 10%', q, seg, hits)?.subject // Hi 10
 */
export function nounSubject(
  t: string,
  q: { start: number; end: number },
  seg: TextSpan,
  subjects: readonly SubjectHit[],
): SubjectHit | undefined {
  const next = subjects
    .filter((h) => h.end <= q.start && h.start >= seg.start && AT_ITS.test(t.slice(h.end, q.start)))
    .find((h) => FOLLOWED.test(t.slice(Math.max(0, h.start - 30), h.start)));
  if (next) return next;
  if (!/\b(?:a|an|the)\s+$/i.test(t.slice(seg.start, q.start))) return undefined;
  return subjects.find((h) => h.start >= q.end && NOUN_FOR.test(t.slice(q.end, h.start)));
}

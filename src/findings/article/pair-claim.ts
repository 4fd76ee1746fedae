/**
 * A pair written as a ratio of prices, a trader's shorthand for relative performance: "IWM/SPY is up 2.7%
 * since the vote", "the Russell 2000/S&P 500 ratio fell 1.1% on Friday", "The ratio of the Russell 2000 to the
 * S&P 500 has climbed 10% since July 10", a note's label "RTY/SPX ratio: +3.7% w/w", "Small/large ratio ↑ 3.1%"
 * (the two size classes). Read as the spread of the first over the second (in points; a price ratio's change
 * (1 + a) / (1 + b) − 1 is within a few hundredths of a point of it over days and weeks), with the verb's sign
 * (a label's: the number's).
 */
import type { ClaimSubject } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import { FRACTIONS } from './size-groups.ts';
import type { SubjectHit } from './subjects.ts';

const MOVE = new RegExp(
  String.raw`^\s*(?:ratio\s+)?(?:(?:is|was|has|had)\s+)?(?:(up|rose|gained|climbed|jumped|advanced|rallied|risen|added)|(down|fell|lost|dropped|slid|declined|fallen|shed|slipped))\s+(?:by\s+)?${HEDGE}$`,
  'i',
);

/** "small/large", "small-cap/large-cap", "Small/Large": a ratio of two size classes. */
const CLASS_PAIR = /\b(small|mid|micro)(?:[- ]caps?)?\s*\/\s*(large|mega|mid)(?:[- ]caps?)?\b/gi;

/**
 * The two sides of "X/Y" and the sign of its move, when `q` is that move; or null.
 * @example pairClaim('IWM/SPY is up 2.7% since the vote', q, hits) // { subject: IWM, target: SPY, sign: 1 }
 */
export function pairClaim(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { subject: ClaimSubject; target: ClaimSubject; sign: 1 | -1 } | null {
  if (q.unit !== 'percent') return null;
  // "Small/large ratio ↑ 3.1% since 11/5", "the small-cap/large-cap ratio rose 3%": the two size classes.
  const cls = [...t.slice(0, q.start).matchAll(CLASS_PAIR)].pop();
  if (cls) {
    const rest = t.slice(cls.index + cls[0].length, q.start);
    const move = MOVE.exec(rest);
    const label = !move && /^\s*(?:ratio\s*)?:?\s*$/i.test(rest) && /^[-+−]/.test(t.slice(q.start));
    const size = (w: string) => ({ kind: 'size-class', size: w.toLowerCase() }) as ClaimSubject;
    if (move || label)
      return {
        subject: size(cls[1]),
        target: size(cls[2]),
        sign: move ? (move[1] ? 1 : -1) : q.negative ? -1 : 1,
      };
  }
  for (let i = 0; i + 1 < subjects.length; i++) {
    const [a, b] = [subjects[i], subjects[i + 1]];
    // "the ratio of the Russell 2000 to the S&P 500 has climbed 10%": the same pair in words.
    const words =
      /\bthe\s+(?:price\s+)?ratio\s+(?:of|between)\s+$/i.test(t.slice(Math.max(0, a.start - 30), a.start)) &&
      /^\s+(?:to|and|over)\s+(?:the\s+)?$/i.test(t.slice(a.end, b.start));
    if (
      !(words || /^\s*\/\s*$/.test(t.slice(a.end, b.start))) ||
      !isMeasurable(a.subject) ||
      !isMeasurable(b.subject)
    )
      continue;
    const move = MOVE.exec(t.slice(b.end, q.start));
    // "RTY/SPX ratio: +3.7% w/w", "IWM/SPY +1.2%": a label and a signed number, the sign the number's own.
    const label =
      !move && /^\s*(?:ratio\s*)?:?\s*$/i.test(t.slice(b.end, q.start)) && /^[-+−]/.test(t.slice(q.start));
    if (!move && !label) continue;
    const sign = move ? (move[1] ? 1 : -1) : q.negative ? -1 : 1;
    return { subject: a.subject as ClaimSubject, target: b.subject as ClaimSubject, sign };
  }
  return null;
}

/** A label "Small minus large:" (or "small caps minus large caps") right before its number. */
const SMALL_MINUS_LARGE =
  /(?:^|[\s(\-–—•*])small(?:[- ]caps?)?\s+(?:minus|less)\s+large(?:[- ]caps?)?\)?[\s,]*(?:[\w/.]+\s*){0,3}:\s*[-+−]?$/i;
const SMALL: ClaimSubject = { kind: 'size-class', size: 'small' };
/**
 * A long-short size portfolio: "smallest minus largest decile", "the smallest-minus-largest quintile spread", "long
 * the smallest decile and short the largest": the smallest group's return less the largest's of that size.
 */
const LONG_SHORT =
  /\b(?:smallest|bottom|lowest)[- ]+(?:minus|less)[- ]+(?:largest|biggest|top|highest)[- ]+(decile|quintile|tercile|quartile|tenth|fifth|third|quarter)s?\b|\blong\s+(?:the\s+)?(?:smallest|bottom)\s+(decile|quintile|tercile|quartile|tenth|fifth|third|quarter)\s+and\s+short\s+(?:the\s+)?(?:largest|biggest|top)\b/i;

/**
 * The two sides of "X minus Y" and the number's own sign, when `q` is the difference it labels ("Spread (RUT
 * minus SPX), w/w: -2.0 pts", "Russell 2000 minus S&P 500: +5.2 points"); or null.
 * @example minusClaim('Spread (RUT minus SPX), w/w: -2.0 pts', q, hits) // { subject: ^RUT, target: ^GSPC, sign: -1 }
 */
export function minusClaim(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { subject: ClaimSubject; target: ClaimSubject; sign: 1 | -1 } | null {
  const ls = LONG_SHORT.exec(t.slice(0, q.start)); // "(smallest minus largest decile) returned 5.2%"
  const after = ls ? ls.index + ls[0].length : 0; // (nothing between it and the number names another side)
  const own =
    ls &&
    !/\d/.test(t.slice(after, q.start)) &&
    !subjects.some((h) => h.start >= after && h.end <= q.start && h.subject.kind !== 'size-group');
  const n = own ? FRACTIONS[(ls[1] ?? ls[2]).toLowerCase()] : undefined;
  if (n && (q.unit === 'pp' || q.unit === 'percent'))
    return {
      subject: { kind: 'size-group', side: 'small', fraction: n },
      target: { kind: 'size-group', side: 'large', fraction: n },
      sign: q.negative ? -1 : 1,
    };
  if (q.unit !== 'pp') return null;
  // "Small minus large: -190bp on the week": small caps less large caps (not French's SMB, "small minus big").
  if (SMALL_MINUS_LARGE.test(t.slice(0, q.start)))
    return { subject: SMALL, target: { kind: 'size-class', size: 'large' }, sign: q.negative ? -1 : 1 };
  for (let i = 0; i + 1 < subjects.length; i++) {
    const [a, b] = [subjects[i], subjects[i + 1]];
    if (b.end > q.start || !/^\s+(?:minus|less|-)\s+(?:the\s+)?$/i.test(t.slice(a.end, b.start))) continue;
    // Up to the number: a bracket's close, a period ("w/w", "this week"), a colon; no verb, no other number.
    if (!/^\)?[\s,]*(?:[\w/.]+\s*){0,3}:?\s*$/.test(t.slice(b.end, q.start))) continue;
    if (!isMeasurable(a.subject) || !isMeasurable(b.subject)) continue;
    return {
      subject: a.subject as ClaimSubject,
      target: b.subject as ClaimSubject,
      sign: q.negative ? -1 : 1,
    };
  }
  return null;
}

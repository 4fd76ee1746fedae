/**
 * A gap restated under another weighting with no number of its own: "The smallest 10% of stocks returned 8.6
 * points more than the largest 10% this month. Equal-weighted, the gap was even larger." The claim is the same
 * spread of the size groups just stated, under the weighting named, beyond the number stated before ("even
 * larger": further from zero than 8.6 points; "smaller": nearer). Only French's size groups are read: an
 * index's weights are its own.
 */
import type { ClaimReadings, ReadClaim } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import type { Piece } from './split.ts';

const EVEN =
  /^\s*(?:(?:on|with|using)\s+an?\s+|(?:measured|weighted)\s+(?:with|by)\s+)?(equal|value|cap(?:italization)?)[- ]weight(?:ed|ing|s)?(?:\s+basis)?\s*,\s*(?:the\s+)?(?:gap|spread|difference|outperformance|underperformance|lead|margin|premium|shortfall)\s+(?:was|is|has\s+been|would\s+have\s+been)\s+(?:even\s+|still\s+|far\s+|much\s+)?(larger|bigger|wider|greater|smaller|narrower)\b/i;

/**
 * The earlier spread under the weighting the sentence names, beyond (or within) the number stated; or undefined.
 * @example evenMore(piece, 'Equal-weighted, the gap was even larger.', 's3-1', ctx)?.readings[0].conventions // { weighting: 'equal' }
 */
export function evenMore(
  piece: Piece,
  t: string,
  id: string,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const m = EVEN.exec(t);
  const before = ctx.spreads?.[0] as ReadClaim | undefined;
  if (!m || before?.stated === undefined || before.metric !== 'spread') return undefined;
  if (!before.parsedSubjects.every((s) => s.kind === 'size-group')) return undefined;
  const weighting = /^equal/i.test(m[1]) ? 'equal' : 'value';
  if ((before.conventions.weighting ?? 'value') === weighting) return undefined;
  const stated = before.stated;
  // Further from zero ("even larger" than a lead of 8.6, or than a shortfall of −2), or nearer.
  const further = /larger|bigger|wider|greater/i.test(m[2]) === stated >= 0;
  const words = `${m[2].toLowerCase()} than`;
  const claim: ReadClaim = {
    ...before,
    id,
    text: piece.text,
    conventions: { ...before.conventions, weighting },
    pinned: ['weighting'], // the sentence is about its weighting: the other one is no support
    windowSource: 'carried',
    comparator: further ? { kind: 'gt', lo: stated, words } : { kind: 'lt', hi: stated, words },
    span: { start: piece.start + m.index, end: piece.start + m.index + m[0].length },
    numberSpans: [],
  };
  return { id, readings: [claim] };
}

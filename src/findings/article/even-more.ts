/**
 * A gap restated under another weighting with no number of its own: "The smallest 10% of stocks returned 8.6
 * points more than the largest 10% this month. Equal-weighted, the gap was even larger." The claim is the same
 * spread of the size groups just stated, under the weighting named, beyond the number stated before ("even
 * larger": further from zero than 8.6 points; "smaller": nearer). So a return: "The smallest 10% returned 9.75%
 * in November. Equal-weighted, the bottom decile did even better" is the bottom decile's equal-weighted return
 * above 9.75%. Only French's size groups are read: an index's weights are its own.
 */
import type { ClaimReadings, ReadClaim } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import type { Piece } from './split.ts';

const EVEN =
  /^\s*(?:(?:on|with|using)\s+an?\s+|(?:measured|weighted)\s+(?:with|by)\s+)?(equal|value|cap(?:italization)?)[- ]weight(?:ed|ing|s)?(?:\s+basis)?\s*,\s*(?:the\s+)?(?:gap|spread|difference|outperformance|underperformance|lead|margin|premium|shortfall)\s+(?:was|is|has\s+been|would\s+have\s+been)\s+(?:even\s+|still\s+|far\s+|much\s+)?(larger|bigger|wider|greater|smaller|narrower)\b/i;

/** "Equal-weighted, the bottom decile did even better": a size group's return the sentence before stated. */
const BETTER =
  /^\s*(?:(?:on|with|using)\s+an?\s+)?(equal|value|cap(?:italization)?)[- ]weight(?:ed|ing|s)?(?:\s+basis)?\s*,\s*(?:the\s+)?([\w\s%-]{3,40}?)\s+(?:did|fared|performed)\s+(?:even\s+|still\s+|far\s+|much\s+)?(better|worse)\b/i;

/** The return of the sentence before that the words name: its side ("bottom", "smallest" or "top", "largest"). */
function namedReturn(words: string, ctx: ArticleContext): ReadClaim | undefined {
  const side = /\b(?:bottom|smallest|small)\b/i.test(words)
    ? 'small'
    : /\b(?:top|largest|large|biggest)\b/i.test(words)
      ? 'large'
      : undefined;
  const all = (ctx.returns ?? []) as unknown as ReadClaim[];
  const groups = all.filter((r) => r.metric === 'return' && r.parsedSubjects[0]?.kind === 'size-group');
  const own = groups.filter((r) => {
    const g = r.parsedSubjects[0];
    return g.kind === 'size-group' && g.side === side;
  });
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The earlier spread (or size group's return) under the weighting the sentence names, beyond (or within) the
 * number stated; or undefined.
 * @example evenMore(piece, 'Equal-weighted, the gap was even larger.', 's3-1', ctx)?.readings[0].conventions // { weighting: 'equal' }
 */
export function evenMore(
  piece: Piece,
  t: string,
  id: string,
  ctx: ArticleContext,
): ClaimReadings | undefined {
  const e = EVEN.exec(t);
  const b = e ? null : BETTER.exec(t);
  const m = e ?? (b ? Object.assign([b[0], b[1], b[3]], { index: b.index }) : null);
  const before = b ? namedReturn(b[2], ctx) : (ctx.spreads?.[0] as ReadClaim | undefined);
  if (!m || before?.stated === undefined || before.metric !== (b ? 'return' : 'spread')) return undefined;
  if (!before.parsedSubjects.every((s) => s.kind === 'size-group')) return undefined;
  const weighting = /^equal/i.test(m[1]) ? 'equal' : 'value';
  if ((before.conventions.weighting ?? 'value') === weighting) return undefined;
  const stated = before.stated;
  // A gap further from zero ("even larger" than a lead of 8.6, or than a shortfall of −2), or nearer; a return
  // above the one stated ("did even better"), or below it.
  const further = /larger|bigger|wider|greater|better/i.test(m[2]) === (b ? true : stated >= 0);
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

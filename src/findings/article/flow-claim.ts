/**
 * An amount of money as a flow (moved from ./quantity-words.ts): into the fund or fund category measured, or
 * out of it.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { isStyleCategory } from './quantity-words.ts';

/** Why a change in flows ("inflows doubled", a fund category's "up 40%") is no claim: `words`, the number quoted. */
export const flowGrowth = (words: string): string =>
  `a change in flows (${words}): capgap checks amounts of money, not their growth`;
/** The nouns of money coming in: "inflows", "intake", "creations", "subscriptions". */
const MONEY_IN = 'inflows?|intake|creations|subscriptions';
/** A flow noun right after the amount: "$3bn intake", "$3bn of redemptions", "$2bn in creations". */
const FLOW_NOUN_AFTER = new RegExp(
  String.raw`^\s+(?:(?:of|in)\s+)?(?:net\s+)?(${MONEY_IN}|outflows?|redemptions|withdrawals)\b`,
  'i',
);
/** "IWM saw $1.2 billion leave the fund", "… flow out": money out, the verb after the amount. */
const LEAVING =
  /^\s+(?:\w+\s+)?(?:leave|leaving|left|exit(?:ing)?|flee(?:ing)?|fled|pulled\s+out|flow(?:ing)?\s+out)\b/i;

/** The indexes whose funds the registry names by benchmark ("Russell 2000 Index"): id → the index's name. */
const TRACKED: Record<string, string> = { '^RUT': 'Russell 2000', '^GSPC': 'S&P 500' };
/** "funds tracking the S&P 500", "ETFs that track the Russell 2000", "Russell 2000 index funds". */
const TRACKING =
  /\b(?:funds?|etfs?|products?|trackers?)\s+(?:that\s+)?(?:tracks?|tracking|benchmarked\s+(?:to|against)|linked\s+to)\s+(?:the\s+)?(?:russell\s+2000|s&p\s*500)\b|\b(?:russell\s+2000|s&p\s*500)\s+(?:index\s+)?(?:funds|etfs|trackers)\b/i;

/**
 * An amount of money's claim: a flow into the fund or fund category measured (a size class is its US
 * category: "small caps took in $6.5bn"), negative after "outflows", "redemptions", "withdrawals"; an amount
 * about an index ("the Bank of England … 250 billion pounds") is no flow.
 * @example flowClaim(t, q, seg, { kind: 'size-class', size: 'small' }, { sign: 1, signSource: 'none' }) // { metric: 'flow', subjects: [{ kind: 'category', category: 'US small cap' }], … }
 */
export function flowClaim(
  t: string,
  q: Quantity,
  seg: TextSpan,
  subject: ClaimSubject,
  how: Pick<QuantityClaim, 'sign' | 'signSource' | 'verb'>,
): QuantityClaim | string {
  const tracked =
    subject.kind === 'security' && TRACKED[subject.id] && TRACKING.test(t) ? TRACKED[subject.id] : '';
  const s: ClaimSubject =
    subject.kind === 'size-class'
      ? { kind: 'category', category: `US ${subject.size} cap` }
      : tracked // "funds tracking the S&P 500", "Russell 2000 ETFs": the registry's funds with that benchmark
        ? { kind: 'category', category: `funds tracking the ${tracked}` }
        : subject;
  const unheld = s.kind === 'unheld'; // "small-cap mutual funds": a flow capgap says it cannot check
  if (
    s.kind !== 'category' &&
    !isStyleCategory(s) &&
    !unheld &&
    !(s.kind === 'security' && !s.id.startsWith('^'))
  )
    return `an amount (${JSON.stringify(t.slice(q.start, q.end))}) with no fund or fund category it flows into`;
  // "reversing the prior week's $3bn intake", "after $3bn of redemptions": the amount's own noun says which way.
  const noun = FLOW_NOUN_AFTER.exec(t.slice(q.end, seg.end));
  if (noun)
    return {
      metric: 'flow',
      subjects: [s],
      ...how,
      sign: new RegExp(`^(?:${MONEY_IN})$`, 'i').test(noun[1]) ? 1 : -1,
      signSource: 'verb',
    };
  // The clause's words up to the next amount ("took in $1.2bn in the week, after … $3bn of redemptions": not the 1.2's).
  const next = t.slice(q.end, seg.end).search(/[$£€]\s?\d/);
  const clause = t.slice(seg.start, next < 0 ? seg.end : q.end + next);
  const out =
    /\b(?:outflows?|redemptions?|withdrawals?|withdrawn|redeemed)\b/i.test(clause) ||
    /\b(?:outflows?|redemptions?|withdrawals?)\s+from\b(?![^$£€]*[$£€]\s?\d)/i.test(t.slice(0, q.start)) || // no amount between
    LEAVING.test(t.slice(q.end, seg.end));
  // ("had outflows of $1.7 billion in December after inflows of $8.8 billion": the second is money in; so is
  // "net creations of $18.2 billion, reversing outflows of …".)
  const own = new RegExp(String.raw`\b(?:${MONEY_IN})\s+of\s+(?:[a-z]+\s+)?$`, 'i').test(
    t.slice(seg.start, q.start),
  );
  const sign = out && !own && how.sign > 0 ? ({ sign: -1, signSource: 'verb' } as const) : how;
  return { metric: 'flow', subjects: [s], ...how, ...sign };
}

/**
 * A number placed after a relative verb ("Tech lagged at +2.1%", "trailed the S&P 500 with a 0.5% gain"): the
 * mover's own return, not the gap between the two (./quantity-claim.ts asks here before reading a comparison).
 */
import type { TextSpan } from '../claim-read.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import type { SubjectHit } from './subjects.ts';

/**
 * Between a relative verb and its number: "lagged at +2.1%", "lagged with a 1.6% decline", "trailed, with a gain
 * of 0.5%", "trailed with 11.3%".
 */
const PLACED = new RegExp(
  String.raw`^\s*,?\s*(?:at|with(?:\s+(?:an?|its)(?:\s+(?:modest|small|slight|meagre|meager|paltry|smaller|bigger|steeper|sharper))?(?:\s+(?:gain|rise|advance|increase|decline|loss|drop|fall|decrease|dip|slide)\s+of)?)?)\s+${HEDGE}$`,
  'i',
);

/** An object the reader names no subject for: "them all", "the rest of the field", "its peers". */
const UNNAMED_OBJECT =
  /^\s+(?:them(?:\s+all)?|all\s+of\s+them|(?:all\s+)?the\s+others|the\s+rest(?:\s+of\s+the\s+(?:field|pack|group))?|(?:its|their)\s+(?:peers|rivals)|the\s+(?:field|pack))\b/i;

/**
 * Whether the number `q` after relative verb `v` is placed ("Tech lagged at +2.1%", "technology lagged with a
 * 1.6% decline"), so the subject's own return and not a gap; so is one after the verb's object when the number
 * has its noun of movement (`moved`): "The Russell 2000 trailed the S&P 500 with a 0.5% gain", "IWC outpaced them
 * all with a 15.1% return".
 * @example placedAfter('Tech lagged at +2.1%', lagged, q, [], false) // true
 */
export function placedAfter(
  t: string,
  v: TextSpan,
  q: Quantity,
  hits: readonly SubjectHit[],
  moved: boolean,
): boolean {
  if (PLACED.test(t.slice(v.end, q.start))) return true;
  // "IWC outpaced them all with a 15.1% return": an object no subject names, the number still the mover's own.
  const unnamed = moved && UNNAMED_OBJECT.exec(t.slice(v.end, q.start));
  if (unnamed && PLACED.test(t.slice(v.end + unnamed[0].length, q.start))) return true;
  const object = moved
    ? hits.find(
        (h) => h.start >= v.end && h.end <= q.start && /^\s*(?:the\s+)?$/i.test(t.slice(v.end, h.start)),
      )
    : undefined;
  return !!object && PLACED.test(t.slice(object.end, q.start));
}

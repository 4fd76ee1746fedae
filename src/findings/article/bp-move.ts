/**
 * A name's own move in basis points, a desk's way to write a return: "Yesterday: RTY +352bp, SPX +137bp",
 * "RTY is +766bp MTD vs SPX +305bp" (two legs), "Russell 2000: up 352 bps", "The Russell 2000 rose 352 basis
 * points". ./numbers.ts reads it in per cent. Not a gap ("outperformed SPX by 216bp", "the spread widened 20bp")
 * nor a pair: "RTY vs SPX: +331bp", "Small minus large: -190bp", "Small caps +390bp vs large caps this week".
 */
import { MOVED_BEFORE as MOVE } from './verb-words-moves.ts';

/** A name or label right before the number (its verb between), no gap's words before it. */
const NAMED = new RegExp(
  String.raw`^(?![\s\S]*\b(?:spread|gap|lead|relative|out|under|beat|trail|lag|by)\w*\s+[^;]*$)[\s\S]*[A-Za-z0-9)&]:?\s*(?:${MOVE}\s+)?$`,
  'i',
);
/** A move's word right before the number: "up 352 bps", "rose 352 basis points". */
const MOVED = new RegExp(String.raw`\b${MOVE}\s+$`, 'i');
/** A pair named before ("RTY vs SPX: ", "Small minus large: "), no number before it. */
const PAIR_BEFORE = /^[^\d]*\b(?:vs\.?|versus|minus|less)\s/i;
/** The other side after, with no number of its own ("+390bp vs large caps this week"). */
const PAIR_AFTER = /^[^\d;]*\b(?:vs\.?|versus)\s[^\d;]*$/i;

/**
 * Whether the number from `start` to `end` of `text`, in `unit` words, signed or not, is a name's own move in bp.
 * @example ownBpMove('RTY +352bp, SPX +137bp', 4, 11, true, 'bp') // true
 */
export function ownBpMove(text: string, start: number, end: number, signed: boolean, unit: string): boolean {
  if (!/^\s?(?:bps?|basis\s+points?)$/i.test(unit)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (PAIR_BEFORE.test(before) || PAIR_AFTER.test(text.slice(end, end + 60))) return false;
  return NAMED.test(before) && (signed || MOVED.test(before));
}

/**
 * Amounts of money as newsrooms write them: "$6.5bn", "$6.5 billion", "$6,500m", "£2bn", "€1.2 billion",
 * in units of the currency (bn = 1e9, m = 1e6, tn = 1e12), with the precision of the written digits.
 */

import { CURRENCY, digits, NUM, SCALE, SIGN } from './number-words.ts';
import type { Quantity } from './numbers.ts';

/** An amount with a currency sign or code before it, anywhere in a sentence. */
export const MONEY = new RegExp(
  `${SIGN}(US\\$|\\$|£|€|USD\\s?)\\s?${NUM}\\s?(tn|trillion|bn|bln|billion|mn|mln|million|m|b|k|thousand)?\\b`,
  'gi',
);

/**
 * Reads one amount of money as written, with or without a currency sign: "$6.5bn", "6.5 billion",
 * "$6,500m", "6,500 million", "£2bn". Throws naming the text when it is not an amount.
 * @example parseAmount('$6,500m') // { value: 6.5e9, currency: 'USD', written: '6500', halfUnit: 5e5, … }
 */
export function parseAmount(text: string): Quantity {
  const t = text.trim();
  const m = new RegExp(
    `^${SIGN}(US\\$|\\$|£|€|USD\\s?)?\\s?${NUM}\\s?(tn|trillion|bn|bln|billion|mn|mln|million|m|b|k|thousand)?$`,
    'i',
  ).exec(t);
  if (!m || (/^[a-z]/i.test(m[3]) && !m[2]))
    throw new Error(`not an amount of money: ${JSON.stringify(text)}`);
  return money(m, 0);
}

/** The Quantity of a MONEY (or parseAmount) match at `offset` in the sentence. */
export function money(m: RegExpExecArray, offset: number): Quantity {
  const d = digits(m[3]);
  const f = m[4] ? SCALE[m[4].toLowerCase()] : 1;
  const negative = Boolean(m[1]) && m[1] !== '+';
  return {
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    value: (negative ? -1 : 1) * Number((d.value * f).toPrecision(15)),
    unit: 'money',
    currency: m[2] ? CURRENCY[m[2].trim().toLowerCase()] : undefined,
    written: d.written,
    decimals: d.decimals,
    halfUnit: Number((0.5 * 10 ** -d.decimals * f).toPrecision(15)),
    negative,
    unitWords: m[4] ?? '',
  };
}

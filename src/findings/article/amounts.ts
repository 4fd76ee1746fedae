/**
 * Amounts of money as newsrooms write them: "$6.5bn", "$6.5 billion", "$6,500m", "£2bn", "€1.2 billion",
 * "6.5bn dollars", "250 billion pounds", ranges "between $9bn and $10bn", "$9bn-$10bn", "$9-10bn", in units of
 * the currency (bn = 1e9, m = 1e6, tn = 1e12), with the precision of the written digits.
 */
import { CURRENCY, digits, isMinus, NUM, SCALE, SIGN } from './number-words.ts';
import type { Quantity } from './numbers.ts';

/** An amount with a currency sign or code before it, anywhere in a sentence ("$6.5-billion" too). */
export const MONEY = new RegExp(
  `${SIGN}(US\\$|\\$|£|€|USD\\s?)\\s?${NUM}(?:\\s|-(?=[a-z]{2,}))?(tn|trillion|bn|bln|billion|mn|mln|million|m|b|k|thousand)?\\b`,
  'gi',
);

const SCALES = '(tn|trillion|bn|bln|billion|mn|mln|million|m|b|k|thousand)';
const CUR = '(US\\$|\\$|£|€|USD\\s?)';
/**
 * An amount with the currency written after it in words: "6.5bn dollars", "250 billion pounds", "one and a
 * half billion dollars", a wire's "6.5 bln dlrs".
 */
const MONEY_WORDS = new RegExp(
  `${SIGN}\\b${NUM}(\\s+and\\s+a\\s+half)?\\s?${SCALES}\\s+(?:us\\s+)?(dollars|dlrs|pounds(?:\\s+sterling)?|sterling|euros)\\b`,
  'gi',
);
/** A range of money: "between $9bn and $10bn", "$9bn-$10bn", "$9bn to $10bn", "$9-10bn". */
const MONEY_RANGE = new RegExp(
  `(?:\\bbetween\\s+)?${CUR}\\s?${NUM}\\s?${SCALES}?\\s?(?:and|-|\u2013|to)\\s?(?:US\\$|\\$|£|€|USD\\s?)?\\s?${NUM}\\s?${SCALES}\\b`,
  'gi',
);
const WORD_CURRENCY: Record<string, 'USD' | 'GBP' | 'EUR'> = {
  dollars: 'USD',
  dlrs: 'USD',
  pounds: 'GBP',
  sterling: 'GBP',
  euros: 'EUR',
};

/**
 * Every amount of money in a sentence, in order: ranges first, then amounts with a sign before or a
 * currency word after. `taken` says whether a span is already read (by a percentage range, say).
 * @example findAmounts('between $9bn and $10bn') // [{ value: 9e9, high: 10e9, currency: 'USD', … }]
 */
export function findAmounts(text: string, taken: (s: number, e: number) => boolean): Quantity[] {
  const out: Quantity[] = [];
  const free = (s: number, e: number) => !taken(s, e) && !out.some((q) => s < q.end && e > q.start);
  for (const m of text.matchAll(MONEY_RANGE)) {
    // "from $2bn to $3bn" is a change between two amounts, not a range.
    if (/\bfrom\s+$/i.test(text.slice(0, m.index)) || !free(m.index, m.index + m[0].length)) continue;
    // "$1bn and $2bn" without "between" is two amounts ("IWM and IJR took in $1bn and $2bn, respectively").
    if (/\band\b/i.test(m[0]) && !/^between\b/i.test(m[0])) continue;
    const lo = digits(m[2]);
    const hi = digits(m[4]);
    const f = SCALE[(m[3] ?? m[5]).toLowerCase()];
    const dec = Math.max(lo.decimals, hi.decimals);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: Number((lo.value * f).toPrecision(15)),
      high: Number((hi.value * f).toPrecision(15)),
      unit: 'money',
      currency: CURRENCY[m[1].trim().toLowerCase()],
      written: `${lo.written}-${hi.written}`,
      decimals: dec,
      halfUnit: Number((0.5 * 10 ** -dec * f).toPrecision(15)),
      negative: false,
      unitWords: m[5],
    });
  }
  for (const m of text.matchAll(MONEY)) if (free(m.index, m.index + m[0].length)) out.push(money(m, 0));
  for (const m of text.matchAll(MONEY_WORDS)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const n = m[3] ? String(digits(m[2]).value + 0.5) : m[2];
    const parts = Object.assign([m[0], m[1], '', n, m[4]], { index: m.index, input: text });
    const q = money(parts as unknown as RegExpExecArray, 0);
    q.currency = WORD_CURRENCY[m[5].toLowerCase().split(/\s/)[0]];
    out.push(q);
  }
  return out;
}

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
  const negative = isMinus(m[1]);
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

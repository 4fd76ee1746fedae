/**
 * The words and patterns numbers are written with: number words ("six per cent"), fractions in words ("a
 * fifth"), scales (bn, m, tn), currency signs, the percent/point unit words, and the regular-expression
 * pieces ./numbers.ts and ./amounts.ts build their readers from.
 */
import { FOLD } from './fold-words.ts';
import { HEDGE } from './hedges.ts';

/** Number words read as values (for "six per cent", "a third" is a size group, not a number). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** Ordinal words a record's place is written in ("the third-largest"). */
export const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Scale words after an amount of money, as multipliers. */
export const SCALE: Record<string, number> = {
  tn: 1e12,
  trillion: 1e12,
  bn: 1e9,
  billion: 1e9,
  b: 1e9,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bln: 1e9,
  million: 1e6,
  k: 1e3,
  thousand: 1e3,
};

/** Currency signs and codes before an amount of money. */
export const CURRENCY: Record<string, 'USD' | 'GBP' | 'EUR'> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '£': 'GBP',
  '€': 'EUR',
};

/** The vulgar fractions a number may end on ("5½%", "2 ¼ per cent"), with their values. */
const VULGAR: Record<string, number> = {
  '\u00bd': 0.5,
  '\u00bc': 0.25,
  '\u00be': 0.75,
  '\u2153': 1 / 3,
  '\u2154': 2 / 3,
  '\u215b': 0.125,
};

/**
 * A number as written: digits with optional thousands separators and decimals, a whole number and a vulgar
 * fraction ("5½"), or a number word.
 */
export const NUM = `(\\d*\\s?[\u00bd\u00bc\u00be\u2153\u2154\u215b]|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;

/**
 * Half the step of a number written with a vulgar fraction ("5½": to the nearest half, so 0.25), else
 * undefined.
 */
export function vulgarHalfStep(w: string): number | undefined {
  const f = VULGAR[w.slice(-1)];
  if (f === undefined) return undefined;
  return { 0.5: 0.25, 0.25: 0.125, 0.75: 0.125, 0.125: 0.0625 }[f] ?? 1 / 6;
}

/**
 * An optional sign before a number: hyphen, unicode minus, plus, "minus", or an arrow of a newsletter's list
 * ("Russell 2000 ↓ 4.0% w/w", "▲1.2%").
 */
export const SIGN = '(minus |-|\u2212|\\+|[\u2193\u25bc\u2b07\u2191\u25b2\u2b06]\ufe0f?\\s?)?';

/** True when a SIGN match says the number is below zero (a minus or a down arrow). */
export function isMinus(sign: string | undefined): boolean {
  return !!sign && !/^[+\u2191\u25b2\u2b06]/.test(sign);
}

/**
 * The unit words of a percentage or a point difference (percent, "pc" and "p.c." as UK papers write it, pp,
 * basis points, points), also joined by a hyphen as an adjective ("a 5.7-percentage-point lead", "a
 * 10-percent gain", "a 50-basis-point gap").
 */
export const PCT_UNIT =
  '(\\s?%|[\\s-]?per[\\s-]?cent\\b|[\\s-]?percent\\b|[\\s-]?percentage[- ](?:points?|pts?)\\b|\\s?pct\\.?\\s?points?\\b|\\s?pct\\.?\\s?pts?\\b|\\s?pct\\b\\.?|\\s?pc\\b|\\s?p\\.c\\.|\\s?pp\\b|\\s?ppts?\\b|[\\s-]?basis[- ]points?\\b|\\s?bps?\\b|[\\s-]?points?\\b|\\s?pts?\\b)';

/** A number as written → its value, its digits without separators and its decimals. */
export function digits(w: string): { value: number; written: string; decimals: number } {
  const lw = w.toLowerCase();
  if (lw in NUMBER_WORDS) return { value: NUMBER_WORDS[lw], written: String(NUMBER_WORDS[lw]), decimals: 0 };
  // "5½": 5.5, written to the nearest half (a quarter, a third …): one decimal's precision, approximate.
  const frac = VULGAR[w.slice(-1)];
  if (frac !== undefined) {
    const whole = Number(w.slice(0, -1).trim() || '0');
    return { value: whole + frac, written: String(Math.round((whole + frac) * 100) / 100), decimals: 1 };
  }
  const written = w.replace(/,/g, '');
  const dot = written.indexOf('.');
  return { value: Number(written), written, decimals: dot < 0 ? 0 : written.length - dot - 1 };
}

/** Percent or pp from the unit words, and the factor to pp (basis points: 0.01). */
export function pctUnit(words: string): { unit: 'percent' | 'pp'; factor: number } {
  const u = words
    .replace(/^[\s-]+/, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (['%', 'pct', 'pc', 'p.c'].includes(u) || (u.startsWith('per') && !u.startsWith('percentage')))
    return { unit: 'percent', factor: 1 };
  if (u.startsWith('basis') || u.startsWith('bp')) return { unit: 'pp', factor: 0.01 };
  return { unit: 'pp', factor: 1 };
}

/**
 * After "doubled", "tripled": another's move, so a ratio ("nearly tripled the gain of the S&P 500", "doubled
 * the S&P 500's advance", "tripled that of large caps"); alone the verb is the subject's own +100%, +200%.
 */
export const MULTIPLE_OBJECT =
  "(?=\\s+(?:the\\s+(?:gain|return|rise|advance|rally|performance)s?\\s+(?:of|in|for)\\b|that\\s+of\\b|(?:the\\s+)?[\\w&.\\s-]{1,40}?['’]s?\\s+(?:[-+]?\\d[\\d.,]*\\s?%\\s+)?(?:gain|return|rise|advance|rally|performance)s?\\b))";

/** A verb of outperforming and "by" before a number: "trail large caps by about 20 points". */
const GAP_BY = new RegExp(
  String.raw`\b(?:trail|lag|beat|outperform|underperform|outpac|outrun|outstrip)\w*\s+(?:[^,;.]{0,60}?\s+)?by\s+${HEDGE}$`,
  'i',
);
/** A per cent that restates points: ", or 0.6 percent", ", or about 1%". */
const OR_NUMBER = new RegExp(String.raw`^,?\s+or\s+${HEDGE}[-+]?\d`, 'i');

/**
 * Whether "N points" ending at `end` of `text` is an index's move ("rose 300 points"), not a difference of
 * returns: 20 or more, unless a verb of outperforming and "by" come before it ("Small caps trail large caps by
 * about 20 points over the past five years" is a gap, any size under 100); or a per cent restates it ("gained
 * 10.29 points, or 0.6 percent": an AP wrap's index points, whatever their size).
 * @example indexMove('The Dow fell 300 points', 23, 300) // true
 */
export function indexMove(text: string, end: number, value: number): boolean {
  if (OR_NUMBER.test(text.slice(end))) return true;
  const start = text.slice(0, end).search(/[-+]?[\d.,]+\s*[-\s]?(?:points?|pts?)$/i);
  const gap = value < 100 && GAP_BY.test(text.slice(Math.max(0, start - 100), start));
  return value >= 20 && !gap;
}

/**
 * Multiples and no change: "doubled" (+100%), "tripled" (+200%), "halved" (−50%), "was flat", "ended unchanged",
 * ", basically flat today" (a transcript's verbless clause), "back where they were before the election" (no change
 * since the news); not "a flat fee", "flat earnings growth".
 */
export const MULTIPLE_WORDS: Record<string, number> = {
  doubled: 100,
  tripled: 200,
  trebled: 200,
  halved: -50,
};
export const MULTIPLE = new RegExp(
  `\\b(doubled|tripled|trebled|halved|${FOLD})\\b(?!${MULTIPLE_OBJECT.slice(3, -1)})|(?<=(?:\\b(?:was|were|is|are|been|ended|closed|finished|stayed|remained|held|traded)|,)\\s+(?:(?:roughly|about|largely|virtually|essentially|broadly|basically|nearly|almost|mostly)\\s+)?)(flat|unchanged|little\\s+changed|barely\\s+changed)\\b(?!-|\\s+(?:fees?|rates?|earnings|sales|growth|curve|yields?|prices?|tax)\\b)|\\b(back\\s+(?:where\\s+(?:it|they)\\s+(?:was|were|stood)|to\\s+(?:its|their)\\s+(?:level|levels|close)))(?=\\s+(?:before|ahead\\s+of|on\\s+the\\s+eve\\s+of)\\s+the\\s+(?:election|vote|referendum|decision))`,
  'gi',
);
/** A scaled value without binary noise: 330 basis points is 3.3 pp, not 3.3000000000000003. */
export function exact(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * An accounting negative: a bare figure in brackets after a label's colon or a table's aligned gap
 * ("Russell 2000: (1.8%)", "Russell 2000     (1.8%)"); not prose's bracketed figure ("industrials (4.5%)").
 */
export function accounting(text: string, start: number, end: number): boolean {
  return /(?::|\s{2}|\t)\s*\($/.test(text.slice(Math.max(0, start - 8), start)) && text[end] === ')';
}

/** Half the step a number was rounded to: its last decimal's; basis points ending in 0 ("-190bp"), to the ten. */
export function roundStep(d: { written: string; decimals: number; value: number }, unit: string): number {
  const tens =
    /^[\s-]?(?:basis|bps?\b)/i.test(unit) && d.decimals === 0 && d.value >= 10 && /0$/.test(d.written);
  return tens ? 5 : 0.5 * 10 ** -d.decimals;
}

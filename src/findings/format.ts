/**
 * Numbers as a news article prints them. One rounding rule for everything a reader sees:
 * - returns and percentage points: one decimal ("7.2%", "6.3 percentage points"); two decimals when the
 *   magnitude is under 0.1 ("0.04%"), so a small number never prints as "0.0%";
 * - dollars: "$1.2 billion", "$350 million", "$45,000" (three significant figures at most);
 * - counts: whole numbers with thousands separators.
 * Rounding is half away from zero on the printed digits (2.25 → "2.3"), not banker's rounding.
 */

/**
 * Rounds half away from zero to `digits` decimals (guarding binary noise: 1.005 → 1.01).
 * @example roundHalfAway(2.25, 1) // 2.3
 */
export function roundHalfAway(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  const scaled = Math.abs(x) * f;
  const r = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(x) * r) / f;
}

/** Decimals to print for a percentage magnitude: 1, or 2 under 0.1. */
export function percentDigits(pct: number): number {
  return Math.abs(pct) < 0.1 && pct !== 0 ? 2 : 1;
}

/**
 * A decimal return as a percentage magnitude without sign: 0.0723 → "7.2%".
 * @example pct(0.0723) // '7.2%'
 */
export function pct(decimal: number): string {
  const p = Math.abs(decimal * 100);
  const d = percentDigits(p);
  return `${roundHalfAway(p, d).toFixed(d)}%`;
}

/**
 * A decimal return as a signed percentage: 0.0723 → "+7.2%", −0.012 → "−1.2%" (U+2212 minus).
 * @example signedPct(-0.012) // '−1.2%'
 */
export function signedPct(decimal: number): string {
  const p = decimal * 100;
  const d = percentDigits(p);
  const r = roundHalfAway(p, d);
  if (r === 0) return `${(0).toFixed(d)}%`;
  return `${r > 0 ? '+' : '\u2212'}${Math.abs(r).toFixed(d)}%`;
}

/**
 * A decimal difference in percentage points, magnitude only: 0.0633 → "6.3 percentage points".
 * @example pp(0.0633) // '6.3 percentage points'
 */
export function pp(decimal: number, short = false): string {
  const p = Math.abs(decimal * 100);
  const d = percentDigits(p);
  const s = roundHalfAway(p, d).toFixed(d);
  return short ? `${s} pp` : `${s} percentage ${s === '1.0' ? 'point' : 'points'}`;
}

/**
 * US dollars in words, magnitude only, three significant figures at most: 1.234e9 → "$1.23 billion".
 * @example usd(3.5e8) // '$350 million'
 */
export function usd(x: number): string {
  const a = Math.abs(x);
  const scale: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [f, word] of scale) {
    if (a >= f * 0.9995) {
      const v = Number((a / f).toPrecision(3));
      return `$${String(v)} ${word}`;
    }
  }
  return `$${Math.round(a).toLocaleString('en-US')}`;
}

/**
 * A whole number with thousands separators.
 * @example count(1303) // '1,303'
 */
export function count(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Small whole numbers in words (AP style: one to nine spelled out), larger as digits.
 * @example numberWord(3) // 'three'
 */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? WORDS[n] : String(n);
}

/**
 * An English ordinal: 1 → "1st", 22 → "22nd"; 1 reads as "" where "largest" alone suffices.
 * @example ordinal(2) // '2nd'
 */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The months' names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO date or month in article style: '2016-11-09' → 'Nov. 9, 2016'; '2016-11' → 'November 2016'.
 * AP abbreviates Aug.–Feb. (except March–July) before a day.
 * @example articleDate('2016-11-09') // 'Nov. 9, 2016'
 */
export function articleDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const name = MONTHS[m - 1];
  if (!name) throw new Error(`invalid date: ${JSON.stringify(iso)}`);
  if (d === undefined) return `${name} ${y}`;
  const short = name.length <= 5 ? name : `${name.slice(0, name === 'September' ? 4 : 3)}.`;
  return `${short} ${d}, ${y}`;
}

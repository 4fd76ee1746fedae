/**
 * The article checker's answer (POST /api/check, article mode; docs/report.md, docs/json.md "A checked
 * claim") as the page reads it, and the words it shows for each part: the number as stated and as computed,
 * the convention that reproduces it and the data's date range.
 */

/** A computed value: a return or a pp difference as a decimal; `usd`, `index-points`, `count` as is. */
export interface Computed {
  value: number;
  unit: string;
  baseDate?: string;
  endDate?: string;
  description?: string;
  differs?: string;
  provenance?: { dataset: string; vintage: string | null }[];
}

/** One reading of a claim. */
export interface Reading {
  verdict: string;
  claim: { stated: number; unit: string; metric?: string; precision?: { written: string } };
  computed?: Computed;
  nearest?: Computed;
  reason?: string;
  line?: string;
  command?: string;
}

/** The whole answer. */
export interface CheckAnswer {
  article?: { date?: string; dateFrom?: string; eventDate?: string; eventFrom?: string };
  summary: Record<string, number>;
  sentences: {
    index: number;
    text: string;
    status: string;
    reason?: string;
    claims: { id: string; verdict: string; readings: Reading[] }[];
  }[];
}

const UNITS: Record<string, string> = {
  percent: '%',
  pp: ' pp',
  usd: ' USD',
  'index-points': ' points',
  multiple: '×',
};

/**
 * The number as the article states it, with the sign the sentence gives it ('dropped 3.4 per cent' is
 * −3.4%, as the CLI's line says): '4.7%', '−3.4%', '7 pp', '1,200 USD'.
 * @example stated({ stated: -3.4, unit: 'percent', precision: { written: '3.4' } }) // '−3.4%'
 */
export function stated(c: Reading['claim']): string {
  const w = c.precision?.written;
  const asWritten = w !== undefined && Number(w.replace(/,/g, '')) === Math.abs(c.stated);
  const v = asWritten ? `${c.stated < 0 ? '−' : ''}${w}` : String(c.stated).replace('-', '−');
  return `${v}${UNITS[c.unit] ?? (c.unit ? ` ${c.unit}` : '')}`;
}

/**
 * A computed value in the claim's unit, two decimals for returns ('4.72%', '7.06 pp').
 * @example computedText({ value: 0.047249, unit: 'decimal' }, 'percent') // '4.72%'
 */
export function computedText(v: Computed, claimUnit: string): string {
  if (v.unit === 'decimal')
    return `${(v.value * 100).toFixed(2).replace('-', '−')}${claimUnit === 'pp' ? ' pp' : '%'}`;
  return `${v.value.toLocaleString('en-US', { maximumFractionDigits: 2 })}${UNITS[v.unit] ?? ` ${v.unit}`}`;
}

/**
 * The data a value read: 'closes 2016-11-08 to 2016-11-10, yfinance/^RUT (through 2026-02-23)'.
 * @example dataRange({ value: 0, unit: 'decimal', baseDate: '2016-11-08', endDate: '2016-11-10' }) // 'closes 2016-11-08 to 2016-11-10'
 */
export function dataRange(v: Computed): string {
  const dates = v.baseDate && v.endDate ? `closes ${v.baseDate} to ${v.endDate}` : 'dates not given';
  const sets = [
    ...new Set((v.provenance ?? []).map((p) => `${p.dataset}${p.vintage ? ` (${p.vintage})` : ''}`)),
  ];
  return sets.length ? `${dates}, ${sets.join('; ')}` : dates;
}

/** A verdict's mark, so the verdict never rests on colour alone. */
export const MARKS: Record<string, string> = {
  supported: '✓',
  'supported under another convention': '≈',
  'not supported': '✗',
  'cannot check': '?',
};

/**
 * The checker's reasons name the CLI's options; the page names its own controls instead.
 * @example pageWords('no --event DATE was given') // 'no event date was given (tick “The election” is the page's event, or name the date in the text)'
 */
export function pageWords(reason: string): string {
  return reason
    .replaceAll('--event DATE', 'event date')
    .replace(
      /(no event date was given|with no period and no event date)/,
      `$1 (tick “The election” is the page's event, or name the date in the text)`,
    )
    .replaceAll('give --to DATE', 'give the article date in the box above')
    .replaceAll('--to DATE', 'the article date');
}

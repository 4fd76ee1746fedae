/**
 * The cells of a pasted table's line: separated by tabs, else pipes, else commas (CSV), else runs of two or
 * more spaces (./tables.ts finds the tables); and whether a line is a Markdown table's separator ("|---|:--:|").
 */
import type { TextSpan } from '../claim-read.ts';

/** One cell: its text and offsets in the article. */
export interface Cell extends TextSpan {
  text: string;
}

// Each tab or pipe separates two cells (an empty cell keeps its column); in a line with neither, a comma does
// in a CSV line, else a run of two or more spaces does (aligned columns). No pattern backtracks: a long run
// of spaces is linear.
const sepOf = (line: string) =>
  line.includes('\t') ? /\t/g : line.includes('|') ? /\|/g : isCsv(line) ? /,/g : / {2,}/g;

/**
 * A line of comma-separated values ("date,RUT,SPX", "2024-11-05,2260.84,5782.76"): no comma has a space
 * after it, no run of spaces aligns columns, and some comma is not a thousands separator ("2,434.73" alone
 * is a number, not two cells).
 * @example isCsv('2024-11-05,2260.84,5782.76') // true
 */
export function isCsv(line: string): boolean {
  return (
    line.includes(',') && !/,\s| {2}/.test(line.trimEnd()) && /(?<!\d),|,(?!\d{3}(?:\D|$))|\d{4,},/.test(line)
  );
}
/**
 * The cells of a line, with offsets (`at` is the line's offset in the article); leading and trailing
 * pipes are not cells.
 * @example cells('IWM\t+5.7\t+24.2', 0).map((c) => c.text) // ['IWM', '+5.7', '+24.2']
 */
export function cells(line: string, at: number): Cell[] {
  // "- 2004: +7.9%": a list's item of a year and a number is a row of two cells (./table-lists.ts).
  const item = yearItem(line);
  if (item) return item.map((c) => ({ ...c, start: at + c.start, end: at + c.end }));
  const out: Cell[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    const raw = line.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text || out.length || s > 0)
      out.push({ text, start: at + s + lead, end: at + s + lead + text.length });
  };
  for (const m of line.matchAll(sepOf(line))) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, line.length);
  while (out.length && !out[0].text && /^\s*\|/.test(line)) out.shift();
  while (out.length && !out[out.length - 1].text) out.pop();
  return out;
}

/**
 * A Markdown table's separator line: pipes, dashes and colons only, with a run of three dashes.
 * @example isSeparator('|---|:---:|') // true
 */
export function isSeparator(line: string): boolean {
  return /^[\s|:-]+$/.test(line) && line.includes('---');
}

/** A list's item's number: "+7.9%", "−3.8 pct", "11.0%". */
const ITEM_NUMBER = String.raw`[+\-\u2212]?\s?\d[\d,]*(?:\.\d+)?\s*(?:%|pct|per\s?cent|percent|pp)?`;
/** A list's item of a year and a number or two: "- 2004: +7.9%", "• 2016 – 11.0%", "- 1992: +10.7% vs +3.8%". */
const YEAR_ITEM = new RegExp(
  String.raw`^(\s*(?:[-•*\u2013]\s*)?)((?:19|20)\d\d)(\s*[:\u2013\u2014]\s*)(${ITEM_NUMBER})(?:(\s+(?:vs\.?|versus|against)\s+)(${ITEM_NUMBER}))?\s*$`,
  'i',
);

/**
 * The cells of a list's item of a year and a number, or of two ("+10.7% vs +3.8%": one a series the lead-in
 * names), offsets in the line; or undefined.
 * @example yearItem('- 2004: +7.9%')?.map((c) => c.text) // ['2004', '+7.9%']
 * @example yearItem('- 1992: +10.7% vs +3.8%')?.map((c) => c.text) // ['1992', '+10.7%', '+3.8%']
 */
export function yearItem(line: string): Cell[] | undefined {
  const m = YEAR_ITEM.exec(line);
  if (!m) return undefined;
  const y = m[1].length;
  const v = y + m[2].length + m[3].length;
  const w = v + m[4].length + (m[5]?.length ?? 0);
  return [
    { text: m[2], start: y, end: y + m[2].length },
    { text: m[4], start: v, end: v + m[4].length },
    ...(m[6] ? [{ text: m[6], start: w, end: w + m[6].length }] : []),
  ];
}

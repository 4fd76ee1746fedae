/**
 * Stacked (two- or three-line) table headers, as terminals and PDFs paste them:
 *
 *     Index          1-month   3-month   Year to   Since
 *                    return    return    date      11/8
 *     Russell 2000   +10.9     +12.1     +18.4     +13.8
 *
 * Each column's name is the words stacked above it, top line first ("1-month return", "Year to date",
 * "Since 11/8"). Cells separated by tabs or pipes stack by their position in the line (an empty cell keeps
 * its place); aligned columns (runs of spaces) stack by where they stand: a header word belongs to the
 * column whose cells (over all rows) it overlaps, else the nearest one; a spanner over several columns
 * ("Total return (%)", "Flows ($bn)") belongs to each of them.
 */
import type { TextSpan } from '../claim-read.ts';
import type { Cell } from './table-cells.ts';
import { YEAR_LABEL } from './table-elections.ts';

/** A header cell naming a measure or a unit, not a period: it may span several columns. */
const SPANNER =
  /%|\$|£|€|\b(?:total\s+)?(?:returns?|flows?|change|performance|perf\.?|bn|pp|bps?|per\s?cent|percent)\b/i;

/** Cells of a line by character position, split at runs of two or more spaces. */
function spaced(line: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The column names of a header stacked over `headerLines`, for rows `rowLines` of `width` cells.
 * @example stackedNames(['Index\t1-month\tYear to', '\treturn\tdate'], ['IWM\t1\t2'], 3) // ['Index', '1-month return', 'Year to date']
 */
export function stackedNames(headerLines: string[], rowLines: string[], width: number): string[] {
  const names: string[][] = Array.from({ length: width }, () => []);
  const sep = rowLines[0].includes('\t') ? '\t' : rowLines[0].includes('|') ? '|' : null;
  if (sep) {
    for (const line of headerLines) {
      const parts = line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .split(sep);
      // A header line of one cell fewer than the rows has no label cell.
      const shift = parts.length === width - 1 ? 1 : 0;
      parts.forEach((p, k) => {
        if (p.trim() && k + shift < width) names[k + shift].push(p.trim());
      });
    }
    return names.map((n) => n.join(' '));
  }
  // Aligned columns: each column's extent over all rows.
  const cols: TextSpan[] = [];
  for (const line of rowLines)
    spaced(line).forEach((c, k) => {
      if (k >= width) return;
      cols[k] = cols[k] ? { start: Math.min(cols[k].start, c.start), end: Math.max(cols[k].end, c.end) } : c;
    });
  const mid = (x: TextSpan) => (x.start + x.end) / 2;
  headerLines.forEach((line, li) => {
    const cs = spaced(line);
    cs.forEach((c, j) => {
      const words = line.slice(c.start, c.end);
      // A spanner above the last header line naming a measure or unit ("Returns (%)", "Flows ($bn)") names
      // the data columns between the midpoints to its neighbours; one over several columns names each.
      const lo = j > 0 ? (cs[j - 1].end + c.start) / 2 : Number.NEGATIVE_INFINITY;
      const hi = j + 1 < cs.length ? (c.end + cs[j + 1].start) / 2 : Number.POSITIVE_INFINITY;
      const spans = li < headerLines.length - 1 && SPANNER.test(words);
      const over = cols.flatMap((col, k) =>
        col &&
        k > 0 &&
        (spans ? mid(col) >= lo && mid(col) < hi : Math.min(c.end, col.end) > Math.max(c.start, col.start))
          ? [k]
          : [],
      );
      if (over.length > 1 || (spans && over.length > 0)) {
        for (const k of over) names[k].push(words);
        return;
      }
      let best = -1;
      let score = Number.NEGATIVE_INFINITY;
      cols.forEach((col, k) => {
        if (!col) return;
        const overlap = Math.min(c.end, col.end) - Math.max(c.start, col.start);
        const s = overlap > 0 ? overlap : -Math.abs((c.start + c.end) / 2 - (col.start + col.end) / 2);
        if (s > score) [best, score] = [k, s];
      });
      if (best >= 0) names[best].push(words);
    });
  });
  return names.map((n) => n.join(' '));
}

/**
 * The index of the line a table's caption would be on, above its header at `i`: the line right above, or a page's
 * heading with a blank line between them ("## Performance as of 11/30/2024 (%)", a line ending in ":" or "(%)",
 * or in "(%)" and its date: "Average annual returns (%) as of April 30, 2025");
 * -1 at the text's top.
 */
export function captionLine(lines: readonly { 0: string }[], i: number): number {
  const heading =
    i > 1 &&
    !lines[i - 1][0].trim() &&
    /^\s*#{1,6}\s|:\s*$|\(%\)(?:\s+(?:as\s+(?:of|at)|through)\s+[^()]{4,30})?\s*$/.test(lines[i - 2][0]);
  return heading ? i - 2 : i - 1;
}

/**
 * Whether a line's cells can head a table: two or more, with words after the first, none a number but a year
 * (a year is a column's period: "          2019     2020     2021" over "Fund      25.39    20.03    14.54").
 * @example isHeader(cells('Index  1-month  YTD', 0), isNumber) // true
 */
export function isHeader(head: readonly Cell[], isNumber: (c: Cell) => boolean): boolean {
  const rest = head.slice(1);
  return (
    head.length >= 2 &&
    !rest.some((c) => isNumber(c) && !YEAR_LABEL.test(c.text.trim())) &&
    rest.some((c) => !!c.text)
  );
}

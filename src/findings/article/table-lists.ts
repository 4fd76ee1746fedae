/**
 * A list of elections read as a table of them (./table-elections.ts): a lead-in ending in a colon that names a
 * series and a window after each vote ("Here is how the Russell 2000 did in the 21 trading days after each
 * of the last five elections:"), then two or more items of a year and a number ("- 2004: +7.9%", "• 2016 –
 * 11.0%"), or of two under a lead-in naming two series ("Election Day to Dec. 31, Russell 2000 vs S&P 500:" over
 * "- 1992: +10.7% vs +3.8%"). The lead-in is the table's header (its words its `lead`), its series the columns;
 * each item a row, read as "Russell 2000 rose 7.9% in the 21 days after the 2004 election." A list whose
 * lead-in names no elections, or fewer series than its items have numbers, is not read here.
 */
import type { TextSpan } from '../claim-read.ts';
import { isAbbreviation } from './sentence-stops.ts';
import { findSubjects } from './subjects.ts';
import { yearItem } from './table-cells.ts';
import { ELECTIONS } from './table-elections.ts';
import type { TextTable } from './tables.ts';

/** A lead-in: words ending in a colon, no table cells. */
const LEAD = /^[^\t|\n]{10,300}:\s*$/;

/**
 * The lists of elections of an article's lines (each line's text and offset), as tables.
 * @example yearLists(lines)[0].columns.map((c) => c.header) // ['Election', 'Russell 2000']
 */
export function yearLists(lines: readonly RegExpMatchArray[]): TextTable[] {
  const out: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    // The lead-in is the line's last sentence ("… a presidential vote. Here is how the Russell 2000 did …:").
    const line = lines[i][0];
    // (not at an abbreviation's point: "Election Day to Dec. 31, Russell 2000 vs S&P 500:")
    const stops = [...line.matchAll(/[.!?]["”’]?\s+/g)].filter((m) => !isAbbreviation(line, m.index));
    const skip = stops.length ? stops[stops.length - 1].index + stops[stops.length - 1][0].length : 0;
    const lead = line.slice(skip);
    if (!LEAD.test(lead) || !ELECTIONS.test(lead)) continue;
    let j = i + 1;
    if (j < lines.length && !lines[j][0].trim()) j++;
    // "Russell 2000 vs S&P 500:" over "- 1992: +10.7% vs +3.8%": a column for each series, in order.
    const width = yearItem(lines[j]?.[0] ?? '')?.length ?? 0;
    const series = findSubjects(lead).slice(0, width - 1);
    if (!width || series.length !== width - 1) continue;
    const rows: TextSpan[] = [];
    for (; j < lines.length && yearItem(lines[j][0])?.length === width; j++) {
      const at = lines[j].index ?? 0;
      rows.push({ start: at, end: at + lines[j][0].length });
    }
    if (rows.length < 2) continue;
    const at = (lines[i].index ?? 0) + skip;
    const names = series.map((x) => lead.slice(x.start, x.end).replace(/^the\s+/i, ''));
    out.push({
      header: { start: at, end: at + lead.length },
      columns: [
        { header: 'Election', phrase: null },
        ...names.map((name) => ({ header: name, phrase: null })),
      ],
      ...(/%|per\s?cent/i.test(lines[i + 1 + (lines[i + 1][0].trim() ? 0 : 1)][0])
        ? { unit: 'percent' }
        : {}),
      rows,
      lead: lead.trim(),
    });
    i = j - 1;
  }
  return out;
}

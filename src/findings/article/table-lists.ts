/**
 * A list of elections read as a table of them (./table-elections.ts): a lead-in ending in a colon that names a
 * series and a window after each vote ("Here is how the Russell 2000 did in the 21 trading days after each
 * of the last five elections:"), then two or more items of a year and a number ("- 2004: +7.9%", "• 2016 –
 * 11.0%"). The lead-in is the table's header (its words its `lead`), its series the one column; each item a
 * row, read as "Russell 2000 rose 7.9% in the 21 days after the 2004 election." A list whose lead-in names
 * no elections or no series is not read here.
 */
import type { TextSpan } from '../claim-read.ts';
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
    const skip = /^(?:.*[.!?]["”’]?\s+)?/.exec(line)?.[0].length ?? 0;
    const lead = line.slice(skip);
    if (!LEAD.test(lead) || !ELECTIONS.test(lead)) continue;
    const series = findSubjects(lead)[0];
    if (!series) continue;
    let j = i + 1;
    if (j < lines.length && !lines[j][0].trim()) j++;
    const rows: TextSpan[] = [];
    for (; j < lines.length && yearItem(lines[j][0]); j++) {
      const at = lines[j].index ?? 0;
      rows.push({ start: at, end: at + lines[j][0].length });
    }
    if (rows.length < 2) continue;
    const at = (lines[i].index ?? 0) + skip;
    const name = lead.slice(series.start, series.end).replace(/^the\s+/i, '');
    out.push({
      header: { start: at, end: at + lead.length },
      columns: [
        { header: 'Election', phrase: null },
        { header: name, phrase: null },
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

/**
 * Tables pasted as text: lines of cells separated by tabs, else pipes, else runs of two or more spaces
 * (aligned columns; HTML and Markdown tables arrive as tab-separated lines, ./html-text.ts, ./markdown-text.ts).
 * A table is a header line whose cells after the first hold no number, followed, in the same block, by
 * rows whose first cell names something and whose other cells hold at least one number. A header of one
 * cell fewer than its rows has an empty first cell. Each cell is read as its row's label, the number and
 * its column's period (./table-columns.ts), in the unit the cell, its column or the table states (a
 * '%' or 'per cent' in the header or the caption line above it; a cell with no unit anywhere is not
 * read). A column that names no period ("Return", "% chg") leaves the cell to the caption's window; a
 * column of levels ("Close", "Price", "Assets") or index points ("Pts chg") holds no claim. A transposed
 * table (names across the header, periods down the rows: "Date | Russell 2000 | S&P 500", "Nov. 9 | +3.1% |
 * +1.1%") reads each cell as its column's name over its row's period. A header stacked over two or three
 * lines ("1-month" over "return") names each column by the words above it (./table-header.ts).
 */
import type { TextSpan } from '../claim-read.ts';
import { annualizedNear, NOTES_BELOW, perYear } from './table-annual.ts';
import { type Cell, cells, isSeparator } from './table-cells.ts';
import { closesSpan, isDaily, notAChange, unitlessCell } from './table-closes.ts';
import { columnKind, columnPhrase, columnSubject, periodPhrase, unitOf } from './table-columns.ts';
import { electionCell, YEAR_LABEL } from './table-elections.ts';
import { captionLine, isHeader, stackedNames } from './table-header.ts';
import { yearLists } from './table-lists.ts';
import { moneyRow } from './table-money.ts';
import { pointsUnit, rowSentence } from './table-points.ts';

export { type Cell, cells, isSeparator } from './table-cells.ts';

/** A column of a table: the header's words, the period phrase they give, and a unit if they state one. */
export interface TableColumn {
  header: string;
  phrase: string | null;
  unit?: string;
}

/** A table found in the text: its header line, its columns and its rows' line offsets. */
export interface TextTable {
  /** The line just above the header, when it is words and no cells ("Table 1: Returns, per cent"). */
  caption?: TextSpan & { text?: string };
  header: TextSpan;
  columns: TableColumn[];
  /** A list's lead-in, which names its series and its window ("… in the month after each election:", ./table-lists.ts). */
  lead?: string;
  /** The lines up to five above the header (a title over a dateline: "… in the month after each election"). */
  above?: string;
  /** The unit the header line or the caption above it states for every column ('%' → 'percent'). */
  unit?: string;
  rows: TextSpan[];
  /** Its periods longer than a year are annual rates (./table-annual.ts). */
  annualized?: boolean;
}

/** A numeric cell: "+1.58", "−3.8%", "4.7 pct", "(2.1)", "12bp". */
export const NUMERIC =
  /^\(?[+\-\u2212\u2013]?\s?(?:(?:US)?[$£€]\s?\d[\d,]*(?:\.\d+)?\)?\s*(?:bn|b|mn|mm|m|billion|million)?|\d[\d,]*(?:\.\d+)?\)?\s*(?:%|pp|bps?|pts?|pct|per\s?cent|percent|bn|mn|mm|billion|million)?)$/i;
const isNumber = (c: Cell) => NUMERIC.test(c.text.replace(/\s+/g, ' '));
const BLANK = /^(?:n\/?a|—|–|-|\.\.|nm|n\.m\.)?$/i;

// A year labels a row ("2016 | +11.0% | +4.3%": an election's, or a calendar year's).
const isLabel = (c?: Cell) => !!c?.text && (!isNumber(c) || YEAR_LABEL.test(c.text));
const isRow = (cs: Cell[]) => cs.length >= 2 && isLabel(cs[0]) && cs.slice(1).some(isNumber);

/**
 * The tables of an article.
 * @example findTables('Index\tFriday\tSince the vote\nRussell 2000\t−3.8\t−7.0')[0].columns.map((c) => c.phrase) // ['on Friday', 'since the vote']
 */
export function findTables(text: string): TextTable[] {
  const lines = [...text.matchAll(/[^\n]*/g)].filter((m) => m.index === 0 || text[m.index - 1] === '\n');
  const out: TextTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = cells(lines[i][0], lines[i].index);
    if (!isHeader(head, isNumber)) continue;
    // A stacked header: up to two more lines of words under the first (./table-header.ts).
    let first = i + 1;
    while (first < lines.length && first - i < 3 && !isSeparator(lines[first][0])) {
      const cs = cells(lines[first][0], lines[first].index);
      if (isRow(cs) || cs.length === 0 || cs.some(isNumber) || cs.every((c) => !c.text)) break;
      first++;
    }
    // A Markdown table pasted as text: its "|---|---|" line ends the header.
    const sep = first < lines.length && isSeparator(lines[first][0]) ? 1 : 0;
    const rows: TextSpan[] = [];
    let width = 0;
    for (let j = first + sep; j < lines.length; j++) {
      const cs = cells(lines[j][0], lines[j].index);
      if (!isRow(cs)) break;
      width = Math.max(width, cs.length);
      rows.push({ start: lines[j].index, end: lines[j].index + lines[j][0].length });
    }
    if (rows.length === 0) continue;
    const stack = lines.slice(i, first).map((l) => l[0]);
    const names =
      stack.length > 1
        ? stackedNames(
            stack,
            rows.map((r) => text.slice(r.start, r.end)),
            width,
          )
        : head.map((c) => c.text);
    if (names.length === width - 1) names.unshift('');
    const cap = captionLine(lines, i); // the line above, or a page's heading a blank line above
    const above = cap >= 0 ? lines[cap][0] : '';
    // A stacked header's units are its columns' (a spanner names its own); the caption's is the table's.
    const unit =
      (stack.length > 1 ? undefined : unitOf(stack[0])) ?? (above.trim() ? unitOf(above) : undefined);
    const titled = above.trim() && cells(above, 0).length < 2 && !/\d%|\d\s*per\s*cent/i.test(above);
    const prev = cap >= 0 ? lines[cap] : undefined;
    const annualized = annualizedNear(lines, i - 5, first + sep + rows.length + NOTES_BELOW);
    out.push({
      above: lines
        .slice(Math.max(0, i - 5), i)
        .map((l) => l[0])
        .join('\n'),
      ...(titled && prev
        ? { caption: { start: prev.index, end: prev.index + prev[0].length, text: prev[0].trim() } }
        : {}),
      header: { start: lines[i].index, end: lines[first - 1 + sep].index + lines[first - 1 + sep][0].length },
      columns: names.map((h) => ({
        header: h,
        phrase: columnPhrase(h),
        ...(unitOf(h) ? { unit: unitOf(h) } : {}),
      })),
      ...(unit ? { unit } : {}),
      rows,
      ...(annualized ? { annualized } : {}),
    });
    i += rows.length + sep;
  }
  const inTable = (x: TextTable) =>
    out.some((t) => x.header.start < t.rows[t.rows.length - 1].end && x.header.end > t.header.start);
  return [...out, ...yearLists(lines).filter((x) => !inTable(x))].sort(
    (a, b) => a.header.start - b.header.start,
  );
}

/**
 * For each cell of a table row holding a number: the sentence it says ("Russell 2000 fell 3.8% on
 * Friday."), or why it cannot be read; with the cell's offsets.
 * @example rowSentences(table, 'Russell 2000\t−3.8', 40)[0].sentence // 'Russell 2000 fell 3.8% on Friday.'
 */
export function rowSentences(
  table: TextTable,
  line: string,
  at: number,
): { cell: Cell; column: TableColumn; sentence?: string; why?: string; notClaim?: string }[] {
  const cs = cells(line, at);
  const label = cs[0].text;
  // Transposed: columns are names ("Russell 2000", "S&P 500") and the row's label a period ("Nov. 9").
  const rowPeriod = periodPhrase(label);
  const named = table.columns.slice(1).map((c) => c.header && columnSubject(c.header, table.caption?.text));
  const transposed = !!rowPeriod && named.every((x) => !!x);
  const out: { cell: Cell; column: TableColumn; sentence?: string; why?: string; notClaim?: string }[] = [];
  // A day's table ("Close", "Pts chg" beside it): a change with no period of its own is the day's.
  const daily = table.columns.some((c) => isDaily(c.header));
  cs.slice(1).forEach((cell, k) => {
    if (BLANK.test(cell.text) || !isNumber(cell)) return;
    const column = table.columns[k + 1] ?? { header: '', phrase: null };
    const kind = columnKind(
      column.header,
      table.columns.map((c) => c.header),
    );
    if (kind !== 'change') {
      out.push(notAChange(label, column, kind, cell, transposed));
      return;
    }
    const t = cell.text.replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, ' ');
    const negative = /^\(.*\)$|^-/.test(t);
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(t)?.[0] ?? '';
    // A money column ("Net Flows ($, mm)", "Weekly flows") or cell ("$4.1bn"): "IWM took in $4.1bn this week".
    const money = moneyRow(label, column, cell, t, negative, digits);
    if (money) {
      out.push(money);
      return;
    }
    const unit = unitOf(t) ?? column.unit ?? table.unit ?? pointsUnit(column.header, cs, label, t);
    if (!unit) {
      const day = transposed ? rowPeriod : undefined; // "2024-11-05 | 2260.84": a close (./table-closes.ts)
      out.push({ cell, column, ...unitlessCell(column.header, day, cell.text) });
      return;
    }
    const value = `${digits}${{ percent: '%', pp: ' percentage points' }[unit] ?? ' basis points'}${perYear(table, column.header, unit)}`;
    const verb = unit === 'percent' ? (negative ? 'fell' : 'rose') : negative ? 'trailed by' : 'led by';
    const election = electionCell(table, label, column, verb, value);
    if (transposed || election) {
      out.push({
        cell,
        column,
        ...(election ?? { sentence: `${named[k] || column.header} ${verb} ${value} ${rowPeriod}.` }),
      });
      return;
    }
    const when = column.phrase ? ` ${column.phrase}` : daily ? ' on the day' : closesSpan(table.columns);
    // "CAR [0,+2]": an abnormal return, over the market.
    if (unit === 'percent' && /\b(?:c?ar|abnormal|excess)\b/i.test(column.header)) {
      out.push({ cell, column, sentence: `${label}'s CAR${when} was ${negative ? '-' : ''}${value}.` });
      return;
    }
    out.push({ cell, column, sentence: rowSentence(label, verb, value, when, negative) });
  });
  return out;
}

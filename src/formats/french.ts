/**
 * Kenneth R. French Data Library CSV files, original or cleaned: a preamble (with the CRSP vintage), then
 * sections, each a title line, a header (`,Lo 10,2-Dec,...` or `Date,Mkt-RF,...`) and rows of
 * `date, value, value, …`. Conventions (docs/import.md):
 * - dates: YYYYMMDD → that day (daily), YYYYMM → last calendar day of the month, YYYY → Dec 31 (annual);
 * - returns and factors are percent in the file and stored as decimals (÷100); firm counts and average firm
 *   size (USD millions) are stored as they are; -99.99 and -999 mean missing (NULL, counted);
 * - sections: value-/equal-weighted returns, 'Number of Firms', 'Average Firm Size' / 'Average Market Cap',
 *   factor blocks; characteristic sections (BE/ME, OP, investment, 'Sum of BE / Sum of ME') are SKIPPED and
 *   reported with their row counts;
 * - vintage: `opts.vintage`, else the header ('created using the 202602 CRSP database' → 'CRSP 202602'),
 *   else the file name (`_vintage202505_` → 'CRSP 202505 (inferred)'), else an error;
 * - an untitled portfolio block (a cleaned file) is value- or equal-weighted only if `opts.weighting` or the
 *   file name (VALUEWEIGHTED / EQUALWEIGHTED) says so; otherwise it is an error asking for --weighting.
 */

import { quote } from '../quote.ts';
import { readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import { checkFrenchValue } from './french-bounds.ts';
import { frenchDay, frenchVintage, frenchWeightingFromName } from './french-names.ts';
import { bump, newStats, type Parsed, type ParseOptions, type SeriesBlock } from './types.ts';
import { parseNumberCell } from './validate.ts';

/** Options for French files. */
export interface FrenchOptions extends ParseOptions {
  /** Overrides the vintage read from the header or the file name, e.g. 'CRSP 202505'. */
  vintage?: string;
  /** Weighting of untitled portfolio blocks (cleaned files): 'value' or 'equal'. */
  weighting?: 'value' | 'equal';
}

type Role = Pick<SeriesBlock, 'weighting' | 'measure'> & { factors: boolean };

function classify(title: string, names: string[], untitled: 'value' | 'equal' | undefined): Role | null {
  if (names.includes('Mkt-RF') || names.includes('RF'))
    return { factors: true, weighting: 'none', measure: 'return' };
  if (/number of firms/i.test(title)) return { factors: false, weighting: 'none', measure: 'firms' };
  if (/average (firm size|market cap)/i.test(title))
    return { factors: false, weighting: 'none', measure: 'avg_size' };
  if (/return/i.test(title) && /equal[ -]weight/i.test(title))
    return { factors: false, weighting: 'equal', measure: 'return' };
  if (/return/i.test(title) && /value[ -]weight/i.test(title))
    return { factors: false, weighting: 'value', measure: 'return' };
  if (title === '' && untitled) return { factors: false, weighting: untitled, measure: 'return' };
  return null;
}

/**
 * A percent cell as a decimal, correctly rounded: '3.03' → Number('3.03e-2') = 0.0303 exactly as a double
 * literal would be (3.03 / 100 would give 0.030299999999999997).
 * @example percentToDecimal(' 9.75', 9.75) // 0.0975
 */
export function percentToDecimal(cell: string, parsed: number): number {
  const s = cell.trim();
  return /e/i.test(s) ? parsed / 100 : Number(`${s}e-2`);
}

const FREQ: Record<number, SeriesBlock['frequency']> = { 8: 'daily', 6: 'monthly', 4: 'annual' };

/**
 * Parses a French library CSV into series blocks (portfolios and/or factors) with the vintage.
 * @example parseFrench(text, { file: 'Portfolios_Formed_on_ME_monthly_vintage202602.CSV' }).portfolios[0].names
 */
export function parseFrench(text: string, opts: FrenchOptions = {}): Parsed {
  const file = opts.file ?? '<text>';
  const recs = readCsv(text, { file, limits: opts.limits, headerRows: 0 });
  if (recs.every((r) => r.cells.length === 1 && r.cells[0].trim() === ''))
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  const lines = recs.map((r) => r.cells.join(','));
  /** True when record j is text (one cell) or a blank line separates it from record j - 1. */
  const breaks = (j: number) => recs[j].cells.length < 2 || recs[j].line > recs[j - 1].end + 1;
  const vintage = frenchVintage(lines, file, opts.vintage);
  const untitled = opts.weighting ?? frenchWeightingFromName(file);
  const stats = newStats();
  const portfolios: SeriesBlock[] = [];
  const factors: SeriesBlock[] = [];
  const skipped: { title: string; line: number; rows: number }[] = [];
  let k = 0;
  while (k < recs.length) {
    const cells = recs[k].cells;
    const first = cells[0].trim().toLowerCase();
    const isHeader = cells.length > 1 && (first === '' || first === 'date') && cells[1].trim() !== '';
    if (!isHeader) {
      if (cells.length > 1 && /^\s*\d{4,8}\s*$/.test(cells[0])) {
        throw new ImportError({
          file,
          line: recs[k].line,
          column: '',
          reason: 'data row before any header line',
        });
      }
      k++;
      continue;
    }
    // the title: the contiguous text lines (one cell, no blank line between) right above the header
    let t = k - 1;
    while (t >= 0 && recs[t].cells.length === 1 && recs[t].cells[0].trim() !== '' && !breaks(t + 1)) t--;
    const title = lines
      .slice(t + 1, k)
      .map((s) => s.trim())
      .join(' ');
    const names = cells.slice(1).map((c) => c.trim());
    while (names.length && names[names.length - 1] === '') names.pop();
    const headerLine = recs[k].line;
    let end = k + 1;
    while (end < recs.length && !breaks(end)) end++;
    const rows = end - k - 1;
    const role = classify(title, names, untitled);
    if (!role) {
      if (title === '') {
        throw new ImportError({
          file,
          line: headerLine,
          column: '',
          reason:
            'a portfolio block with no title: say whether it is value- or equal-weighted with --weighting value|equal',
        });
      }
      skipped.push({ title, line: headerLine, rows });
      bump(stats.rejected, 'French characteristic section skipped (BE/ME, OP, investment)', rows);
      k = end;
      continue;
    }
    const width = names.length;
    const day = new Int32Array(rows);
    const lineNo = new Int32Array(rows);
    const values = new Float64Array(rows * width);
    let freq: SeriesBlock['frequency'] | undefined;
    const at = { file, line: 0, column: '' };
    for (let r = 0; r < rows; r++) {
      const row = recs[k + 1 + r].cells;
      at.line = recs[k + 1 + r].line;
      at.column = 'Date';
      if (row.length > width + 1 && row.slice(width + 1).some((c) => c.trim() !== '')) {
        throw new ImportError({
          ...at,
          column: '',
          reason: `row has ${row.length - 1} values; the header has ${width}`,
        });
      }
      if (row.length < width + 1) {
        throw new ImportError({
          ...at,
          column: names[row.length - 1] ?? '',
          reason: `row has ${row.length - 1} values; the header has ${width}`,
        });
      }
      const d = row[0].trim();
      const f = FREQ[d.length];
      if (!/^\d+$/.test(d) || !f) {
        throw new ImportError({
          ...at,
          reason: `unknown date format ${quote(row[0])}; expected YYYYMMDD, YYYYMM or YYYY`,
        });
      }
      if (freq && f !== freq)
        throw new ImportError({ ...at, reason: `date ${d} is ${f} in a ${freq} section` });
      freq = f;
      day[r] = frenchDay(d, at);
      lineNo[r] = at.line;
      for (let c = 0; c < width; c++) {
        at.column = names[c];
        let v = parseNumberCell(row[c + 1], at);
        if (v === -99.99 || v === -999 || Number.isNaN(v)) {
          v = Number.NaN;
          bump(stats.missing, title || names[c]);
        } else if (role.measure === 'return') v = percentToDecimal(row[c + 1], v);
        checkFrenchValue(v, role.measure, at);
        values[r * width + c] = v;
      }
    }
    stats.rowsRead += rows;
    const block: SeriesBlock = {
      title,
      frequency: freq ?? 'monthly',
      weighting: role.weighting,
      measure: role.measure,
      names,
      day,
      line: lineNo,
      values,
    };
    if (rows > 0) (role.factors ? factors : portfolios).push(block);
    k = end;
  }
  if (portfolios.length + factors.length === 0) {
    throw new ImportError({ file, line: 0, column: '', reason: 'no French data section found' });
  }
  const notes = [
    `vintage ${vintage}; percent → decimal for returns and factors; -99.99/-999 → NULL`,
    'dates: daily as is, monthly → last calendar day of the month, annual → Dec 31',
  ];
  if (skipped.length)
    notes.push(
      `skipped ${skipped.length} characteristic section(s): ${skipped.map((s) => s.title.slice(0, 60)).join('; ')}`,
    );
  return { kind: 'french', stats, notes, vintage, portfolios, factors, skippedSections: skipped };
}

/**
 * The ETF formats of the generic family (docs/import.md), header names case-insensitive:
 * - etf-flows: `date,ticker` + any of `flow` (USD, + = inflow), `shares_outstanding`, `nav` (USD/share), `aum` (USD);
 * - etfs: `ticker,name,category[,benchmark,issuer,inception]`.
 */

import { headerOf, need } from './csv-header.ts';
import { ImportError } from './errors.ts';
import { checkText } from './text-fields.ts';
import { checkIdentifier, normalizeTicker } from './ticker.ts';
import { bump, newStats, type Parsed, type ParseOptions } from './types.ts';
import {
  type CellAt,
  checkNonNegative,
  checkSigned,
  isMissing,
  parseDateCell,
  parseNumberCell,
} from './validate.ts';

/**
 * Parses ETF flow inputs: `date,ticker` + any of flow, shares_outstanding, nav, aum.
 * @example parseEtfFlows('date,ticker,flow\n2016-11-09,IWM,1.2e9\n').flows.flow[0] // 1.2e9
 */
export function parseEtfFlows(text: string, opts: ParseOptions = {}): Parsed {
  const file = opts.file ?? '<text>';
  const { rows, header, names } = headerOf(text, file, opts.limits);
  const cDate = need(names, header, file, 'date');
  const cT = need(names, header, file, 'ticker', 'id');
  const cols = ['flow', 'shares_outstanding', 'nav', 'aum'].map((f) => names.indexOf(f));
  if (cols.every((c) => c < 0)) need(names, header, file, 'flow');
  const n = rows.length;
  const out = {
    ticker: [] as string[],
    day: new Int32Array(n),
    line: new Int32Array(n),
    flow: new Float64Array(n),
    sharesOutstanding: new Float64Array(n),
    nav: new Float64Array(n),
    aum: new Float64Array(n),
  };
  const targets = [out.flow, out.sharesOutstanding, out.nav, out.aum];
  const stats = newStats();
  let m = 0;
  for (const rec of rows) {
    stats.rowsRead++;
    const cells = rec.cells;
    const at: CellAt = { file, line: rec.line, column: header[cDate] };
    out.day[m] = parseDateCell(cells[cDate] ?? '', at);
    const t = normalizeTicker(cells[cT] ?? '');
    if (!t) throw new ImportError({ ...at, column: header[cT], reason: 'empty ticker' });
    checkIdentifier(t, { ...at, column: header[cT] });
    let any = 0;
    cols.forEach((c, j) => {
      const v = c < 0 ? Number.NaN : parseNumberCell(cells[c] ?? '', { ...at, column: header[c] });
      if (c >= 0 && Number.isNaN(v)) bump(stats.missing, header[c]);
      if (j > 0) checkNonNegative(v, header[c] ?? '', { ...at, column: header[c] ?? '' });
      else checkSigned(v, header[c] ?? 'flow', { ...at, column: header[c] ?? '' });
      if (!Number.isNaN(v)) any++;
      targets[j][m] = v;
    });
    if (!any) {
      bump(stats.rejected, 'all value cells missing');
      continue;
    }
    out.ticker.push(t);
    out.line[m++] = rec.line;
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  return {
    kind: 'etf-flows',
    stats,
    notes: ['flows in USD (positive = inflow); nav in USD per share; aum in USD'],
    flows: {
      ticker: out.ticker,
      day: out.day.subarray(0, m),
      line: out.line.subarray(0, m),
      flow: out.flow.subarray(0, m),
      sharesOutstanding: out.sharesOutstanding.subarray(0, m),
      nav: out.nav.subarray(0, m),
      aum: out.aum.subarray(0, m),
    },
  };
}

/**
 * Parses ETF registry rows: `ticker,name,category[,benchmark,issuer,inception]`.
 * @example parseEtfs('ticker,name,category\nIWM,iShares Russell 2000 ETF,US small cap\n').etfs.category // ['US small cap']
 */
export function parseEtfs(text: string, opts: ParseOptions = {}): Parsed {
  const file = opts.file ?? '<text>';
  const { rows, header, names } = headerOf(text, file, opts.limits);
  const cT = need(names, header, file, 'ticker');
  need(names, header, file, 'name');
  need(names, header, file, 'category');
  const idx = (f: string) => names.indexOf(f);
  const e = {
    ticker: [] as string[],
    name: [] as (string | null)[],
    category: [] as (string | null)[],
    benchmark: [] as (string | null)[],
    issuer: [] as (string | null)[],
    inception: new Float64Array(rows.length),
    line: new Int32Array(rows.length),
  };
  const stats = newStats();
  for (const rec of rows) {
    stats.rowsRead++;
    const cells = rec.cells;
    const k = rec.line - 1;
    const v = (f: string) => {
      const j = idx(f);
      if (j < 0 || cells[j] === undefined || isMissing(cells[j])) return null;
      return checkText(cells[j].trim(), { file, line: k + 1, column: header[j] });
    };
    const t = normalizeTicker(cells[cT] ?? '');
    if (!t) throw new ImportError({ file, line: k + 1, column: header[cT], reason: 'empty ticker' });
    checkIdentifier(t, { file, line: k + 1, column: header[cT] });
    const i = e.ticker.length;
    e.ticker.push(t);
    e.name.push(v('name'));
    e.category.push(v('category'));
    e.benchmark.push(v('benchmark'));
    e.issuer.push(v('issuer'));
    const inc = v('inception');
    e.inception[i] = inc ? parseDateCell(inc, { file, line: k + 1, column: 'inception' }) : Number.NaN;
    e.line[i] = k + 1;
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  const n = e.ticker.length;
  return {
    kind: 'etfs',
    stats,
    notes: ['ETF registry rows: category, benchmark, issuer, inception'],
    etfs: { ...e, inception: e.inception.subarray(0, n), line: e.line.subarray(0, n) },
  };
}

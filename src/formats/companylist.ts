/**
 * NASDAQ.com companylist screener CSV: `"Symbol","Name","LastSale","MarketCap","ADR TSO","IPOyear","Sector",
 * "Industry","Summary Quote",` (a trailing comma; 'n/a' for unknown). Gives securities (name, exchange,
 * NASDAQ-scheme sector and industry) and one market-cap observation per symbol at the snapshot date.
 * - ids follow capgap's ticker convention (that of the Stooq/Kaggle panel): `BRK.B` → `BRK-B`, `ABR^A` → `ABR_A`;
 * - exchange: `opts.exchange`, else NYSE/NASDAQ/AMEX in the file name, else NULL (noted);
 * - snapshot date: `opts.date`, else a YYYY-MM-DD in the file name, else an error;
 * - MarketCap is USD (also '$1.2B' / '$350M' forms); 'n/a' and 0 (the screener's 'unknown') → no market-cap
 *   row (counted as rejected);
 * - security_type is a guess: known ETF → etf, '^' → preferred, '.WS' → warrant, '.U' → unit, sector 'n/a' →
 *   unknown (funds, trusts), else common.
 */
import { checkWidth, isBlank, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import { baseName } from './text.ts';
import { checkText } from './text-fields.ts';
import { checkIdentifier, KNOWN_ETFS } from './ticker.ts';
import { bump, newStats, type Parsed, type ParseOptions } from './types.ts';
import { checkNonNegative, columnIndex, isMissing, parseDateCell, parseNumberCell } from './validate.ts';

/**
 * Capgap's id for an exchange symbol: upper case, class shares with '-', preferreds with '_'.
 * @example symbolToId('brk.b') // 'BRK-B'
 */
export function symbolToId(symbol: string): string {
  return symbol.trim().toUpperCase().replace(/\^/g, '_').replace(/\./g, '-');
}

function guessType(symbol: string, sector: string | null): string {
  const s = symbol.trim().toUpperCase();
  if (KNOWN_ETFS.has(s)) return 'etf';
  if (s.includes('^')) return 'preferred';
  if (/\.WS/.test(s)) return 'warrant';
  if (/\.U$/.test(s)) return 'unit';
  return sector ? 'common' : 'unknown';
}

function parseCap(cell: string, at: { file: string; line: number; column: string }): number {
  const m = /^\$\s*([\d.]+)\s*([MB])$/i.exec(cell.trim());
  if (m) return Number(m[1]) * (m[2].toUpperCase() === 'B' ? 1e9 : 1e6);
  return parseNumberCell(cell.replace(/^\$/, ''), at);
}

/**
 * Parses a companylist file into securities and market caps.
 * @example parseCompanyList(text, { file: 'companylist_NYSE_2016-09-21.csv' }).caps.marketCap
 */
export function parseCompanyList(
  text: string,
  opts: ParseOptions & { exchange?: string; date?: string } = {},
): Parsed {
  const file = opts.file ?? '<text>';
  const recs = readCsv(text, { file, limits: opts.limits }).filter((r) => !isBlank(r));
  if (recs.length === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  const notes: string[] = [];
  const exchange = checkText(
    opts.exchange?.toUpperCase() ?? /(NYSE|NASDAQ|AMEX)/i.exec(baseName(file))?.[1].toUpperCase() ?? null,
    { file, line: 0, column: '--exchange' },
  );
  if (!exchange) notes.push('exchange unknown (not in the file name; pass --exchange): stored as NULL');
  const dateText = opts.date ?? /(\d{4}-\d{2}-\d{2})/.exec(baseName(file))?.[1];
  if (!dateText) {
    throw new ImportError({
      file,
      line: 0,
      column: '',
      reason: 'no snapshot date: pass --date YYYY-MM-DD (or put it in the file name)',
    });
  }
  const day = parseDateCell(dateText, { file, line: 0, column: '--date' });
  const header = recs[0].cells;
  const c = columnIndex(header, ['Symbol', 'Name', 'MarketCap'], ['Sector', 'Industry'], file, recs[0].line);
  const stats = newStats();
  const n = recs.length - 1;
  const sec = {
    id: [] as string[],
    name: [] as (string | null)[],
    exchange: [] as (string | null)[],
    securityType: [] as (string | null)[],
    sector: [] as (string | null)[],
    industry: [] as (string | null)[],
    line: new Int32Array(n),
  };
  const caps = {
    id: [] as string[],
    day: new Int32Array(n),
    line: new Int32Array(n),
    marketCap: new Float64Array(n),
    sharesOutstanding: new Float64Array(n),
  };
  let m = 0;
  for (let k = 1; k < recs.length; k++) {
    stats.rowsRead++;
    const cells = recs[k].cells;
    const line = recs[k].line;
    checkWidth(recs[k], header.length, file);
    const at = { file, line, column: 'Symbol' };
    const symbol = (cells[c.Symbol] ?? '').trim();
    if (!symbol) throw new ImportError({ ...at, reason: 'empty symbol' });
    const id = symbolToId(symbol);
    checkIdentifier(id, at);
    const text = (j: number) =>
      j >= 0 && cells[j] !== undefined && !isMissing(cells[j])
        ? checkText(cells[j].trim(), { file, line, column: header[j].trim() })
        : null;
    const sector = text(c.Sector);
    sec.line[sec.id.length] = line;
    sec.id.push(id);
    sec.name.push(text(c.Name));
    sec.exchange.push(exchange);
    sec.securityType.push(guessType(symbol, sector));
    sec.sector.push(sector);
    sec.industry.push(text(c.Industry));
    at.column = header[c.MarketCap].trim();
    const cap = parseCap(cells[c.MarketCap] ?? '', at);
    if (Number.isNaN(cap)) {
      bump(stats.rejected, 'market cap n/a (security stored, no market-cap row)');
      continue;
    }
    checkNonNegative(cap, 'market cap', at);
    if (cap === 0) {
      bump(stats.rejected, 'market cap 0 = unknown (security stored, no market-cap row)');
      continue;
    }
    caps.id.push(id);
    caps.day[m] = day;
    caps.line[m] = line;
    caps.marketCap[m] = cap;
    caps.sharesOutstanding[m++] = Number.NaN;
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  notes.push(
    `market caps in USD as of ${dateText}; ids use '-' for share classes and '_' for preferreds (BRK-B, ABR_A)`,
  );
  return {
    kind: 'companylist',
    stats,
    notes,
    securities: { ...sec, line: sec.line.subarray(0, sec.id.length) },
    securitiesMode: 'fill',
    caps: {
      ...caps,
      day: caps.day.subarray(0, m),
      line: caps.line.subarray(0, m),
      marketCap: caps.marketCap.subarray(0, m),
      sharesOutstanding: caps.sharesOutstanding.subarray(0, m),
    },
  };
}

/**
 * The S&P 500 securities file with GICS classification (Kaggle 'New York Stock Exchange' `securities.csv`):
 * `Tickersymbol,Security,SECfilings,GICSSector,GICSSubIndustry,...` (or the same names with spaces). It only
 * classifies: for tickers already in the store it overwrites sector (GICS Sector) and industry (GICS
 * Sub-Industry) and fills an empty name; unknown tickers are added with type 'common'.
 */

import { quote } from '../quote.ts';
import { symbolToId } from './companylist.ts';
import { checkWidth, isBlank, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import { checkText } from './text-fields.ts';
import { checkIdentifier } from './ticker.ts';
import { newStats, type Parsed, type ParseOptions } from './types.ts';
import { checkUniqueHeader, isMissing } from './validate.ts';

/**
 * Parses a GICS securities file into securities rows (classify mode).
 * @example parseGics('Tickersymbol,Security,SECfilings,GICSSector,GICSSubIndustry\nMMM,3M Company,reports,Industrials,Industrial Conglomerates\n').securities.sector // ['Industrials']
 */
export function parseGics(text: string, opts: ParseOptions = {}): Parsed {
  const file = opts.file ?? '<text>';
  const recs = readCsv(text, { file, limits: opts.limits }).filter((r) => !isBlank(r));
  if (recs.length === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  checkUniqueHeader(recs[0].cells, file, recs[0].line);
  const header = recs[0].cells.map((h) => h.trim().toLowerCase().replace(/\s+/g, ''));
  const col = (name: string) => {
    const k = header.indexOf(name);
    if (k < 0)
      throw new ImportError({
        file,
        line: 1,
        column: name,
        reason: `missing required column ${quote(name)}`,
      });
    return k;
  };
  const cT = col('tickersymbol');
  const cN = col('security');
  const cS = col('gicssector');
  const cI2 = header.includes('gicssub-industry')
    ? header.indexOf('gicssub-industry')
    : col('gicssubindustry');
  const stats = newStats();
  const s = {
    id: [] as string[],
    name: [] as (string | null)[],
    exchange: [] as (string | null)[],
    securityType: [] as (string | null)[],
    sector: [] as (string | null)[],
    industry: [] as (string | null)[],
    line: new Int32Array(recs.length),
  };
  for (let k = 1; k < recs.length; k++) {
    stats.rowsRead++;
    const cells = recs[k].cells;
    const line = recs[k].line;
    checkWidth(recs[k], header.length, file);
    const t = (cells[cT] ?? '').trim();
    if (!t) throw new ImportError({ file, line, column: 'Tickersymbol', reason: 'empty ticker' });
    checkIdentifier(t, { file, line, column: 'Tickersymbol' });
    const v = (j: number) =>
      cells[j] !== undefined && !isMissing(cells[j])
        ? checkText(cells[j].trim(), { file, line, column: recs[0].cells[j]?.trim() ?? '' })
        : null;
    s.line[s.id.length] = line;
    s.id.push(symbolToId(t));
    s.name.push(v(cN));
    s.exchange.push(null);
    s.securityType.push('common');
    s.sector.push(v(cS));
    s.industry.push(v(cI2));
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  return {
    kind: 'gics',
    stats,
    notes: [
      'GICS sector and sub-industry overwrite securities.sector/industry; other fields only filled where empty',
    ],
    securities: { ...s, line: s.line.subarray(0, s.id.length) },
    securitiesMode: 'classify',
  };
}

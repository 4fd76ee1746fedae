/**
 * Staging of parsed tables: each table a parsed file holds goes into a TEMP table (see stage.ts) with the
 * specs of its target table (keys, values, the columns that partition imports) and the SQL that clears the
 * dataset's rows for --replace.
 */

import { guessSecurityType } from '../../formats/ticker.ts';
import type { Parsed, SeriesBlock } from '../../formats/types.ts';
import type { Store } from '../store.ts';
import { type StageColumn, stageRows, type TableSpec } from './stage.ts';
import type { WriteOptions } from './writer.ts';

/** The target tables: primary keys, value columns and the key columns that partition imports. */
export const SPECS: Record<string, TableSpec> = {
  bars: {
    table: 'bars',
    keys: ['id', 'date', 'source'],
    values: ['open', 'high', 'low', 'close', 'adj_close', 'volume', 'dividend', 'split_factor'],
    scope: ['source'],
    numeric: true,
  },
  market_caps: {
    table: 'market_caps',
    keys: ['id', 'date', 'source'],
    values: ['market_cap', 'shares_outstanding'],
    scope: ['source'],
    numeric: true,
  },
  portfolio_series: {
    table: 'portfolio_series',
    keys: ['dataset', 'vintage', 'frequency', 'weighting', 'measure', 'portfolio', 'date'],
    values: ['value'],
    scope: ['dataset', 'vintage', 'frequency'],
    numeric: true,
  },
  factors: {
    table: 'factors',
    keys: ['dataset', 'vintage', 'frequency', 'factor', 'date'],
    values: ['value'],
    scope: ['dataset', 'vintage', 'frequency'],
    numeric: true,
  },
  etf_flows: {
    table: 'etf_flows',
    keys: ['ticker', 'date', 'source'],
    values: ['flow', 'shares_outstanding', 'nav', 'aum'],
    scope: ['source'],
    numeric: true,
  },
  etfs: { table: 'etfs', keys: ['ticker'], values: ['name', 'category', 'benchmark', 'issuer', 'inception'] },
};

/** A staged table ready to be checked and inserted. */
export interface Staged {
  stg: string;
  spec: TableSpec;
  n: number;
  /** SQL run before inserting when replacing. */
  clear: string;
}

const str = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Flat row indexes (block, row, column) over series blocks. */
function flatBlocks(blocks: SeriesBlock[]) {
  let n = 0;
  for (const b of blocks) n += b.day.length * b.names.length;
  const block = new Int32Array(n);
  const row = new Int32Array(n);
  const col = new Int32Array(n);
  let i = 0;
  blocks.forEach((b, bi) => {
    for (let r = 0; r < b.day.length; r++) {
      for (let c = 0; c < b.names.length; c++) {
        block[i] = bi;
        row[i] = r;
        col[i++] = c;
      }
    }
  });
  return { n, block, row, col };
}

/** Stages every data table of a parsed file; returns what was staged. */
export async function stageAll(store: Store, p: Parsed, o: WriteOptions): Promise<Staged[]> {
  const ds = o.dataset;
  const out: Staged[] = [];
  const fixed = (name: string, v: string): StageColumn => ({ name, type: 'VARCHAR', get: () => v });
  if (p.bars?.day.length) {
    const b = p.bars;
    const cols: StageColumn[] = [
      { name: 'id', type: 'VARCHAR', get: (i) => b.tickers[b.ticker[i]] },
      { name: 'date', type: 'DATE', get: (i) => b.day[i] },
      fixed('source', ds),
      { name: 'open', type: 'DOUBLE', get: (i) => b.open[i] },
      { name: 'high', type: 'DOUBLE', get: (i) => b.high[i] },
      { name: 'low', type: 'DOUBLE', get: (i) => b.low[i] },
      { name: 'close', type: 'DOUBLE', get: (i) => b.close[i] },
      { name: 'adj_close', type: 'DOUBLE', get: (i) => b.adjClose[i] },
      { name: 'volume', type: 'DOUBLE', get: (i) => b.volume[i] },
      { name: 'dividend', type: 'DOUBLE', get: (i) => b.dividend[i] },
      { name: 'split_factor', type: 'DOUBLE', get: (i) => b.splitFactor[i] },
    ];
    await stageRows(store, '_stg_bars', cols, b.day.length, (i) => b.line[i]);
    out.push({
      stg: '_stg_bars',
      spec: SPECS.bars,
      n: b.day.length,
      clear: `DELETE FROM bars WHERE source = ${str(ds)}`,
    });
  }
  for (const which of ['portfolios', 'factors'] as const) {
    const blocks = p[which];
    if (!blocks?.length) continue;
    const f = flatBlocks(blocks);
    const vintage = p.vintage ?? '';
    const isP = which === 'portfolios';
    const cols: StageColumn[] = [
      fixed('dataset', ds),
      fixed('vintage', vintage),
      { name: 'frequency', type: 'VARCHAR', get: (i) => blocks[f.block[i]].frequency },
      ...(isP
        ? [
            {
              name: 'weighting',
              type: 'VARCHAR',
              get: (i: number) => blocks[f.block[i]].weighting,
            } as StageColumn,
            {
              name: 'measure',
              type: 'VARCHAR',
              get: (i: number) => blocks[f.block[i]].measure,
            } as StageColumn,
          ]
        : []),
      { name: isP ? 'portfolio' : 'factor', type: 'VARCHAR', get: (i) => blocks[f.block[i]].names[f.col[i]] },
      { name: 'date', type: 'DATE', get: (i) => blocks[f.block[i]].day[f.row[i]] },
      {
        name: 'value',
        type: 'DOUBLE',
        get: (i) => {
          const b = blocks[f.block[i]];
          return b.values[f.row[i] * b.names.length + f.col[i]];
        },
      },
    ];
    const stg = isP ? '_stg_portfolio_series' : '_stg_factors';
    await stageRows(store, stg, cols, f.n, (i) => blocks[f.block[i]].line[f.row[i]]);
    const freqs = [...new Set(blocks.map((b) => b.frequency))].map(str).join(', ');
    const table = isP ? 'portfolio_series' : 'factors';
    out.push({
      stg,
      spec: SPECS[table],
      n: f.n,
      clear: `DELETE FROM ${table} WHERE dataset = ${str(ds)} AND vintage = ${str(vintage)} AND frequency IN (${freqs})`,
    });
  }
  if (p.caps?.day.length) {
    const c = p.caps;
    await stageRows(
      store,
      '_stg_market_caps',
      [
        { name: 'id', type: 'VARCHAR', get: (i) => c.id[i] },
        { name: 'date', type: 'DATE', get: (i) => c.day[i] },
        fixed('source', ds),
        { name: 'market_cap', type: 'DOUBLE', get: (i) => c.marketCap[i] },
        { name: 'shares_outstanding', type: 'DOUBLE', get: (i) => c.sharesOutstanding[i] },
      ],
      c.day.length,
      (i) => c.line[i],
    );
    out.push({
      stg: '_stg_market_caps',
      spec: SPECS.market_caps,
      n: c.day.length,
      clear: `DELETE FROM market_caps WHERE source = ${str(ds)}`,
    });
  }
  if (p.flows?.day.length) {
    const f = p.flows;
    await stageRows(
      store,
      '_stg_etf_flows',
      [
        { name: 'ticker', type: 'VARCHAR', get: (i) => f.ticker[i] },
        { name: 'date', type: 'DATE', get: (i) => f.day[i] },
        fixed('source', ds),
        { name: 'flow', type: 'DOUBLE', get: (i) => f.flow[i] },
        { name: 'shares_outstanding', type: 'DOUBLE', get: (i) => f.sharesOutstanding[i] },
        { name: 'nav', type: 'DOUBLE', get: (i) => f.nav[i] },
        { name: 'aum', type: 'DOUBLE', get: (i) => f.aum[i] },
      ],
      f.day.length,
      (i) => f.line[i],
    );
    out.push({
      stg: '_stg_etf_flows',
      spec: SPECS.etf_flows,
      n: f.day.length,
      clear: `DELETE FROM etf_flows WHERE source = ${str(ds)}`,
    });
  }
  if (p.etfs?.ticker.length) {
    const e = p.etfs;
    await stageRows(
      store,
      '_stg_etfs',
      [
        { name: 'ticker', type: 'VARCHAR', get: (i) => e.ticker[i] },
        { name: 'name', type: 'VARCHAR', get: (i) => e.name[i] },
        { name: 'category', type: 'VARCHAR', get: (i) => e.category[i] },
        { name: 'benchmark', type: 'VARCHAR', get: (i) => e.benchmark[i] },
        { name: 'issuer', type: 'VARCHAR', get: (i) => e.issuer[i] },
        { name: 'inception', type: 'DATE', get: (i) => e.inception[i] },
      ],
      e.ticker.length,
      (i) => e.line[i],
    );
    out.push({
      stg: '_stg_etfs',
      spec: SPECS.etfs,
      n: e.ticker.length,
      clear: 'DELETE FROM etfs WHERE ticker IN (SELECT ticker FROM _stg_etfs)',
    });
  }
  return out;
}

/** Stages the securities a parsed file names: its own rows, else one row per bar ticker with a type guess. */
export async function stageSecurities(store: Store, p: Parsed): Promise<boolean> {
  const s = p.securities;
  if (s?.id.length) {
    await stageRows(
      store,
      '_stg_securities',
      [
        { name: 'id', type: 'VARCHAR', get: (i) => s.id[i] },
        { name: 'name', type: 'VARCHAR', get: (i) => s.name[i] },
        { name: 'exchange', type: 'VARCHAR', get: (i) => s.exchange[i] },
        { name: 'security_type', type: 'VARCHAR', get: (i) => s.securityType[i] },
        { name: 'sector', type: 'VARCHAR', get: (i) => s.sector[i] },
        { name: 'industry', type: 'VARCHAR', get: (i) => s.industry[i] },
      ],
      s.id.length,
      (i) => s.line[i],
    );
    return true;
  }
  return stageTickerSecurities(store, p.bars?.tickers ?? []);
}

/** Stages one securities row per ticker: type guessed ('index' for ^…, 'etf' if known, else 'unknown'). */
export async function stageTickerSecurities(store: Store, tickers: string[]): Promise<boolean> {
  if (!tickers.length) return false;
  await stageRows(
    store,
    '_stg_securities',
    [
      { name: 'id', type: 'VARCHAR', get: (i) => tickers[i] },
      { name: 'name', type: 'VARCHAR', get: () => null },
      { name: 'exchange', type: 'VARCHAR', get: (i) => (tickers[i].startsWith('^') ? 'INDEX' : null) },
      { name: 'security_type', type: 'VARCHAR', get: (i) => guessSecurityType(tickers[i]) },
      { name: 'sector', type: 'VARCHAR', get: () => null },
      { name: 'industry', type: 'VARCHAR', get: () => null },
    ],
    tickers.length,
    () => 0,
  );
  return true;
}

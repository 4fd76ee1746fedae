/**
 * Staging of parsed tables: each table a parsed file holds goes into a TEMP table (see stage.ts) with the
 * specs of its target table (keys, values, the columns that partition imports) and the SQL that clears the
 * dataset's rows for --replace.
 */
import type { Parsed } from '../../formats/types.ts';
import type { Store } from '../store.ts';
import { lit as str } from './panel-sql.ts';
import { type StageColumn, stageRows } from './stage.ts';
import { stageSeriesBlocks } from './stage-series-blocks.ts';
import { SPECS, type Staged } from './table-specs.ts';
import type { WriteOptions } from './writer.ts';

/**
 * Stages every data table of a parsed file; returns what was staged. With `made` (a file staged chunk by
 * chunk), rows go into tables already made, which `made` names (and which this adds to).
 */
export async function stageAll(
  store: Store,
  p: Parsed,
  o: WriteOptions,
  made?: Set<string>,
): Promise<Staged[]> {
  const append = (stg: string) => {
    if (!made) return false;
    const had = made.has(stg);
    made.add(stg);
    return had;
  };
  const ds = o.dataset;
  const out: Staged[] = [];
  const fixed = (name: string, v: string): StageColumn => ({
    name,
    type: 'VARCHAR',
    get: () => v,
    constant: v,
  });
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
    await stageRows(store, '_stg_bars', cols, b.day.length, (i) => b.line[i], append('_stg_bars'));
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
    out.push(await stageSeriesBlocks(store, which, blocks, ds, p.vintage ?? ''));
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
      append('_stg_market_caps'),
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
      append('_stg_etf_flows'),
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
      append('_stg_etfs'),
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

/**
 * The writer: stages every table a parsed file holds, checks them all (see stage.ts), and only then writes
 * everything — data rows, securities, the `datasets` row — in ONE store transaction. Any error before or
 * during the transaction leaves the store exactly as it was.
 */
import type { Store } from '../store.ts';
import {
  checkStaged,
  dropStaged,
  insertStaged,
  mayOverlap,
  type StageColumn,
  stageRows,
  type TableSpec,
} from './stage.ts';
import { guessSecurityType } from './ticker.ts';
import type { Parsed, SeriesBlock } from './types.ts';

/** The `datasets` row an import writes (keyed by name). */
export interface DatasetRow {
  name: string;
  kind: string;
  vintage: string | null;
  source: string;
  citation: string | null;
  file: string;
  sha256: string;
}

/** Where and how to write a parsed file. */
export interface WriteOptions {
  /** Dataset name: bars.source, market_caps.source, etf_flows.source, or portfolio_series/factors.dataset. */
  dataset: string;
  /** The registry row. */
  row: DatasetRow;
  /** The file name for error messages. */
  file: string;
  /** Replace what the store holds for this dataset (and vintage/frequency for French) instead of refusing. */
  replace?: boolean;
}

/** What the writer did: rows stored per table (new + already there), new rows, identical duplicates skipped. */
export interface WriteResult {
  stored: Record<string, number>;
  added: Record<string, number>;
  duplicates: number;
}

export const SPECS: Record<string, TableSpec> = {
  bars: {
    table: 'bars',
    keys: ['id', 'date', 'source'],
    values: ['open', 'high', 'low', 'close', 'adj_close', 'volume', 'dividend', 'split_factor'],
    scope: ['source'],
  },
  market_caps: {
    table: 'market_caps',
    keys: ['id', 'date', 'source'],
    values: ['market_cap', 'shares_outstanding'],
    scope: ['source'],
  },
  portfolio_series: {
    table: 'portfolio_series',
    keys: ['dataset', 'vintage', 'frequency', 'weighting', 'measure', 'portfolio', 'date'],
    values: ['value'],
    scope: ['dataset', 'vintage', 'frequency'],
  },
  factors: {
    table: 'factors',
    keys: ['dataset', 'vintage', 'frequency', 'factor', 'date'],
    values: ['value'],
    scope: ['dataset', 'vintage', 'frequency'],
  },
  etf_flows: {
    table: 'etf_flows',
    keys: ['ticker', 'date', 'source'],
    values: ['flow', 'shares_outstanding', 'nav', 'aum'],
    scope: ['source'],
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

async function stageAll(store: Store, p: Parsed, o: WriteOptions): Promise<Staged[]> {
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
async function stageSecurities(store: Store, p: Parsed): Promise<boolean> {
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

/**
 * Writes securities: new ids are inserted; existing rows are only filled where empty (security_type also
 * where 'unknown'), except in 'classify' mode (GICS), which overwrites sector and industry.
 */
async function writeSecurities(store: Store, ds: string, mode: 'fill' | 'classify'): Promise<number> {
  const src = '(SELECT DISTINCT ON (id) * FROM _stg_securities ORDER BY id, line)';
  const n = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM ${src} s WHERE NOT EXISTS (SELECT 1 FROM securities t WHERE t.id = s.id)`,
  );
  await store.run(
    `INSERT INTO securities (id, ticker, name, exchange, security_type, sector, industry, source)
     SELECT s.id, s.id, s.name, s.exchange, coalesce(s.security_type, 'unknown'), s.sector, s.industry, ${str(ds)}
     FROM ${src} s WHERE NOT EXISTS (SELECT 1 FROM securities t WHERE t.id = s.id)`,
  );
  const sector = mode === 'classify' ? 'coalesce(s.sector, t.sector)' : 'coalesce(t.sector, s.sector)';
  const industry =
    mode === 'classify' ? 'coalesce(s.industry, t.industry)' : 'coalesce(t.industry, s.industry)';
  await store.run(
    `UPDATE securities t SET
       name = coalesce(t.name, s.name),
       exchange = coalesce(t.exchange, s.exchange),
       security_type = CASE WHEN t.security_type IS NULL OR t.security_type = 'unknown'
                            THEN coalesce(s.security_type, t.security_type) ELSE t.security_type END,
       sector = ${sector},
       industry = ${industry}
     FROM ${src} s WHERE t.id = s.id`,
  );
  return n ? Number(n.n) : 0;
}

/**
 * Stages, checks and writes a parsed file in one transaction, with its `datasets` row (imported_at is kept
 * when the same file, by sha256, was imported before, so a repeat import changes nothing).
 * @example await writeParsed(store, parseYahoo(text, { file }), { dataset: 'yahoo/^RUT', row, file })
 */
export async function writeParsed(store: Store, p: Parsed, o: WriteOptions): Promise<WriteResult> {
  const staged = await stageAll(store, p, o);
  const hasSec = await stageSecurities(store, p);
  return commitStaged(
    store,
    staged,
    hasSec ? (p.securities ? p.securities.id.length : -1) : 0,
    p.securitiesMode ?? 'fill',
    o,
  );
}

/**
 * Checks staged tables, then writes them, the staged securities (`securities` rows staged: >0 counted as
 * stored, -1 staged from tickers, 0 none) and the datasets row in one transaction; drops the staging tables.
 */
export async function commitStaged(
  store: Store,
  staged: Staged[],
  securities: number,
  mode: 'fill' | 'classify',
  o: WriteOptions,
): Promise<WriteResult> {
  const hasSec = securities !== 0;
  try {
    let duplicates = 0;
    const dupes: number[] = [];
    for (const s of staged) {
      const d = await checkStaged(store, s.stg, s.spec, {
        file: o.file,
        replace: o.replace,
        scope: `dataset ${o.dataset}`,
      });
      dupes.push(d);
      duplicates += d;
    }
    const overlaps: boolean[] = [];
    for (const s of staged) overlaps.push(!o.replace && (await mayOverlap(store, s.stg, s.spec)));
    const stored: Record<string, number> = {};
    const added: Record<string, number> = {};
    const total = staged.reduce((a, s) => a + s.n, 0) - duplicates;
    await store.transaction(async () => {
      for (let k = 0; k < staged.length; k++) {
        const s = staged[k];
        if (o.replace) await store.run(s.clear);
        added[s.spec.table] = await insertStaged(
          store,
          s.stg,
          s.spec,
          dupes[k],
          overlaps[k] || s.spec.table === 'etfs',
        );
        stored[s.spec.table] = s.n - dupes[k];
      }
      if (hasSec) added.securities = await writeSecurities(store, o.dataset, mode);
      if (securities > 0) stored.securities = securities;
      const r = o.row;
      await store.run(
        `INSERT INTO datasets (name, kind, vintage, source, citation, file, sha256, rows, imported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()::TIMESTAMP)
         ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, vintage = excluded.vintage, source = excluded.source,
           citation = excluded.citation, file = excluded.file, rows = excluded.rows,
           imported_at = CASE WHEN datasets.sha256 = excluded.sha256 THEN datasets.imported_at ELSE excluded.imported_at END,
           sha256 = excluded.sha256`,
        [r.name, r.kind, r.vintage, r.source, r.citation, r.file, r.sha256, total],
      );
    });
    return { stored, added, duplicates };
  } finally {
    for (const s of staged) await dropStaged(store, s.stg);
    if (hasSec) await dropStaged(store, '_stg_securities');
  }
}

/**
 * Small loaders for the size-bucket engine's real inputs, straight into the store with DuckDB's read_csv:
 * the Kaggle/Stooq stock panel (`Date,Ticker,Open,High,Low,Close,Volume`, prices adjusted for splits and
 * dividends) into `bars` (adjusted close in `adj_close`, `close` NULL: the file has no raw close), and the
 * NASDAQ companylist snapshots into `market_caps` (one row per symbol at the snapshot date) and
 * `securities` (name, exchange, sector, industry and a security type by the rules in
 * formats/security-type.ts). Companylist symbols are mapped to panel tickers: `^` → `_`, `.` → `-`,
 * spaces trimmed (`BRK.B` → `BRK-B`, `ABR^A` → `ABR_A`).
 * The general importers live in src/formats/; these exist so the engine can be tested and benchmarked alone.
 */

import { basename } from 'node:path';
import { classifySecurity, duplicateClasses } from '../formats/security-type.ts';
import { refreshCapAnchors } from './cap-anchors.ts';
import { stagePanel } from './panel-stage.ts';
import type { Store } from './store.ts';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const _ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Options of loadStockPanelCsv. */
export interface PanelCsvOptions {
  /** Dataset name written to bars.source; defaults to 'kaggle/stocks'. */
  dataset?: string;
  /** Only rows on or after this ISO date. */
  from?: string;
  /** Only rows on or before this ISO date. */
  to?: string;
}

/**
 * Loads a `Date,Ticker,Open,High,Low,Close,Volume` panel (CSV or .csv.gz) into `bars` and untyped
 * `securities` rows (type from the ticker rules; companylist rows loaded later refine them). Every row is
 * checked by the import path's rules (store/import/panel-sql.ts: finite non-negative numbers without `_` or
 * thousands separators, zero-padded ISO dates within 1900 .. a year ahead, tickers without control or bidi
 * characters); the first bad row among those kept by `from`/`to` (and any row whose date cannot be read)
 * throws the same ImportError as `capgap import` (file, line, column). Rows outside `from`/`to` are neither
 * loaded nor checked (the real 2015–2017 panel holds one bad row, 2017-08-10 HLG with Low = -1, which
 * `capgap import` refuses too). Rows without a Close are kept with a NULL price, as before.
 * @example await loadStockPanelCsv(store, '../shared/data/stocks/…/stocks_daily_….csv.gz', { from: '2016-09-01' })
 */
export async function loadStockPanelCsv(
  store: Store,
  file: string,
  options: PanelCsvOptions = {},
): Promise<number> {
  const dataset = options.dataset ?? 'kaggle/stocks';
  const where: string[] = [];
  if (options.from) where.push(`date >= DATE ${q(options.from)}`);
  if (options.to) where.push(`date <= DATE ${q(options.to)}`);
  await stagePanel(store, file, dataset, where);
  await store.transaction(async () => {
    await store.run(`
      INSERT OR REPLACE INTO bars (source, id, date, open, high, low, close, adj_close, volume)
      SELECT ${q(dataset)}, id, date, open, high, low, NULL, adj_close, volume FROM _pl_stg
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date`);
    await store.run('DROP TABLE _pl_stg');
    const ids = await store.all<{ id: string }>(
      `SELECT DISTINCT b.id FROM bars b LEFT JOIN securities s ON s.id = b.id WHERE b.source = $1 AND s.id IS NULL`,
      [dataset],
    );
    for (let i = 0; i < ids.length; i += 500) {
      const values = ids
        .slice(i, i + 500)
        .map(({ id }) => `(${q(id)}, ${q(id)}, ${q(classifySecurity(id).type)}, ${q(dataset)})`);
      await store.run(
        `INSERT INTO securities (id, ticker, security_type, source) VALUES ${values.join(', ')}`,
      );
    }
    await store.run(
      `INSERT OR REPLACE INTO datasets (name, kind, source, file, rows, imported_at)
       SELECT ${q(dataset)}, 'stock-panel', 'Kaggle Huge Stock Market Dataset (Stooq), adjusted prices', ${q(basename(file))}, count(*), now()
       FROM bars WHERE source = ${q(dataset)}`,
    );
    await refreshCapAnchors(store);
  });
  const r = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM bars WHERE source = $1', [
    dataset,
  ]);
  return r?.n ?? 0;
}

/**
 * Loads NASDAQ companylist CSVs (one per exchange) as a market-cap snapshot on `date`.
 * @example await loadCompanylists(store, [{ file: 'companylist_NYSE_2016-09-21.csv', exchange: 'NYSE' }], '2016-09-21')
 */
export async function loadCompanylists(
  store: Store,
  files: readonly { file: string; exchange: string }[],
  date: string,
  dataset = `nasdaq/companylist-${date}`,
): Promise<number> {
  let total = 0;
  await store.transaction(async () => {
    for (const { file, exchange } of files) {
      const rows = await store.all<Record<string, string>>(
        `SELECT * FROM read_csv(${q(file)}, header = true, all_varchar = true)`,
      );
      const seen = new Set<string>();
      const idOf = (r: Record<string, string>) =>
        (r.Symbol ?? '').trim().toUpperCase().replaceAll('^', '_').replaceAll('.', '-');
      const typeOf = (r: Record<string, string>) =>
        classifySecurity(idOf(r), {
          name: r.Name,
          sector: r.Sector,
          industry: r.Industry,
          adrTso: r['ADR TSO'],
        }).type;
      const dups = duplicateClasses(
        rows
          .filter((r) => typeOf(r) === 'common')
          .map((r) => ({ id: idOf(r), name: r.Name, cap: Number(r.MarketCap) })),
      );
      await store.run(
        'CREATE OR REPLACE TEMP TABLE cl_rows (id VARCHAR, name VARCHAR, security_type VARCHAR, sector VARCHAR, industry VARCHAR, cap DOUBLE)',
      );
      const a = await store.connection.createAppender('cl_rows');
      for (const r of rows) {
        const id = idOf(r);
        if (!id || seen.has(id)) continue;
        seen.add(id);
        a.appendVarchar(id);
        a.appendVarchar(r.Name ?? '');
        a.appendVarchar(dups.has(id) ? 'share-class-duplicate' : typeOf(r));
        a.appendVarchar(r.Sector ?? '');
        a.appendVarchar(r.Industry ?? '');
        const cap = Number(r.MarketCap);
        if (Number.isFinite(cap) && cap > 0) a.appendDouble(cap);
        else a.appendNull();
        a.endRow();
      }
      a.closeSync();
      await store.run(
        `INSERT OR REPLACE INTO securities (id, ticker, name, exchange, security_type, sector, industry, source)
         SELECT id, id, name, ${q(exchange)}, security_type, sector, industry, ${q(dataset)} FROM cl_rows`,
      );
      await store.run(
        `INSERT OR REPLACE INTO market_caps (source, id, date, market_cap) SELECT ${q(dataset)}, id, DATE ${q(date)}, cap FROM cl_rows`,
      );
      await store.run('DROP TABLE cl_rows');
      total += seen.size;
    }
    await store.run(
      `INSERT OR REPLACE INTO datasets (name, kind, vintage, source, file, rows, imported_at)
       VALUES (${q(dataset)}, 'companylist', ${q(date)}, 'NASDAQ.com companylist screener download', ${q(files.map((f) => basename(f.file)).join(', '))}, ${total}, now())`,
    );
    await refreshCapAnchors(store);
  });
  return total;
}

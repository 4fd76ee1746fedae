/**
 * The long stock panel, fast: DuckDB `read_csv` (gzip handled) reads the file into a TEMP table of text cells
 * with each row's file line; SQL finds the first bad row, which the JS validator then names exactly
 * (file, line, column, reason); the rows are cast and staged in SQL and written in one transaction.
 * Prices are split- and dividend-adjusted: Close → adj_close, close NULL. Rows with no Close are rejected
 * and counted; other missing cells become NULL and are counted.
 */
import { ImportError } from '../../formats/errors.ts';
import { BAD_ROW } from '../../formats/generic.ts';
import { resolveLimits } from '../../formats/limits.ts';
import { PANEL_NOTES } from '../../formats/panel-text.ts';
import { baseName } from '../../formats/text.ts';
import { withLiteralPath } from '../literal-path.ts';
import type { Store } from '../store.ts';
import type { ImportOptions, ImportSummary } from './import-types.ts';
import { badRowError, duckError } from './panel-errors.ts';
import { lit, PANEL_NUM, panelColumns, rawPanelSql, typedPanelSql } from './panel-sql.ts';
import { scanFile } from './scan-file.ts';
import { commitStaged, SPECS, stageTickerSecurities } from './writer.ts';

/** Options the panel path needs beyond ImportOptions. */
export interface PanelOptions extends ImportOptions {
  sha256: string;
  reason: string;
  dataset: string;
}
/**
 * Imports a long stock panel through DuckDB; same guarantees as `importFile` (atomic, idempotent).
 * @example await importPanel(store, 'stocks.csv.gz', { sha256, reason, dataset: 'stock-panel/stocks' })
 */
export async function importPanel(store: Store, path: string, o: PanelOptions): Promise<ImportSummary> {
  const file = path;
  const progress = (phase: string) => o.onProgress?.({ file, phase });
  progress('read');
  const limits = resolveLimits(o.limits);
  const scan = await scanFile(path, o.limits);
  if (scan.records - 1 > limits.maxRows) {
    throw new ImportError({
      file,
      line: 0,
      column: '',
      reason: `more than ${limits.maxRows.toLocaleString('en-US')} rows (limit; --max-rows to raise)`,
    });
  }
  const names = scan.header.map((h) => h.trim());
  const col = panelColumns(file, names);
  try {
    try {
      // a name holding glob characters is read as that one file (../literal-path.ts)
      await withLiteralPath(path, (literal) =>
        store.run(
          rawPanelSql('_raw_panel', literal, names, { maxLineChars: limits.maxLineChars, gzip: scan.gzip }),
        ),
      );
    } catch (err) {
      throw duckError(err, file, scan);
    }
    if (scan.shifts.length) {
      await store.run('CREATE OR REPLACE TEMP TABLE _panel_shifts (rec BIGINT, extra BIGINT)');
      const values = scan.shifts.map(([r, e]) => `(${r}, ${e})`);
      for (let i = 0; i < values.length; i += 10_000) {
        await store.run(`INSERT INTO _panel_shifts VALUES ${values.slice(i, i + 10_000).join(', ')}`);
      }
    }
    await store.run(
      typedPanelSql(
        '_stg_bars',
        '_raw_panel',
        col,
        o.dataset,
        scan.shifts.length ? '_panel_shifts' : undefined,
      ),
    );
    await store.run('DROP TABLE _raw_panel');
    progress('validate');
    const total = await store.one<{ n: number }>('SELECT count(*) AS n FROM _stg_bars');
    if (!total || total.n === 0)
      throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
    const bad = await store.one<{ line: number; raw: (string | null)[] }>(
      'SELECT line, raw FROM _stg_bars WHERE bad ORDER BY line LIMIT 1',
    );
    const rejected: Record<string, number> = {};
    const badNotes: string[] = [];
    if (bad) {
      const err = badRowError(bad.raw, file, Number(bad.line));
      if (!o.rejectBadRows) throw err;
      const nBad = await store.one<{ n: number }>('SELECT count(*) AS n FROM _stg_bars WHERE bad');
      rejected[BAD_ROW] = Number(nBad?.n ?? 0);
      badNotes.push(`first bad row rejected: ${err.message}`);
    }
    progress('stage');
    const miss = await store.one(
      `SELECT ${PANEL_NUM.map((c) => `count(*) FILTER (WHERE "m_${c}")::DOUBLE AS "${c}"`).join(', ')} FROM _stg_bars WHERE NOT bad`,
    );
    const missing: Record<string, number> = {};
    for (const c of PANEL_NUM) {
      const n = Number(miss?.[c] ?? 0);
      if (c === 'Close' && n) rejected['no price (Close missing)'] = n;
      else if (n) missing[c] = n;
    }
    if (bad || miss?.Close) await store.run('DELETE FROM _stg_bars WHERE bad OR adj_close IS NULL');
    const n = await store.one<{ n: number }>('SELECT count(*) AS n FROM _stg_bars');
    const tickers = (await store.all<{ id: string }>('SELECT DISTINCT id FROM _stg_bars ORDER BY id')).map(
      (r) => r.id,
    );
    const hasSec = await stageTickerSecurities(store, tickers);
    progress('write');
    const last = await store.one<{ d: string }>('SELECT max(date)::VARCHAR AS d FROM _stg_bars');
    const res = await commitStaged(
      store,
      [
        {
          stg: '_stg_bars',
          spec: SPECS.bars,
          n: Number(n?.n ?? 0),
          clear: `DELETE FROM bars WHERE source = ${lit(o.dataset)}`,
        },
      ],
      hasSec ? -1 : 0,
      'fill',
      {
        dataset: o.dataset,
        file,
        replace: o.replace,
        row: {
          name: o.dataset,
          kind: 'stock-panel',
          vintage: last?.d ? `through ${last.d}` : null,
          source: 'long daily stock panel (Date,Ticker,OHLCV; adjusted prices)',
          citation: null,
          file: baseName(file),
          sha256: o.sha256,
        },
      },
    );
    if (res.duplicates) rejected['duplicate row (identical to an earlier line)'] = res.duplicates;
    progress('done');
    return {
      file,
      kind: 'stock-panel',
      reason: o.reason,
      dataset: o.dataset,
      registryName: o.dataset,
      vintage: last?.d ? `through ${last.d}` : null,
      rowsRead: Number(total.n),
      stored: res.stored,
      added: res.added,
      rejected,
      missing,
      notes: [...PANEL_NOTES, `${tickers.length} tickers`, ...badNotes],
    };
  } finally {
    await store.run('DROP TABLE IF EXISTS _raw_panel');
    await store.run('DROP TABLE IF EXISTS _panel_shifts');
    await store.run('DROP TABLE IF EXISTS _stg_bars');
  }
}

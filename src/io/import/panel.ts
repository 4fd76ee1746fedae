/**
 * The long stock panel, fast: DuckDB `read_csv` (gzip handled) reads the file into a TEMP table of text cells
 * with each row's file line; SQL finds the first bad row, which the JS validator then names exactly
 * (file, line, column, reason); the rows are cast and staged in SQL and written in one transaction.
 * Prices are split- and dividend-adjusted: Close → adj_close, close NULL. Rows with no Close are rejected
 * and counted; other missing cells become NULL and are counted.
 */
import type { Store } from '../store.ts';
import { ImportError } from './errors.ts';
import type { ImportOptions, ImportSummary } from './import-file.ts';
import { PANEL_NOTES } from './panel-text.ts';
import { baseName } from './text.ts';
import { checkNonNegative, parseDateCell, parseNumberCell } from './validate.ts';
import { commitStaged, SPECS, stageTickerSecurities } from './writer.ts';

const COLS = ['Date', 'Ticker', 'Open', 'High', 'Low', 'Close', 'Volume'] as const;
const NUM = ['Open', 'High', 'Low', 'Close', 'Volume'] as const;

/** Options the panel path needs beyond ImportOptions. */
export interface PanelOptions extends ImportOptions {
  sha256: string;
  reason: string;
  dataset: string;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function duckError(err: unknown, file: string): ImportError {
  const msg = (err as Error).message ?? String(err);
  const line = Number(/line[: ]+(\d+)/i.exec(msg)?.[1] ?? 0);
  if (/unicode|utf-?8|encoding/i.test(msg)) {
    return new ImportError({
      file,
      line,
      column: '',
      reason: 'the file is not UTF-8; convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.csv > out.csv`',
    });
  }
  return new ImportError({ file, line, column: '', reason: `cannot read as CSV: ${msg.split('\n')[0]}` });
}

/**
 * Imports a long stock panel through DuckDB; same guarantees as `importFile` (atomic, idempotent).
 * @example await importPanel(store, 'stocks.csv.gz', { sha256, reason, dataset: 'stock-panel/stocks' })
 */
export async function importPanel(store: Store, path: string, o: PanelOptions): Promise<ImportSummary> {
  const file = path;
  const progress = (phase: string) => o.onProgress?.({ file, phase });
  progress('read');
  try {
    await store.run(
      `CREATE OR REPLACE TEMP TABLE _raw_panel AS
       SELECT row_number() OVER () + 1 AS line, *
       FROM read_csv(${lit(path)}, header = true, all_varchar = true, auto_detect = true, delim = ',', quote = '"')`,
    );
  } catch (err) {
    throw duckError(err, file);
  }
  try {
    const names = (await store.all<{ column_name: string }>('DESCRIBE _raw_panel')).map((r) => r.column_name);
    const col: Record<string, string> = {};
    for (const c of COLS) {
      const hit = names.find((n) => n.trim().toLowerCase() === c.toLowerCase());
      if (!hit)
        throw new ImportError({
          file,
          line: 1,
          column: c,
          reason: `missing required column "${c}" (header: ${names.slice(1).join(',')})`,
        });
      col[c] = `"${hit.replace(/"/g, '""')}"`;
    }
    const total = await store.one<{ n: number }>('SELECT count(*) AS n FROM _raw_panel');
    if (!total || total.n === 0)
      throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
    progress('validate');
    const missingMark = (c: string) =>
      `(${c} IS NULL OR lower(trim(${c})) IN ('', 'null', 'nan', 'n/a', 'na', '.', '-', 'none'))`;
    // one pass: cast every cell once, flag the cells that are neither a value nor a missing marker
    const lc = (c: string) => `"v_${c.toLowerCase()}"`;
    const badCell = (c: string) =>
      `CASE WHEN ${lc(c)} IS NULL THEN NOT ${missingMark(col[c])} ELSE (${lc(c)} < 0 OR NOT isfinite(${lc(c)})) END`;
    await store.run(
      `CREATE OR REPLACE TEMP TABLE _typed AS
       SELECT line, id, date, ${NUM.map(lc).join(', ')},
              ${NUM.map((c) => `${lc(c)} IS NULL AS "m_${c}"`).join(', ')},
              (date IS NULL OR id IS NULL OR id = '' OR ${NUM.map(badCell).join(' OR ')}) AS bad
       FROM (SELECT line, upper(trim(${col.Ticker})) AS id,
                    CASE WHEN length(trim(${col.Date})) = 10 THEN TRY_CAST(trim(${col.Date}) AS DATE) END AS date,
                    ${NUM.map((c) => `TRY_CAST(trim(${col[c]}) AS DOUBLE) AS ${lc(c)}, ${col[c]}`).join(', ')}
             FROM _raw_panel)`,
    );
    const first = await store.one<{ line: number }>('SELECT min(line) AS line FROM _typed WHERE bad');
    const bad =
      first && first.line !== null
        ? await store.one(
            `SELECT line, ${COLS.map((c) => `${col[c]} AS "${c}"`).join(', ')} FROM _raw_panel WHERE line = ${Number(first.line)}`,
          )
        : undefined;
    await store.run('DROP TABLE _raw_panel');
    const rejected: Record<string, number> = {};
    const badNotes: string[] = [];
    if (bad) {
      try {
        const at = { file, line: Number(bad.line), column: 'Date' };
        parseDateCell(String(bad.Date ?? ''), at);
        if (!String(bad.Ticker ?? '').trim())
          throw new ImportError({ ...at, column: 'Ticker', reason: 'empty ticker' });
        for (const c of NUM) {
          at.column = c;
          const v = parseNumberCell(String(bad[c] ?? ''), at);
          if (!Number.isFinite(v) && !Number.isNaN(v))
            throw new ImportError({ ...at, reason: `not a finite number ${JSON.stringify(bad[c])}` });
          checkNonNegative(v, c === 'Volume' ? 'volume' : 'price', at);
        }
        throw new ImportError({ ...at, column: '', reason: 'bad row' });
      } catch (err) {
        if (!o.rejectBadRows || !(err instanceof ImportError)) throw err;
        const nBad = await store.one<{ n: number }>('SELECT count(*) AS n FROM _typed WHERE bad');
        rejected['bad row (--reject-bad-rows): unparseable or negative number, or bad date'] = Number(
          nBad?.n ?? 0,
        );
        badNotes.push(`first bad row rejected: ${err.message}`);
      }
    }
    progress('stage');
    await store.run(
      `CREATE OR REPLACE TEMP TABLE _stg_bars AS
       SELECT line, id, date, ${lit(o.dataset)} AS source, ${lc('Open')} AS open, ${lc('High')} AS high,
              ${lc('Low')} AS low, NULL::DOUBLE AS close, ${lc('Close')} AS adj_close, ${lc('Volume')} AS volume,
              NULL::DOUBLE AS dividend, NULL::DOUBLE AS split_factor
       FROM _typed WHERE NOT bad AND ${lc('Close')} IS NOT NULL`,
    );
    const miss = await store.one(
      `SELECT ${NUM.map((c) => `count(*) FILTER (WHERE "m_${c}")::DOUBLE AS "${c}"`).join(', ')} FROM _typed WHERE NOT bad`,
    );
    await store.run('DROP TABLE _typed');
    const missing: Record<string, number> = {};
    for (const c of NUM) {
      const n = Number(miss?.[c] ?? 0);
      if (c === 'Close' && n) rejected['no price (Close missing)'] = n;
      else if (n) missing[c] = n;
    }
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
    for (const t of ['_raw_panel', '_typed', '_stg_bars']) await store.run(`DROP TABLE IF EXISTS ${t}`);
  }
}

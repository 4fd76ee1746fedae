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
    const badNum = NUM.map(
      (c) =>
        `(NOT ${missingMark(col[c])} AND (TRY_CAST(trim(${col[c]}) AS DOUBLE) IS NULL OR TRY_CAST(trim(${col[c]}) AS DOUBLE) < 0 OR NOT regexp_full_match(trim(${col[c]}), '[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?')))`,
    );
    const badDate = `(NOT regexp_full_match(coalesce(trim(${col.Date}), ''), '\\d{4}-\\d{2}-\\d{2}') OR TRY_CAST(trim(${col.Date}) AS DATE) IS NULL)`;
    const badTicker = `(${col.Ticker} IS NULL OR trim(${col.Ticker}) = '')`;
    const anyBad = `(${badDate} OR ${badTicker} OR ${badNum.join(' OR ')})`;
    const bad = await store.one(
      `SELECT line, ${COLS.map((c) => `${col[c]} AS "${c}"`).join(', ')} FROM _raw_panel
       WHERE ${anyBad} ORDER BY line LIMIT 1`,
    );
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
          checkNonNegative(v, c === 'Volume' ? 'volume' : 'price', at);
        }
        throw new ImportError({ ...at, column: '', reason: 'bad row' });
      } catch (err) {
        if (!o.rejectBadRows || !(err instanceof ImportError)) throw err;
        const counts = await store.one(
          `SELECT count(*) FILTER (WHERE ${badDate})::DOUBLE AS "Date",
                  count(*) FILTER (WHERE ${badTicker})::DOUBLE AS "Ticker",
                  ${NUM.map((c, i) => `count(*) FILTER (WHERE ${badNum[i]})::DOUBLE AS "${c}"`).join(', ')}
           FROM _raw_panel`,
        );
        for (const c of COLS) {
          const n = Number(counts?.[c] ?? 0);
          if (n) rejected[`bad row (--reject-bad-rows): ${c} unparseable, negative or not a date`] = n;
        }
        badNotes.push(`first bad row rejected: ${err.message}`);
      }
    }
    progress('stage');
    const num = (c: string) =>
      `CASE WHEN ${missingMark(col[c])} THEN NULL ELSE CAST(trim(${col[c]}) AS DOUBLE) END`;
    await store.run(
      `CREATE OR REPLACE TEMP TABLE _stg_bars AS
       SELECT line, upper(trim(${col.Ticker})) AS id, CAST(trim(${col.Date}) AS DATE) AS date, ${lit(o.dataset)} AS source,
              ${num('Open')} AS open, ${num('High')} AS high, ${num('Low')} AS low, NULL::DOUBLE AS close,
              ${num('Close')} AS adj_close, ${num('Volume')} AS volume, NULL::DOUBLE AS dividend, NULL::DOUBLE AS split_factor
       FROM _raw_panel WHERE NOT ${missingMark(col.Close)}${bad ? ` AND NOT ${anyBad}` : ''}`,
    );
    const miss = await store.one(
      `SELECT ${NUM.map((c) => `count(*) FILTER (WHERE ${missingMark(col[c])})::DOUBLE AS "${c}"`).join(', ')} FROM _raw_panel`,
    );
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
    await store.run('DROP TABLE IF EXISTS _raw_panel');
    await store.run('DROP TABLE IF EXISTS _stg_bars');
  }
}

/**
 * Hostile Parquet files for the import fuzzing (scripts/fuzz-ways-in.ts): the real Yahoo ^RUT fixture
 * (test/fixtures/import/yahoo/^RUT.csv) written as Parquet by DuckDB, then damaged — columns of the wrong
 * type (a boolean, a struct, a list, a blob, dates as doubles), zero rows, data pages overwritten or cut away
 * under an intact footer that still declares every row — and two bombs of seeded synthetic rows (labelled so):
 * 19 million identical rows in under 200 KB (under the row limit: the text limit must stop it) and 25 million
 * (over the row limit).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Hostile } from './fuzz-hostile-files.ts';

const RUT = fileURLToPath(new URL('../test/fixtures/import/yahoo/^RUT.csv', import.meta.url));
const COLS = `Date, Open, High, Low, Close, "Adj Close", Volume`;
const swap = (col: string, expr: string) => COLS.replace(col === 'Adj Close' ? '"Adj Close"' : col, expr);

/** The Parquet files as SQL over the real rows in table `t` (all text, as read from the CSV). */
const QUERIES: Record<string, string> = {
  'Parquet: a boolean Close': `SELECT ${swap('Close', '(Close::DOUBLE > 1200) AS Close')} FROM t`,
  'Parquet: a struct Close': `SELECT ${swap('Close', "{'a': Close} AS Close")} FROM t`,
  'Parquet: a list Close': `SELECT ${swap('Close', '[Close, Close] AS Close')} FROM t`,
  'Parquet: a blob Close': `SELECT ${swap('Close', 'Close::BLOB AS Close')} FROM t`,
  'Parquet: dates as doubles': `SELECT ${swap('Date', "replace(Date, '-', '')::DOUBLE AS Date")} FROM t`,
  'Parquet: typed columns': `SELECT Date::DATE AS Date, Open::DOUBLE AS Open, High::DOUBLE AS High, Low::DOUBLE AS Low, Close::DOUBLE AS Close, "Adj Close"::DOUBLE AS "Adj Close", Volume::DOUBLE AS Volume FROM t`,
  'Parquet: zero rows': `SELECT * FROM t WHERE false`,
  'Parquet: a carriage return in a cell': `SELECT ${swap('Close', 'Close || chr(13) AS Close')} FROM t`,
  'Parquet: synthetic bomb, 19 million identical rows (under the row limit)': `SELECT '2016-11-08' AS Date, 1.5 AS Open, 1.5 AS High, 1.5 AS Low, 1.5 AS Close, 1.5 AS "Adj Close", 7 AS Volume FROM range(19000000)`,
  'Parquet: synthetic, 25 million rows (over the row limit)': `SELECT '2016-11-08' AS Date, 1.5 AS Close FROM range(25000000)`,
};

/** Every hostile Parquet file, named `^RUT.parquet` (the detector reads the name for the ticker). */
export async function parquetHostiles(): Promise<Hostile[]> {
  const dir = mkdtempSync(join(tmpdir(), 'capgap-fuzz-parquet-'));
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(`CREATE TABLE t AS SELECT * FROM read_csv($1, all_varchar = true)`, [RUT]);
    const out: Hostile[] = [];
    const write = async (how: string, sql: string) => {
      const file = join(dir, `${out.length}.parquet`);
      await c.run(`COPY (${sql}) TO '${file}' (FORMAT parquet)`);
      const bytes = readFileSync(file);
      out.push({ name: '^RUT.parquet', bytes, how });
      return bytes;
    };
    for (const [how, sql] of Object.entries(QUERIES)) await write(how, sql);
    const good = await write('Parquet: the real file, undamaged', 'SELECT * FROM t');
    // the footer (its last 8 bytes: its length and PAR1) is kept; the pages it points to are not
    const footer = good.readUInt32LE(good.length - 8) + 8;
    const pages = good.subarray(4, good.length - footer);
    const zeroed = Buffer.from(good);
    zeroed.fill(0, 4 + Math.floor(pages.length / 3), 4 + Math.floor((2 * pages.length) / 3));
    out.push({
      name: '^RUT.parquet',
      bytes: zeroed,
      how: 'Parquet: data pages zeroed under an intact footer',
    });
    const cut = Buffer.concat([good.subarray(0, 4 + Math.floor(pages.length / 2)), good.subarray(-footer)]);
    out.push({ name: '^RUT.parquet', bytes: cut, how: 'Parquet: half the data cut away, the footer kept' });
    out.push({ name: '^RUT.parquet', bytes: good.subarray(0, good.length - 8), how: 'Parquet: no footer' });
    return out;
  } finally {
    c.closeSync();
    db.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ImportError } from '../../../src/formats/errors.ts';
import { importFile } from '../../../src/store/import/index.ts';
import { Store } from '../../../src/store/store.ts';
import { scratchDir } from '../../helpers/scratch-dir.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';

// Parquet files of unexpected types, written by DuckDB from the real ^RUT Yahoo fixture (47 rows, cut from
// ../shared/data/prices/yahoo_xjcarter_data): each is imported with the same rows as the CSV it came from
// (the reference), or refused naming the row and column with the store unchanged.
const RUT = fileURLToPath(new URL('../../fixtures/import/yahoo/^RUT.csv', import.meta.url));
const dir = scratchDir('capgap-parquet-types-');
const REST = 'Open, High, Low, Close, "Adj Close", Volume';
const files: Record<string, string> = {
  // a date written by pandas from a tz-aware UTC index: TIMESTAMPTZ at midnight UTC
  tstzMidnight: `SELECT ("Date"::TIMESTAMP AT TIME ZONE 'UTC') AS "Date", ${REST} FROM r`,
  // midnight in New York: 04:00 or 05:00 UTC
  tstzNewYork: `SELECT ("Date"::TIMESTAMP AT TIME ZONE 'America/New_York') AS "Date", ${REST} FROM r`,
  dictionary: `SELECT strftime("Date", '%Y-%m-%d') AS "Date", ${REST} FROM r`,
  decimal: `SELECT "Date", Open, High, Low, Close::DECIMAL(18,6) AS Close, "Adj Close"::DECIMAL(18,6) AS "Adj Close", Volume::HUGEINT AS Volume FROM r`,
  struct: `SELECT "Date", Open, High, Low, {'v': Close} AS Close, "Adj Close", Volume FROM r`,
  list: `SELECT "Date", Open, High, Low, [Close] AS Close, "Adj Close", Volume FROM r`,
  zeroRows: `SELECT * FROM r WHERE false`,
};

let writer: Store;
before(async () => {
  writer = await Store.open(':memory:');
  await writer.run(
    `CREATE TEMP TABLE r AS SELECT * FROM read_csv('${RUT.replaceAll("'", "''")}', header = true)`,
  );
  for (const [name, sql] of Object.entries(files))
    await writer.run(`COPY (${sql}) TO '${join(dir, `${name}.parquet`)}' (FORMAT parquet)`);
});
after(() => writer.close());

async function imported(file: string, o: { timeZone?: string } = {}) {
  const store = await Store.open(':memory:');
  try {
    if (o.timeZone) await store.run(`SET TimeZone = '${o.timeZone}'`);
    const s = await importFile(store, file, { kind: 'yahoo', ticker: 'RUT' });
    const rows = await store.all<{ d: string; c: number; a: number }>(
      "SELECT strftime(date, '%Y-%m-%d') AS d, close AS c, adj_close AS a FROM bars WHERE id = 'RUT' ORDER BY date",
    );
    return { s, rows };
  } finally {
    store.close();
  }
}

async function refused(file: string): Promise<ImportError> {
  const store = await Store.open(':memory:');
  try {
    const before = await storeChecksum(store);
    const err = await importFile(store, file, { kind: 'yahoo', ticker: 'RUT' }).then(
      () => assert.fail('imported'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ImportError, String(err));
    assert.equal(await storeChecksum(store), before);
    return err;
  } finally {
    store.close();
  }
}

describe('capgap import of Parquet with unexpected types', () => {
  it('TIMESTAMPTZ at midnight UTC is that UTC day: the same rows as the CSV, whatever DuckDB’s time zone', async () => {
    const csv = await imported(RUT);
    assert.equal(csv.rows.length, 47);
    for (const timeZone of [undefined, 'Asia/Tokyo', 'America/New_York']) {
      const pq = await imported(join(dir, 'tstzMidnight.parquet'), { timeZone });
      assert.deepEqual(pq.rows, csv.rows, `TimeZone ${timeZone}`);
    }
  });
  it('TIMESTAMPTZ at another time is refused naming row 1 (line 2), the column and the UTC time', async () => {
    const e = await refused(join(dir, 'tstzNewYork.parquet'));
    assert.equal(e.line, 2);
    assert.equal(e.column, 'Date');
    assert.match(
      e.reason,
      /^a timestamp with a time zone \(TIMESTAMPTZ\) at 2016-10-25 04:00:00 UTC, not midnight UTC: which trading day it is depends on the exchange's time zone/,
    );
  });
  it('dictionary-encoded text dates and DECIMAL prices read as the CSV does (DECIMAL to its 6 places)', async () => {
    const csv = await imported(RUT);
    assert.deepEqual((await imported(join(dir, 'dictionary.parquet'))).rows, csv.rows);
    const dec = (await imported(join(dir, 'decimal.parquet'))).rows;
    assert.equal(dec.length, csv.rows.length);
    dec.forEach((r, i) => {
      assert.equal(r.d, csv.rows[i].d);
      assert.equal(r.c, Math.round(csv.rows[i].c * 1e6) / 1e6);
    });
  });
  it('a nested Close (STRUCT, LIST) is refused at row 1, quoting the value as DuckDB writes it', async () => {
    const s = await refused(join(dir, 'struct.parquet'));
    assert.deepEqual([s.line, s.column], [2, 'Close']);
    assert.match(s.reason, /^unparseable number "\{'v': 1216\.09998/);
    const l = await refused(join(dir, 'list.parquet'));
    assert.match(l.reason, /^unparseable number "\[1216\.09998/);
  });
  it('zero rows: an empty file, nothing written', async () => {
    assert.match(
      (await refused(join(dir, 'zeroRows.parquet'))).reason,
      /^empty file \(a header but no data rows\)$/,
    );
  });
});

describe('a file whose name holds glob characters is read as that one file', () => {
  it('"*.parquet" beside another Parquet file reads its own 47 rows, not both files', async () => {
    const d = join(dir, 'glob-parquet');
    mkdirSync(d);
    copyFileSync(join(dir, 'dictionary.parquet'), join(d, 'other.parquet'));
    copyFileSync(join(dir, 'dictionary.parquet'), join(d, '*.parquet'));
    copyFileSync(join(dir, 'dictionary.parquet'), join(d, '[ab].parquet'));
    assert.equal((await imported(join(d, '*.parquet'))).s.rowsRead, 47);
    assert.equal((await imported(join(d, '[ab].parquet'))).s.rowsRead, 47);
  });
  it('a stock panel named "*.csv.gz" beside a copy reads its own 33 rows (DuckDB path)', async () => {
    const panel = fileURLToPath(
      new URL('../../fixtures/import/stocks_panel_2016-11-07_to_2016-11-11.csv.gz', import.meta.url),
    );
    const d = join(dir, 'glob-panel');
    mkdirSync(d);
    copyFileSync(panel, join(d, 'a.csv.gz'));
    copyFileSync(panel, join(d, '*.csv.gz'));
    const store = await Store.open(':memory:');
    try {
      const s = await importFile(store, join(d, '*.csv.gz'));
      assert.equal(s.kind, 'stock-panel');
      assert.equal(s.rowsRead, 33);
      assert.deepEqual(s.rejected, {});
    } finally {
      store.close();
    }
  });
});

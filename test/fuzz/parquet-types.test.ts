import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ImportError } from '../../src/formats/errors.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';

// Property-based fuzzing (fast-check, seeded, bounded) of Parquet column types: the real ^RUT Yahoo fixture
// (test/fixtures/import, 47 rows) written by DuckDB with its Date and Close columns cast to a random type
// (dates as DATE, TIMESTAMP, TIMESTAMPTZ at some hour, text, YYYYMMDD integers, doubles, booleans, nested
// values, blobs, intervals; prices as DOUBLE, FLOAT, DECIMAL, text, integers, nested values, booleans), some
// rows dropped or set NULL, read under a random DuckDB time zone. An import either stores every row with the
// dates the CSV has (the reference: the same fixture imported as CSV), or is an ImportError naming the file,
// with the column named when a row is, and the store unchanged.
const RUT = fileURLToPath(new URL('../fixtures/import/yahoo/^RUT.csv', import.meta.url));
const dir = scratchDir('capgap-fuzz-parquet-');
const DATE_AS = [
  '"Date"::DATE',
  '"Date"::TIMESTAMP',
  '("Date"::TIMESTAMP AT TIME ZONE \'UTC\')',
  '("Date"::TIMESTAMP AT TIME ZONE \'America/New_York\')',
  '("Date"::TIMESTAMP AT TIME ZONE \'Asia/Tokyo\')',
  'strftime("Date", \'%Y-%m-%d\')',
  'strftime("Date", \'%Y%m%d\')::INTEGER',
  'epoch("Date"::TIMESTAMP)',
  'true',
  '{\'d\': "Date"}',
  '["Date"]',
  "'ab'::BLOB",
  'INTERVAL 1 DAY',
  '"Date"::TIMESTAMP::TIME',
];
const CLOSE_AS = [
  'Close',
  'Close::FLOAT',
  'Close::DECIMAL(18,6)',
  'Close::VARCHAR',
  'Close::INTEGER',
  "{'v': Close}",
  '[Close]',
  'Close > 0',
  "'NaN'::DOUBLE",
  "'inf'::DOUBLE",
  '-Close',
];
const ZONES = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati'];

let writer: Store;
let csvDates: string[];
before(async () => {
  writer = await Store.open(':memory:');
  await writer.run(
    `CREATE TEMP TABLE r AS SELECT * FROM read_csv('${RUT.replaceAll("'", "''")}', header = true)`,
  );
  const s = await Store.open(':memory:');
  await importFile(s, RUT, { kind: 'yahoo', ticker: 'RUT' });
  csvDates = (
    await s.all<{ d: string }>("SELECT strftime(date, '%Y-%m-%d') AS d FROM bars ORDER BY date")
  ).map((r) => r.d);
  s.close();
});
after(() => writer.close());

let n = 0;
describe('Parquet with random column types', () => {
  it('imports the CSV’s dates, or is an ImportError naming the file with the store unchanged', async () => {
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DATE_AS),
        fc.constantFrom(...CLOSE_AS),
        fc.constantFrom('', 'WHERE false', 'WHERE "Date" > DATE \'2016-11-30\''),
        fc.constantFrom(...ZONES),
        async (dateAs, closeAs, where, zone) => {
          const file = join(dir, `f${n++}.parquet`);
          await writer.run(
            `COPY (SELECT ${dateAs} AS "Date", Open, High, Low, ${closeAs} AS Close, "Adj Close", Volume FROM r ${where}) TO '${file}' (FORMAT parquet)`,
          );
          const store = await Store.open(':memory:');
          try {
            await store.run(`SET TimeZone = '${zone}'`);
            const before = await storeChecksum(store);
            try {
              const s = await importFile(store, file, { kind: 'yahoo', ticker: 'RUT' });
              outcomes.ok = (outcomes.ok ?? 0) + 1;
              const got = (
                await store.all<{ d: string }>(
                  "SELECT strftime(date, '%Y-%m-%d') AS d FROM bars ORDER BY date",
                )
              ).map((r) => r.d);
              const want = where ? csvDates.filter((d) => d > '2016-11-30') : csvDates;
              assert.deepEqual(
                got.slice(-want.length),
                want.slice(-got.length),
                `${dateAs} / ${closeAs} (${zone})`,
              );
              assert.ok(s.rowsRead > 0);
            } catch (err) {
              assert.ok(err instanceof ImportError, `${dateAs} / ${closeAs}: ${err}`);
              assert.equal(err.file, file);
              if (err.line > 0) assert.ok(['Date', 'Close', ''].includes(err.column), err.message);
              assert.doesNotMatch(err.message, /[A-Za-z]+ Error: /, 'a DuckDB error class');
              assert.equal(await storeChecksum(store), before);
              outcomes[err.reason.slice(0, 30)] = (outcomes[err.reason.slice(0, 30)] ?? 0) + 1;
            }
          } finally {
            store.close();
          }
        },
      ),
      {
        seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261201),
        numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 60),
      },
    );
    if (process.env.CAPGAP_FUZZ_VERBOSE) console.log('outcomes', JSON.stringify(outcomes));
  });
});

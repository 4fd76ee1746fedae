import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

const fx = (n: string) => fileURLToPath(new URL(`../fixtures/import/${n}`, import.meta.url));

function buffers(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), isTTY: false };
}

const db = join(scratchDir('capgap-cli-import-'), 'store.duckdb');

// The store holds one dataset the embedded data also ship (yahoo/VTWO): the import wins (hides the embedded one).
before(async () => {
  const store = await Store.open(db);
  await importFile(store, fx('yahoo/VTWO.csv'));
  store.close();
});

test('capgap import says which format it chose and why, and what it stored', async () => {
  const io = buffers();
  const code = await main(['import', fx('yahoo/^RUT.csv'), fx('stooq/iwm.us.txt'), '--db', db], io);
  assert.equal(code, 0, io.stderr.join('\n'));
  const out = io.stdout.join('\n');
  assert.match(out, /\^RUT\.csv: yahoo \(header has Date and "Adj Close"/);
  assert.match(out, /iwm\.us\.txt: stooq \(header has OpenInt/);
  assert.match(out, /rows read 47; stored 47 \(bars 47\)/); // the ^RUT fixture has 47 data rows (48 lines)
  assert.ok(!io.stderr.some((l) => l.includes('importing')), 'no progress bar when stderr is not a TTY');
});

test('capgap import --json returns the summaries; capgap datasets lists them', async () => {
  const io = buffers();
  assert.equal(await main(['import', fx('alphavantage/IWM.csv'), '--db', db, '--json'], io), 0);
  const [s] = JSON.parse(io.stdout.join('\n'));
  assert.equal(s.kind, 'alphavantage');
  assert.equal(s.dataset, 'alphavantage/IWM');
  const io2 = buffers();
  assert.equal(await main(['datasets', '--db', db, '--json'], io2), 0);
  const names = JSON.parse(io2.stdout.join('\n')).map((r: { name: string }) => r.name);
  for (const n of ['yahoo/^RUT', 'stooq/IWM', 'alphavantage/IWM']) assert.ok(names.includes(n), n);
  const io3 = buffers();
  assert.equal(await main(['datasets', '--db', db], io3), 0);
  assert.match(io3.stdout.join('\n'), /^name\s+kind\s+vintage\s+rows\s+origin\s+file/);
  assert.match(
    io3.stdout.join('\n'),
    /yahoo\/\^RUT\s+yahoo\s+through 2016-12-30\s+47\s+imported\s+\^RUT\.csv/,
  );
});

test('capgap datasets shows the embedded datasets beside the imports, and those an import hides', async () => {
  const io = buffers();
  assert.equal(await main(['datasets', '--db', db, '--json'], io), 0);
  const rows: { name: string; origin: string; rows: number }[] = JSON.parse(io.stdout.join('\n'));
  const origin = (n: string) => rows.filter((r) => r.name === n).map((r) => r.origin);
  // data/datasets.parquet: yfinance/SPY ships 8,323 rows; yahoo/VTWO 3,162 and yfinance/^RUT 9,686 are hidden by
  // the imports of VTWO and ^RUT above (an imported security wins, whatever its source).
  assert.deepEqual(origin('yfinance/SPY'), ['embedded']);
  assert.equal(rows.find((r) => r.name === 'yfinance/SPY')?.rows, 8323);
  assert.deepEqual(origin('yahoo/VTWO'), ['embedded, hidden by an import', 'imported']);
  assert.deepEqual(origin('yfinance/^RUT'), ['embedded, hidden by an import']);
});

test('capgap import of a bad file exits 1 with file, line and column, and a bad --kind exits 2', async () => {
  const io = buffers();
  const code = await main(['import', fx('yahoo/^RUT.csv'), '--kind', 'alphavantage', '--db', db], io);
  assert.equal(code, 1);
  assert.match(
    io.stderr.join('\n'),
    /import failed, nothing written.*\^RUT\.csv:1: column "timestamp": missing required column "timestamp"/,
  );
  const io2 = buffers();
  assert.equal(await main(['import', fx('yahoo/^RUT.csv'), '--kind', 'csv', '--db', db], io2), 2);
  assert.match(io2.stderr.join('\n'), /invalid kind: "csv"/);
});

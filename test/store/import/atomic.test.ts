import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ImportError, importFile, importFiles } from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture } from './helpers.ts';

let store: Store;
let dir = '';
withScratchStore(
  'capgap-atomic-',
  (s) => {
    ({ store, dir } = s);
  },
  async (store) => {
    // a store that already holds data: the real ^GSPC excerpt and the French monthly excerpt
    await importFiles(store, [
      fixture('yahoo/^GSPC.csv'),
      fixture('Portfolios_Formed_on_ME_monthly_vintage202602.CSV'),
    ]);
  },
);

test('a bad row in the middle of a price file leaves the store exactly as it was', async () => {
  const lines = readFileSync(fixture('yahoo/^RUT.csv'), 'utf8').split('\n');
  lines[24] = lines[24].replace(/,(\d+\.\d+),(\d+\.\d+),(\d+\.\d+)$/, ',$1,oops,$3'); // line 25 of 48
  const f = join(dir, '^RUT.csv');
  writeFileSync(f, lines.join('\n'));
  const before = await storeChecksum(store);
  await assert.rejects(
    importFile(store, f),
    (e: unknown) => e instanceof ImportError && e.line === 25 && e.column === 'Adj Close',
  );
  assert.equal(await storeChecksum(store), before);
});

test('a bad row in the middle of a French file (fourth of six sections) leaves the store as it was', async () => {
  const name = 'Portfolios_Formed_on_ME_monthly_vintage202602.CSV';
  const lines = readFileSync(fixture(name), 'utf8').split('\n');
  const k = lines.findIndex(
    (l) =>
      l.startsWith('  2016') &&
      lines.slice(0, lines.indexOf(l)).some((x) => x.includes('Equal Weight Returns -- Annual')),
  );
  lines[k] = lines[k].replace('18.14', '18,14');
  const f = join(dir, 'Portfolios_Formed_on_ME_monthly_vintage202603.CSV');
  writeFileSync(f, lines.join('\n').replace('202602 CRSP', '202603 CRSP'));
  const before = await storeChecksum(store);
  await assert.rejects(importFile(store, f), (e: unknown) => e instanceof ImportError && e.line === k + 1);
  assert.equal(await storeChecksum(store), before);
});

test('a conflict found at the last check (a key the store holds with another value) also leaves it unchanged', async () => {
  // the same rows as the already-imported French file, under the same dataset and vintage, one value changed
  const name = 'Portfolios_Formed_on_ME_monthly_vintage202602.CSV';
  const text = readFileSync(fixture(name), 'utf8').replace('   9.75,', '   9.76,');
  const f = join(dir, name);
  writeFileSync(f, text);
  const before = await storeChecksum(store);
  await assert.rejects(
    importFile(store, f),
    (e: unknown) => e instanceof ImportError && /already holds/.test(e.reason) && e.column === 'value',
  );
  assert.equal(await storeChecksum(store), before);
});

test('importing the same files twice leaves the same store (rows, values, datasets rows, imported_at)', async () => {
  const files = [
    'yahoo/^RUT.csv',
    'yfinance/IWM.csv',
    'alphavantage/IWM.csv',
    'stooq/iwm.us.txt',
    'F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv',
  ].map(fixture);
  const first = await importFiles(store, files);
  const once = await storeChecksum(store);
  const second = await importFiles(store, files);
  assert.equal(await storeChecksum(store), once);
  assert.deepEqual(
    second.map((s) => s.stored),
    first.map((s) => s.stored),
  );
  assert.deepEqual(
    second.map((s) => Object.values(s.added).reduce((a, b) => a + b, 0)),
    [0, 0, 0, 0, 0],
    'nothing new the second time',
  );
});

test('the same ticker from three sources stays apart in bars.source; securities gets one row with a type guess', async () => {
  const rows = await store.all<{ source: string; n: number }>(
    "SELECT source, count(*)::INTEGER AS n FROM bars WHERE id = 'IWM' GROUP BY source ORDER BY source",
  );
  assert.deepEqual(
    rows.map((r) => r.source),
    ['alphavantage/IWM', 'stooq/IWM', 'yfinance/IWM'],
  );
  const sec = await store.all(
    "SELECT id, security_type, exchange FROM securities WHERE id IN ('IWM', '^RUT') ORDER BY id",
  );
  assert.deepEqual(sec, [
    { id: 'IWM', security_type: 'etf', exchange: null },
    { id: '^RUT', security_type: 'index', exchange: 'INDEX' },
  ]);
});

test('the datasets table names each import with kind, vintage, rows, file and sha256', async () => {
  const r = await store.one("SELECT * FROM datasets WHERE name = 'yahoo/^RUT'");
  assert.equal(r?.kind, 'yahoo');
  assert.equal(r?.vintage, 'through 2016-12-30'); // the fixture's last row
  assert.equal(r?.rows, 47);
  assert.equal(r?.file, '^RUT.csv');
  assert.match(String(r?.sha256), /^[0-9a-f]{64}$/);
  const fr = await store.one(
    "SELECT name, vintage, citation FROM datasets WHERE kind = 'french' AND vintage = 'CRSP 202602'",
  );
  assert.equal(fr?.name, 'french/Portfolios_Formed_on_ME [monthly, CRSP 202602]');
  assert.match(String(fr?.citation), /Kenneth R. French/);
});

test('a file copied under another name into the same dataset is the same data: no conflict', async () => {
  const f = join(dir, 'copy', '^RUT.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'copy'), { recursive: true });
  copyFileSync(fixture('yahoo/^RUT.csv'), f);
  const before = await storeChecksum(store);
  const s = await importFile(store, f);
  assert.equal(s.added.bars, 0);
  assert.equal(await storeChecksum(store), before);
});

test('a first import with a line repeated word for word stores it once and counts the repeat as rejected', async () => {
  const lines = readFileSync(fixture('yahoo/^RUT.csv'), 'utf8').trim().split('\n');
  const f = join(dir, 'dup', 'MDY.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'dup'), { recursive: true });
  writeFileSync(f, [...lines.slice(0, 10), lines[5], ...lines.slice(10)].join('\n'));
  const s = await importFile(store, f);
  assert.equal(s.rowsRead, 48);
  assert.equal(s.stored.bars, 47);
  assert.deepEqual(s.rejected, { 'duplicate row (identical to an earlier line)': 1 });
  const n = await store.one<{ n: number }>(
    "SELECT count(*)::INTEGER AS n FROM bars WHERE source = 'yahoo/MDY'",
  );
  assert.equal(n?.n, 47);
});

test('a repeat of the same file is recognised by sha256 and skipped; a different file with the same rows goes through the checks', async () => {
  const again = await importFile(store, fixture('yahoo/^RUT.csv'));
  assert.ok(again.notes.some((n) => n.startsWith('unchanged')));
  assert.deepEqual(again.added, { bars: 0 });
  // the same rows without the last line: another sha256, so the full path runs (staging, checks, anti-join)
  const lines = readFileSync(fixture('yahoo/^RUT.csv'), 'utf8').trim().split('\n');
  const f = join(dir, 'subset', '^RUT.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'subset'), { recursive: true });
  writeFileSync(f, lines.slice(0, -1).join('\n'));
  const pick = (fp: string) => fp.split('|').filter((x, k) => k === 0 || x.startsWith('bars:'));
  const before = await storeChecksum(store);
  const s = await importFile(store, f);
  assert.ok(!s.notes.some((n) => n.startsWith('unchanged')));
  assert.equal(s.stored.bars, 46);
  assert.equal(s.added.bars, 0);
  assert.deepEqual(pick(await storeChecksum(store)), pick(before));
});

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ImportError, importFile } from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture } from './helpers.ts';

const PANEL = 'stocks_panel_2016-11-07_to_2016-11-11.csv.gz';
const panelLines = () =>
  gunzipSync(readFileSync(fixture(PANEL)))
    .toString('utf8')
    .split('\n');

let store: Store;
let dir = '';
withScratchStore('capgap-panel-', (s) => {
  ({ store, dir } = s);
});

test('a gzipped long panel is detected and loaded through DuckDB, Close stored as adj_close', async () => {
  const lines = panelLines();
  const s = await importFile(store, fixture(PANEL));
  assert.equal(s.kind, 'stock-panel');
  assert.equal(s.rowsRead, lines.filter((l) => l).length - 1);
  assert.equal(s.stored.bars, s.rowsRead);
  // the fixture's AAPL row of 2016-11-09, read by hand
  const aapl = lines.find((l) => l.startsWith('2016-11-09,AAPL,'))!.split(',');
  const r = await store.one(
    "SELECT open, close, adj_close, volume FROM bars WHERE id = 'AAPL' AND date = '2016-11-09'",
  );
  assert.deepEqual(r, {
    open: Number(aapl[2]),
    close: null,
    adj_close: Number(aapl[5]),
    volume: Number(aapl[6]),
  });
  const ids = await store.all<{ id: string }>('SELECT id FROM securities ORDER BY id');
  assert.ok(ids.some((x) => x.id === 'ABR_A') && ids.some((x) => x.id === 'BRK-B'));
});

test('a second import of the panel adds nothing and changes nothing', async () => {
  const before = await storeChecksum(store);
  const s = await importFile(store, fixture(PANEL));
  assert.equal(s.added.bars, 0);
  assert.equal(await storeChecksum(store), before);
});

test('a bad number in the middle of the panel names its line and column; the store is unchanged', async () => {
  const lines = panelLines();
  const k = Math.floor(lines.length / 2);
  const cells = lines[k].split(',');
  cells[4] = 'abc'; // Low
  lines[k] = cells.join(',');
  const f = join(dir, 'panel.csv.gz');
  writeFileSync(f, gzipSync(lines.join('\n')));
  const before = await storeChecksum(store);
  await assert.rejects(
    importFile(store, f, { kind: 'stock-panel', dataset: 'stock-panel/bad' }),
    (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.equal(e.line, k + 1);
      assert.equal(e.column, 'Low');
      assert.match(e.reason, /unparseable number "abc"/);
      return true;
    },
  );
  assert.equal(await storeChecksum(store), before);
});

test('a negative price and a bad date in the panel are named too', async () => {
  const lines = panelLines();
  const neg = [...lines];
  neg[3] = neg[3].replace(/,([\d.]+),(\d+)$/, ',-$1,$2');
  const f = join(dir, 'neg.csv');
  writeFileSync(f, neg.join('\n'));
  await assert.rejects(
    importFile(store, f),
    (e: unknown) =>
      e instanceof ImportError && e.line === 4 && e.column === 'Close' && /negative price/.test(e.reason),
  );
  const bad = [...lines];
  bad[5] = bad[5].replace(/^2016-11-(\d\d)/, '11/$1/2016');
  writeFileSync(f, bad.join('\n'));
  await assert.rejects(
    importFile(store, f),
    (e: unknown) =>
      e instanceof ImportError && e.line === 6 && e.column === 'Date' && /unknown date format/.test(e.reason),
  );
});

test('a panel with a column missing is refused before anything is read into the store', async () => {
  const lines = panelLines().map((l) => l.split(',').slice(0, 6).join(','));
  const f = join(dir, 'novol.csv');
  writeFileSync(f, lines.join('\n'));
  await assert.rejects(
    importFile(store, f, { kind: 'stock-panel' }),
    (e: unknown) => e instanceof ImportError && e.line === 1 && e.column === 'Volume',
  );
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { BAD_ROW } from '../../../src/formats/generic.ts';
import { importFile } from '../../../src/store/import/index.ts';
import { Store } from '../../../src/store/store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture } from './helpers.ts';

// --reject-bad-rows on both panel paths: the same bad file (the real panel fixture's first 20 rows, 4 of
// them damaged by hand) imported as CSV (DuckDB path, store/import/panel.ts) and as Parquet (the JS parser,
// formats/generic.ts via panel-text.ts) gives the same counts and the same store.
const LINES = gunzipSync(readFileSync(fixture('stocks_panel_2016-11-07_to_2016-11-11.csv.gz')))
  .toString('utf8')
  .split('\n')
  .slice(0, 21);
const damage: [number, number, string][] = [
  [3, 4, '-1'], // a negative Low
  [6, 0, '2016-02-30'], // no such day
  [9, 5, 'abc'], // an unparseable Close
  [12, 1, ''], // an empty ticker
];
const rows = LINES.map((l) => l.split(','));
for (const [r, c, v] of damage) rows[r][c] = v;
const TEXT = `${rows.map((r) => r.join(',')).join('\n')}\n`;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'capgap-reject-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function importBoth() {
  const csv = join(dir, 'bad.csv');
  writeFileSync(csv, TEXT);
  const parquet = join(dir, 'bad.parquet');
  const tmp = await Store.open(':memory:');
  await tmp.run(
    `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true, header = true)) TO '${parquet}' (FORMAT parquet)`,
  );
  tmp.close();
  const out = [];
  for (const path of [csv, parquet]) {
    const store = await Store.open(':memory:');
    const o = { kind: 'stock-panel' as const, dataset: 'panel/bad', rejectBadRows: true };
    const s = await importFile(store, path, o);
    out.push({ s, checksum: await storeChecksum(store, { except: ['datasets'] }) });
    await assert.rejects(importFile(store, path, { ...o, rejectBadRows: false, replace: true }), /bad\./);
    store.close();
  }
  return out;
}

test('--reject-bad-rows: the DuckDB path (CSV) and the JS parser (Parquet) drop the same 4 bad rows and store the same', async () => {
  const [duck, js] = await importBoth();
  // 20 rows read, 4 damaged by hand above: 16 stored
  assert.equal(duck.s.rowsRead, 20);
  assert.equal(js.s.rowsRead, 20);
  assert.deepEqual(duck.s.rejected, { [BAD_ROW]: 4 });
  assert.deepEqual(js.s.rejected, duck.s.rejected);
  assert.equal(duck.s.stored.bars, 16);
  assert.deepEqual(js.s.stored, duck.s.stored);
  assert.deepEqual(js.s.missing, duck.s.missing);
  assert.equal(js.checksum, duck.checksum);
  // the first bad row is named the same way on both paths: line 4, column Low
  const first = (n: string[]) => n.find((x) => x.startsWith('first bad row'))?.replace(/^.*bad\.\w+:/, '');
  assert.match(
    duck.s.notes.join('\n'),
    /first bad row rejected: .*bad\.csv:4: column "Low": negative price -1/,
  );
  assert.equal(first(js.s.notes), first(duck.s.notes));
});

/**
 * An import killed at its worst moment leaves the store as it was: a child process imports the real NASDAQ
 * companylist of 2016-09-21 (test/fixtures/portfolios) into a store holding the 2016 panel and the NYSE
 * list, with every write done, cap_anchors already refreshed inside the transaction, and is then killed
 * (SIGKILL) before the commit. The reference is the store checksum (every row of every data table,
 * cap_anchors and its stamp) taken before the child ran.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCompanylists, loadStockPanelCsv } from '../../../src/store/panel-load.ts';
import { Store } from '../../../src/store/store.ts';
import { fixture } from '../../helpers/fixture-stores.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';

const tmp = mkdtempSync(join(tmpdir(), 'capgap-interrupted-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const src = (p: string) => fileURLToPath(new URL(`../../../src/${p}`, import.meta.url));

async function state(db: string): Promise<string> {
  const store = await Store.open(db, { readOnly: true });
  try {
    const a = await store.one<{ n: number; h: string }>(
      "SELECT count(*)::DOUBLE AS n, coalesce(sum(hash(x))::VARCHAR, '0') AS h FROM cap_anchors x",
    );
    const m = await store.one<{ v: string }>("SELECT value AS v FROM meta WHERE key = 'cap_anchors_of'");
    return `${await storeChecksum(store)}|anchors:${a?.n}:${a?.h}|stamp:${m?.v}`;
  } finally {
    store.close();
  }
}

test('an import killed after its writes and the cap_anchors refresh, before the commit, leaves the store as it was', async () => {
  const db = join(tmp, 'store.duckdb');
  const store = await Store.open(db);
  await loadStockPanelCsv(store, fixture('portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz'));
  await loadCompanylists(
    store,
    [{ file: fixture('portfolios/companylist_NYSE_2016-09-21.csv.gz'), exchange: 'NYSE' }],
    '2016-09-21',
  );
  store.close();
  const before = await state(db);

  const child = join(tmp, 'child.mts');
  writeFileSync(
    child,
    `import { importFile } from ${JSON.stringify(src('store/import/index.ts'))};
     import { Store } from ${JSON.stringify(src('store/store.ts'))};
     const store = await Store.open(${JSON.stringify(db)});
     const n0 = (await store.one("SELECT count(*)::DOUBLE AS n FROM cap_anchors")).n;
     await store.transaction(async () => {
       await importFile(store, ${JSON.stringify(fixture('portfolios/companylist_NASDAQ_2016-09-21.csv.gz'))});
       const n1 = (await store.one("SELECT count(*)::DOUBLE AS n FROM cap_anchors")).n;
       process.stdout.write(JSON.stringify({ n0, n1 }) + '\\n');
       process.kill(process.pid, 'SIGKILL');
     });`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8' });
  assert.equal(r.signal, 'SIGKILL', r.stderr);
  const { n0, n1 } = JSON.parse(r.stdout.trim());
  assert.ok(n1 > n0 + 1000, `the NASDAQ caps were anchored inside the transaction (${n0} → ${n1})`);

  assert.equal(await state(db), before);
});

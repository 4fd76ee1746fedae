/**
 * A streamed import killed (SIGKILL) while it reads its pieces, or once every piece is staged and before the
 * one transaction, leaves the store as it was: staged rows live in TEMP tables, which die with the process.
 * The reference is the store's checksum (test/helpers/store-checksum.ts) taken before the child ran; a store
 * the killed import made itself opens and holds no rows.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { importFile } from '../../../src/store/import/index.ts';
import { Store } from '../../../src/store/store.ts';
import { scratchDir } from '../../helpers/scratch-dir.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture } from './helpers.ts';

const dir = scratchDir('capgap-stream-killed-');
const src = (p: string) => fileURLToPath(new URL(`../../../src/${p}`, import.meta.url));
// the 2016 panel fixture under a generic header: 33 real rows, read in pieces of 64 characters
const panel = gunzipSync(readFileSync(fixture('stocks_panel_2016-11-07_to_2016-11-11.csv.gz'))).toString();
const GENERIC = join(dir, 'panel.csv');
writeFileSync(GENERIC, panel.replace(/^[^\n]*\n/, 'date,id,open,high,low,close,volume\n'));

/** Runs a child that imports GENERIC into `db` in pieces and kills itself at `phase` (after `rows` rows). */
function killAt(db: string, phase: 'parse' | 'write', rows: number) {
  const child = join(dir, `child-${phase}.mts`);
  writeFileSync(
    child,
    `import { importStreamed } from ${JSON.stringify(src('store/import/stream-import.ts'))};
     import { resolveLimits } from ${JSON.stringify(src('formats/limits.ts'))};
     import { Store } from ${JSON.stringify(src('store/store.ts'))};
     const store = await Store.open(${JSON.stringify(db)});
     const onProgress = (e) => {
       if (e.phase === ${JSON.stringify(phase)} && (e.done ?? 0) >= ${rows}) {
         process.stdout.write(JSON.stringify(e) + '\\n');
         process.kill(process.pid, 'SIGKILL');
       }
     };
     await importStreamed(store, ${JSON.stringify(GENERIC)}, { kind: 'generic', reason: '', sha256: 'x', head: '' },
       { onProgress }, resolveLimits(), 64);
     process.stdout.write('finished\\n');`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', child], { encoding: 'utf8' });
  assert.equal(r.signal, 'SIGKILL', r.stderr);
  return JSON.parse(r.stdout.trim());
}

async function checksum(db: string): Promise<string> {
  const store = await Store.open(db, { readOnly: true });
  try {
    return await storeChecksum(store);
  } finally {
    store.close();
  }
}

describe('a streamed import killed midway', () => {
  it('while reading its pieces (after 10 rows) leaves a store holding VTWO as it was', async () => {
    const db = join(dir, 'a.duckdb');
    const store = await Store.open(db);
    await importFile(store, fixture('yahoo/VTWO.csv'));
    store.close();
    const before = await checksum(db);
    assert.ok(killAt(db, 'parse', 10).done < 33, 'killed before the last piece');
    assert.equal(await checksum(db), before);
  });

  it('after staging every row, before the transaction, leaves the store as it was', async () => {
    const db = join(dir, 'b.duckdb');
    const store = await Store.open(db);
    await importFile(store, fixture('yahoo/VTWO.csv'));
    store.close();
    const before = await checksum(db);
    killAt(db, 'write', 0);
    assert.equal(await checksum(db), before);
  });

  it('on a store it made itself: the store opens and holds no bars', async () => {
    const db = join(dir, 'c.duckdb');
    killAt(db, 'parse', 10);
    const store = await Store.open(db, { readOnly: true });
    try {
      assert.deepEqual(await store.one('SELECT count(*)::INTEGER AS n FROM bars'), { n: 0 });
    } finally {
      store.close();
    }
  });
});

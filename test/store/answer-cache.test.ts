import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventSnapshot } from '../../src/findings/event-snapshot.ts';
import {
  dailyRange,
  loadSnapshotInputs,
  SIZE_PORTFOLIOS,
  SNAPSHOT_SUBJECTS,
} from '../../src/queries/snapshot-inputs.ts';
import { answerCacheFile } from '../../src/store/answer-cache.ts';
import { EMBEDDED_DIR, openDefaultStore } from '../../src/store/embedded.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';

// The answer cache (src/store/answer-cache.ts): a report answered from it equals the report DuckDB answers
// (the reference: the same store opened without the cache), opens no DuckDB, and any import invalidates it.
const fx = (n: string) => fileURLToPath(new URL(`../fixtures/import/${n}`, import.meta.url));
const skip = existsSync(`${EMBEDDED_DIR}datasets.parquet`)
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
const dir = mkdtempSync(join(tmpdir(), 'capgap-answers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The report's first look for 2016-11-08, as `capgap report` computes it. */
async function firstLook(store: Store) {
  const inputs = await loadSnapshotInputs(store, undefined, { daily: dailyRange('2016-11-08') });
  const snapshot = eventSnapshot(inputs, {
    event: '2016-11-08',
    timing: 'after-close',
    names: SNAPSHOT_SUBJECTS,
    groups: SIZE_PORTFOLIOS,
  });
  return { inputs, snapshot };
}

describe('the answer cache', { skip }, () => {
  const path = join(dir, 'store.duckdb');

  it('answers the report on the embedded data without DuckDB, equal to the DuckDB answer', async () => {
    const reference = await openDefaultStore(path); // no cache: every read runs in DuckDB
    const expected = await firstLook(reference);
    reference.close();
    assert.equal(existsSync(answerCacheFile(path)), false, 'a store opened without the cache writes none');

    const first = await openDefaultStore(path, { answerCache: true });
    assert.equal(first.opened, true, 'nothing cached yet: DuckDB opens at once');
    assert.deepEqual(await firstLook(first), expected);
    first.close();
    assert.equal(existsSync(answerCacheFile(path)), true, 'the reads are kept next to the store');

    const cached = await openDefaultStore(path, { answerCache: true });
    const got = await firstLook(cached);
    assert.equal(cached.opened, false, 'every read came from the cache');
    cached.close();
    assert.deepEqual(got, expected);
  });

  it('capgap report prints the same text from the cache as from DuckDB', async () => {
    const db = join(dir, 'cli.duckdb');
    const a = await runCli(['report', '--event', '2016-11-08', '--db', db]);
    assert.equal(a.code, 0, a.err);
    assert.equal(existsSync(answerCacheFile(db)), true);
    const b = await runCli(['report', '--event', '2016-11-08', '--db', db]);
    assert.equal(b.code, 0, b.err);
    assert.equal(b.out, a.out);
    assert.match(b.out, /Russell 2000\s+\+3\.10%/); // yfinance/^RUT, 2016-11-08 → 09 (as in the multi-process test)
  });

  it('an import deletes it, and the next run reads the imported data from DuckDB', async () => {
    assert.equal(existsSync(answerCacheFile(path)), true);
    const w = await Store.open(path);
    assert.equal(existsSync(answerCacheFile(path)), false, 'a store opened for writing drops the cache');
    await importFile(w, fx('yahoo/VTWO.csv'));
    w.close();
    const reference = await openDefaultStore(path);
    const expected = await firstLook(reference);
    reference.close();
    const s = await openDefaultStore(path, { answerCache: true });
    assert.deepEqual(await firstLook(s), expected);
    assert.equal(s.opened, true);
    s.close();
  });

  it('is stale once the store file changes, even when nothing deleted it', async () => {
    const warm = await openDefaultStore(path, { answerCache: true });
    await firstLook(warm);
    warm.close();
    const hit = await openDefaultStore(path, { answerCache: true });
    await firstLook(hit);
    assert.equal(hit.opened, false);
    hit.close();
    utimesSync(path, new Date(), new Date(Date.now() + 5000)); // another mtime: another data version
    const miss = await openDefaultStore(path, { answerCache: true });
    assert.equal(miss.opened, true, 'a cache for another data version is not used');
    miss.close();
  });

  it('refuses to mix versions: a store changed after cached reads were served fails the next uncached read', async () => {
    const warm = await openDefaultStore(path, { answerCache: true });
    await firstLook(warm);
    warm.close();
    const s = await openDefaultStore(path, { answerCache: true });
    await firstLook(s); // from the cache
    utimesSync(path, new Date(), new Date(Date.now() + 10_000)); // as an import finishing now would
    await assert.rejects(s.all('SELECT count(*) AS n FROM bars'), /changed while this command read it/);
    s.close();
  });
});

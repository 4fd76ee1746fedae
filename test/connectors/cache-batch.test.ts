import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { batchStatePath, runBatch } from '../../src/connectors/batch.ts';
import { DownloadCache, defaultCacheDir } from '../../src/connectors/cache.ts';
import { OfflineError } from '../../src/connectors/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'capgap-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('DownloadCache', () => {
  it('defaultCacheDir is $CAPGAP_CACHE, else cache/ beside the store, else ~/.capgap/cache', () => {
    assert.equal(defaultCacheDir('/x/store.duckdb', { CAPGAP_CACHE: '/c' }), '/c');
    assert.equal(defaultCacheDir('/data/capgap.duckdb', {}), '/data/cache');
    assert.match(defaultCacheDir(':memory:', {}), /\.capgap\/cache$/);
  });
  it('keeps the body with its URL, fetch time, Last-Modified, size and sha256', () => {
    const cache = new DownloadCache(dir);
    const body = new TextEncoder().encode('abc');
    const now = new Date('2026-11-25T01:00:00Z');
    const e = cache.write('stooq', 'iwm.us.csv', body, {
      url: 'https://stooq.com/x',
      headers: { 'last-modified': 'Tue, 24 Nov 2026 22:00:00 GMT' },
      now,
    });
    assert.equal(readFileSync(e.path, 'utf8'), 'abc');
    const back = cache.read('stooq', 'iwm.us.csv')!;
    assert.equal(back.meta.fetchedAt, '2026-11-25T01:00:00.000Z');
    assert.equal(back.meta.lastModified, 'Tue, 24 Nov 2026 22:00:00 GMT');
    // sha256("abc"), FIPS 180-2 appendix B.1
    assert.equal(back.meta.sha256, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(cache.isFresh(back, 3600_000, Date.parse('2026-11-25T01:59:59Z')), true);
    assert.equal(cache.isFresh(back, 3600_000, Date.parse('2026-11-25T02:00:00Z')), false);
  });
  it('refuses keys that would leave the cache folder', () => {
    const cache = new DownloadCache(dir);
    assert.throws(
      () => cache.pathOf('stooq', '../../etc/passwd'),
      /invalid cache key: "..\/..\/etc\/passwd"/,
    );
    assert.throws(() => cache.pathOf('a/b', 'x'), /invalid source: "a\/b"/);
  });
});

describe('runBatch', () => {
  const stateDir = join(dir, 'batches');
  it('records failures, goes on, and keeps the state until everything is done', async () => {
    let fail = true;
    const work = async (t: string) => {
      if (t === 'B' && fail) throw new Error('HTTP 500');
      return t.toLowerCase();
    };
    const first = await runBatch(['A', 'B', 'C'], work, { stateDir, name: 'unit' });
    assert.deepEqual(
      first.map((o) => o.status),
      ['done', 'failed', 'done'],
    );
    const path = batchStatePath({ stateDir, name: 'unit' }, ['A', 'B', 'C']);
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).failed, { B: 'HTTP 500' });
    fail = false;
    const second = await runBatch(['A', 'B', 'C'], work, { stateDir, name: 'unit' });
    assert.deepEqual(
      second.map((o) => o.status),
      ['resumed', 'done', 'resumed'],
    );
    assert.equal(existsSync(path), false);
  });
  it('never resumes into another store: the state file is scoped by the store path', () => {
    const items = ['IWM', 'SPY'];
    const a = batchStatePath({ stateDir, name: 'p', scope: '/data/a.duckdb' }, items);
    assert.notEqual(a, batchStatePath({ stateDir, name: 'p', scope: '/data/b.duckdb' }, items));
    assert.equal(a, batchStatePath({ stateDir, name: 'p', scope: '/data/a.duckdb' }, items));
  });
  it('stops at once when offline, keeping what was done', async () => {
    const seen: string[] = [];
    const work = async (t: string) => {
      seen.push(t);
      if (t === 'B') throw new OfflineError('https://stooq.com/q', 'ENOTFOUND');
      return t;
    };
    await assert.rejects(
      runBatch(['A', 'B', 'C'], work, { stateDir, name: 'offline' }),
      /^Error: no network|no network/,
    );
    assert.deepEqual(seen, ['A', 'B']);
    const state = JSON.parse(
      readFileSync(batchStatePath({ stateDir, name: 'offline' }, ['A', 'B', 'C']), 'utf8'),
    );
    assert.deepEqual(Object.keys(state.done), ['A']);
  });
});

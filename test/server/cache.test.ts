import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseCache, Serial } from '../../src/server/cache.ts';
import type { ApiError } from '../../src/server/errors.ts';

describe('ResponseCache', () => {
  it('computes once for identical keys in flight and evicts the least recently used', async () => {
    const cache = new ResponseCache(2);
    let made = 0;
    const make = async () => `v${++made}`;
    const [a, b] = await Promise.all([cache.get('a', make, 't'), cache.get('a', make, 't')]);
    assert.equal(a.body, 'v1');
    assert.equal(b.body, 'v1');
    assert.equal(made, 1);
    await cache.get('b', make, 't');
    await cache.get('a', make, 't'); // a is now the most recent
    await cache.get('c', make, 't'); // evicts b
    assert.equal(cache.size, 2);
    assert.equal((await cache.get('b', make, 't')).body, 'v4'); // recomputed
    assert.equal((await cache.get('c', make, 't')).body, 'v3');
  });
  it('does not keep a failed computation', async () => {
    const cache = new ResponseCache();
    await assert.rejects(cache.get('x', async () => Promise.reject(new Error('boom')), 't'));
    assert.equal((await cache.get('x', async () => 'ok', 't')).body, 'ok');
  });
});

describe('Serial', () => {
  it('runs one at a time, in order', async () => {
    const s = new Serial();
    const log: string[] = [];
    const step = (name: string) => async () => {
      log.push(`${name} start`);
      await new Promise((r) => setImmediate(r));
      log.push(`${name} end`);
    };
    await Promise.all([s.run(step('a')), s.run(step('b'))]);
    assert.deepEqual(log, ['a start', 'a end', 'b start', 'b end']);
  });
  it('idle() resolves only after the queued work has finished (the store is then safe to close)', async () => {
    const s = new Serial();
    let finished = false;
    void s.run(async () => {
      await new Promise((r) => setTimeout(r, 20));
      finished = true;
    });
    await s.idle();
    assert.equal(finished, true);
    assert.equal(s.pending, 0);
  });
  it('refuses with 503 past its queue bound, and recovers when the queue drains', async () => {
    const s = new Serial(2);
    let release = () => {};
    const held = s.run(() => new Promise<void>((r) => (release = r)));
    const queued = s.run(async () => 'second');
    await assert.rejects(
      s.run(async () => 'third'),
      (e: ApiError) => e.status === 503,
    );
    release();
    await held;
    assert.equal(await queued, 'second');
    assert.equal(await s.run(async () => 'fourth'), 'fourth');
    assert.equal(s.pending, 0);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { answer, JSON_TYPE, toJson } from '../../src/server/context.ts';
import { openDefaultStore } from '../../src/store/embedded.ts';
import { QueryCancelledError, StoreBusyError, withSignal } from '../../src/store/pool.ts';

// A query that runs for minutes unless interrupted (a cross join of 10^12 rows, filtered).
const SLOW = 'SELECT count(*) AS n FROM range(1000000) a(x), range(1000000) b(y) WHERE (x * 7 + y) % 13 = 5';
/** Waits (up to a minute, polling) until `cond` holds; the assertions after it say what must hold. */
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 6000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
};
const settle = (store: { busy: number }) => until(() => store.busy === 0);

describe('the read pool', () => {
  it('a cancelled request interrupts its running query and leaves no work running', async () => {
    const store = await openDefaultStore(':memory:', { readers: 2 });
    const ac = new AbortController();
    const running = withSignal(ac.signal, () => store.all(SLOW));
    await until(() => store.busy === 1);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(store.busy, 1, 'the query runs');
    ac.abort();
    await assert.rejects(running, QueryCancelledError);
    await settle(store);
    assert.equal(store.busy, 0, 'nothing runs or waits after the cancel');
    // The connection is usable again: the next query on it answers.
    assert.deepEqual(await store.all('SELECT 41 + 1 AS n'), [{ n: 42 }]);
    store.close();
  });

  it('a query waiting for a connection leaves the queue when its request is cancelled', async () => {
    const store = await openDefaultStore(':memory:', { readers: 1 });
    const first = new AbortController();
    const second = new AbortController();
    const a = withSignal(first.signal, () => store.all(SLOW));
    await until(() => store.busy === 1);
    const b = withSignal(second.signal, () => store.all(SLOW));
    await until(() => store.busy === 2);
    assert.equal(store.busy, 2, 'one runs, one waits');
    second.abort();
    await assert.rejects(b, QueryCancelledError);
    assert.equal(store.busy, 1);
    first.abort();
    await assert.rejects(a, QueryCancelledError);
    await settle(store);
    assert.equal(store.busy, 0);
    store.close();
  });

  it('refuses with StoreBusyError when every connection is busy and the queue is full', async () => {
    const store = await openDefaultStore(':memory:', { readers: 1, maxWaiting: 0 });
    const ac = new AbortController();
    const a = withSignal(ac.signal, () => store.all(SLOW));
    await until(() => store.busy === 1);
    await new Promise((r) => setTimeout(r, 20)); // the connection is made: the query holds it
    await assert.rejects(store.all('SELECT 1'), StoreBusyError);
    ac.abort();
    await assert.rejects(a, QueryCancelledError);
    store.close();
  });

  it('a request past its deadline gets 504 and its query is interrupted, not left running', async () => {
    const store = await openDefaultStore(':memory:', { readers: 2 });
    const app = createApp({ store, web: false, timeoutMs: 300 });
    app.get('/test/slow', (c) =>
      answer(c, app.state, 'slow', JSON_TYPE, async () => toJson(await store.all(SLOW))),
    );
    const res = await app.request('/test/slow');
    assert.equal(res.status, 504);
    assert.match((await res.json()).error.message, /longer than 300 ms/);
    await settle(store);
    assert.equal(store.busy, 0, 'the query stopped with its request');
    store.close();
  });

  it('sheds load past maxInFlight with 503 and Retry-After', async () => {
    const store = await openDefaultStore(':memory:', { readers: 1 });
    const app = createApp({ store, web: false, maxInFlight: 1, timeoutMs: 5000 });
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    app.get('/test/hold', async (c) => {
      await gate;
      return c.json({ ok: true });
    });
    const held = app.request('/test/hold');
    await new Promise((r) => setTimeout(r, 20));
    const shed = await app.request('/api/health');
    assert.equal(shed.status, 503);
    assert.equal(shed.headers.get('retry-after'), '1');
    release();
    assert.equal((await held).status, 200);
    assert.equal((await app.request('/api/health')).status, 200);
    store.close();
  });
});

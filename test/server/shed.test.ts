import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LoadShedder } from '../../src/server/shed.ts';

/** Blocks the event loop for `ms` (what a server answering more than it can looks like to its timers). */
const block = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refusals = (s: LoadShedder, n: number) =>
  Array.from({ length: n }, () => s.refuse()).filter(Boolean).length;

describe('LoadShedder', () => {
  it('refuses no request while the lag stays under the target', () => {
    const s = new LoadShedder({ targetMs: 100 });
    for (let i = 0; i < 50; i++) s.sample(40);
    assert.equal(s.share, 0);
    assert.equal(refusals(s, 100), 0);
  });

  it('refuses a growing share, at most maxShare and spread evenly, while the lag is past the target; then none', () => {
    const s = new LoadShedder({ targetMs: 100, maxShare: 0.3 });
    s.sample(250);
    assert.ok(Math.abs(s.share - 0.05) < 1e-12, `share ${s.share}`); // one sample: +0.05
    for (let i = 0; i < 20; i++) s.sample(250);
    assert.equal(s.share, 0.3); // capped
    assert.equal(refusals(s, 100), 30); // every 1/0.3-th request: 30 of 100
    s.sample(70); // between half the target and the target: holds
    assert.equal(s.share, 0.3);
    for (let i = 0; i < 6; i++) s.sample(10); // below half the target: −0.05 each
    assert.ok(s.share < 1e-12, `share ${s.share}`);
    assert.equal(refusals(s, 100), 0);
  });

  it('its timer sees a blocked event loop as lag', async () => {
    const s = new LoadShedder({ targetMs: 50, intervalMs: 10 }).start();
    await tick(30);
    block(300); // the interval timer due meanwhile fires at least 250 ms late, however busy the machine
    await tick(1); // runs after that timer, in the same timers phase
    assert.ok(s.lag >= 250, `lag ${s.lag}`);
    assert.ok(s.share > 0, `share ${s.share}`);
    s.stop();
  });
});

describe('the app sheds with its LoadShedder', () => {
  it('answers 503 with Retry-After to every 1/share-th request while shedding (share 0.3: 3 of 10), and health stays up', async () => {
    const { createApp } = await import('../../src/server/app.ts');
    const { Store } = await import('../../src/store/store.ts');
    const store = await Store.open(':memory:');
    const shedder = new LoadShedder({ targetMs: 100, maxShare: 0.3, minInFlight: 0 });
    const app = createApp({ store, shedder, web: false, allowedHosts: null });
    try {
      const statuses = async (path: string, n: number) => {
        const out: Response[] = [];
        for (let i = 0; i < n; i++) out.push(await app.request(path));
        return out;
      };
      assert.deepEqual(
        (await statuses('/api/schemes', 10)).map((r) => r.status),
        Array(10).fill(200),
        'no lag: nothing shed',
      );
      for (let i = 0; i < 6; i++) shedder.sample(250); // six samples past the target: share 0.3
      const shed = await statuses('/api/schemes', 10);
      assert.equal(shed.filter((r) => r.status === 503).length, 3); // hand count: 0.3 × 10
      for (const r of shed.filter((x) => x.status === 503)) assert.equal(r.headers.get('retry-after'), '1');
      assert.deepEqual(
        (await statuses('/api/health', 10)).map((r) => r.status),
        Array(10).fill(200),
      );
    } finally {
      store.close();
    }
  });
});

describe('a lagging loop with few requests in progress is not overload', () => {
  it('refuses nothing below minInFlight (default 32), even at the largest share', () => {
    const s = new LoadShedder({ targetMs: 100, maxShare: 0.3 });
    for (let i = 0; i < 6; i++) s.sample(250); // share 0.3
    const refused = (inFlight: number) =>
      Array.from({ length: 10 }, () => s.refuse(inFlight)).filter(Boolean).length;
    assert.equal(refused(10), 0); // one reader's page: about ten requests at once
    assert.equal(refused(31), 0);
    assert.equal(refused(32), 3); // hand count: 0.3 × 10
  });
});

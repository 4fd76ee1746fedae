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

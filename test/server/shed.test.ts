import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LoadShedder } from '../../src/server/shed.ts';

/** Blocks the event loop for `ms` (what a server answering more than it can looks like to its timers). */
const block = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LoadShedder', () => {
  it('refuses no request while the event loop keeps up', async () => {
    const s = new LoadShedder({ targetMs: 50, intervalMs: 10 }).start();
    await tick(100);
    assert.equal(s.share, 0);
    assert.equal(Array.from({ length: 100 }, () => s.refuse()).filter(Boolean).length, 0);
    s.stop();
  });

  it('refuses a growing share, at most maxShare, while the loop lags past the target, then none again', async () => {
    const s = new LoadShedder({ targetMs: 50, maxShare: 0.3, intervalMs: 10 }).start();
    for (let i = 0; i < 10; i++) {
      block(120); // each turn of the loop takes 120 ms > 50 ms: the timer sees the lag
      await tick(1);
    }
    assert.ok(s.lag > 50, `lag ${s.lag}`);
    assert.ok(s.share > 0 && s.share <= 0.3, `share ${s.share}`);
    // Refusals are spread evenly: a share of 0.3 refuses 30 of 100 requests.
    const share = s.share;
    const refused = Array.from({ length: 100 }, () => s.refuse()).filter(Boolean).length;
    assert.ok(Math.abs(refused - share * 100) <= 1, `${refused} refused at share ${share}`);
    // Idle again: the share falls back to zero (0.05 per sample).
    while (s.share > 0) await tick(20);
    assert.equal(s.refuse(), false);
    s.stop();
  });
});

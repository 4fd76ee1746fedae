/**
 * The API answers the page reads carry data-quality flags (docs/quality.md). Store: the server's real fixture
 * rows (test/fixtures/server, ^RUT and ^GSPC closes), damaged in a stated way: ^RUT's 2016-11-09 and
 * 2016-11-10 bars deleted. The expected figure is a hand calculation on the fixture's closes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false });
});
after(async () => {
  await app.state.serial.idle();
  store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are read field by field below
const get = async (path: string): Promise<Record<string, any>> => (await app.request(path)).json();
const close = (id: string, date: string) => {
  const row = readFileSync(new URL('../fixtures/server/bars.csv', import.meta.url), 'utf8')
    .split('\n')
    .find((l) => l.includes(`,${id},${date},`));
  return Number(row?.split(',').at(-1));
};

describe('GET /api/returns-since flags', () => {
  it('clean fixture rows: no flag', async () => {
    const body = await get('/api/returns-since?event=2016-11-08&scheme=indexes&from=0&to=2');
    assert.deepEqual(body.flags, []);
  });

  it('^RUT and ^GSPC without 2016-11-09/10: t0 moved for the legs, the gap said, the figure between two real closes', async () => {
    const damaged = await fixtureStore();
    await damaged.run(
      "DELETE FROM bars WHERE id IN ('^RUT', '^GSPC') AND date IN ('2016-11-09', '2016-11-10')",
    );
    const app2 = createApp({ store: damaged, web: false });
    const res = await app2.request('/api/returns-since?event=2016-11-08&scheme=indexes&from=0&to=0');
    const body = await res.json();
    await app2.state.serial.idle();
    damaged.close();
    // the legs' own t0 is 2016-11-11: the answer says so rather than calling it the NYSE t0
    assert.equal(body.event.t0, '2016-11-11');
    const moved = body.flags.find((f: { kind: string }) => f.kind === 't0-moved');
    assert.match(moved.detail, /t0 = 2016-11-11, not the NYSE t0 2016-11-09/);
    const gap = body.flags.find((f: { kind: string }) => f.kind === 'missing-session');
    assert.equal(gap.series, 'all');
    assert.deepEqual(gap.dates, ['2016-11-09', '2016-11-10']);
    assert.equal(gap.effect, 'spans-sessions');
    // hand: the 11-11 close over the 11-08 close of the fixture
    const want = close('^RUT', '2016-11-11') / close('^RUT', '2016-11-08') - 1;
    assert.ok(Math.abs(body.summary.small - want) < 1e-12);
  });
});

describe('GET /api/lead and /api/event-study flags on the embedded 2016 data', () => {
  it('carry an empty flags list: zero false alarms on clean real data', async () => {
    const { embeddedStore } = await import('./embedded-store.ts');
    const emb = await embeddedStore();
    const app3 = createApp({ store: emb, web: false });
    try {
      const lead = await (await app3.request('/api/lead?event=2016-11-08')).json();
      assert.equal(lead.event.t0, '2016-11-09');
      assert.deepEqual(lead.flags, []);
      const study = await (await app3.request('/api/event-study?event=2016-11-08&series=^RUT')).json();
      assert.deepEqual(study.flags, []);
    } finally {
      await app3.state.serial.idle();
      emb.close();
    }
  });
});

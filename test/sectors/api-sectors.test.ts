/**
 * `GET /api/sectors` on the real fixtures (stock panel, companylists, GICS file): the answer conforms to its
 * documented schema and equals `querySectorEvent`; bad parameters are 400 naming them; a store without a
 * stock panel is 404. Requests go through `app.request` (no open port).
 */

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { querySectorEvent } from '../../src/queries/sectors.ts';
import { eventWindowJson } from '../../src/report/json-vocabulary.ts';
import { createApp } from '../../src/server/app.ts';
import { SCHEMAS } from '../../src/server/openapi.ts';
import { Store } from '../../src/store/store.ts';
import { addPanelFixture, addSectorFixtures } from '../helpers/fixture-stores.ts';
import { check } from '../server/schema-check.ts';

const _fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

function assertClose(a: unknown, b: unknown, path: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    assert.ok(Math.abs(a - b) < 1e-12, `${path}: ${a} vs ${b}`);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), path);
    for (const k of Object.keys(a))
      assertClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else assert.equal(a, b, path);
}

describe('GET /api/sectors', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await Store.open(':memory:');
    await addPanelFixture(store);
    await addSectorFixtures(store);
    app = createApp({ store, web: false, timeoutMs: 120_000 });
  });
  after(async () => {
    await app.state.serial.idle();
    store.close();
  });

  it('answers the election week: the documented schema, the same numbers as querySectorEvent', async () => {
    const res = await app.request('/api/sectors?event=2016-11-08&from=0&to=4');
    assert.equal(res.status, 200, await res.clone().text());
    const body = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(check(body, SCHEMAS.sectors), []);
    const direct = await querySectorEvent(store, { event: '2016-11-08', window: [0, 4] });
    delete direct.result;
    // Equal to 1e-12: DuckDB hands the panel's rows over in no fixed order, so sums differ in the last bits.
    // The route writes the answer through the vocabulary's edge (docs/json.md: eventDate, window { from, to },
    // baseDate/startDate/endDate, unit, conventions an object); the numbers are the engine's.
    assertClose(body, JSON.parse(JSON.stringify(eventWindowJson(direct))), '$');
    assert.deepEqual(
      [body.eventDate, body.baseDate, body.endDate],
      ['2016-11-08', '2016-11-08', '2016-11-15'],
    );
  });

  it('names a bad parameter (400) and says when the window leaves the panel (422)', async () => {
    const bad = await app.request('/api/sectors?event=2016-11-08&within=everywhere');
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /"everywhere"/);
    const late = await app.request('/api/sectors?event=2016-11-08&to=40');
    assert.equal(late.status, 422);
  });

  it('is 404 without a stock panel', async () => {
    const empty = await Store.open(':memory:');
    const app2 = createApp({ store: empty, web: false });
    try {
      const res = await app2.request('/api/sectors?event=2016-11-08');
      assert.equal(res.status, 404);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /no stock panel/);
    } finally {
      await app2.state.serial.idle();
      empty.close();
    }
  });
});

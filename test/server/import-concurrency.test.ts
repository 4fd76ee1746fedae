import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';
import { fixtureStore } from './fixture-store.ts';

// Reads while an upload is being imported (docs/server.md, "Safety and bounds"): every read answers, the
// upload commits whole, and the same upload again changes nothing.
const TOKEN = 'concurrent-token-9e4a';
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false, importToken: TOKEN });
});
after(async () => {
  await app.state.serial.idle();
  store.close();
});

describe('reads during an import: every read answers, the import commits whole', () => {
  // a real French monthly file (test/fixtures/import, cut from ../shared/data)
  const FRENCH = readFileSync(
    new URL('../fixtures/import/Portfolios_Formed_on_ME_monthly_vintage202602.CSV', import.meta.url),
  );
  it('30 reads in flight beside one upload: 200s (or 404 for data the store lacks), never 5xx', async () => {
    const before = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series');
    const upload = app.request(
      '/api/import?kind=french&name=Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
      {
        method: 'POST',
        body: FRENCH,
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    const paths = [
      '/api/datasets',
      '/api/returns-since?event=2016-11-08&to=2',
      '/api/health',
      '/api/records',
    ];
    const reads = await Promise.all(
      Array.from({ length: 30 }, (_, i) => app.request(paths[i % paths.length])),
    );
    for (const r of reads) assert.ok(r.status === 200 || r.status === 404, `${r.url}: ${r.status}`);
    const res = await upload;
    assert.equal(res.status, 200, await res.clone().text());
    const s = (await res.json()) as { added: { portfolio_series: number } };
    const now = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series');
    assert.equal((now?.n ?? 0) - (before?.n ?? 0), s.added.portfolio_series);
    // and the same upload again is a no-op: the store is as it was
    const sum = await storeChecksum(store, { except: ['datasets'] });
    const again = await app.request(
      '/api/import?kind=french&name=Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
      {
        method: 'POST',
        body: FRENCH,
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    assert.equal(again.status, 200);
    assert.equal(await storeChecksum(store, { except: ['datasets'] }), sum);
  });
});

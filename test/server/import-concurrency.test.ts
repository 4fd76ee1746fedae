import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { storeChecksum } from '../helpers/store-checksum.ts';
import { fixtureStore } from './fixture-store.ts';
import { testApp } from './test-app.ts';

// Reads while an upload is being imported (docs/server.md, "Safety and bounds"): every read answers, the
// upload commits whole, and the same upload again changes nothing.
const TOKEN = 'concurrent-token-9e4a';
const t = testApp(fixtureStore, { importToken: TOKEN });

describe('reads during an import: every read answers, the import commits whole', () => {
  // a real French monthly file (test/fixtures/import, cut from ../shared/data)
  const FRENCH = readFileSync(
    new URL('../fixtures/import/Portfolios_Formed_on_ME_monthly_vintage202602.CSV', import.meta.url),
  );
  it('30 reads in flight beside one upload: 200s (or 404 for data the t.store lacks), never 5xx', async () => {
    const before = await t.store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series');
    const upload = t.app.request(
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
      Array.from({ length: 30 }, (_, i) => t.app.request(paths[i % paths.length])),
    );
    for (const r of reads) assert.ok(r.status === 200 || r.status === 404, `${r.url}: ${r.status}`);
    const res = await upload;
    assert.equal(res.status, 200, await res.clone().text());
    const s = (await res.json()) as { added: { portfolio_series: number } };
    const now = await t.store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series');
    assert.equal((now?.n ?? 0) - (before?.n ?? 0), s.added.portfolio_series);
    // and the same upload again is a no-op: the t.store is as it was
    const sum = await storeChecksum(t.store, { except: ['datasets'] });
    const again = await t.app.request(
      '/api/import?kind=french&name=Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
      {
        method: 'POST',
        body: FRENCH,
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    assert.equal(again.status, 200);
    assert.equal(await storeChecksum(t.store, { except: ['datasets'] }), sum);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { subjectFlows } from '../../src/queries/claims-flows.ts';
import { readEtfRegistry, writeEtfRegistry } from '../../src/store/etf-registry.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';

// "Funds tracking the Russell 2000 took in $4bn" (src/findings/article/flow-claim.ts): the registry's funds
// whose benchmark is that index. Hand-made example: fictional funds XSML, XLRG
// (test/fixtures/flows/handmade-shares-nav.csv), given benchmarks here.
const HANDMADE = fileURLToPath(new URL('../fixtures/flows/handmade-shares-nav.csv', import.meta.url));

describe('flows of "funds tracking the X": the funds the registry benchmarks to X', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
    await readEtfRegistry(store);
    const fund = (ticker: string, benchmark: string) => ({
      ticker,
      name: 'example',
      category: 'US small cap',
      benchmark,
      issuer: '',
      inception: null,
    });
    await writeEtfRegistry(store, [fund('XSML', 'Russell 2000 Index'), fund('XLRG', 'S&P 500 Index')]);
    await importFile(store, HANDMADE);
  });
  after(() => store.close());

  it('sums exactly the benchmarked fund, not the whole category both share', async () => {
    for (const [group, ticker] of [
      ['funds tracking the Russell 2000', 'XSML'],
      ['funds tracking the S&P 500', 'XLRG'],
    ]) {
      const g = await subjectFlows(store, group);
      const f = await subjectFlows(store, ticker);
      assert.ok(!('cannot' in g) && !('cannot' in f), group);
      assert.deepEqual([...g.days], [...f.days], group);
      assert.deepEqual([...g.flows], [...f.flows], group);
    }
    const both = await subjectFlows(store, 'US small cap');
    assert.ok(!('cannot' in both));
    assert.ok(both.days.length >= 4); // the category holds both funds' days
  });
  it('names a benchmark no fund tracks', async () => {
    const r = await subjectFlows(store, 'funds tracking the Wilshire 5000');
    assert.ok('cannot' in r);
    assert.match(r.cannot, /"funds tracking the Wilshire 5000" is neither a category nor a fund/);
  });
});

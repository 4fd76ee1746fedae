import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { Store } from '../../src/store/store.ts';

// The claim checker's closes leave out a vendor's one-print spike bar (src/queries/claims-data.ts). The rows
// below are IWF's adjusted closes of May 4–7, 2010 as alphavantage_tareqalyousef_backtester/IWF.csv prints them
// (../shared/data/prices; open, high, low, close, adjusted close), and three rows made up by hand, said so, for
// an imported file's zero close (no logarithm of zero).
const IWF: [string, number, number, number, number, number][] = [
  ['2010-05-04', 52.55, 52.58, 51.648, 51.87, 45.0908905117],
  ['2010-05-05', 51.43, 52.02, 51.33, 51.65, 44.8996432413],
  ['2010-05-06', 40.31, 40.31, 40.31, 40.31, 35.041715761],
  ['2010-05-07', 49.87, 50.25, 48.41, 49.11, 42.6916065747],
];

async function storeWith(rows: [string, string, number, number, number, number, number][]): Promise<Store> {
  const store = await Store.open(':memory:');
  for (const [id, date, o, h, l, c, a] of rows)
    await store.run(
      'INSERT INTO bars (source, id, date, open, high, low, close, adj_close) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [`test/${id}`, id, date, o, h, l, c, a],
    );
  return store;
}

describe("claim data leave out a vendor's one-print spike bar", () => {
  it('IWF on May 6, 2010 (open = high = low = close = 40.31 between 51.65 and 49.11) is left out; its neighbours stay', async () => {
    const store = await storeWith(IWF.map((r) => ['IWF', ...r]));
    try {
      const bars = await storeClaimData(store).bars('IWF');
      assert.deepEqual([...(bars?.days ?? [])], ['2010-05-04', '2010-05-05', '2010-05-07'].map(toDay));
      assert.deepEqual([...(bars?.adjClose ?? [])], [45.0908905117, 44.8996432413, 42.6916065747]);
    } finally {
      store.close();
    }
  });
  it('a one-print zero close between closes of 10 (hand-made rows, not market data) is one too, and loading does not fail', async () => {
    const store = await storeWith([
      ['ZZZ', '2020-01-02', 10, 11, 9, 10, 10],
      ['ZZZ', '2020-01-03', 0, 0, 0, 0, 0],
      ['ZZZ', '2020-01-06', 10, 11, 9, 10, 10],
    ]);
    try {
      const bars = await storeClaimData(store).bars('ZZZ');
      assert.deepEqual([...(bars?.days ?? [])], ['2020-01-02', '2020-01-06'].map(toDay));
    } finally {
      store.close();
    }
  });
});

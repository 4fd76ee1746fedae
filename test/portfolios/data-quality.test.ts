import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { toDay } from '../../src/calendar/dates.ts';
import { gridPanel, type Panel } from '../../src/portfolios/panel.ts';
import { qualityReport, splitLike } from '../../src/portfolios/quality.ts';
import { queryBuckets } from '../../src/queries/buckets-query.ts';
import { dropOffSession, loadPanel } from '../../src/queries/panel.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';

// Issue 18 §5: numbers that depend on a suspect input say so. Small inline panels (prices made up by hand,
// labelled; the expected flags are hand calculations), then the real panel where ../shared/data exists.
const D = (iso: string) => toDay(iso);

test('splitLike names a price ratio within 2% of a split: 2:1, 3:1, 3:2 and the reverse 1:10', () => {
  assert.equal(splitLike(0.5), '2:1');
  assert.equal(splitLike(0.505), '2:1'); // a 2:1 split on a +1% day
  assert.equal(splitLike(1 / 3), '3:1');
  assert.equal(splitLike(2 / 3), '3:2');
  assert.equal(splitLike(10), '1:10');
  assert.equal(splitLike(0.9), null);
  assert.equal(splitLike(0.45), null);
});

describe('qualityReport flags what would otherwise be a silent wrong number', () => {
  // two stocks over 2016-11-07 .. 2016-11-11; nobody has a bar on Wednesday 2016-11-09 (a session)
  const days = ['2016-11-07', '2016-11-08', '2016-11-10', '2016-11-11'];
  const rows = [
    ['A', '2016-11-07', 100],
    ['A', '2016-11-08', 101],
    ['A', '2016-11-10', 50.5], // halved: an unadjusted 2:1 split (return -50%)
    ['A', '2016-11-11', 51],
    ['B', '2016-11-07', 20],
    ['B', '2016-11-08', 20.2],
    ['B', '2016-11-10', 20.1],
    ['B', '2016-11-11', 20.3],
  ] as const;
  const panel: Panel = {
    ids: ['A', 'B'],
    stock: Int32Array.from(rows, (r) => (r[0] === 'A' ? 0 : 1)),
    day: Int32Array.from(rows, (r) => D(r[1])),
    price: Float64Array.from(rows, (r) => r[2]),
    cap: Float64Array.from(rows, () => 1e9),
  };
  const q = qualityReport(gridPanel(panel), panel.ids);
  test('a halved price is a split-like 2:1 move on its day', () => {
    assert.equal(q.splitLike.count, 1);
    assert.deepEqual(q.splitLike.top, [
      { id: 'A', date: '2016-11-10', ratio: '2:1', return: 50.5 / 101 - 1 },
    ]);
  });
  test('a session missing for every stock is counted (the grid alone would not see it)', () => {
    assert.equal(days.length, 4);
    assert.deepEqual(q.missingSessions, { count: 1, dates: ['2016-11-09'] });
  });
});

test('bars on a day that is not an NYSE session are left out of the panel and stated', () => {
  const day = Int32Array.from(['2016-04-29', '2016-04-30', '2016-05-02'], D);
  const c = dropOffSession({
    stock: Int32Array.of(0, 0, 0),
    day,
    price: Float64Array.of(1, 2, 3),
    cap: Float64Array.of(1, 1, 1),
  });
  assert.deepEqual(Array.from(c.day), [D('2016-04-29'), D('2016-05-02')]);
  assert.deepEqual(Array.from(c.price), [1, 3]);
  assert.deepEqual(c.offSession, { rows: 1, days: ['2016-04-30'] });
});

const STOCKS = fileURLToPath(new URL('../../../shared/data/stocks/', import.meta.url));
test('real panel: monthly formation over April 2016 forms on Friday 2016-04-29, not on the stray Saturday bars', {
  skip: existsSync(STOCKS) ? false : 'needs ../shared/data/stocks (the real panel is not shipped)',
}, async () => {
  const s = await Store.open(':memory:');
  try {
    await loadStockPanelCsv(
      s,
      `${STOCKS}kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz`,
      { from: '2016-03-01', to: '2016-05-31' },
    );
    await loadCompanylists(
      s,
      ['NYSE', 'NASDAQ'].map((x) => ({
        file: `${STOCKS}nasdaq_companylist_snapshot_2016-09-21_AdarshK1/companylist_${x}_2016-09-21.csv`,
        exchange: x,
      })),
      '2016-09-21',
    );
    const b = await queryBuckets(s, {
      source: 'stocks',
      scheme: 'deciles',
      formation: 'monthly',
      from: '2016-04-01',
      to: '2016-05-31',
    } as Parameters<typeof queryBuckets>[1]);
    assert.deepEqual(
      b.formations?.map((f) => f.date),
      ['2016-03-31', '2016-04-29'],
    );
    assert.ok(!b.dates.includes('2016-04-30'));
    const flag = b.conventions.find((c) => c.startsWith('flagged:'));
    assert.match(flag ?? '', /^flagged: \d+ bars on \d+ day\(s\) that are not NYSE sessions \(2016-03-05, /);
    const p = await loadPanel(s, { from: '2016-04-01', to: '2016-05-31' });
    assert.ok(p.offSession?.days.includes('2016-04-30'), JSON.stringify(p.offSession));
    assert.ok(p.offSession?.days.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0));
  } finally {
    s.close();
  }
});

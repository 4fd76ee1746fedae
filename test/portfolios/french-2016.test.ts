/**
 * Real data: deciles, quintiles and 30-40-30 built from the Kaggle/Stooq stock panel and the NASDAQ
 * companylist caps of 2016-09-21 (fixture cut by scripts/cut-portfolio-fixtures.ts), against Kenneth
 * French's Portfolios_Formed_on_ME (values quoted from ../shared/data/PROVENANCE.md: monthly file vintage
 * CRSP 202602, daily VW file vintage ~202505). They cannot agree exactly (survivorship-biased panel, no AMEX,
 * Sep-2016 caps carried by price, our ticker rules instead of CRSP share codes; see docs/portfolios.md),
 * so each test states the tolerance it allows and why.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { compoundBuckets, contributions } from '../../src/portfolios/windows.ts';
import { loadPanel } from '../../src/queries/panel.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';

const dir = fileURLToPath(new URL('../fixtures/portfolios/', import.meta.url));
const pct = (x: number) => Math.round(x * 10000) / 100;

describe('2016 size buckets from stocks against French', () => {
  let store: Store;
  let panel: Panel;
  before(async () => {
    store = await Store.open(':memory:');
    await loadStockPanelCsv(store, `${dir}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz`);
    await loadCompanylists(
      store,
      [
        { file: `${dir}companylist_NYSE_2016-09-21.csv.gz`, exchange: 'NYSE' },
        { file: `${dir}companylist_NASDAQ_2016-09-21.csv.gz`, exchange: 'NASDAQ' },
      ],
      '2016-09-21',
    );
    panel = await loadPanel(store);
  });
  after(() => store.close());

  test('the snapshot cap is carried by the price change: AAPL on 2016-10-31', async () => {
    // Hand calculation from the fixture rows: companylist AAPL MarketCap 555,710,126,590 USD on 2016-09-21;
    // panel adjusted Close 111.18 (2016-09-21) and 111.17 (2016-10-31), so the cap on 2016-10-31 is
    // 555,710,126,590 × 111.17 / 111.18 = 555,660,143,668.0 USD.
    const s = panel.ids.indexOf('AAPL');
    let got = Number.NaN;
    for (let i = 0; i < panel.stock.length; i++)
      if (panel.stock[i] === s && panel.day[i] === 17105) got = panel.cap[i]; // 17105 = 2016-10-31
    assert.ok(Math.abs(got - (555_710_126_590 * 111.17) / 111.18) < 1e-3, `AAPL cap ${got}`);
    assert.ok(Math.abs(got - 555_660_143_668.0) < 1);
  });

  test('Nov 2016 NYSE-breakpoint deciles, value-weighted: Lo 10 within 1 pp of French +9.75%, Hi 10 within 0.5 pp of +3.42%', () => {
    const r = computeBuckets(panel, {
      scheme: 'deciles',
      breakpoints: 'nyse',
      formation: '2016-10-31',
      weightings: ['value', 'equal'],
      from: '2016-11-01',
      to: '2016-11-30',
    });
    const vw = compoundBuckets(r, 'value');
    assert.ok(Math.abs(pct(vw[0]) - 9.75) <= 1, `Lo 10 VW ${pct(vw[0])}%`);
    assert.ok(Math.abs(pct(vw[9]) - 3.42) <= 0.5, `Hi 10 VW ${pct(vw[9])}%`);
    // French's spread is 6.33 pp; ours must show the same story: small beat large by 5 to 8 pp.
    const spread = pct(vw[0] - vw[9]);
    assert.ok(spread > 5 && spread < 8, `VW spread ${spread} pp`);
  });

  test('Nov 2016 equal-weighted deciles: Hi 10 within 0.5 pp of French +4.46%; Lo 10 above French +6.98% but by < 2.5 pp (survivors only)', () => {
    const r = computeBuckets(panel, {
      scheme: 'deciles',
      breakpoints: 'nyse',
      formation: '2016-10-31',
      weightings: ['equal'],
      from: '2016-11-01',
      to: '2016-11-30',
    });
    const ew = compoundBuckets(r, 'equal');
    assert.ok(Math.abs(pct(ew[9]) - 4.46) <= 0.5, `Hi 10 EW ${pct(ew[9])}%`);
    assert.ok(pct(ew[0]) > 6.98 && pct(ew[0]) - 6.98 < 2.5, `Lo 10 EW ${pct(ew[0])}%`);
  });

  test('Nov 2016 30-40-30 value-weighted: Lo 30 within 1 pp of French +12.08%, Hi 30 within 0.5 pp of +3.97%', () => {
    const r = computeBuckets(panel, {
      scheme: '30-40-30',
      breakpoints: 'nyse',
      formation: '2016-10-31',
      weightings: ['value'],
      from: '2016-11-01',
      to: '2016-11-30',
    });
    const vw = compoundBuckets(r, 'value');
    assert.ok(Math.abs(pct(vw[0]) - 12.08) <= 1, `Lo 30 VW ${pct(vw[0])}%`);
    assert.ok(Math.abs(pct(vw[2]) - 3.97) <= 0.5, `Hi 30 VW ${pct(vw[2])}%`);
  });

  test('election days, formed at the 2016-11-08 close: daily VW Lo 10 within 0.6 pp of French (+3.26, +1.70, +3.03), Hi 10 within 0.2 pp (+1.22, +0.08, -0.16)', () => {
    const r = computeBuckets(panel, {
      scheme: 'deciles',
      breakpoints: 'nyse',
      formation: '2016-11-08',
      weightings: ['value'],
      from: '2016-11-09',
      to: '2016-11-11',
    });
    assert.deepEqual(r.dates, ['2016-11-09', '2016-11-10', '2016-11-11']);
    const french = { lo: [3.26, 1.7, 3.03], hi: [1.22, 0.08, -0.16] };
    for (let d = 0; d < 3; d++) {
      const lo = pct(r.returns.value![d * 11]);
      const hi = pct(r.returns.value![d * 11 + 9]);
      assert.ok(Math.abs(lo - french.lo[d]) <= 0.6, `${r.dates[d]} Lo 10 ${lo}% vs ${french.lo[d]}%`);
      assert.ok(Math.abs(hi - french.hi[d]) <= 0.2, `${r.dates[d]} Hi 10 ${hi}% vs ${french.hi[d]}%`);
    }
  });

  test('contributions to the VW Hi 10 add up to its November return (buy-and-hold identity)', () => {
    const r = computeBuckets(panel, {
      scheme: 'deciles',
      breakpoints: 'nyse',
      formation: '2016-10-31',
      weightings: ['value'],
      from: '2016-11-01',
      to: '2016-11-30',
    });
    const c = contributions(r, 'value', 'Hi 10');
    const sum = c.reduce((a, x) => a + x.contribution, 0);
    assert.ok(Math.abs(sum - compoundBuckets(r, 'value')[9]) < 1e-12);
    assert.equal(c.length, r.formations[0].counts[9]);
  });
});

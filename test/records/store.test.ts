import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { returnRecord } from '../../src/queries/return-series.ts';
import { periodSpreadRecord, spreadOnTrack, spreadRecord } from '../../src/queries/spread-series.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/flows/${name}`, import.meta.url));

describe('spreadRecord and spreadOnTrack from a store (French fixtures imported with capgap import)', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
  });
  after(() => store.close());

  it('says which import is missing when the store has no size deciles', async () => {
    await assert.rejects(
      spreadRecord(store, { month: '2016-11', weighting: 'value' }),
      /no monthly value-weighted size deciles/,
    );
  });

  it('Nov 2016: VW 6.33 pp, the widest since Apr 2010; EW 2.52 pp, the widest since Sep 2016', async () => {
    // Hand check in test/records/size-spread.test.ts: VW 9.75 − 3.42; Apr 2010 10.55 − 0.72 = 9.83;
    // EW 6.98 − 4.46; Sep 2016 EW 3.34 − (−0.08) = 3.42.
    await importFile(store, fixture('Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV'));
    const vw = await spreadRecord(store, { month: '2016-11', weighting: 'value' });
    assert.ok(Math.abs(vw.spread - 0.0633) < 1e-12);
    assert.equal(vw.record.largestSince?.period, 'Apr 2010');
    assert.equal(vw.vintage, 'CRSP 202602');
    const ew = await spreadRecord(store, { month: '2016-11', weighting: 'equal' });
    assert.equal(ew.record.largestSince?.period, 'Sep 2016');
  });

  it('as of Fri 11 Nov 2016 the month-to-date VW spread (5.30 pp) was on track for the widest since Apr 2010', async () => {
    // French daily VW, Nov 1-11 2016 (9 sessions), Lo 10: −0.93 −1.39 −1.29 0.38 1.97 0.38 3.26 1.70 3.03 %;
    // Hi 10: −0.60 −0.59 −0.43 −0.28 2.24 0.44 1.22 0.08 −0.16 %. Compounded by hand (python3 math.prod):
    // Lo 10 +7.2032%, Hi 10 +1.8997%, spread 5.3035 pp. Completed VW months before Nov 2016 with a spread
    // >= 5.3035: the most recent is Apr 2010 (9.83); Jan 2000..Oct 2016 has 202 months, 19 of them wider
    // (awk over the monthly file), so it would rank 20 of 202.
    await importFile(
      store,
      fixture('Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv'),
    );
    const r = await spreadOnTrack(store, { asOf: '2016-11-11' });
    assert.equal(r.days, 9);
    assert.ok(Math.abs(r.small - 0.0720322468) < 1e-9);
    assert.ok(Math.abs(r.large - 0.0189971797) < 1e-9);
    assert.equal(r.record.provisional, true);
    assert.equal(r.record.largestSince?.period, 'Apr 2010');
    assert.equal(r.record.rank, 20);
    assert.equal(r.record.of, 202);
    assert.match(r.record.summary, /^provisional: on track for the largest since Apr 2010/);
    assert.deepEqual(r.vintages, { daily: 'CRSP 202505 (inferred)', monthly: 'CRSP 202602' });
  });

  it('weekly spread from the daily file: the election week 6.89 pp, the widest of the excerpt', async () => {
    // French daily VW, Mon 7 .. Fri 11 Nov 2016: Lo 10 1.97 0.38 3.26 1.70 3.03 % -> +10.7481%; Hi 10 2.24 0.44
    // 1.22 0.08 −0.16 % -> +3.8594% (compounded by hand, python3 math.prod); spread 6.8887 pp. Other weeks of the
    // excerpt by the same hand calculation: 28 Oct −2.87, 4 Nov −1.64, 18 Nov +1.60, 25 Nov +0.79 pp;
    // the week ending 2 Dec has data only through 30 Nov: provisional, not ranked.
    const r = await periodSpreadRecord(store, { period: 'week', end: '2016-11-11' });
    assert.ok(Math.abs(r.small - 0.1074812548) < 1e-9);
    assert.ok(Math.abs(r.large - 0.0385938506) < 1e-9);
    assert.equal(r.record.rank, 1);
    assert.equal(r.record.of, 5);
    const last = await periodSpreadRecord(store, { period: 'week' });
    assert.equal(last.periodEnd, '2016-12-02');
    assert.equal(last.record.provisional, true);
  });

  it('Nov 2016 compounded from the daily file: Lo 10 +9.69%, Hi 10 +3.41% (PROVENANCE §1)', async () => {
    const r = await periodSpreadRecord(store, { period: 'month', end: '2016-11-30' });
    assert.equal(Math.round(r.small * 1e4) / 1e2, 9.69);
    assert.equal(Math.round(r.large * 1e4) / 1e2, 3.41);
  });
});

describe('returnRecord from a store (Yahoo ^RUT and ^GSPC, 3 Oct .. 18 Nov 2016, imported with capgap import)', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
    await importFile(store, fixture('yahoo/^RUT.csv'));
    await importFile(store, fixture('yahoo/^GSPC.csv'));
  });
  after(() => store.close());

  it('the election week: Russell 2000 +10.22% vs S&P 500 +3.80%, the widest of the excerpt', async () => {
    // By hand from the fixture: ^RUT 1163.43994 (4 Nov) -> 1282.38 (11 Nov) = +10.2231%; ^GSPC 2085.17993 ->
    // 2164.44995 = +3.8016%; 6.4215 pp. The first week (ending 7 Oct) has no previous close; the 6 weeks from
    // 14 Oct to 18 Nov have a value and none is as wide.
    const r = await returnRecord(store, { id: '^RUT', vs: '^GSPC', end: '2016-11-11' });
    assert.ok(Math.abs(r.idReturn - 0.1022313709) < 1e-9);
    assert.ok(Math.abs((r.vsReturn ?? 0) - 0.0380159136) < 1e-9);
    assert.deepEqual(r.sessions, { from: '2016-11-04', to: '2016-11-11' });
    assert.equal(r.record.largestSince, null);
    assert.equal(r.record.rank, 1);
    assert.equal(r.record.of, 6);
    assert.equal(r.record.historyStart, 'week ending 2016-10-14');
    await assert.rejects(returnRecord(store, { id: '^RUT', end: '2016-11-12' }), /no week ending 2016-11-12/);
  });
});

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeProvisional } from '../../src/records/record.ts';
import { sizeSpreadRecord, spreadOf } from '../../src/records/size-spread.ts';
import { FIXTURE, readDeciles, SHARED_FILE } from './french-fixture.ts';

// Reference: Kenneth French, Portfolios_Formed_on_ME monthly, CRSP 202602 vintage
// (fixture: test/fixtures/flows/Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV, cut by scripts/cut-records-fixtures.ts).
// Values read off the file by hand:
//   VW 201611: Lo 10 9.75, Hi 10 3.42 -> spread 6.33 pp.
//   Scanning back, the most recent earlier VW month with a spread >= 6.33 is 201004: Lo 10 10.55, Hi 10 0.72
//   -> 9.83 pp (every month 201005..201610 is below 6.33).
//   EW 201611: Lo 10 6.98, Hi 10 4.46 -> 2.52 pp; 201610 EW is -7.60 - (-1.19) = -6.41 (below), 201609 EW is
//   3.34 - (-0.08) = 3.42 >= 2.52 -> widest since Sep 2016.
//   VW months 2000-01..2026-02 (314 months) with a spread above 6.33: 22 -> Nov 2016 ranks 23 of 314.
//   VW months above 8 pp since 2000: 13 (200001 200002 200006 200101 200105 200204 200305 201004 202011 202101
//   202102 202312 202407). The widest since 2000 is 200002: 29.35 - (-2.52) = 31.87 pp.
describe('sizeSpreadRecord on French monthly size deciles (fixture 2000-01..2026-02)', () => {
  const vw = readDeciles(FIXTURE, 'value');
  const ew = readDeciles(FIXTURE, 'equal');

  it('Nov 2016 VW spread is 6.33 pp, the widest since Apr 2010 (9.83 pp)', () => {
    const r = sizeSpreadRecord(vw, { month: '2016-11', weighting: 'value' });
    assert.ok(Math.abs(r.spread - 0.0633) < 1e-12);
    assert.equal(r.record.largestSince?.period, 'Apr 2010');
    assert.ok(Math.abs((r.record.largestSince?.value ?? 0) - 0.0983) < 1e-12);
    assert.equal(r.record.rank, 23);
    assert.equal(r.record.of, 314);
    assert.equal(r.record.historyStart, 'Jan 2000');
  });
  it('Nov 2016 EW spread is 2.52 pp, the widest since Sep 2016 (3.42 pp)', () => {
    const r = sizeSpreadRecord(ew, { month: '2016-11', weighting: 'equal' });
    assert.ok(Math.abs(r.spread - 0.0252) < 1e-12);
    assert.equal(r.record.largestSince?.period, 'Sep 2016');
  });
  it('counts the 13 VW months above 8 pp since Jan 2000, and Feb 2000 is a record since records began', () => {
    const r = sizeSpreadRecord(vw, { month: '2000-02', weighting: 'value', threshold: 0.08 });
    assert.equal(r.record.largestSince, null);
    assert.equal(r.record.rank, 1);
    assert.match(r.record.summary, /records began in Jan 2000/);
    assert.equal(r.record.threshold?.count, 13);
    assert.deepEqual(r.record.threshold?.periods.slice(-2), ['Dec 2023', 'Jul 2024']);
  });
  it('counts from a start date: 6 VW months above 8 pp since Jan 2010 (Apr 2010 … Jul 2024, from the list above)', () => {
    const r = sizeSpreadRecord(vw, {
      month: '2016-11',
      weighting: 'value',
      threshold: 0.08,
      thresholdSince: '2010-01-01',
    });
    assert.equal(r.record.threshold?.count, 6);
    assert.equal(r.record.threshold?.since, 'Jan 2010');
    assert.deepEqual(r.record.threshold?.periods, [
      'Apr 2010',
      'Nov 2020',
      'Jan 2021',
      'Feb 2021',
      'Dec 2023',
      'Jul 2024',
    ]);
  });
  it('places a provisional value among completed months: 10 pp would be the widest since Jan 2021 (17.76)', () => {
    // Hand check: the VW months at or above 10 pp after 2021-02 in the list above: none (202312 9.46, 202407
    // 9.72); 202102 is 9.92 < 10; 202101 is 17.76 >= 10 -> "widest since Jan 2021".
    const completed = { ends: vw.ends, values: spreadOf(vw.small, vw.large), frequency: 'monthly' as const };
    const p = describeProvisional(completed, '2026-03-31', 0.1);
    assert.equal(p.provisional, true);
    assert.equal(p.largestSince?.period, 'Jan 2021');
    assert.match(p.summary, /^provisional: on track for the largest since Jan 2021/);
  });
  it('names a month outside the data and a bad weighting', () => {
    assert.throws(() => sizeSpreadRecord(vw, { month: '1999-12', weighting: 'value' }), /1999-12 is not in/);
    assert.throws(() => sizeSpreadRecord(vw, { month: '2016-11', weighting: 'cap' as never }), /"cap"/);
  });
});

const shared = existsSync(SHARED_FILE);
describe('sizeSpreadRecord on the full French history (1926-07..2026-02)', {
  skip: !shared && 'needs ../shared/data (not in a user clone)',
}, () => {
  it('Nov 2016 VW is still the widest since Apr 2010 and ranks 119 of 1196 months since Jul 1926', () => {
    // Hand count with awk over the VW section: 118 months with a spread above 6.33 pp in 192607..202602.
    const r = sizeSpreadRecord(readDeciles(SHARED_FILE, 'value'), { month: '2016-11', weighting: 'value' });
    assert.equal(r.record.largestSince?.period, 'Apr 2010');
    assert.equal(r.record.rank, 119);
    assert.equal(r.record.of, 1196);
    assert.equal(r.record.historyStart, 'Jul 1926');
  });
  it('18 of the 566 VW months since Jan 1979 had a spread above 8 pp', () => {
    // awk over the VW section: months 197901..202602 = 566, of which 18 with Lo 10 − Hi 10 > 8.
    const r = sizeSpreadRecord(readDeciles(SHARED_FILE, 'value'), {
      month: '2016-11',
      weighting: 'value',
      threshold: 0.08,
      thresholdSince: '1979-01-01',
    });
    assert.equal(r.record.threshold?.count, 18);
    assert.equal(r.record.threshold?.of, 566);
  });
});

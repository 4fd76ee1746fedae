import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { etfFlows } from '../../src/flows/etf-flows.ts';
import { aumFlows } from '../../src/flows/from-aum.ts';
import { sharesFlows } from '../../src/flows/from-shares.ts';
import { detectSplit } from '../../src/flows/splits.ts';
import { inputs } from './helpers.ts';

// Hand-made example fund (not market data): shares outstanding and NAV over one week.
const AAA = inputs([
  { ticker: 'AAA', date: '2016-11-07', shares: 1_000_000, nav: 100 },
  { ticker: 'AAA', date: '2016-11-08', shares: 1_050_000, nav: 101 },
  { ticker: 'AAA', date: '2016-11-09', shares: 1_100_000, nav: 103 },
  { ticker: 'AAA', date: '2016-11-10', shares: 1_100_000, nav: 104 },
  { ticker: 'AAA', date: '2016-11-11', shares: 1_080_000, nav: 102 },
]);

describe('sharesFlows: flow_t = (SO_t − SO_t−1) × NAV', () => {
  it("values the share change at today's NAV by default (arithmetic by hand)", () => {
    // 50,000 × 101 = 5,050,000; 50,000 × 103 = 5,150,000; 0 × 104 = 0; −20,000 × 102 = −2,040,000
    assert.deepEqual(Array.from(sharesFlows(AAA).flow), [Number.NaN, 5_050_000, 5_150_000, 0, -2_040_000]);
  });
  it("values it at yesterday's NAV with navTiming 'previous'", () => {
    // 50,000 × 100 = 5,000,000; 50,000 × 101 = 5,050,000; 0; −20,000 × 104 = −2,080,000
    const f = sharesFlows(AAA, { navTiming: 'previous' }).flow;
    assert.deepEqual(Array.from(f), [Number.NaN, 5_000_000, 5_050_000, 0, -2_080_000]);
  });
  it('uses the closing price where NAV is missing, and flags it', () => {
    const x = inputs([
      { ticker: 'AAA', date: '2016-11-07', shares: 1_000_000, nav: 100 },
      { ticker: 'AAA', date: '2016-11-08', shares: 1_020_000, price: 101.5 },
    ]);
    const r = sharesFlows(x);
    assert.equal(r.flow[1], 20_000 * 101.5); // = 2,030,000
    assert.deepEqual(Array.from(r.navFromPrice), [0, 1]);
  });
  it('rejects an unknown NAV timing, naming it', () => {
    assert.throws(() => sharesFlows(AAA, { navTiming: 'close' as never }), /invalid NAV timing: "close"/);
  });
});

describe('splits never create phantom flows', () => {
  // Hand-made fund BBB: a 2-for-1 split on 2016-11-09 with 10,000 new shares created the same day.
  // Without split handling: (1,010,000 − 500,000) × 40.5 = 20,655,000, a phantom inflow.
  // With k = 2: (1,010,000 − 2 × 500,000) × 40.5 = 10,000 × 40.5 = 405,000.
  const rows = [
    { ticker: 'BBB', date: '2016-11-08', shares: 500_000, nav: 80 },
    { ticker: 'BBB', date: '2016-11-09', shares: 1_010_000, nav: 40.5 },
  ];
  it('with the split factor known from bars.split_factor', () => {
    const r = sharesFlows(inputs([rows[0], { ...rows[1], split: 2 }]), { detectSplits: false });
    assert.equal(r.flow[1], 405_000);
    assert.equal(r.split[1], 2);
  });
  it('detected from a share jump matched by an inverse NAV jump (r = 2.02, q = 80/40.5 = 1.975)', () => {
    assert.equal(sharesFlows(inputs(rows)).flow[1], 405_000);
    // at yesterday's NAV per new share: 10,000 × 80 / 2 = 400,000
    assert.equal(sharesFlows(inputs(rows), { navTiming: 'previous' }).flow[1], 400_000);
  });
  it('and without detection the phantom flow is what the naive formula gives', () => {
    assert.equal(sharesFlows(inputs(rows), { detectSplits: false }).flow[1], 20_655_000);
  });
  it('a known split is not applied twice to a share history that is already split-adjusted', () => {
    // bars say 2-for-1 on 11-09 but the shares did not jump (adjusted history): k stays 1,
    // flow = (1,010,000 − 1,000,000) × 40.5 = 405,000; applying k = 2 would give a phantom −40,095,000.
    const x = inputs([
      { ticker: 'BBB', date: '2016-11-08', shares: 1_000_000, nav: 40 },
      { ticker: 'BBB', date: '2016-11-09', shares: 1_010_000, nav: 40.5, split: 2 },
    ]);
    assert.equal(sharesFlows(x).flow[1], 405_000);
  });
  it('a 1-for-4 reverse split with no creations gives a zero flow', () => {
    // SO 4,000,000 -> 1,000,000, NAV 10 -> 40.2: k = 0.25, (1,000,000 − 0.25 × 4,000,000) × 40.2 = 0
    const x = inputs([
      { ticker: 'CCC', date: '2016-11-08', shares: 4_000_000, nav: 10 },
      { ticker: 'CCC', date: '2016-11-09', shares: 1_000_000, nav: 40.2 },
    ]);
    assert.equal(sharesFlows(x).flow[1], 0);
    assert.equal(detectSplit(4_000_000, 1_000_000, 10, 40.2), 0.25);
  });
  it('a doubling of shares with a steady NAV is a real inflow, not a split', () => {
    // r = 2 but q = 50/50.5 = 0.99: no split; 100,000 × 50.5 = 5,050,000
    const x = inputs([
      { ticker: 'DDD', date: '2016-11-08', shares: 100_000, nav: 50 },
      { ticker: 'DDD', date: '2016-11-09', shares: 200_000, nav: 50.5 },
    ]);
    assert.equal(sharesFlows(x).flow[1], 5_050_000);
  });
});

describe('aumFlows: flow_t = AUM_t − AUM_t−1 × NAV_t / NAV_t−1', () => {
  it('removes the NAV return from the change in assets (by hand: 103m − 100m × 101/100 = 2m)', () => {
    const x = inputs([
      { ticker: 'EEE', date: '2016-11-08', aum: 100_000_000, nav: 100 },
      { ticker: 'EEE', date: '2016-11-09', aum: 103_000_000, nav: 101 },
    ]);
    assert.ok(Math.abs(aumFlows(x).flow[1] - 2_000_000) < 1e-6);
  });
  it('through a 2-for-1 split (by hand: 100.5m − 100m × 2 × 40.4/80 = 100.5m − 101m = −0.5m)', () => {
    // implied shares 100m/80 = 1.25m -> 100.5m/40.4 = 2.4876m (r = 1.99), NAV ratio 80/40.4 = 1.98: k = 2
    const x = inputs([
      { ticker: 'EEE', date: '2016-11-08', aum: 100_000_000, nav: 80 },
      { ticker: 'EEE', date: '2016-11-09', aum: 100_500_000, nav: 40.4 },
    ]);
    assert.ok(Math.abs(aumFlows(x).flow[1] - -500_000) < 1e-6);
  });
});

describe('etfFlows: method order and disagreements', () => {
  // AAA again, with a vendor flow on two days: 5,000,000 on 11-08 (shares method 5,050,000: |diff| 50,000 is
  // under max($1m, 5% × 5.05m)) and 2,000,000 on 11-09 (shares method 5,150,000: diff 3.15m > max($1m, 257,500)).
  const x = inputs([
    { ticker: 'AAA', date: '2016-11-07', shares: 1_000_000, nav: 100 },
    { ticker: 'AAA', date: '2016-11-08', shares: 1_050_000, nav: 101, flow: 5_000_000 },
    { ticker: 'AAA', date: '2016-11-09', shares: 1_100_000, nav: 103, flow: 2_000_000 },
    { ticker: 'AAA', date: '2016-11-10', shares: 1_100_000, nav: 104 },
  ]);
  it("'auto' takes the vendor flow, else shares × NAV, and names the method per row", () => {
    const r = etfFlows(x);
    assert.deepEqual(Array.from(r.flow), [Number.NaN, 5_000_000, 2_000_000, 0]);
    assert.deepEqual(Array.from(r.method), [0, 1, 1, 2]);
    assert.equal(r.counts.missing, 1);
  });
  it('flags the day the vendor and the share count disagree beyond the threshold', () => {
    const r = etfFlows(x);
    assert.deepEqual(Array.from(r.disagree), [0, 0, 1, 0]);
    assert.equal(r.counts.disagreements, 1);
  });
  it("'shares' forces the share-count method on every row", () => {
    assert.deepEqual(Array.from(etfFlows(x, { method: 'shares' }).flow), [
      Number.NaN,
      5_050_000,
      5_150_000,
      0,
    ]);
  });
  it('rejects unsorted rows and an unknown method, naming them', () => {
    const bad = { ...x, day: Int32Array.from([x.day[1], x.day[0], x.day[2], x.day[3]]) };
    assert.throws(() => etfFlows(bad), /sorted by ticker then date.*row 1, AAA/);
    assert.throws(() => etfFlows(x, { method: 'nav' as never }), /invalid flow method: "nav"/);
  });
});

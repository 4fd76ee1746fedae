import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortName } from '../../src/findings/names.ts';
import { compoundPath } from '../../src/math/compound.ts';
import { bucketWindowChart } from '../../src/report/charts/bucket-window.ts';
import { eventSetChart } from '../../src/report/charts/event-set.ts';
import { HIGHLIGHT } from '../../src/report/charts/frame.ts';
import { sinceEventChart } from '../../src/report/charts/since-event.ts';
import { sizeCumulativeChart } from '../../src/report/charts/size-cumulative.ts';
import { weeklyFlowsChart } from '../../src/report/charts/weekly-flows.ts';
import { svgToPng } from '../../src/report/png.ts';
import {
  closes2016,
  electionSpreads,
  frenchDeciles2016,
  market2016,
  syntheticWeeklyFlows,
} from './fixture-data.ts';
import { assertSnapshot } from './snapshot.ts';

const deciles = frenchDeciles2016();
const t0 = deciles.dates.indexOf('2016-11-09');
const compound3 = (r: number[]) => r.slice(t0, t0 + 3).reduce((g, x) => g * (1 + x), 1) - 1;

function count(svg: string, re: RegExp): number {
  return (svg.match(re) ?? []).length;
}

function assertStandalone(svg: string) {
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), 'root svg has xmlns');
  assert.equal(count(svg, /<figure|<div|<h2/g), 0, 'no HTML inside the SVG');
  assert.equal(count(svg, /<svg[^>]*xmlns=/g), 2, 'the nested Plot body has xmlns too');
  assert.match(svg, /Source: |SYNTHETIC/);
}

describe('the size-cumulative chart’s path (compoundPath from the close of day −1)', () => {
  it('is 0 at day −1 and compounds both ways (hand calculation)', () => {
    const r = [0.01, 0.02, 0.03, 0.04]; // t0 at index 2
    const c = compoundPath(r, 2 - 1, 2 - 2, 2 + 1); // base: the close of day −1; days −2 … 1
    // day −2: 1 / (1.02) − 1; day −1: 0; day 0: 0.03; day 1: 1.03 × 1.04 − 1
    assert.ok(Math.abs(c[0] - (1 / 1.02 - 1)) < 1e-15);
    assert.equal(c[1], 0);
    assert.ok(Math.abs(c[2] - 0.03) < 1e-15);
    assert.ok(Math.abs(c[3] - (1.03 * 1.04 - 1)) < 1e-15);
  });
});

describe('charts on real 2016 data (test/fixtures/report, cut from ../shared/data)', () => {
  it('size-cumulative: one line per group plus the market, days −5 to 20, standalone SVG', () => {
    const chart = sizeCumulativeChart({
      dates: deciles.dates,
      t0: '2016-11-09',
      series: [deciles.series[0], deciles.series[9]].map((s) => ({
        label: shortName(s.name),
        returns: s.returns,
      })),
      market: { label: 'US market (Mkt-RF + RF)', returns: market2016().returns },
      eventLabel: 'the election',
    });
    assertStandalone(chart.svg);
    assert.match(chart.svg, /Cumulative return \(%\)/);
    assert.match(chart.svg, /days \u22125 to 20/);
    // One line per series: smallest decile (first size colour), largest (last size colour), market (black).
    assert.equal(count(chart.svg, /<path stroke="#a50026"/g), 1);
    assert.equal(count(chart.svg, /<path stroke="#313695"/g), 1);
    assert.equal(
      count(chart.svg, /<path stroke="#111"/g) + count(chart.svg, /stroke="#111"[^>]*stroke-dasharray/g) >= 1,
      true,
    );
    assertSnapshot('size-cumulative.svg', chart.svg);
  });

  it('bucket-window: bars labelled with the hand-compounded decile returns and the market line', () => {
    const chart = bucketWindowChart({
      buckets: deciles.series.map((s) => ({ label: shortName(s.name), value: compound3(s.returns) })),
      market: { label: 'Market (Mkt-RF + RF)', value: compound3(market2016().returns) },
      windowLabel: 'over the first three sessions after the election',
    });
    assertStandalone(chart.svg);
    // Lo 10: 1.0326 × 1.0170 × 1.0303 − 1 = 8.197% → "+8.2%"; Hi 10: 1.0122 × 1.0008 × 0.9984 − 1 = 1.139% → "+1.1%"
    // Market: 1.01451 × 1.00331 × 1.00181 − 1 = 1.971% → "+2.0%" (French daily files, vintage 202505)
    assert.match(chart.svg, />\+8\.2%</);
    assert.match(chart.svg, />\+1\.1%</);
    assert.match(chart.svg, /Market \(Mkt-RF \+ RF\): \+2\.0%/);
    assert.equal(count(chart.svg, /<rect[^>]*fill="#[0-9a-f]{6}"/g) >= 10, true);
    assertSnapshot('bucket-window.svg', chart.svg);
  });

  it('indices-since: legend states each return to the last date (^RUT 1388.06995 / 1195.14001 − 1 = 16.1%)', () => {
    const c = closes2016();
    const chart = sinceEventChart({
      series: [
        ['^RUT', 'Russell 2000'],
        ['^GSPC', 'S&P 500'],
      ].map(([id, label]) => ({ label, dates: c.get(id)!.dates, values: c.get(id)!.values })),
      baseDate: '2016-11-08',
      eventLabel: 'the election',
    });
    assertStandalone(chart.svg);
    assert.match(chart.svg, /Russell 2000 \+16\.1%/);
    // ^GSPC: 2259.53003 / 2139.56006 − 1 = 5.61% (closes of 12/9 and 11/8 in ^GSPC.csv)
    assert.match(chart.svg, /S&amp;P 500 \+5\.6%/);
    assertSnapshot('indices-since.svg', chart.svg);
  });

  it('event-set: 2016 is the largest small-minus-large move of 25 elections, highlighted once', () => {
    const events = electionSpreads();
    assert.equal(events.length, 25); // 1928, 1932, …, 2024
    const chart = eventSetChart({
      events,
      highlight: '2016-11-08',
      metricLabel: 'Smallest minus largest decile, first three sessions (percentage points)',
      setName: 'US presidential elections',
    });
    assertStandalone(chart.svg);
    assert.equal(count(chart.svg, new RegExp(`fill="${HIGHLIGHT}"`, 'g')), 2); // the bar and its legend swatch
    assert.match(chart.svg, /The largest of 25/);
    // 2016: (1.0326 × 1.017 × 1.0303) − (1.0122 × 1.0008 × 0.9984) = 7.06 pp → "+7.1"
    assert.match(chart.svg, />\+7\.1</);
    assertSnapshot('event-set.svg', chart.svg);
  });

  it('weekly-flows: the record week is the one red bar (SYNTHETIC seeded flows, not market data)', () => {
    const chart = weeklyFlowsChart(
      {
        weeks: syntheticWeeklyFlows(),
        highlight: '2016-11-11',
        category: 'US small cap',
        method: 'synthetic test data',
      },
      { source: 'SYNTHETIC test data (seeded), not market data. Chart: capgap.' },
    );
    assertStandalone(chart.svg);
    assert.match(chart.svg, /inflows of \$4 billion/);
    assert.match(chart.svg, /Net flows \(US\$ billions\)/);
    assert.equal(count(chart.svg, new RegExp(`fill="${HIGHLIGHT}"`, 'g')), 2);
    assertSnapshot('weekly-flows.svg', chart.svg);
  });

  it('rasterises to a PNG of the SVG width times the scale', () => {
    const chart = weeklyFlowsChart({
      weeks: syntheticWeeklyFlows(),
      highlight: '2016-11-11',
      category: 'US small cap',
      method: 'synthetic',
    });
    const png = svgToPng(chart.svg, { scale: 0.5 });
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
    assert.equal(width, 360); // 720 × 0.5
  });

  it('rejects a highlight that is not in the data, naming it', () => {
    assert.throws(
      () =>
        eventSetChart({ events: electionSpreads(), highlight: '2017-01-01', metricLabel: 'x', setName: 'y' }),
      /2017-01-01/,
    );
  });
});

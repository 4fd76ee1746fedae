import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { eventSnapshot } from '../../src/findings/event-snapshot.ts';
import type { SnapshotData } from '../../src/findings/snapshot-types.ts';
import { provenanceOf } from '../../src/provenance.ts';
import { snapshotReport } from '../../src/report/from-snapshot.ts';
import { renderReport } from '../../src/report/render.ts';
import { closes2016, electionSpreads, frenchDeciles2016, market2016 } from './fixture-data.ts';

/** SnapshotData from the real excerpts in test/fixtures/report (see scripts/cut-report-fixtures.ts). */
function inputs(): SnapshotData {
  const d = frenchDeciles2016();
  const m = market2016();
  const days = Int32Array.from(d.dates, toDay);
  const monthly = readFileSync(
    new URL('../fixtures/report/french-monthly-lo-hi.csv', import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const panel = (w: string) => {
    const rows = monthly.filter((r) => r[1] === w);
    const monthEnd = (ym: string) =>
      toDay(new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(4)), 0)).toISOString().slice(0, 10));
    return {
      provenance: provenanceOf('french/Portfolios_Formed_on_ME', {
        frequency: 'monthly',
        weighting: w,
        vintage: 'CRSP 202602',
      }),
      days: Int32Array.from(rows, (r) => monthEnd(r[0])),
      returns: {
        'Lo 10': Float64Array.from(rows, (r) => Number(r[2]) / 100),
        'Hi 10': Float64Array.from(rows, (r) => Number(r[3]) / 100),
      },
    };
  };
  const prices = [...closes2016().entries()].map(([id, s]) => ({
    id,
    provenance: provenanceOf(`yahoo/${id}`, { frequency: 'daily', vintage: '2022-11-18' }),
    basis: id.startsWith('^') ? 'price index' : 'total',
    days: Int32Array.from(s.dates, toDay),
    values: Float64Array.from(s.values),
  }));
  return {
    prices,
    missing: [],
    dailyVW: {
      provenance: provenanceOf('french/Portfolios_Formed_on_ME', {
        frequency: 'daily',
        weighting: 'value',
        vintage: 'CRSP 202505 (inferred)',
      }),
      days,
      returns: Object.fromEntries(d.series.map((s) => [s.name, Float64Array.from(s.returns)])),
    },
    market: {
      provenance: provenanceOf('french/F-F_Research_Data_Factors', {
        frequency: 'daily',
        vintage: 'CRSP 202505 (inferred)',
        series: 'Mkt-RF + RF',
      }),
      days: Int32Array.from(m.dates, toDay),
      values: Float64Array.from(m.returns),
    },
    monthlyVW: panel('value'),
    monthlyEW: panel('equal'),
  };
}

describe('snapshotReport (the bridge from capgap report to findings and renderers)', () => {
  const data = inputs();
  const snapshot = eventSnapshot(data, {
    event: '2016-11-08',
    to: '2016-11-15',
    names: { '^RUT': 'Russell 2000', '^GSPC': 'S&P 500', IWM: 'IWM', SPY: 'SPY' },
    groups: {
      deciles: ['Lo 10', '2-Dec', '3-Dec', '4-Dec', '5-Dec', '6-Dec', '7-Dec', '8-Dec', '9-Dec', 'Hi 10'],
    },
  });
  const report = snapshotReport(snapshot, {
    eventName: '2016 US presidential election',
    short: 'the election',
    data,
    eventSet: {
      events: electionSpreads(),
      highlight: '2016-11-08',
      metricLabel: 'Smallest minus largest decile, days 0 to 2 (pp)',
      setName: 'US presidential elections',
    },
  });

  it('leads with the event-window spread and its rank among 25 elections', () => {
    const f = report.findings[0];
    assert.equal(f.metric, 'spread');
    // French daily VW: (1.0326 × 1.017 × 1.0303) − (1.0122 × 1.0008 × 0.9984) = 7.0585 pp
    assert.ok(Math.abs(f.value - (1.0326 * 1.017 * 1.0303 - 1.0122 * 1.0008 * 0.9984)) < 1e-12);
    assert.deepEqual(f.record, { rank: 1, of: 25, among: 'US presidential elections', historyStart: '1928' });
  });

  it("carries the month's spread with 'widest since' April 2010 and rank 110 of 1,085 (scanned by hand with awk)", () => {
    const f = report.findings.find((x) => x.id === 'spread-Lo 10-Hi 10-value-2016-11')!;
    assert.ok(Math.abs(f.value - 0.0633) < 1e-12); // 9.75 − 3.42
    assert.equal(f.record?.since?.period, '2010-04');
    assert.ok(Math.abs((f.record?.since?.value ?? 0) - (0.1055 - 0.0072)) < 1e-12); // Apr 2010: 10.55 − 0.72
    assert.equal(f.record?.rank, 110);
    assert.equal(f.record?.of, 1085);
  });

  it('pairs the Russell 2000 with the S&P 500 to --to (closes of Nov 15 and Nov 8, 2016)', () => {
    const f = report.findings.find((x) => x.id === 'return-^RUT-to-2016-11-15')!;
    assert.ok(Math.abs(f.value - (1302.14001 / 1195.14001 - 1)) < 1e-12);
    assert.ok(Math.abs(f.comparison!.value - (2180.38989 / 2139.56006 - 1)) < 1e-12);
    assert.equal(f.provenance.command, 'capgap report --event 2016-11-08 --to 2016-11-15');
  });

  it('leaves out a missing (NaN) value with a note instead of printing it', () => {
    const broken = structuredClone(snapshot);
    broken.indices[0].returns[0].value = Number.NaN;
    const r = snapshotReport(broken, { short: 'the election' });
    assert.equal(r.findings.length, report.findings.length - 1);
    assert.ok(r.notes.some((n) => /^Left out: .*value must be a finite number, got NaN/.test(n)));
  });

  it("places new extra findings after the lead one; an extra with a computed finding's id takes its place", () => {
    // The records engine's version of the Nov 2016 VW spread (same id), with a provisional flag to tell them apart.
    const month = report.findings.find((x) => x.id === 'spread-Lo 10-Hi 10-value-2016-11')!;
    const at = report.findings.indexOf(month);
    const richer = { ...month, record: { ...month.record!, provisional: true } };
    const other = { ...month, id: 'extra-finding' };
    const r = snapshotReport(snapshot, { short: 'the election', extra: [richer, other] });
    assert.equal(r.findings[1], other);
    assert.equal(r.findings[at + 1], richer); // same place, shifted by the one added finding
    assert.equal(r.findings.filter((f) => f.id === month.id).length, 1);
    assert.deepEqual(r.sections?.find((x) => x.title === 'Records and comparisons')?.findings, [
      'extra-finding',
    ]);
  });

  it('draws four charts and renders every format', () => {
    assert.deepEqual(report.charts.map((c) => c.id).sort(), [
      'bucket-window',
      'event-set',
      'indices-since',
      'size-cumulative',
    ]);
    const article = renderReport(report, 'article');
    assert.match(
      article.split('\n')[0],
      /^# Smallest US stocks beat largest by 7\.1 points in first three sessions after the election, widest of 25 US presidential elections since 1928$/,
    );
    for (const format of ['md', 'html', 'json'] as const)
      assert.ok(renderReport(report, format).length > 1000);
  });
});

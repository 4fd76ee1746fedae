import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromDay, toDay } from '../../src/calendar/dates.ts';
import { parseWeekEnd, periodEnd, periodStart } from '../../src/calendar/periods.ts';
import { categoryFlows } from '../../src/flows/category-flows.ts';
import { flowRecord } from '../../src/flows/flow-record.ts';
import { inputs } from './helpers.ts';

const end = (iso: string, p: 'week' | 'month' | 'quarter' | 'year', w = 5) =>
  fromDay(periodEnd(toDay(iso), p, w));

describe('periods', () => {
  it('a week ends on Friday by default; Saturday and Sunday go to the next Friday (calendar of Nov 2016)', () => {
    assert.equal(end('2016-11-08', 'week'), '2016-11-11'); // Tuesday -> Friday
    assert.equal(end('2016-11-11', 'week'), '2016-11-11');
    assert.equal(end('2016-11-12', 'week'), '2016-11-18'); // Saturday -> next Friday
    assert.equal(fromDay(periodStart(toDay('2016-11-11'), 'week')), '2016-11-05');
  });
  it('a Wednesday week end (ICI) puts Thu 10 Nov 2016 in the week ending Wed 16 Nov', () => {
    assert.equal(parseWeekEnd('wed'), 3);
    assert.equal(end('2016-11-10', 'week', 3), '2016-11-16');
    assert.equal(end('2016-11-09', 'week', 3), '2016-11-09');
  });
  it('months, quarters and years end on their last calendar day', () => {
    assert.equal(end('2016-02-10', 'month'), '2016-02-29');
    assert.equal(end('2016-11-08', 'quarter'), '2016-12-31');
    assert.equal(fromDay(periodStart(toDay('2016-12-31'), 'quarter')), '2016-10-01');
    assert.equal(end('2016-11-08', 'year'), '2016-12-31');
  });
  it('rejects a bad week end, naming it', () => {
    assert.throws(() => parseWeekEnd('fry'), /invalid week end: "fry"/);
  });
});

// Hand-made vendor flows (USD, not market data) for two small-cap funds and one large-cap fund, election
// week 2016: Mon 7 .. Fri 11 Nov, and Mon 14 Nov.
const REGISTRY = [
  { ticker: 'SMALL1', category: 'US small cap' },
  { ticker: 'SMALL2', category: 'US small cap' },
  { ticker: 'LARGE1', category: 'US large cap' },
];
const X = inputs([
  { ticker: 'SMALL1', date: '2016-11-07', flow: 300e6 },
  { ticker: 'SMALL1', date: '2016-11-08', flow: 200e6 },
  { ticker: 'SMALL1', date: '2016-11-09', flow: 1_500e6 },
  { ticker: 'SMALL1', date: '2016-11-10', flow: 2_000e6 },
  { ticker: 'SMALL1', date: '2016-11-11', flow: 1_000e6 },
  { ticker: 'SMALL1', date: '2016-11-14', flow: 400e6 },
  { ticker: 'SMALL2', date: '2016-11-08', flow: 500e6 },
  { ticker: 'SMALL2', date: '2016-11-09' }, // no value: counted as missing, never as 0
  { ticker: 'SMALL2', date: '2016-11-10', flow: 1_000e6 },
  { ticker: 'LARGE1', date: '2016-11-09', flow: -700e6 },
  { ticker: 'OTHER1', date: '2016-11-09', flow: 50e6 },
]);

describe('categoryFlows', () => {
  const r = categoryFlows(X, REGISTRY, {
    period: 'week',
    event: { date: '2016-11-08', timing: 'after-close' },
  });
  const small = r.rows.filter((x) => x.category === 'US small cap');
  it('sums the week ending Fri 11 Nov and splits it at the election (news after the close)', () => {
    // total = 300 + 200 + 1500 + 2000 + 1000 + 500 + 1000 = 6,500 ($m); before = 300 + 200 + 500 = 1,000
    // (flows dated 7 and 8 Nov); after = 1500 + 2000 + 1000 + 1000 = 5,500 (9-11 Nov)
    assert.equal(small[0].periodEnd, '2016-11-11');
    assert.equal(small[0].flow, 6_500e6);
    assert.equal(small[0].beforeEvent, 1_000e6);
    assert.equal(small[0].afterEvent, 5_500e6);
    assert.equal(small[0].observations, 7);
    assert.equal(small[0].missing, 1);
  });
  it('marks the week still running at the last date with data as provisional', () => {
    assert.deepEqual(
      small.map((x) => [x.periodEnd, x.provisional]),
      [
        ['2016-11-11', false],
        ['2016-11-18', true],
      ],
    );
  });
  it("judges provisional periods on each category's own last date (LARGE1 data end Wed 9 Nov)", () => {
    const large = r.rows.find((x) => x.category === 'US large cap');
    assert.equal(large?.provisional, true);
    const fixed = categoryFlows(X, REGISTRY, { asOf: '2016-11-14' });
    assert.equal(fixed.rows.find((x) => x.category === 'US large cap')?.provisional, false);
  });
  it('news before the open moves flows dated on the event day to "after"', () => {
    const b = categoryFlows(X, REGISTRY, { event: { date: '2016-11-08', timing: 'before-open' } });
    // after = 5,500 + 200 (SMALL1 8 Nov) + 500 (SMALL2 8 Nov) = 6,200
    assert.equal(b.rows.find((x) => x.category === 'US small cap')?.afterEvent, 6_200e6);
  });
  it('with a Wednesday week end, the week ending 9 Nov holds 7-9 Nov only', () => {
    const w = categoryFlows(X, REGISTRY, { weekEnd: 'wed', categories: ['US small cap'] });
    // 300 + 200 + 1500 + 500 = 2,500
    assert.deepEqual(
      w.rows.map((x) => [x.periodEnd, x.flow]),
      [
        ['2016-11-09', 2_500e6],
        ['2016-11-16', 4_400e6], // 2000 + 1000 + 400 + 1000
      ],
    );
  });
  it('sums funds missing from the registry as unclassified and lists them', () => {
    assert.deepEqual(r.unclassified, ['OTHER1']);
    assert.equal(r.rows.find((x) => x.category === 'unclassified')?.flow, 50e6);
  });
  it('states its conventions', () => {
    assert.match(r.conventions.join('\n'), /week ending Friday/);
    assert.match(r.conventions.join('\n'), /event 2016-11-08 \(after-close\)/);
  });
});

describe('flowRecord', () => {
  // Hand-made weekly totals of one fund (USD m): weeks ending 7 Oct .. 11 Nov 2016, then a running week.
  const weeks = [
    '2016-10-07',
    '2016-10-14',
    '2016-10-21',
    '2016-10-28',
    '2016-11-04',
    '2016-11-11',
    '2016-11-15',
  ];
  const flows = [900, -100, 300, 0, 250, 600, 700];
  const Y = inputs(weeks.map((date, i) => ({ ticker: 'SMALL1', date, flow: flows[i] * 1e6 })));
  const rows = categoryFlows(Y, REGISTRY, { period: 'week' }).rows;
  it('the week ending 11 Nov (600) is the largest since the week ending 7 Oct (900), 2nd of 6 weeks', () => {
    const r = flowRecord(rows, 'US small cap', '2016-11-11');
    assert.equal(r.largestSince?.periodEnd, '2016-10-07');
    assert.equal(r.rank, 2);
    assert.equal(r.of, 6);
    assert.equal(r.historyStart, 'week ending 2016-10-07');
  });
  it('the running week (700 so far) is provisional and on track for the largest since 7 Oct', () => {
    const r = flowRecord(rows, 'US small cap', '2016-11-18');
    assert.equal(r.provisional, true);
    assert.equal(r.largestSince?.periodEnd, '2016-10-07');
    assert.match(r.summary, /^provisional: on track/);
  });
  it('a week with no inputs is a gap (NaN), not a zero week', () => {
    const gap = inputs([
      { ticker: 'SMALL1', date: '2016-10-07', flow: -5e6 },
      { ticker: 'SMALL1', date: '2016-10-21', flow: -1e6 },
    ]);
    const r = flowRecord(
      categoryFlows(gap, REGISTRY, { asOf: '2016-10-21' }).rows,
      'US small cap',
      '2016-10-21',
    );
    // with the week of 14 Oct missing rather than 0, -1 is the largest of the two weeks with data
    assert.equal(r.largestSince, null);
    assert.equal(r.of, 2);
  });
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { TradingCalendar } from '../../src/calendar/trading-days.ts';
import { compareEvents } from '../../src/events/compare-events.ts';
import { presidentialElections } from '../../src/events/event-sets.ts';
import { sentenceFor, writeSentences } from '../../src/findings/sentences.ts';
import { sizeSpreadRecord } from '../../src/records/size-spread.ts';
import { eventSetChart } from '../../src/report/charts/event-set.ts';
import {
  eventFromCompare,
  flowsFromCategory,
  returnFromRecord,
  spreadFromRecord,
} from '../../src/report/from-engines.ts';
import { headlineFor } from '../../src/report/headline.ts';
import { EVENT } from './sample-report.ts';

const FRENCH = [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202602' }];

describe('findings from the records engine', () => {
  it("spreadFromRecord: Nov 2016 VW spread 'widest since April 2010' (French monthly file, scanned by hand)", () => {
    const rows = readFileSync(new URL('../fixtures/report/french-monthly-lo-hi.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter((r) => r[1] === 'value');
    const ends = rows.map((r) =>
      new Date(Date.UTC(Number(r[0].slice(0, 4)), Number(r[0].slice(4)), 0)).toISOString().slice(0, 10),
    );
    const pair = {
      ends,
      small: Float64Array.from(rows, (r) => Number(r[2]) / 100),
      large: Float64Array.from(rows, (r) => Number(r[3]) / 100),
    };
    const f = spreadFromRecord(sizeSpreadRecord(pair, { month: '2016-11', weighting: 'value' }), {
      data: FRENCH,
    });
    assert.ok(Math.abs(f.value - 0.0633) < 1e-12); // 9.75 − 3.42
    assert.equal(f.record?.since?.period, '2010-04'); // Apr 2010: 10.55 − 0.72 = 9.83 pp
    assert.equal(
      sentenceFor(f),
      'In November 2016, the smallest 10% of stocks by NYSE breakpoints (value-weighted) beat the largest 10% by 6.3 percentage points, the widest gap in favour of small caps since April 2010, returning 9.8% against 3.4% for the largest 10%.',
    );
  });
});

const daily = new URL(
  '../../../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv',
  import.meta.url,
);

describe('findings from the events engine', {
  skip: existsSync(daily) ? false : 'needs ../shared/data (the French daily file)',
}, () => {
  it('eventFromCompare: 2016 ranks 1st of 25 elections, 7.06 pp as in our own fixture cut (independent code paths)', () => {
    const lines = readFileSync(daily, 'utf8').trim().split(/\r?\n/);
    const head = lines[0].split(',');
    const lo = head.indexOf('Lo 10');
    const hi = head.indexOf('Hi 10');
    const rows = lines.slice(1).map((l) => l.split(','));
    const cal = new TradingCalendar(
      rows.map((r) => toDay(`${r[0].slice(0, 4)}-${r[0].slice(4, 6)}-${r[0].slice(6)}`)),
    );
    const legs = [
      { name: 'Lo 10', returns: Float64Array.from(rows, (r) => Number(r[lo]) / 100), sign: 1 as const },
      { name: 'Hi 10', returns: Float64Array.from(rows, (r) => Number(r[hi]) / 100), sign: -1 as const },
    ];
    const result = compareEvents(legs, cal, presidentialElections(), { window: [0, 2] });
    const { finding, chart } = eventFromCompare(
      { ...result, metric: 'Lo 10 − Hi 10' },
      {
        event: EVENT,
        setName: 'US presidential elections',
        data: [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202505 (inferred)' }],
      },
    );
    // Hand: (1.0326 × 1.017 × 1.0303) − (1.0122 × 1.0008 × 0.9984) = 7.0585 pp
    assert.ok(Math.abs(finding.value - (1.0326 * 1.017 * 1.0303 - 1.0122 * 1.0008 * 0.9984)) < 1e-12);
    assert.deepEqual([finding.record?.rank, finding.record?.of], [1, 25]);
    assert.equal(finding.significance?.n, result.signTest.above + result.signTest.below);
    const { footnotes } = writeSentences([finding]);
    assert.ok(footnotes.some((n) => n.text.startsWith('Significance: exact two-sided sign test')));
    assert.match(eventSetChart(chart).svg, /The largest of 25/);
    assert.equal(chart.metricLabel, 'Lo 10 − Hi 10, days 0 to 2 (percentage points)');
    assert.equal(chart.events.find((e) => e.date === '2016-11-08')?.label, '2016');
  });
});

describe('findings from the flows engine', () => {
  it('flowsFromCategory picks the week and keeps the series for the chart (illustrative rows, not market data)', () => {
    const flows = {
      rows: [
        {
          category: 'US small cap',
          periodStart: '2016-10-31',
          periodEnd: '2016-11-04',
          flow: -2e8,
          provisional: false,
        },
        {
          category: 'US small cap',
          periodStart: '2016-11-07',
          periodEnd: '2016-11-11',
          flow: 1.5e9,
          provisional: false,
        },
        {
          category: 'US large cap',
          periodStart: '2016-11-07',
          periodEnd: '2016-11-11',
          flow: 9e8,
          provisional: false,
        },
      ],
      methods: { 'as reported': 3 },
    };
    const { finding, chart } = flowsFromCategory(flows, {
      category: 'US small cap',
      weekEnd: '2016-11-11',
      data: [{ name: 'user/flows' }],
    });
    assert.equal(finding.value, 1.5e9);
    assert.equal(chart.weeks.length, 2);
    assert.equal(
      sentenceFor(finding),
      'Investors added $1.5 billion to US small cap ETFs in the week ended Nov. 11, 2016.',
    );
    assert.throws(
      () => flowsFromCategory(flows, { category: 'US small cap', weekEnd: '2016-11-18', data: [] }),
      /week ended 2016-11-18/,
    );
  });
});

const rutFile = new URL('../../../shared/data/prices/yahoo_xjcarter_data/^RUT.csv', import.meta.url);

describe('a record week from the records engine', {
  skip: existsSync(rutFile) ? false : 'needs ../shared/data (^RUT.csv)',
}, () => {
  it("returnFromRecord: the Russell 2000's week ended Nov 11, 2016 (+10.2%) was its largest weekly gain since Dec 2, 2011", async () => {
    const { describeRecord } = await import('../../src/records/record.ts');
    // Weekly closes: the last close of each week ending Friday, from ^RUT.csv (2000-01-03 .. 2022-11-18).
    const rows = readFileSync(rutFile, 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
    const week = new Map<string, number>();
    for (const [d, , , , close] of rows) {
      const day = toDay(d);
      const dow = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
      const friday = new Date((day + ((5 - dow + 7) % 7)) * 86_400_000).toISOString().slice(0, 10);
      week.set(friday, Number(close));
    }
    const fridays = [...week.keys()];
    const ends = fridays.slice(1);
    const values = Float64Array.from(
      ends,
      (e, i) => (week.get(e) as number) / (week.get(fridays[i]) as number) - 1,
    );
    const rec = describeRecord({ ends, values, frequency: 'weekly' }, '2016-11-11');
    const f = returnFromRecord(rec, {
      id: '^RUT',
      from: '2016-11-04',
      frequency: 'weekly',
      basis: 'price index',
      data: [{ name: 'yahoo/^RUT' }],
    });
    // By hand (Python over the same file): 1282.38 / 1163.43994 − 1 = +10.22%; the most recent earlier week at least
    // as large ended 2011-12-02 (+10.34%); 8 of 1,193 weeks were at least as large.
    assert.ok(Math.abs(f.value - (1282.38 / 1163.43994 - 1)) < 1e-12);
    assert.equal(f.record?.rank, 8);
    assert.equal(f.record?.of, 1193);
    assert.equal(
      sentenceFor(f),
      'The Russell 2000 returned 10.2% in the week ended Nov. 11, 2016, the largest weekly gain since the week ended Dec. 2, 2011.',
    );
    assert.equal(headlineFor(f), 'Russell 2000 posts best week since Dec. 2, 2011, up 10.2%');
  });
});

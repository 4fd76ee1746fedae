import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { columnPhrase, unitOf } from '../../../src/findings/article/table-columns.ts';
import { cells, findTables } from '../../../src/findings/article/tables.ts';
import { funds } from '../../helpers/article-reader.ts';

// Tables pasted as text, HTML or Markdown: columns, units, levels, transposed tables.
// The fourth round: whole articles as pasted
// (test/fixtures/articles/README.md, "Fourth round"). Each rule is general (a class of input), asserted
// against a hand-written expectation.

describe('tables pasted as text keep their header’s period and unit', () => {
  it('cells split on tabs, pipes and runs of two spaces; headers name periods', () => {
    assert.deepEqual(
      cells('Russell 2000     −0.7%   +7.1%', 0).map((c) => c.text),
      ['Russell 2000', '−0.7%', '+7.1%'],
    );
    assert.deepEqual(
      cells('| IWM | +5.7% |', 10).map((c) => [c.text, c.start]),
      [
        ['IWM', 12],
        ['+5.7%', 18],
      ],
    );
    const phrases = [
      'Friday',
      'FRI',
      'Since election',
      'YTD',
      'WTD',
      'Q4 to date',
      'Nov. 9',
      'November',
      '2016',
      '1 day',
      'Week',
      '5 days',
      'Return (%)',
      '% chg',
    ];
    assert.deepEqual(phrases.map(columnPhrase), [
      'on Friday',
      'on Friday',
      'since the election',
      'year to date',
      'week to date',
      'Q4 to date',
      'on Nov. 9',
      'in November',
      'in 2016',
      'on the day',
      'this week',
      'in the past 5 sessions',
      null,
      null,
    ]);
    assert.deepEqual(['Change (%)', 'pct', 'per cent', 'percentage points', 'bp', 'Index'].map(unitOf), [
      'percent',
      'percent',
      'percent',
      'pp',
      'bp',
      undefined,
    ]);
  });

  it('a row reads one claim per cell in its column’s window; a cell with no unit anywhere is not read', () => {
    // Offsets by hand: the caption and its line break are 17 characters, the header line 30, the label 12, a tab 1.
    const o = { event: '2016-11-08', to: '2016-11-10', funds };
    const [, , row] = readArticle(
      'Returns, percent\nIndex\tThursday\tSince election\nRussell 2000\t+1.6\t+4.7',
      o,
    );
    assert.deepEqual(
      row.claims.map((c) => [
        c.readings[0].subjects,
        c.readings[0].window,
        c.readings[0].stated,
        c.readings[0].span,
      ]),
      [
        [['^RUT'], { kind: 'dates', from: '2016-11-09', to: '2016-11-10' }, 1.6, { start: 60, end: 64 }],
        [['^RUT'], { kind: 'since', event: '2016-11-08', to: '2016-11-10' }, 4.7, { start: 65, end: 69 }],
      ],
    );
    const [, bare] = readArticle('Index\tThursday\nRussell 2000\t+1.6', o);
    assert.equal(bare.status, 'unreadable');
    assert.match(bare.reason ?? '', /no unit/);
    assert.equal(findTables('Fund  Week\nIWM  notes').length, 0, 'a row needs a number');
  });
});

describe('table columns that hold no return, or a period the reader does not know', () => {
  it('closes and index points are claims of the day; an unknown period is unreadable, not the default window', () => {
    const o = { event: '2016-11-08', to: '2016-11-10', funds };
    const t =
      'Index\tClose\tPts chg\t1D %\tSince inception %\nRussell 2000\t1,282.38\t+30.77\t+2.5\t+10.8\nS&P 500\t2,167.48\t+4.25\t\t';
    const [, rut, spx] = readArticle(t, o);
    // Seventeenth round: the close and the move in points are claims (./table-closes.ts).
    const day = { kind: 'dates', from: '2016-11-09', to: '2016-11-10' };
    assert.deepEqual(
      rut.claims.map((c) => [c.readings[0].metric, c.readings[0].stated, c.readings[0].window]),
      [
        ['level', 1282.38, { kind: 'since', event: '2016-11-08', to: '2016-11-10' }],
        ['points', 30.77, day],
        ['return', 2.5, day],
      ],
    );
    assert.match(
      rut.reason ?? '',
      /"\+10\.8" \(column "Since inception %"\): the column names a period capgap does not read/,
    );
    // An empty tab cell keeps its column: no 1D figure, the close and the points only.
    assert.deepEqual(
      spx.claims.map((c) => [c.readings[0].metric, c.readings[0].stated]),
      [
        ['level', 2167.48],
        ['points', 4.25],
      ],
    );
    // A price column is still no close a reader checks.
    const [, fund] = readArticle('Fund\tPrice\tChange %\nIWM\t128.40\t+2.1', o);
    assert.deepEqual(
      fund.claims.map((c) => c.readings[0].metric),
      ['return'],
    );
  });
});

describe('a transposed table: names across, periods down', () => {
  it('each cell is its column’s name over its row’s period', () => {
    const o = { event: '2016-11-08', to: '2016-11-11', funds };
    const t =
      'Date        Russell 2000   S&P 500\nNov. 9      +3.1%          +1.1%\nWeek        +10.2%         +3.8%';
    const [, day, week] = readArticle(t, o);
    const r = (s: typeof day) =>
      s.claims.map((c) => [c.readings[0].subjects[0], c.readings[0].stated, c.readings[0].window]);
    assert.deepEqual(r(day), [
      ['^RUT', 3.1, { kind: 'dates', from: '2016-11-08', to: '2016-11-09' }],
      ['^GSPC', 1.1, { kind: 'dates', from: '2016-11-08', to: '2016-11-09' }],
    ]);
    assert.deepEqual(r(week), [
      ['^RUT', 10.2, { kind: 'week', weekEnd: '2016-11-11' }],
      ['^GSPC', 3.8, { kind: 'week', weekEnd: '2016-11-11' }],
    ]);
  });
});

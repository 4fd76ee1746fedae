import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { columnKind, columnPhrase } from '../../../src/findings/article/table-columns.ts';
import { stackedNames } from '../../../src/findings/article/table-header.ts';
import { checkArticle } from '../../../src/findings/check-article.ts';
import { articleTable } from '../../../src/findings/check-render.ts';
import type { ClaimWindow } from '../../../src/findings/claim.ts';
import type { ReadSentence } from '../../../src/findings/claim-read.ts';
import { funds } from '../../helpers/article-reader.ts';
import { evaluator } from '../../helpers/hostile-check.ts';

// Period columns and stacked headers (sixth round, test/fixtures/articles/README.md). Windows by hand for an
// article dated Friday, Dec. 9, 2016: 1M from Nov. 9 (the same calendar day a month back), 3M from Sept. 9,
// YTD from Dec. 31, 2015, 52 weeks = 364 days back (Dec. 11, 2015), 1W the past five sessions (from Dec. 2),
// since 11/8 since Nov. 8.
const o = { event: '2016-11-08', to: '2016-12-09', funds };
const windows = (s: ReadSentence): ClaimWindow[] => s.claims.map((c) => c.readings[0].window);
const dates = (from: string, to = '2016-12-09'): ClaimWindow => ({ kind: 'dates', from, to });

describe('period columns', () => {
  it('names trailing periods and "since" a slashed date', () => {
    const p = (h: string) => columnPhrase(h);
    assert.deepEqual(
      [
        '1M',
        '3M',
        '3-month return',
        '12M',
        '1Y',
        '1W',
        '52-week',
        '52W',
        'YTD',
        'Since 11/8',
        'Since 11/8/16',
      ].map(p),
      [
        'over the past month',
        'over the past 3 months',
        'over the past 3 months',
        'over the past 12 months',
        'over the past year',
        'over the past week',
        'over the past 52 weeks',
        'over the past 52 weeks',
        'year to date',
        'since Nov. 8',
        'since Nov. 8, 2016',
      ],
    );
    assert.equal(p('Since 25/11'), 'since Nov. 25', 'day/month when the first number is over 12');
    assert.equal(p('Week'), 'this week', 'a week without a count is still the article’s week');
  });
  it('a 52-week high or low is a level, not a change', () => {
    assert.equal(columnKind('52-wk high'), 'level');
    assert.equal(columnKind('52-week %'), 'change');
  });
  it('reads each column’s window to the article’s date', () => {
    const t =
      'Fund\t1W\t1M\t3M\tYTD\t52-week\tSince 11/8\nIWM\t+3.1%\t+11.9%\t+13.0%\t+22.4%\t+25.0%\t+14.5%';
    const [, row] = readArticle(t, o);
    assert.deepEqual(windows(row), [
      dates('2016-12-02'),
      dates('2016-11-09'),
      dates('2016-09-09'),
      dates('2015-12-31'),
      dates('2015-12-11'),
      { kind: 'since', event: '2016-11-08', to: '2016-12-09' },
    ]);
  });
  it('a column capgap cannot compute is cannot check with the reason, never a wrong window', () => {
    const [, row] = readArticle('Fund\tSince inception\t1M\nIWM\t+250.0%\t+11.9%', o);
    assert.equal(row.claims.length, 1);
    assert.match(
      row.reason ?? '',
      /"\+250\.0%" \(column "Since inception"\): the column names a period capgap does not read/,
    );
    const [, undated] = readArticle('Fund\t1M\nIWM\t+11.9%', { event: '2016-11-08', funds });
    assert.equal(undated.status, 'unreadable');
    assert.match(undated.reason ?? '', /column "1M"\): needs the article's date for "over the past month"/);
  });
});

describe('a column capgap cannot compute, in the output', () => {
  it('is said beside the row’s claims ("not read: …") and counts as cannot check (synthetic evaluator)', async () => {
    const sentences = readArticle('Fund\t1M %\tSince inception %\nIWM\t+4.9\t+250.0', o);
    const result = await checkArticle(sentences, evaluator, { asOf: o.to });
    assert.equal(result.summary['cannot check'], 1);
    assert.match(
      articleTable(result),
      /- not read: "\+250\.0" \(column "Since inception %"\): the column names a period capgap does not read/,
    );
  });
});

describe('stacked headers', () => {
  it('stacks tab-separated header lines by position (an empty cell keeps its place)', () => {
    assert.deepEqual(stackedNames(['Index\t1-month\tYear to', '\treturn\tdate'], ['IWM\t1\t2'], 3), [
      'Index',
      '1-month return',
      'Year to date',
    ]);
  });
  it('stacks aligned header words over the column they stand over', () => {
    const head = ['Index          1-month   Year to   Since', '               return    date      11/8'];
    const rows = ['Russell 2000   +11.5     +21.6     +14.1'];
    assert.deepEqual(stackedNames(head, rows, 4), ['Index', '1-month return', 'Year to date', 'Since 11/8']);
  });
  it('a spanner naming a measure or unit names the columns under it ("Returns (%)", "Flows ($bn)")', () => {
    const head = [
      '                Returns (%)             Flows ($bn)',
      'Fund       1W      1M      YTD      1W      YTD',
    ];
    const rows = ['IWM        -1.7    +4.9    +22.0    +1.2    +5.5'];
    assert.deepEqual(stackedNames(head, rows, 6), [
      'Fund',
      'Returns (%) 1W',
      'Returns (%) 1M',
      'Returns (%) YTD',
      'Flows ($bn) 1W',
      'Flows ($bn) YTD',
    ]);
    const [, row] = readArticle([...head, ...rows].join('\n'), o);
    // The three return columns, and (twenty-sixth round) the two flows columns in $bn.
    assert.deepEqual(
      row.claims.map((c) => [c.readings[0].metric, c.readings[0].stated]),
      [
        ['return', -1.7],
        ['return', 4.9],
        ['return', 22],
        ['flow', 1.2e9],
        ['flow', 5.5e9],
      ],
    );
  });
  it('reads a pasted table with a two-line header under a caption', () => {
    const t = [
      'Performance, % (price return)',
      'Index          1-month   3-month   Year to   Since',
      '               return    return    date      11/8',
      'Russell 2000   +11.5     +11.0     +21.6     +14.1',
    ].join('\n');
    const s = readArticle(t, o);
    assert.equal(s.length, 3, 'caption, header (two lines), one row');
    assert.equal(s[1].status, 'not a quantitative claim');
    assert.deepEqual(windows(s[2]), [
      dates('2016-11-09'),
      dates('2016-09-09'),
      dates('2015-12-31'),
      { kind: 'since', event: '2016-11-08', to: '2016-12-09' },
    ]);
    assert.deepEqual(
      s[2].claims.map((c) => [c.readings[0].subjects[0], c.readings[0].stated, c.readings[0].unit]),
      [
        ['^RUT', 11.5, 'percent'],
        ['^RUT', 11, 'percent'],
        ['^RUT', 21.6, 'percent'],
        ['^RUT', 14.1, 'percent'],
      ],
    );
  });
});

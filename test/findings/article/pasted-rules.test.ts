import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boilerplateReason, repeatOf } from '../../../src/findings/article/boilerplate.ts';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { htmlText } from '../../../src/findings/article/html-text.ts';
import { markdownText } from '../../../src/findings/article/markdown-text.ts';
import { prepareArticle } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { plainText, sniffFormat } from '../../../src/findings/article/source-text.ts';
import { columnPhrase, unitOf } from '../../../src/findings/article/table-columns.ts';
import { cells, findTables } from '../../../src/findings/article/tables.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// The fourth round: whole articles as pasted (test/fixtures/articles/README.md, "Fourth round"). Each rule
// is general (a class of input), asserted against a hand-written expectation.

describe('text as pasted reads as a reader sees it', () => {
  it('line endings, no-break, thin and zero-width characters become plain text', () => {
    assert.equal(
      plainText('\ufeffUp 3.1\u202f%\r\nDown\u00a02%\rfla\u00adt\u200b'),
      'Up 3.1 %\nDown 2%\nflat',
    );
  });

  it('the format is sniffed: a document or three block tags are HTML; a heading, pipe rule or link Markdown', () => {
    assert.equal(sniffFormat('<!DOCTYPE html><p>x</p>'), 'html');
    assert.equal(sniffFormat('<p>a</p><p>b</p><div>c</div>'), 'html');
    assert.equal(sniffFormat('# Title\n\nBody.'), 'markdown');
    assert.equal(sniffFormat('| a | b |\n|---|---|\n| x | 1 |'), 'markdown');
    assert.equal(sniffFormat('See [the note](https://example.com).'), 'markdown');
    assert.equal(sniffFormat('The Russell 2000 rose 3.1% <b>today</b>.'), 'text');
  });

  it('HTML: entities decoded, furniture dropped, headings, list items and table rows kept as lines', () => {
    const { text, date } = htmlText(
      '<html><head><title>T</title><meta property="article:published_time" content="2016-06-27T17:05:00+01:00">' +
        '<script>var s = "</p><p>fell 12%";</script><style>p{}</style></head><body><nav>Home</nav>' +
        '<h1>Small &amp; mid caps</h1><p>The Russell&nbsp;2000 fell 3.8&#8239;per cent &minus; its worst day.</p>' +
        '<figure><img src=x><figcaption>Traders. The index fell 4%</figcaption></figure>' +
        '<aside>Read more: down 9%</aside><ul><li>one</li><li>two</li></ul>' +
        '<table><caption>Moves, per cent</caption><tr><th></th><th>Friday</th></tr><tr><td>S&amp;P 500</td><td>&#8722;3.6</td></tr></table>' +
        '<p hidden>fell 50%</p></body></html>',
    );
    assert.equal(
      text,
      '# Small & mid caps\n\nThe Russell 2000 fell 3.8 per cent − its worst day.\n\n- one\n- two\n\nMoves, per cent\n\tFriday\nS&P 500\t−3.6',
    );
    assert.equal(date, '2016-06-27');
  });

  it('hostile HTML never throws: unclosed tags, stray "<", comments, 20,000 levels of nesting', () => {
    assert.equal(
      htmlText('<p>The index rose 3%<p>It fell<table><tr><td>IWM<td>+1%').text,
      'The index rose 3%\n\nIt fell\n\nIWM\t+1%',
    );
    assert.equal(htmlText('a < b <!-- rose 9% --> c').text, 'a < b c');
    assert.equal(htmlText(`${'<div>'.repeat(20_000)}x`).text, 'x');
    assert.equal(htmlText('').text, '');
    assert.equal(
      htmlText('<p>The index rose 8.95%<sup>2</sup> since the vote<sup>[13]</sup>.</p>').text,
      'The index rose 8.95%² since the vote¹³.',
    );
  });

  it('Markdown: links keep their words, marks go, footnotes become superscripts, pipe tables tab-separated', () => {
    assert.equal(
      markdownText(
        '## Week\n\n> The [Russell 2000](https://x.com/a_(b)) rose **5.6%**[^1] and *SPY* \\*1%.\n![chart](c.png)\n\n' +
          '| Fund | Week |\n|:--|--:|\n| IWM | +5.7% |\n\n[^1]: Price return.\n\nSmall caps | a strong week',
      ),
      '## Week\n\nThe Russell 2000 rose 5.6%¹ and SPY *1%.\n\n\nFund\tWeek\nIWM\t+5.7%\n\n¹ Price return.\n\nSmall caps | a strong week',
    );
  });
});

describe('text copied from a PDF or an e-mail (hard-wrapped lines)', () => {
  it('a wrapped window, a word broken at its hyphen, a page number, a date at the right of a running header', () => {
    const raw =
      'US Equity Strategy                    10 November 2016\n\nThe move in small-\ncap stocks was broad: the iShares Russell 2000 ETF (IWM) added\n1.6% on Thursday, and the index is up 10.2% year to\ndate.\n\nPage 3 of 12';
    const p = prepareArticle(raw, { event: '2016-11-08' });
    assert.equal(p.to, '2016-11-10');
    assert.match(p.text, /small-cap stocks/);
    const s = readArticle(p.text, { event: '2016-11-08', to: p.to, funds });
    assert.deepEqual(
      s[1].claims.map((c) => [c.readings[0].subjects, c.readings[0].window]),
      [
        [['IWM'], { kind: 'dates', from: '2016-11-09', to: '2016-11-10' }],
        [['^RUT'], { kind: 'dates', from: '2015-12-31', to: '2016-11-10' }],
      ],
      '"the index" after the fund is the index it tracks; "year to\\ndate" is the year to date',
    );
    assert.equal(s[2].reason, 'a page number');
  });
});

describe('the article dates itself', () => {
  it('a timestamp, the update over the first publication, a wire dateline, a date line, the page', () => {
    assert.deepEqual(articleDate('Title\nBy A. Writer\nUpdated Nov. 10, 2016 4:32 p.m. ET\n\nText'), {
      date: '2016-11-10',
      source: 'Updated Nov. 10, 2016',
    });
    assert.equal(
      articleDate('Published: 9 Nov 2016\nUpdated: 10 Nov 2016 08:00\n\nText')?.date,
      '2016-11-10',
    );
    assert.deepEqual(articleDate('LONDON, June 27 (Reuters) - Shares fell.', { event: '2016-06-23' }), {
      date: '2016-06-27',
      source: 'LONDON, June 27 (Reuters)',
    });
    assert.equal(articleDate('Slug\nMonday 27 June 2016 07.00 BST\n\nText')?.date, '2016-06-27');
    assert.equal(articleDate('*By P. N.* · **Published:** 2016-12-09')?.date, '2016-12-09');
    assert.equal(articleDate('No date here. The index rose 3% on Nov. 9.'), undefined);
    assert.equal(articleDate('Text only.', { markup: '2016-06-27' })?.date, '2016-06-27');
  });

  it('timestamps as sites write them all date the article and are furniture', () => {
    for (const t of [
      'Thu 10 Nov 2016 16.32 GMT',
      'Nov 10, 2016, 4:32 PM ET',
      'Published Thu, Nov 10 2016 4:32 PM EST',
      'First published on Thu 10 Nov 2016 16.32 GMT',
      'Nov. 10, 2016 / 4:32 PM / Updated 8 years ago',
      'November 10, 2016 4:32 PM ET | Source: Reuters',
    ]) {
      assert.equal(articleDate(t)?.date, '2016-11-10', t);
      assert.match(boilerplateReason(t) ?? '', /timestamp/, t);
    }
    assert.equal(
      articleDate('WASHINGTON/NEW YORK, Nov 10 (Reuters) - Stocks rose.', { event: '2016-11-08' })?.date,
      '2016-11-10',
    );
    assert.equal(
      boilerplateReason('November 10, 2016 - small caps rose 3%.'),
      null,
      'a dated sentence with a number is read',
    );
    assert.equal(boilerplateReason('Published data show the Russell 2000 rose 3%.'), null);
  });

  it('a given --to wins over the article’s own date, and says so', () => {
    const raw = 'Updated Nov. 10, 2016\r\n\r\nThe Russell 2000 rose 4.7% since the election.';
    assert.deepEqual(
      { ...prepareArticle(raw, { event: '2016-11-08' }), text: '' },
      { text: '', format: 'text', to: '2016-11-10', toSource: 'Updated Nov. 10, 2016' },
    );
    assert.equal(prepareArticle(raw, { to: '2016-11-15' }).toSource, 'given');
  });
});

describe('page furniture is not a claim', () => {
  it('bylines, times, credits, copyright, links, captions, contacts and disclaimers say what they are', () => {
    const cases: [string, RegExp][] = [
      ['By Dana Whitcombe and Tom Reeve, Reuters', /byline/],
      ['3 Min Read', /reading time/],
      ['Updated Nov. 10, 2016 4:32 p.m. ET', /timestamp/],
      ['(Reporting by Dana Whitcombe; Editing by Ana Ruiz)', /credit/],
      ['© 2016 Thomson Reuters. All rights reserved.', /copyright/],
      ['Read more: Small caps post best day since 2011, up 3.1%', /link to another story/],
      ['RELATED: Small caps jump 10% in a week', /link to another story/],
      ['Traders work on the floor, November 10, 2016. REUTERS/Brendan McDermid', /photo caption/],
      ['The Russell 2000 fell 4% on Friday. (AP Photo/Richard Drew)', /photo caption/],
      ['To contact the reporter on this story: Kim Ashford at k@example.com', /furniture/],
      ['Past performance is no guarantee of future results.', /disclaimer/],
    ];
    for (const [t, why] of cases) assert.match(boilerplateReason(t) ?? '', why, t);
  });

  it('sentences that only look like furniture are read', () => {
    for (const t of [
      'By Friday, the Russell 2000 had risen 3%.',
      'By contrast, the S&P 500 rose 1.1%.',
      'Related stocks rose 3% this week.',
      'Updated guidance lifted shares 3%.',
      'Watch the Russell 2000, which rose 3% this week.',
    ])
      assert.equal(boilerplateReason(t), null, t);
  });

  it('lines above the body beside a byline or timestamp are the headline and standfirst, numbers and all', () => {
    const o = { event: '2016-11-08', funds };
    const page = readArticle(
      'Small caps jump 4.7 pct since election\nBy Dana Whitcombe\n\nThe Russell 2000 rose 1.6 pct.',
      o,
    );
    assert.deepEqual(
      page.map((s) => [s.form, s.status]),
      [
        ['headline', 'not a quantitative claim'],
        ['sentence', 'not a quantitative claim'],
        ['sentence', 'claims'],
      ],
    );
    // Without furniture, lines without stops stay claims, one a line (claim files, `check --text`).
    const list = readArticle(
      'The Russell 2000 rose 4.7% since the election\nIWM rose 4.7% since the election',
      o,
    );
    assert.deepEqual(
      list.map((s) => s.status),
      ['claims', 'claims'],
    );
  });

  it('a piece whose words another holds (a pull quote) repeats it; the shorter or later one is the repeat', () => {
    assert.deepEqual(
      repeatOf([
        '“Small caps sold off with everything else, but they are least exposed,” said Ruth Amis.',
        'Small caps sold off with everything else, but they are least exposed',
        'Small caps rose.',
      ]),
      [-1, 0, -1],
    );
    assert.deepEqual(
      repeatOf([
        'The index fell 3% on Friday after the vote.',
        'The index fell 3% on Friday after the vote.',
      ]),
      [-1, 0],
    );
  });
});

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
  it('levels and index points are not claims; an unknown period is unreadable, not the default window', () => {
    const o = { event: '2016-11-08', to: '2016-11-10', funds };
    const t =
      'Index\tClose\tPts chg\t1D %\t1M %\nRussell 2000\t1,282.38\t+30.77\t+2.5\t+10.8\nS&P 500\t2,167.48\t+4.25\t\t';
    const [, rut, spx] = readArticle(t, o);
    assert.deepEqual(
      rut.claims.map((c) => [c.readings[0].stated, c.readings[0].window]),
      [[2.5, { kind: 'dates', from: '2016-11-09', to: '2016-11-10' }]],
    );
    assert.match(
      rut.reason ?? '',
      /"\+10\.8" \(column "1M %"\): the column names a period capgap does not read/,
    );
    assert.equal(spx.status, 'not a quantitative claim', 'an empty tab cell keeps its column: no 1D figure');
    assert.match(
      spx.reason ?? '',
      /"2,167\.48" in column "Close" is a level.*"\+4\.25" in column "Pts chg" is index points/,
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

describe('windows and clauses the pasted articles called for', () => {
  const { claims } = sentenceReader({ event: '2016-11-08', to: '2016-11-10', funds });
  it('"this week" mid-week is the week so far; on the week’s last session it is the week', () => {
    assert.deepEqual(claims('The Russell 2000 rose 7.6% this week.')[0].window, {
      kind: 'dates',
      from: '2016-11-04',
      to: '2016-11-10',
    });
    assert.deepEqual(
      claims('The S&P 500 gained 3.1% week to date.', { event: '2016-11-08', to: '2016-12-09', funds })[0]
        .window,
      {
        kind: 'week',
        weekEnd: '2016-12-09',
      },
    );
  });

  it('wire-style days and abbreviations: today, yesterday, a bare weekday, YTD/MTD/WTD, the past month', () => {
    // Article dated Thursday 2016-11-10: today 11-09 → 11-10 close to close, yesterday 11-08 → 11-09.
    const w = (t: string) => claims(t)[0].window;
    const thursday = { kind: 'dates', from: '2016-11-09', to: '2016-11-10' };
    assert.deepEqual(w('The Russell 2000 rose 1.6% today.'), thursday);
    assert.deepEqual(w('The Russell 2000 rose 3.1% yesterday.'), {
      kind: 'dates',
      from: '2016-11-08',
      to: '2016-11-09',
    });
    assert.deepEqual(w('The Russell 2000 climbed 1.6 percent Thursday to 1,251.'), thursday);
    assert.deepEqual(w("The Russell 2000 rose 1.6% in Thursday's session."), thursday);
    assert.deepEqual(w('The Russell 2000 gained 1.6% on the session.'), thursday);
    assert.deepEqual(w('The Russell 2000 is up 10.2% YTD.'), {
      kind: 'dates',
      from: '2015-12-31',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 is up 5.1% MTD.'), {
      kind: 'month-to-date',
      month: '2016-11',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 is up 7.6% WTD.'), {
      kind: 'dates',
      from: '2016-11-04',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 has gained 5.1% in the past month.'), {
      kind: 'dates',
      from: '2016-10-10',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 is up 17% over the past year.'), {
      kind: 'dates',
      from: '2015-11-10',
      to: '2016-11-10',
    });
    // The other rules keep their phrases: "last Tuesday" is the week before's, "since Wednesday" a since window.
    assert.deepEqual(w('The Russell 2000 rose 0.5% last Tuesday.'), {
      kind: 'dates',
      from: '2016-11-07',
      to: '2016-11-08',
    });
    assert.equal(w('The Russell 2000 has risen 4.7% since Tuesday.').kind, 'since');
  });

  it('quarters: running to the article’s date, complete, or of a named year; a quarter point is not one', () => {
    const o = { event: '2016-11-08', to: '2016-12-09', funds };
    const w = (t: string) => claims(t, o)[0].window;
    assert.deepEqual(w('IWM is up 11.4% in Q4 so far.'), {
      kind: 'dates',
      from: '2016-09-30',
      to: '2016-12-09',
    });
    assert.deepEqual(w('IWM rose 8.7% in the third quarter.'), {
      kind: 'dates',
      from: '2016-06-30',
      to: '2016-09-30',
    });
    assert.deepEqual(w('IWM fell 12% in the fourth quarter of 2008.'), {
      kind: 'dates',
      from: '2008-09-30',
      to: '2008-12-31',
    });
    assert.notEqual(
      w('The Fed raised rates by a quarter-point and IWM fell 1% since the election.').kind,
      'dates',
    );
  });

  it('"since the election on Nov. 8" is since that date; "and" a subject with its own verb is a new clause', () => {
    assert.deepEqual(claims('Since the election on Nov. 9 the Russell 2000 has gained 1.6%.')[0].window, {
      kind: 'since',
      event: '2016-11-09',
      to: '2016-11-10',
    });
    const two = claims('IWM took in $1.1B this week and European equity funds attracted €1.2bn.');
    assert.deepEqual(
      two.map((c) => [c.subjects, c.stated, c.currency ?? 'USD']),
      [
        [['IWM'], 1.1e9, 'USD'],
        [['European equity'], 1.2e9, 'EUR'],
      ],
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlText } from '../../../src/findings/article/html-text.ts';
import { markdownText } from '../../../src/findings/article/markdown-text.ts';
import { prepareArticle } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { plainText, sniffFormat } from '../../../src/findings/article/source-text.ts';
import { funds } from '../../helpers/article-reader.ts';

// Text as pasted (line endings, HTML, Markdown, PDF wraps) reads as a reader sees it.
// The fourth round: whole articles as pasted
// (test/fixtures/articles/README.md, "Fourth round"). Each rule is general (a class of input), asserted
// against a hand-written expectation.

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
      htmlText('<ul><li><p>IWM rose 5.7%.</p></li><li><p>SPY rose 3.1%.</p></li></ul>').text,
      '- IWM rose 5.7%.\n- SPY rose 3.1%.',
    );
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

describe('units as UK papers write them', () => {
  it('"4.7pc" and "4.7 p.c." are per cent', () => {
    for (const t of [
      'The Russell 2000 rose 4.7pc since the election.',
      'The Russell 2000 rose 4.7 p.c. since the election.',
    ]) {
      const [s] = readArticle(t, { event: '2016-11-08', to: '2016-11-10' });
      assert.deepEqual([s.claims[0].readings[0].stated, s.claims[0].readings[0].unit], [4.7, 'percent'], t);
    }
  });
});

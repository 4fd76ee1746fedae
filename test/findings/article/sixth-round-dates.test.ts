import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDate, yearlessDateline } from '../../../src/findings/article/dateline.ts';
import { datelineYear } from '../../../src/findings/article/dateline-year.ts';
import { prepareArticle, preparedLine } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { undatedNote } from '../../../src/findings/article/undated-note.ts';
import type { ArticleCheck } from '../../../src/findings/check-article.ts';

// A wire dateline without a year ("NEW YORK, Nov 10 (Reuters) -") in an article with no other dated line
// (sixth round, test/fixtures/articles/README.md). Expected dates by hand from the words quoted.
const WIRE = 'NEW YORK, Nov 10 (Reuters) - ';

describe('a dateline without a year takes the year of the article’s other dates', () => {
  it('a full date in the body: "since Election Day, Nov. 8, 2016"', () => {
    const d = articleDate(`${WIRE}The Russell 2000 is up 7.3 percent since Election Day, Nov. 8, 2016.`);
    assert.deepEqual(d, {
      date: '2016-11-10',
      source: 'NEW YORK, Nov 10 (Reuters)',
      yearFrom: 'Nov. 8, 2016',
    });
  });
  it('an event named with its year: "the 2016 election" (the built-in US election of 2016)', () => {
    const d = articleDate(`${WIRE}Small caps have beaten large caps since the 2016 election.`);
    assert.equal(d?.date, '2016-11-10');
    assert.equal(d?.yearFrom, 'the 2016 election');
  });
  it('the year that puts the dateline nearest the latest date named (a January wire after November)', () => {
    assert.deepEqual(datelineYear('Stocks have rallied since Nov. 8, 2016.', '01-05'), {
      year: '2017',
      words: 'Nov. 8, 2016',
    });
    assert.equal(datelineYear('Next comes the Fed meeting on Dec. 14, 2016.', '11-10')?.year, '2016');
  });
  it('a date in a record phrase is history, not the article’s time', () => {
    assert.equal(datelineYear('It was the best week since Dec. 2, 2011.', '11-10'), undefined);
    assert.equal(datelineYear('The gap was the widest since the 2008 election.', '11-10'), undefined);
  });
  it('a year alone ("in 2016") does not date the article: it is undated', () => {
    const text = `${WIRE}The Russell 2000 rose 1.6 percent on Thursday. The S&P 500 gained 1.1% in 2016.`;
    assert.equal(articleDate(text), undefined);
    assert.equal(yearlessDateline(text), 'NEW YORK, Nov 10 (Reuters)');
    const p = prepareArticle(text);
    assert.equal(p.undated, 'NEW YORK, Nov 10 (Reuters)');
    assert.match(
      preparedLine(p),
      /the article is UNDATED: its dateline "NEW YORK, Nov 10 \(Reuters\)" gives no year/,
    );
  });
  it('an undated article’s claims that need its date say so, and the closing note lists them', () => {
    const text = `${WIRE}The Russell 2000 rose 1.6 percent on Thursday.\n\nThe S&P 500 rose 0.2% last week.`;
    const p = prepareArticle(text);
    const read = readArticle(p.text, { to: p.to, event: p.event });
    assert.match(read[0].reason ?? '', /needs the article.s date for "on Thursday": the article is undated/);
    assert.match(read[1].reason ?? '', /needs the article's date for "last week"/);
    const result: ArticleCheck = {
      summary: { 'cannot check': 2 },
      sentences: read.map((s) => ({ ...s, status: 'cannot check' as const, claims: [] })),
    };
    assert.equal(
      undatedNote(p, result),
      '\nUndated article ("NEW YORK, Nov 10 (Reuters)" has no year): sentences 1, 2 not checked for want of its date; give --to YYYY-MM-DD',
    );
  });
  it('a date line or timestamp without its year is dated the same way ("Thursday, Nov. 10", "Updated Nov. 10 4:32 p.m. ET")', () => {
    assert.deepEqual(articleDate('Thursday, Nov. 10\n\nSmall caps extended gains since the 2016 election.'), {
      date: '2016-11-10',
      source: 'Thursday, Nov. 10',
      yearFrom: 'the 2016 election',
    });
    assert.deepEqual(
      articleDate('Updated Nov. 10 4:32 p.m. ET\n\nStocks are up since Nov. 8, 2016.')?.date,
      '2016-11-10',
    );
    assert.deepEqual(
      articleDate('Thursday, Nov. 10\n\nSmall caps rose.', { event: '2016-11-08' })?.yearFrom,
      'the given event',
    );
    const alone = 'Thursday, Nov. 10\n\nThe Russell 2000 rose 1.6% on Thursday.';
    assert.equal(articleDate(alone), undefined);
    assert.equal(yearlessDateline(alone), 'Thursday, Nov. 10');
  });
  it('a dateline with its year, or --to given, is not undated', () => {
    assert.equal(yearlessDateline('NEW YORK, Nov 10, 2016 (Reuters) - Stocks rose.'), undefined);
    assert.equal(prepareArticle(`${WIRE}Stocks rose 1% last week.`, { to: '2016-11-10' }).undated, undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { checkArticle } from '../../../src/findings/check-article.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';
import { evaluator } from '../../helpers/hostile-check.ts';

// Two rules found by reading a whole pasted article as a journalist (the lead, seventh round): each on
// sentences that are not in the corpus, the reading written by hand. Event 2016-11-08 (after the close);
// the article is dated Monday, Nov. 14, 2016, so its last whole week ended Friday, Nov. 11.
const opts: ReadOptions = { event: '2016-11-08', to: '2016-11-14', funds };
const { one, claims } = sentenceReader(opts);

describe('a before/after-the-news phrase belongs to the number nearest it', () => {
  it('"took in $6.5bn in the week to Friday, $5.5bn of it after the election": only the $5.5bn is after', () => {
    const c = claims(
      'US small-cap ETFs took in $6.5bn in the week to Friday, $5.5bn of it after the election, according to the data.',
    );
    assert.deepEqual(
      c.map((x) => [
        x.metric,
        x.stated,
        x.window.kind === 'week' ? (x.window.part ?? 'whole') : x.window.kind,
      ]),
      [
        ['flow', 6.5e9, 'whole'],
        ['flow', 5.5e9, 'after'],
      ],
    );
  });
  it('one number with the phrase still takes it: "took in $5.5bn after the election last week"', () => {
    const [c] = claims('US small-cap ETFs took in $5.5bn after the election last week.');
    assert.equal(c.window.kind === 'week' && c.window.part, 'after');
  });
});

describe('a pronoun after "trailed/beat" is what the sentence last compared with', () => {
  it('"the smallest third beat the market by more than 3%, while the largest fifth trailed it by 4%"', () => {
    const c = claims(
      'In the three trading days after the vote, the smallest third of stocks beat the market average by more than 3 per cent, while the largest fifth trailed it by 4 per cent.',
    );
    assert.deepEqual(
      c.map((x) => [x.metric, x.subjects, (x as { target?: string }).target, x.stated]),
      [
        ['excess-return', ['Lo 1/3'], 'market', 3],
        ['excess-return', ['Hi 20'], 'market', -4],
      ],
    );
  });
  it('a left-out object too: "…beat the market average by more than 3% in the three days after; the largest fifth trailed by 4%"', () => {
    const c = claims(
      'The smallest third of stocks beat the market average by more than 3% in the three days after; the largest fifth trailed by 4%.',
    );
    assert.deepEqual(
      c.map((x) => [x.metric, x.subjects, (x as { target?: string }).target, x.stated]),
      [
        ['excess-return', ['Lo 1/3'], 'market', 3],
        ['excess-return', ['Hi 20'], 'market', -4],
      ],
    );
  });
  it('with no earlier comparison a left-out object names nothing: "trailed by 4%" alone is not read', () => {
    const s = one('The largest fifth of stocks trailed by 4 per cent.');
    assert.equal(s.status, 'unreadable');
  });
  it('with no earlier comparison the pronoun names nothing: "trailed it by 4%" alone is not read', () => {
    const s = one('The largest fifth of stocks trailed it by 4 per cent.');
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /compares "4 per cent" with nothing capgap can name/);
  });
});

describe('a counterfactual or a hedge beside a claim is no claim, not a cannot check', () => {
  it('"rose 2% on Monday, and it would have fallen 5% without …" counts one claim and no cannot check (synthetic evaluator)', async () => {
    const sentences = readArticle(
      'The Russell 2000 rose 2% on Monday, and it would have fallen 5% without the rally in banks.',
      opts,
    );
    assert.match(sentences[0].reason ?? '', /^a counterfactual \("5%", "would have fallen"\)/);
    const result = await checkArticle(sentences, evaluator, { asOf: opts.to });
    assert.equal(result.sentences[0].claims.length, 1);
    assert.equal(result.summary['cannot check'] ?? 0, 0);
  });
});

describe('per cents that are not returns, and "more/less than" after a falling verb', () => {
  it('"a 70% chance of winning", "90% effective", "51% of the popular vote" are not returns', () => {
    const c = claims('The Russell 2000 rose 2% on Monday after polls gave Clinton a 70% chance of winning.');
    assert.deepEqual(
      c.map((x) => x.stated),
      [2],
    );
    assert.match(
      one('Small caps jumped after Pfizer said its vaccine was more than 90% effective.').reason ?? '',
      /^not a return \(effective\): "90%"/,
    );
    const s = one('The Russell 2000 rose 2% on Monday as Biden took 51% of the popular vote.');
    assert.equal(s.claims.length, 1);
    assert.match(s.reason ?? '', /not a return \(of the popular vote\): "51%"/);
  });
  it('"fell 0.2 points more than large caps" is −0.2; "fell 1 point less than" +1; "rose 3 points more than" +3', () => {
    const stated = (t: string) => claims(t).map((x) => [x.metric, x.stated]);
    assert.deepEqual(stated('Small caps fell about 0.2 percentage points more than large caps on Friday.'), [
      ['spread', -0.2],
    ]);
    assert.deepEqual(stated('Small caps fell 1 percentage point less than large caps on Friday.'), [
      ['spread', 1],
    ]);
    assert.deepEqual(stated('Small caps rose 3 percentage points more than large caps on Friday.'), [
      ['spread', 3],
    ]);
    assert.deepEqual(stated('Small caps did 3 percentage points worse than large caps on Friday.'), [
      ['spread', -3],
    ]);
  });
});

describe('a dateline without an agency, a weekday on the event’s own weekday, "It was …" after a move', () => {
  const fed: ReadOptions = { event: '2022-03-16', funds };
  it('"NEW YORK, March 17, 2022 - …" and "LONDON, June 24 — …" date the article', () => {
    const [a] = readArticle('NEW YORK, March 17, 2022 - The S&P 500 rose 2.2 per cent on Wednesday.', fed);
    assert.deepEqual(a.claims[0].readings[0].window, { kind: 'dates', from: '2022-03-15', to: '2022-03-16' });
    const [b] = readArticle('LONDON, June 24 — The FTSE 250 fell 7.2 per cent on Friday.', {
      event: '2016-06-23',
      funds,
    });
    assert.deepEqual(b.claims[0].readings[0].window, { kind: 'dates', from: '2016-06-23', to: '2016-06-24' });
  });
  it('undated, "on Wednesday" of a Fed Wednesday is the event day, not a week later', () => {
    const [s] = readArticle('The S&P 500 rose 2.2 per cent on Wednesday after the Fed raised rates.', fed);
    assert.deepEqual(s.claims[0].readings[0].window, { kind: 'dates', from: '2022-03-15', to: '2022-03-16' });
  });
  it('"It was the index’s biggest one-day gain since 2020" ranks the day the sentence before stated', () => {
    const [, rec] = readArticle(
      'The S&P 500 rose 2.2 per cent on Wednesday, March 16, 2022. It was the index’s biggest one-day gain since 2020.',
      fed,
    );
    const r = rec.claims[0].readings[0];
    assert.equal(r.metric, 'record');
    assert.deepEqual(r.window, { kind: 'dates', from: '2022-03-15', to: '2022-03-16' });
    assert.equal(r.windowSource, 'carried');
  });
});

describe('a record "since" a month with no year', () => {
  it('"its best day since June" in a Nov. 10, 2016 article is since June 2016; "since May be" is no record', () => {
    const recordOf = (t: string, to: string) =>
      readArticle(t, { event: '2016-11-08', to, funds })[0].claims[0]?.readings[0].record;
    const r = recordOf('The Russell 2000 jumped 3.1% on Wednesday, its best day since June.', '2016-11-10');
    assert.equal(r?.sinceYear, 2016);
    assert.equal(r?.sinceMonth, '2016-06');
    // a month not yet reached this year is last year's
    assert.equal(
      recordOf('Small caps had their best week since December, up 10%.', '2016-11-14')?.sinceMonth,
      '2015-12',
    );
    // with its year the phrase keeps it, and no inferred month
    const y = recordOf(
      'The Russell 2000 rose 10.2% last week, its best week since August 2015.',
      '2016-11-14',
    );
    assert.equal(y?.sinceYear, 2015);
    assert.equal(y?.sinceMonth, undefined);
    assert.equal(
      recordOf('The Russell 2000 rose 2%, its best day since may be argued.', '2016-11-10'),
      undefined,
    );
  });
});

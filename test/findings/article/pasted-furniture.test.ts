import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boilerplateReason, repeatOf } from '../../../src/findings/article/boilerplate.ts';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { prepareArticle } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { funds } from '../../helpers/article-reader.ts';

// The article's date and its page furniture (bylines, timestamps, links, captions, pull quotes).
// The fourth round: whole articles as pasted
// (test/fixtures/articles/README.md, "Fourth round"). Each rule is general (a class of input), asserted
// against a hand-written expectation.

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
    assert.equal(
      articleDate('Data published on Nov. 1, 2016 showed the index rose.'),
      undefined,
      'a sentence is no timestamp',
    );
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
      {
        text: '',
        format: 'text',
        to: '2016-11-10',
        toSource: 'Updated Nov. 10, 2016',
        event: '2016-11-08',
        eventSource: 'given',
      },
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
      ['Photographer: Michael Nagle/Bloomberg', /photo caption/],
      ['Story by Kim Ashford • 3mo', /byline/],
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

describe('lists of links to other stories', () => {
  it('under "Most read" or "Related stories", headlines are links up to the next full sentence', () => {
    const text =
      'The Russell 2000 rose 1.6% on Thursday.\n\nMost read\n1. Small caps surge 5% as Trump wins\n2. Banks jump 10% in a week\n\nRelated stories\nIWM draws record $1.1bn\n\nThe S&P 500 added 0.2% on Thursday.';
    const s = readArticle(text, { event: '2016-11-08', to: '2016-11-10', funds });
    assert.deepEqual(
      s.map((x) => [x.text, x.status]),
      [
        ['The Russell 2000 rose 1.6% on Thursday.', 'claims'],
        ['Most read', 'not a quantitative claim'],
        ['1. Small caps surge 5% as Trump wins', 'not a quantitative claim'],
        ['2. Banks jump 10% in a week', 'not a quantitative claim'],
        ['Related stories', 'not a quantitative claim'],
        ['IWM draws record $1.1bn', 'not a quantitative claim'],
        ['The S&P 500 added 0.2% on Thursday.', 'claims'],
      ],
      'a numbered item\'s point ends no sentence ("1. Small caps …" is one piece)',
    );
    assert.equal(s[3].reason, 'a link to another story (under "Most read"): its numbers are that story’s');
  });
});

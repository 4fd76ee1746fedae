import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferEvent } from '../../../src/findings/article/event-infer.ts';
import { articleFacts, prepareArticle, preparedLine } from '../../../src/findings/article/prepare.ts';

// Expected dates by hand: US election day is the Tuesday after the first Monday of November (2016-11-08,
// 2018-11-06, 2020-11-03); the Brexit referendum was 2016-06-23; the UK general election 2017-06-08; the
// German federal election 2021-09-26.
describe('the event an article names when --event is not given', () => {
  it('"the election" is the most recent US election on or before the article date, within a year', () => {
    assert.equal(inferEvent('Small caps jumped since the election.', '2016-11-14')?.date, '2016-11-08');
    assert.equal(inferEvent('Small caps jumped since the election.', '2017-05-10')?.date, '2016-11-08');
    assert.equal(inferEvent('Small caps jumped after the vote.', '2020-11-09')?.date, '2020-11-03');
    assert.equal(inferEvent('The midterms lifted small caps.', '2018-11-09')?.date, '2018-11-06');
    assert.equal(
      inferEvent("Since Trump's victory, the Russell 2000 is up 10%.", '2016-12-01')?.words,
      "Trump's victory",
    );
    // On election day itself the election is that day; more than a year later it is not guessed.
    assert.equal(inferEvent('Before the election results, stocks rose.', '2016-11-08')?.date, '2016-11-08');
    assert.equal(inferEvent('Small caps jumped since the election.', '2018-01-15'), null);
  });
  it('an article about another country means its election; "the referendum" is Brexit', () => {
    assert.equal(inferEvent('The FTSE 250 rallied after the election.', '2017-06-12')?.date, '2017-06-08');
    assert.equal(inferEvent('The DAX rose after the election.', '2021-09-28')?.date, '2021-09-26');
    assert.equal(inferEvent('The FTSE 250 fell after the referendum.', '2016-06-27')?.date, '2016-06-23');
    // "The vote" in a British article of June 2016 is the referendum (the last UK election, 2015-05-07, is
    // more than a year back); in a US article of November 2016, the election.
    assert.equal(inferEvent('The FTSE 250 has fallen since the vote.', '2016-06-28')?.date, '2016-06-23');
    assert.equal(inferEvent('Small caps jumped after the vote.', '2016-11-10')?.date, '2016-11-08');
    // "French" alone is Kenneth French's data, not France.
    assert.equal(
      inferEvent("French's data show small caps led after the election.", '2016-11-30')?.date,
      '2016-11-08',
    );
  });
  it('names none without event words', () => {
    assert.equal(inferEvent('The Russell 2000 rose 3% on Monday.', '2016-11-14'), null);
  });
  it('prepareArticle dates the article, then names its event and says so; --event wins', () => {
    const raw = 'November 14, 2016 6:02 pm ET\n\nThe Russell 2000 has gained 10.2% since the election.';
    const p = prepareArticle(raw);
    assert.equal(p.to, '2016-11-14');
    assert.equal(p.event, '2016-11-08');
    assert.match(
      preparedLine(p),
      /"the election" read as the 2016 presidential election \(Trump\), 2016-11-08 \(give --event to change it\)$/,
    );
    assert.deepEqual(
      { eventDate: articleFacts(p).eventDate, eventFrom: articleFacts(p).eventFrom },
      { eventDate: '2016-11-08', eventFrom: 'the election (2016 presidential election (Trump))' },
    );
    const given = prepareArticle(raw, { event: '2016-11-09' });
    assert.equal(given.event, '2016-11-09');
    assert.equal(articleFacts(given).eventFrom, 'given');
    // An undated article names no event: "since the election" still asks for --event.
    assert.equal(prepareArticle('The Russell 2000 has gained 10.2% since the election.').event, undefined);
  });
});

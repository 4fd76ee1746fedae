import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Tenth round: held-out articles on the 2008, 2012 and 2015-2018 events (Barron's, CNBC TV copy, a
// Morningstar note, a newsletter, a terminal headline stack). Each rule is tested on sentences written for
// this file (none is in the corpus), the reading by hand. The 2012 election was on Tuesday, Nov. 6 (results
// after the close); the Fed raised rates on Wednesday, Dec. 19, 2018 at 2 p.m.
const o2012: ReadOptions = { event: '2012-11-06', to: '2012-11-30', funds };
const o2018: ReadOptions = { event: '2018-12-19', to: '2018-12-21', funds };
const { claims, one } = sentenceReader(o2012);
const since2012 = { kind: 'since', event: '2012-11-06', to: '2012-11-30' };

describe('"since" a clause that dates what happened is since that date, not its one session', () => {
  it('"Since Obama won re-election on Nov. 6" and "since President Obama was re-elected on Nov. 6"', () => {
    for (const t of [
      'Since Obama won re-election on Nov. 6, the Russell 2000 is down 0.5%.',
      'Since President Obama was re-elected on Nov. 6, the Russell 2000 is down 0.5%.',
    ])
      assert.deepEqual(claims(t)[0].window, since2012, t);
  });
  it('"since the Federal Reserve cut interest rates on July 31" is since July 31 (ninth round, left then)', () => {
    const [c] = claims(
      'The Russell 2000 has fallen 3% since the Federal Reserve cut interest rates on July 31.',
      {
        event: '2019-07-31',
        to: '2019-08-09',
        funds,
      },
    );
    assert.deepEqual(c.window, { kind: 'since', event: '2019-07-31', to: '2019-08-09' });
  });
  it('a date with no "since" stays its session: "fell 0.5% on Nov. 6" is Nov. 5 close to Nov. 6 close', () => {
    assert.deepEqual(claims('The Russell 2000 fell 0.5% on Nov. 6.')[0].window, {
      kind: 'dates',
      from: '2012-11-05',
      to: '2012-11-06',
    });
  });
});

describe('a record phrase that names no side takes the side of the number or the verb', () => {
  it('"trailed … by 1.4 percentage points …, the widest gap since November" ranks shortfalls (direction loss)', () => {
    const [c] = claims(
      'The Russell 2000 trailed the S&P 500 by 1.4 percentage points this week, the widest gap since November.',
      o2018,
    );
    assert.equal(c.stated, -1.4);
    assert.equal(c.record?.kind, 'widest-since');
    assert.equal(c.record?.direction, 'loss');
  });
  it('"Small caps trailed large caps by the widest margin since 2008" (no number): the verb says loss', () => {
    const c = one('Small caps trailed large caps by the widest margin since 2008 this week.', o2018).claims[0]
      .readings[0];
    assert.equal(c.metric, 'record');
    assert.equal(c.record?.direction, 'loss');
  });
  it('a positive gap and "best" keep gain: "beat … by 1.4 points, the widest gap since 2008"', () => {
    assert.equal(
      claims(
        'The Russell 2000 beat the S&P 500 by 1.4 percentage points this week, the widest gap since 2008.',
        o2018,
      )[0].record?.direction,
      'gain',
    );
    assert.equal(
      claims('The Russell 2000 fell 0.5% this week, still its best week since November.', o2018)[0].record
        ?.direction,
      'gain',
    );
  });
  it('"pulled $2bn from IWM, the most since 2014" is the biggest outflow', () => {
    const [c] = claims('Investors pulled $2bn from IWM this week, the most since 2014.', o2018);
    assert.equal(c.stated, -2e9);
    assert.equal(c.record?.direction, 'loss');
  });
});

describe('a record over a short look-back is the largest since the article\'s date less it, not "on record"', () => {
  it('"its biggest inflow in a month" on 2018-12-21: rank 1 of the flows from 2018-11-21', () => {
    const [c] = claims('IWM took in $1.1 billion on Thursday, its biggest inflow in a month.', o2018);
    assert.equal(c.metric, 'flow');
    assert.deepEqual(
      { kind: c.record?.kind, rank: c.record?.rank, from: c.record?.from, direction: c.record?.direction },
      { kind: 'rank', rank: 1, from: '2018-11-21', direction: 'gain' },
    );
  });
  it('"its worst day in two weeks": days from 14 calendar days before, direction loss', () => {
    const [c] = claims('The Russell 2000 fell 2% on Thursday, its worst day in two weeks.', o2018);
    assert.deepEqual(
      {
        kind: c.record?.kind,
        from: c.record?.from,
        period: c.record?.period,
        direction: c.record?.direction,
      },
      { kind: 'rank', from: '2018-12-07', period: 'day', direction: 'loss' },
    );
  });
  it('"the most in six months" counts calendar months back: from 2018-06-21', () => {
    assert.equal(
      claims('IWM drew $820 million this week, the most in six months.', o2018)[0].record?.from,
      '2018-06-21',
    );
  });
  it('years stay "since YEAR": "the widest gap in eight years" is widest-since 2010', () => {
    const [c] = claims(
      'The Russell 2000 beat the S&P 500 by 2 percentage points this week, the widest gap in eight years.',
      o2018,
    );
    assert.deepEqual([c.record?.kind, c.record?.sinceYear], ['widest-since', 2010]);
  });
});

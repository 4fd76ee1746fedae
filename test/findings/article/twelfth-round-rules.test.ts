import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCausatives } from '../../../src/findings/article/causatives.ts';
import { inferEvent } from '../../../src/findings/article/event-infer.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Twelfth round: phrasings a journalist writes that the reader still missed. Each rule is tested on
// sentences written for this file, the reading by hand (subjects, metric, stated number and sign). The
// 2016 election was on Tuesday, Nov. 8 (results after the close).
const o: ReadOptions = { event: '2016-11-08', to: '2016-11-15', funds };
const { claims, one } = sentenceReader(o);
const read = (s: string) => claims(s).map((c) => [c.metric, c.subjects, c.stated]);

describe('"beat the largest by N": the other end of the group named before it', () => {
  it('"the smallest decile … beat the largest by 5.3 percentage points" is Lo 10 vs Hi 10', () => {
    assert.deepEqual(
      read(
        'The smallest decile of US stocks beat the largest by 5.3 percentage points over the five days after the election.',
      ),
      [['spread', ['Lo 10', 'Hi 10'], 5.3]],
    );
  });
  it('"… more than the largest." at the sentence end, likewise; "the largest fund" is no group', () => {
    assert.deepEqual(read('The smallest fifth returned 4 percentage points more than the largest.'), [
      ['spread', ['Lo 20', 'Hi 20'], 4],
    ]);
    const subjects = claims('The smallest fifth rose 4%, and the largest fund took in $2bn.').flatMap(
      (c) => c.subjects,
    );
    assert.equal(subjects[0], 'Lo 20');
    assert.ok(!subjects.includes('Hi 20'), subjects.join(', '));
  });
});

describe('size classes in plain words', () => {
  it('"Small stocks beat big ones by 5.3 points": small caps against large caps', () => {
    const [c] = claims('Small stocks beat big ones by 5.3 percentage points in the week after the election.');
    assert.deepEqual([c.metric, c.subjects, c.stated], ['spread', ['^RUT', '^GSPC'], 5.3]);
  });
  it('"outperformed their larger peers" is large caps', () => {
    const [c] = claims(
      'Small caps outperformed their larger peers by 5 percentage points in the week after the election.',
    );
    assert.deepEqual([c.metric, c.subjects], ['spread', ['^RUT', '^GSPC']]);
  });
  it('not what a fund holds ("VB, which holds bigger companies"), nor the second of a pair', () => {
    const [c] = claims(
      'The Vanguard Small-Cap ETF (VB), which holds bigger companies, rose 8.6% in the week after the election.',
    );
    assert.deepEqual([c.metric, c.subjects, c.stated], ['return', ['VB'], 8.6]);
  });
});

describe('causative verbs: what moved is the object', () => {
  it('"The rally, led by small caps, has lifted the Russell 2000 by 10.2%": ^RUT +10.2, not small caps', () => {
    assert.deepEqual(
      read('The rally, led by small caps, has lifted the Russell 2000 by 10.2% since the election.'),
      [['return', ['^RUT'], 10.2]],
    );
  });
  it('"pushed … up", "sent … 4% higher" are gains; "dragged … down 2%" a loss', () => {
    assert.deepEqual(
      read('The rally, led by small caps, pushed the Russell 2000 up 10.2% in the week after the election.'),
      [['return', ['^RUT'], 10.2]],
    );
    assert.deepEqual(read('Rate fears dragged the Russell 2000 down 2% in the week after the election.'), [
      ['return', ['^RUT'], -2],
    ]);
    assert.equal(
      claims('The vote sent the Russell 2000 4% higher in the week after the election.')[0].stated,
      4,
    );
  });
  it('findCausatives: the verb, its sign and its particle; "pulled $1bn from" is no causative move', () => {
    const [h] = findCausatives('Rate fears dragged the Russell 2000 down 2% in the week.');
    assert.deepEqual([h.words, h.sign, h.object, h.particle !== null], ['dragged', -1, true, true]);
    assert.deepEqual(findCausatives('Investors pulled $1bn from small-cap funds.'), []);
  });
  it('"the rally" is a noun: a sentence with no other verb keeps the subject before the number', () => {
    const s = one('The Russell 2000 rally reached 10.2% in the week after the election.');
    assert.deepEqual(
      s.claims.map((c) => c.readings[0].subjects),
      [['^RUT']],
    );
  });
});

describe('an amount of money flowed into the fund named right before it', () => {
  it('"…into small-cap ETFs …, the iShares Russell 2000 ETF alone taking $1.9bn": the category, then IWM', () => {
    assert.deepEqual(
      read(
        'Investors poured $3.1bn into small-cap ETFs in the week to November 11, the iShares Russell 2000 ETF alone taking $1.9bn.',
      ),
      [
        ['flow', ['US small cap'], 3.1e9],
        ['flow', ['IWM'], 1.9e9],
      ],
    );
  });
  it('"…attracted $6.5bn …, $5.5bn, coming after the election": a number between keeps the first subject', () => {
    assert.deepEqual(
      claims(
        'US small cap ETFs attracted $6.5bn last week with the bulk of that, $5.5bn, coming after the election.',
      ).map((c) => c.subjects),
      [['US small cap'], ['US small cap']],
    );
  });
});

describe('a size class with a style ("small-cap value stocks") reads as the style indexes, through their ETFs', () => {
  it('"Small-cap value stocks returned 15% …, compared with 9% for small-cap growth": IWN or IJS; IWO or IJT', () => {
    const s = one(
      'Small-cap value stocks returned 15% in the week after the election, compared with 9% for small-cap growth.',
    );
    assert.deepEqual(
      s.claims.map((c) => [c.readings.map((r) => r.subjects), c.readings[0].stated]),
      [
        [[['IWN'], ['IJS']], 15],
        [[['IWO'], ['IJT']], 9],
      ],
    );
  });
  it('"large-cap growth shares" is IWF alone; "small-cap value funds" stays a fund category', () => {
    assert.deepEqual(claims('Large-cap growth shares rose 2% in the week after the election.')[0].subjects, [
      'IWF',
    ]);
    assert.deepEqual(claims('Small-cap value funds took in $1bn this week.')[0].subjects, [
      'unheld:style-category:US small cap value',
    ]);
  });
});

describe('the Brexit referendum named in other words; "the same two days"; -ing forms of falls', () => {
  it('"after Britain voted to leave the European Union", "after Brexit", "Britain\'s vote to quit the EU" infer 2016-06-23', () => {
    for (const text of [
      'Small caps fell in the two sessions after Britain voted to leave the European Union.',
      'Small caps sink after Brexit.',
      "Stocks slid after Britain's vote to quit the EU.",
    ])
      assert.equal(inferEvent(text, '2016-06-28')?.date, '2016-06-23', text);
    assert.equal(inferEvent('Brexit talks dragged on.', '2016-06-28'), null);
  });
  it('"… shedding 6.6 percent. The S&P 500 lost 5.3 percent over the same two days": both over 2 sessions, both losses', () => {
    const ob: ReadOptions = { event: '2016-06-23', to: '2016-06-28', funds };
    const got = readArticle(
      'Small caps fell in the two sessions after the vote, with the Russell 2000 shedding 6.6 percent. The S&P 500 lost 5.3 percent over the same two days.',
      ob,
    ).flatMap((s) => s.claims.map((c) => c.readings[0]));
    assert.deepEqual(
      got.map((c) => [c.subjects, c.stated, c.window]),
      [
        [['^RUT'], -6.6, { kind: 'sessions', event: '2016-06-23', sessions: 2 }],
        [['^GSPC'], -5.3, { kind: 'sessions', event: '2016-06-23', sessions: 2 }],
      ],
    );
  });
  it('"the sector tumbling 8.4 percent" is a loss', () => {
    assert.equal(
      claims('Financial stocks were hit hardest, the sector tumbling 8.4 percent this week.')[0].stated,
      -8.4,
    );
  });
});

describe('"were hit hardest" ranks a sector first from the bottom', () => {
  it('"Financial stocks were hit hardest" is a rank claim, first from the bottom; "Energy stocks fared worst" likewise', () => {
    for (const text of [
      'Financial stocks were hit hardest, the sector tumbling 8.4 percent this week.',
      'Energy stocks fared worst this week.',
    ]) {
      const rank = claims(text).find((c) => c.metric === 'rank');
      assert.deepEqual(
        [rank?.subjects, rank?.stated, rank?.rank?.end],
        [[/Financial/.test(text) ? 'sector:Financials' : 'sector:Energy'], 1, 'bottom'],
        text,
      );
    }
  });
});

describe('"on the day of the announcement": the event day\'s own session', () => {
  it('the Fed cut of 2019-07-31: from the close of 07-30 to the close of 07-31; "on election day" likewise', () => {
    const of: ReadOptions = { event: '2019-07-31', to: '2019-08-02', funds };
    const [c] = claims(
      'The smallest tenth of stocks underperformed the largest tenth by 1.2 percentage points on the day of the announcement.',
      of,
    );
    assert.deepEqual(
      [c.metric, c.window],
      ['spread', { kind: 'dates', from: '2019-07-30', to: '2019-07-31' }],
    );
    assert.deepEqual(claims('The Russell 2000 rose 0.3% on election day.')[0].window, {
      kind: 'dates',
      from: '2016-11-07',
      to: '2016-11-08',
    });
  });
});

describe('record phrases with the target inside them', () => {
  it('"November is shaping up as the best month for small caps relative to large caps since 2008": a provisional spread record', () => {
    const o30: ReadOptions = { event: '2016-11-08', to: '2016-11-25', funds };
    const s = one(
      'November is shaping up as the best month for small caps relative to large caps since 2008.',
      o30,
    );
    const r = s.claims[0].readings;
    assert.deepEqual(
      r.map((c) => [c.metric, c.subjects, c.window.kind, c.record?.provisional, c.record?.sinceYear]),
      [
        ['record', ['^RUT', '^GSPC'], 'month-to-date', true, 2008],
        ['record', ['Lo 30', 'Hi 30'], 'month-to-date', true, 2008],
      ],
    );
  });
  it('"… had its best week relative to the S&P 500 since 2009" ranks ^RUT against ^GSPC (a name with "&" inside)', () => {
    const [c] = claims('The Russell 2000 had its best week relative to the S&P 500 since 2009.');
    assert.deepEqual(
      [c.metric, c.subjects, c.record?.period, c.record?.sinceYear],
      ['record', ['^RUT', '^GSPC'], 'week', 2009],
    );
  });
});

describe('comparisons: more verbs, and a target named by the legs that follow', () => {
  it('"Small caps have trounced large caps by 9 percentage points": a spread like "beat"', () => {
    assert.deepEqual(
      read('Small caps have trounced large caps by 9 percentage points in the week after the election.'),
      [['spread', ['^RUT', '^GSPC'], 9]],
    );
  });
  it('"Small caps underperformed by 1.5 points, as the Russell fell 2.1% and the S&P 500 lost 0.6%": against the S&P 500, not the Russell', () => {
    const [c] = claims(
      'Small caps underperformed by 1.5 points on Thursday, as the Russell fell 2.1% and the S&P 500 lost 0.6%.',
    );
    assert.deepEqual([c.subjects, c.stated], [['^RUT', '^GSPC'], -1.5]);
  });
});

describe('sector lists with everyday words; style indexes as their ETFs', () => {
  it('"Industrials, energy and financials each gained 5%": three claims; "energy prices" stays no sector', () => {
    assert.deepEqual(
      claims('Industrials, energy and financials each gained 5% after the vote.').map((c) => c.subjects),
      [['sector:Industrials'], ['sector:Energy'], ['sector:Financials']],
    );
    assert.deepEqual(
      claims('Energy prices and industrials rose 3% after the vote.').map((c) => c.subjects),
      [['sector:Industrials']],
    );
  });
  it('"the Russell 2000 Value index" is IWN, "the S&P SmallCap 600 Growth" IJT; "the Russell 2000" stays ^RUT', () => {
    assert.deepEqual(
      claims('The Russell 2000 Value index rose 12.1% in the week after the election.')[0].subjects,
      ['IWN'],
    );
    assert.deepEqual(
      claims('The S&P SmallCap 600 Growth index rose 10% in the week after the election.')[0].subjects,
      ['IJT'],
    );
    assert.deepEqual(claims('The Russell 2000 rose 10% in the week after the election.')[0].subjects, [
      '^RUT',
    ]);
  });
});

describe('"over the previous four sessions": the sessions before the day named before it', () => {
  it('"gave back 1.1% on Friday after rising 8.7% over the previous four sessions": Nov 4 close to Nov 10 close', () => {
    const o11: ReadOptions = { event: '2016-11-08', to: '2016-11-11', funds };
    assert.deepEqual(
      claims(
        'The Russell 2000 gave back 1.1% on Friday after rising 8.7% over the previous four sessions.',
        o11,
      ).map((c) => [c.stated, c.window]),
      [
        [-1.1, { kind: 'dates', from: '2016-11-10', to: '2016-11-11' }],
        [8.7, { kind: 'dates', from: '2016-11-04', to: '2016-11-10' }],
      ],
    );
  });
  it("with no day before it, the sessions before the article's day", () => {
    assert.deepEqual(claims('The Russell 2000 has risen 5% over the previous three sessions.')[0].window, {
      kind: 'dates',
      from: '2016-11-09',
      to: '2016-11-14',
    });
  });
});

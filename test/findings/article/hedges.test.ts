import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  APPROX_TOLERANCES,
  BOUND_WORDS,
  comparatorFor,
  comparatorWordsBefore,
} from '../../../src/findings/article/comparators.ts';
import {
  FILLERS,
  HEDGE,
  HEDGE_CAPTURED,
  LOOKBACK_WORDS,
  NARROW_HEDGE,
  PREPOSITIONS,
} from '../../../src/findings/article/hedges.ts';
import { firsts } from '../../helpers/article-reader.ts';

// The shared hedge before a number (src/findings/article/hedges.ts) is generated from ./comparators.ts's lists;
// these tests take the words from the same lists, so a pattern that drifts from them fails here.
const APPROX = Object.keys(APPROX_TOLERANCES).filter((w) => w !== '~');
const BOUNDS = Object.keys(BOUND_WORDS);
const ALL = [...APPROX, ...BOUNDS, ...FILLERS];
const whole = (source: string) => new RegExp(`^${source}$`, 'i');
const placeLike = (w: string) => PREPOSITIONS.some((p) => w === p || w.endsWith(` ${p}`));

describe('HEDGE: every word of the comparator lists, and the fillers', () => {
  it('matches each approximate word, bound word, "just" and "only" followed by a space, as a whole', () => {
    for (const w of ALL) {
      assert.ok(whole(HEDGE).test(`${w} `), w);
      assert.ok(whole(HEDGE).test(`${w.toUpperCase()}  `), `${w}, any case and spacing`);
      assert.ok(whole(HEDGE).test(`${w.replace(/ /g, '\n')} `), `${w}, split across a line`);
    }
  });
  it('matches "~" against the number or not, and nothing at all (it is optional)', () => {
    for (const s of ['~', '~ ', '']) assert.ok(whole(HEDGE).test(s), JSON.stringify(s));
  });
  it('never a word that only starts like one ("overall", "abouts", "justly"), nor a word with no space after it', () => {
    for (const s of ['overall ', 'abouts ', 'justly ', 'some', 'more than'])
      assert.ok(!whole(HEDGE).test(s), s);
  });
  it('NARROW_HEDGE: every word but the prepositions of place ("over", "below", "up to", "just over" …)', () => {
    for (const w of ALL) assert.equal(whole(NARROW_HEDGE).test(`${w} `), !placeLike(w), w);
    assert.ok(BOUNDS.filter(placeLike).length >= 6);
  });
  it('HEDGE_CAPTURED captures each comparator word whole, and every capture has a comparator', () => {
    for (const w of [...APPROX, ...BOUNDS]) {
      const m = whole(HEDGE_CAPTURED).exec(`${w} `);
      assert.equal(m?.[1], w, w);
      assert.ok(comparatorFor(5, 0.5, m?.[1]).kind !== 'eq', w);
    }
    for (const w of FILLERS) assert.equal(whole(HEDGE_CAPTURED).exec(`${w} `), null, w);
  });
  it('LOOKBACK_WORDS: the approximate words and the lower bounds, never an upper bound', () => {
    const re = new RegExp(`^(?:${LOOKBACK_WORDS})$`, 'i');
    for (const w of APPROX) assert.ok(re.test(w), w);
    for (const w of BOUNDS) assert.equal(re.test(w), BOUND_WORDS[w] === 'gt' || BOUND_WORDS[w] === 'gte', w);
  });
  it('a comparator the reader reads (comparatorWordsBefore) is a word HEDGE skips', () => {
    for (const w of ALL.filter((x) => !FILLERS.includes(x))) {
      const text = `rose by ${w} 3%`;
      assert.equal(comparatorWordsBefore(text, text.length - 2)?.words, w, w);
    }
  });
});

describe('sentences a rule missed because its own list lacked a word', () => {
  const o = { event: '2024-11-05', to: '2024-12-02' };
  it('"down approximately 13%" is −13% (was +13%: "down" was no verb before "approximately")', () => {
    const [r] = firsts(
      'Since the Fed began raising rates in March, the Russell 2000 is down approximately 13%.',
      o,
    );
    assert.deepEqual([r.metric, r.subjects, r.stated], ['return', ['^RUT'], -13]);
    assert.deepEqual([r.comparator.kind, r.comparator.words], ['approx', 'approximately']);
  });
  it('"rose close to 9% in November" is a return (was "a level, not a change": the "to" of "close to")', () => {
    const [r] = firsts('The Russell 2000 rose close to 9% in November.', o);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['return', ['^RUT'], 9]);
    assert.deepEqual(r.window, { kind: 'month', month: '2024-11' });
    assert.deepEqual([r.comparator.kind, r.comparator.words], ['approx', 'close to']);
  });
  it('"…; this time, by around 1" is a third gap, since this vote (was two: "by" lacked "around")', () => {
    const rs = firsts(
      'In 2016, small caps beat large caps by 11 points in the month after the vote; in 2020, by 5.7 points; this time, by around 1.',
      o,
    );
    assert.equal(rs.length, 3);
    assert.deepEqual([rs[2].metric, rs[2].subjects, rs[2].stated], ['spread', ['^RUT', '^GSPC'], 1]);
    assert.deepEqual(rs[2].window, { kind: 'since', event: '2024-11-05', to: '2024-12-02' });
  });
  it('"its best day … in well over four years" reaches back to 2020 or earlier (was no number to check)', () => {
    const [r] = firsts(
      'Small caps posted their best day relative to the S&P 500 in well over four years on Thursday.',
      { to: '2024-12-05' },
    );
    assert.deepEqual(r.subjects, ['^RUT', '^GSPC']);
    assert.deepEqual(
      [r.record?.kind, r.record?.sinceYear, r.record?.orEarlier],
      ['biggest-since', 2020, true],
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../../../src/findings/article/amounts.ts';
import { comparatorFor, comparatorWordsBefore, signed } from '../../../src/findings/article/comparators.ts';
import { findQuantities } from '../../../src/findings/article/numbers.ts';
import { mulberry32 } from '../../../src/math/random.ts';

// SYNTHETIC: seeded random amounts (mulberry32), for property tests only.
const rand = mulberry32(20161108);

function spellings(millions: number): string[] {
  const bn = millions / 1000;
  const grouped = millions.toLocaleString('en-US');
  return [
    `$${bn}bn`,
    `$${bn} billion`,
    `${bn}bn`,
    `${bn} billion`,
    `$${grouped}m`,
    `$${grouped} million`,
    `${grouped} million`,
    `US$${bn}bn`,
    `USD ${bn}bn`,
  ];
}

describe('amounts of money parse to the same value in every accepted spelling', () => {
  it('6.5bn, 6.5 billion, $6,500m and 6,500 million are all 6.5e9', () => {
    for (const s of ['6.5bn', '6.5 billion', '$6,500m', '6,500 million', '$6.5bn', '$6.5 billion'])
      assert.equal(parseAmount(s).value, 6.5e9, s);
  });
  it('holds for 500 seeded random amounts (whole millions from $1m to $99,999m)', () => {
    for (let i = 0; i < 500; i++) {
      const millions = 1 + Math.floor(rand() * 99_999);
      const want = millions * 1e6;
      for (const s of spellings(millions)) {
        const got = parseAmount(s).value;
        assert.ok(Math.abs(got - want) < 1e-6 * want, `${s}: ${got} != ${want}`);
      }
    }
  });
  it('keeps the precision as written: "$6.5bn" is ± $0.05bn, "$6,500m" ± $0.5m', () => {
    assert.equal(parseAmount('$6.5bn').halfUnit, 0.05e9);
    assert.equal(parseAmount('$6,500m').halfUnit, 0.5e6);
    assert.equal(parseAmount('£2bn').currency, 'GBP');
    assert.equal(parseAmount('€1.25 billion').currency, 'EUR');
  });
  it('names the text that is not an amount', () => {
    assert.throws(() => parseAmount('six apples'), /not an amount of money: "six apples"/);
  });
});

describe('findQuantities reads percentages, points and money in a sentence', () => {
  it('reads "per cent", "percent", "%" as percent and keeps decimals', () => {
    for (const s of ['7.2 per cent', '7.2 percent', '7.2%', '7.2percent', '7.2 per cent']) {
      const [q] = findQuantities(`It rose ${s} since then`);
      assert.equal(q.value, 7.2, s);
      assert.equal(q.unit, 'percent', s);
      assert.equal(q.decimals, 1, s);
    }
  });
  it('reads points, percentage points and pp as pp, and basis points as pp / 100', () => {
    assert.equal(findQuantities('by 1.5 percentage points')[0].unit, 'pp');
    assert.equal(findQuantities('by 1.5pp')[0].value, 1.5);
    assert.equal(findQuantities('by 3 points')[0].unit, 'pp');
    const [bp] = findQuantities('by 150 basis points');
    assert.equal(bp.value, 1.5);
    assert.equal(bp.halfUnit, 0.05); // to the nearest ten basis points (thirty-eighth round)
    assert.equal(findQuantities('by 153 basis points')[0].halfUnit, 0.005);
  });
  it('reads number words and ranges', () => {
    assert.equal(findQuantities('gained six per cent')[0].value, 6);
    const [r] = findQuantities('between 3 and 4 per cent');
    assert.deepEqual([r.value, r.high], [3, 4]);
    const [h] = findQuantities('rose 3-4% last week');
    assert.deepEqual([h.value, h.high], [3, 4]);
  });
  it('reads index points as a move ("the Dow rose 300 points") and skips bare numbers ("2,000 companies")', () => {
    const [dow] = findQuantities('the Dow rose 300 points');
    assert.deepEqual([dow.unit, dow.value, dow.halfUnit], ['points', 300, 0.5]);
    const [small] = findQuantities('gained 10.29 points, or 0.6 percent');
    assert.deepEqual([small.unit, small.value], ['points', 10.29]);
    assert.equal(findQuantities('beat large caps by 3 points')[0].unit, 'pp');
    assert.equal(findQuantities('the index holds 2,000 companies in 2016').length, 0);
  });
  it('reads a minus sign as negative', () => {
    assert.equal(findQuantities('returned -2.1%')[0].value, -2.1);
    assert.equal(findQuantities('returned \u22122.1%')[0].value, -2.1);
  });
});

describe('comparator words map to intervals', () => {
  const cases: [string, string, number, object][] = [
    ['by more than 3 per cent', 'more than', 3, { kind: 'gt', lo: 3 }],
    ['by over 3 per cent', 'over', 3, { kind: 'gt', lo: 3 }],
    ['at least 3 per cent', 'at least', 3, { kind: 'gte', lo: 3 }],
    ['less than 3 per cent', 'less than', 3, { kind: 'lt', hi: 3 }],
    ['up to 3 per cent', 'up to', 3, { kind: 'lte', hi: 3 }],
    // about: ± max(10% of 7, 0.5) = ± 0.7
    ['about 7 per cent', 'about', 7, { kind: 'approx', lo: 6.3, hi: 7.7 }],
    ['around 7 per cent', 'around', 7, { kind: 'approx', lo: 6.3, hi: 7.7 }],
    ['roughly 7 per cent', 'roughly', 7, { kind: 'approx', lo: 6.3, hi: 7.7 }],
    ['some 7 per cent', 'some', 7, { kind: 'approx', lo: 6.3, hi: 7.7 }],
    // nearly/almost: [7 − 0.7, 7 + half a unit]
    ['nearly 7 per cent', 'nearly', 7, { kind: 'approx', lo: 6.3, hi: 7.5 }],
    ['almost 7 per cent', 'almost', 7, { kind: 'approx', lo: 6.3, hi: 7.5 }],
  ];
  for (const [text, words, s, want] of cases) {
    it(`"${text}" is ${JSON.stringify(want)}`, () => {
      const at = text.search(/\d/);
      const w = comparatorWordsBefore(text, at);
      assert.equal(w?.words, words);
      const c = comparatorFor(s, 0.5, w?.words);
      assert.deepEqual({ ...c, words: undefined }, { ...want, words: undefined });
    });
  }
  it('a bare number covers [x − half unit, x + half unit): 7.2 → [7.15, 7.25)', () => {
    assert.deepEqual(comparatorFor(7.2, 0.05), { kind: 'eq', lo: 7.15, hi: 7.25 });
  });
  it('a sign from the verb flips bounds: trailed by more than 4 → v < −4', () => {
    assert.deepEqual(signed({ kind: 'gt', lo: 4, words: 'more than' }, -1), {
      kind: 'lt',
      hi: -4,
      words: 'more than',
    });
    assert.deepEqual(signed({ kind: 'eq', lo: 3.5, hi: 4.5 }, -1), { kind: 'eq', lo: -4.5, hi: -3.5 });
  });
  it('about 8.6 is ± 0.86 (10% beats the half unit); about 0.2 is ± 0.05 (the half unit wins)', () => {
    assert.deepEqual(comparatorFor(8.6, 0.05, 'about'), {
      kind: 'approx',
      lo: 7.74,
      hi: 9.46,
      words: 'about',
    });
    assert.deepEqual(comparatorFor(0.2, 0.05, 'about'), {
      kind: 'approx',
      lo: 0.15,
      hi: 0.25,
      words: 'about',
    });
  });
});

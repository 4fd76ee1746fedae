import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparatorFor, signed } from '../../src/findings/article/comparators.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { ruleOf } from '../../src/findings/check.ts';
import type { Claim } from '../../src/findings/claim.ts';
import { statedWords, unitValue } from '../../src/findings/verdict-line.ts';
import { distanceOutside, plainRule, statedMatches } from '../../src/findings/verdict-rules.ts';

// The rules of docs/report.md, "Verdict rules", on hand-made numbers (no market data needed).
describe('statedMatches', () => {
  it('"7.2" covers [7.15, 7.25): it rounds to the number at the precision written', () => {
    const r = plainRule(7.2, 0.05);
    assert.equal(statedMatches(7.15, r), true);
    assert.equal(statedMatches(7.1499999999, r), true); // floating-point noise around the edge
    assert.equal(statedMatches(7.2499, r), true);
    assert.equal(statedMatches(7.25, r), false);
    assert.equal(statedMatches(7.149, r), false);
  });

  it('a negative number is mirrored (half away from zero): "−4" covers (−4.5, −3.5]', () => {
    const r = plainRule(-4, 0.5);
    assert.equal(statedMatches(-3.5, r), true);
    assert.equal(statedMatches(-4.49, r), true);
    assert.equal(statedMatches(-4.5, r), false);
    assert.equal(statedMatches(-3.49, r), false);
  });

  it('"more than 3 per cent" holds for 7.47 and 3.01, not for 3 or 2.9', () => {
    const r = ruleOf({ stated: 3, tolerance: 0, comparator: comparatorFor(3, 0.5, 'more than') });
    assert.equal(statedMatches(7.47, r), true);
    assert.equal(statedMatches(3.01, r), true);
    assert.equal(statedMatches(3, r), false);
    assert.equal(statedMatches(2.9, r), false);
  });

  it('signs come from the verb: "trailed by more than 4 per cent" holds for −4.6, not for −3 or +5', () => {
    const r = ruleOf({
      stated: -4,
      tolerance: 0,
      comparator: signed(comparatorFor(4, 0.5, 'more than'), -1),
    });
    assert.equal(statedMatches(-4.6, r), true);
    assert.equal(statedMatches(-3, r), false);
    assert.equal(statedMatches(5, r), false);
  });

  it('"at least", "less than", "up to" and ranges', () => {
    assert.equal(
      statedMatches(3, ruleOf({ stated: 3, tolerance: 0, comparator: comparatorFor(3, 0.5, 'at least') })),
      true,
    );
    assert.equal(
      statedMatches(
        2.99,
        ruleOf({ stated: 3, tolerance: 0, comparator: comparatorFor(3, 0.5, 'less than') }),
      ),
      true,
    );
    assert.equal(
      statedMatches(3, ruleOf({ stated: 3, tolerance: 0, comparator: comparatorFor(3, 0.5, 'less than') })),
      false,
    );
    assert.equal(
      statedMatches(3, ruleOf({ stated: 3, tolerance: 0, comparator: comparatorFor(3, 0.5, 'up to') })),
      true,
    );
    const range = ruleOf({ stated: 3.5, tolerance: 0, comparator: comparatorFor(3, 0.5, undefined, 4) }); // "3-4%"
    assert.equal(statedMatches(2.5, range), true);
    assert.equal(statedMatches(4.49, range), true);
    assert.equal(statedMatches(4.5, range), false);
  });

  it('approximate words: "about 7" covers 7 ± 10% (6.3 to 7.7); "nearly 7" covers 6.3 up to 7.5', () => {
    const about = ruleOf({ stated: 7, tolerance: 0.7, comparator: comparatorFor(7, 0.5, 'about') });
    assert.equal(statedMatches(6.3, about), true);
    assert.equal(statedMatches(7.7, about), true);
    assert.equal(statedMatches(7.8, about), false);
    const nearly = ruleOf({ stated: 7, tolerance: 0.7, comparator: comparatorFor(7, 0.5, 'nearly') });
    assert.equal(statedMatches(6.4, nearly), true);
    assert.equal(statedMatches(7.4, nearly), true);
    assert.equal(statedMatches(7.6, nearly), false);
  });

  it('distanceOutside ranks conventions by how far they miss: 8 misses "7.2" by 0.75', () => {
    assert.ok(Math.abs(distanceOutside(8, plainRule(7.2, 0.05)) - 0.75) < 1e-12);
    assert.equal(distanceOutside(7.2, plainRule(7.2, 0.05)), 0);
  });
});

describe('a stated fraction in words, as the line prints it', () => {
  const read = (text: string) =>
    readArticle(text, { event: '2016-11-08', to: '2016-12-30' })[0].claims[0].readings[0] as Claim;

  it('"nearly a third" reads as written with its value in brackets, and computed values get 2 decimals', () => {
    const c = read('In 2016 as a whole, the smallest tenth of US stocks returned nearly a third.');
    assert.equal(statedWords(c), 'nearly a third (33.33%)');
    // 17.1134… (hand: any value) prints with 2 decimals, one more than the words' none, floored at 2.
    assert.equal(unitValue(c, 17.11342), '17.11%');
  });

  it('"7.2 per cent" keeps its digits: 7.2% and computed values with one more (7.23%)', () => {
    const c = read('The Russell 2000 has risen 7.2 per cent since the election.');
    assert.equal(statedWords(c), '7.2%');
    assert.equal(unitValue(c, 7.2345), '7.23%');
  });
});

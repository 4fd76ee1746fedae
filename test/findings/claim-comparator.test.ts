import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reproduceCommand } from '../../src/findings/check-command.ts';
import { comparatorYaml, readComparator } from '../../src/findings/claim-comparator.ts';
import { parseClaims } from '../../src/findings/claim-file.ts';
import { ruleOf } from '../../src/findings/verdict-rules.ts';
import { funds, sentenceReader } from '../helpers/article-reader.ts';

const { claims } = sentenceReader({ event: '2016-06-23', to: '2016-06-28', funds });

describe('a claim file keeps the sentence’s bound (comparator)', () => {
  it('reads {kind, lo, hi} and names a bad value', () => {
    assert.deepEqual(readComparator({ kind: 'gt', lo: 1.5 }, 'claim 1'), { kind: 'gt', lo: 1.5 });
    assert.deepEqual(readComparator(undefined, 'claim 1'), undefined);
    assert.throws(
      () => readComparator({ kind: 'above', lo: 1 }, 'claim 1'),
      /claim 1: invalid comparator kind "above"/,
    );
    assert.throws(
      () => readComparator({ kind: 'lt' }, 'claim 2'),
      /claim 2: comparator lt needs a number hi, got undefined/,
    );
    assert.throws(
      () => readComparator({ kind: 'range', lo: 3, hi: 2 }, 'c'),
      /c: comparator lo 3 is above hi 2/,
    );
    assert.throws(() => readComparator('gt', 'c'), /c: invalid comparator "gt"/);
  });
  it('the reproducing command of "lost more than 5 percent" round-trips to the same rule (lt −5)', () => {
    const [c] = claims('The Russell 2000 lost more than 5 percent in the two sessions after the vote.');
    const cmd = reproduceCommand(c);
    assert.match(cmd, /stated: "-5%", comparator: \{kind: lt, hi: -5\}/);
    const mapping = /--claim '(.*)'$/.exec(cmd)?.[1] ?? '';
    const [back] = parseClaims(`- ${mapping}`);
    assert.deepEqual(ruleOf(back), ruleOf(c));
  });
  it('a plain number writes no comparator: "rose 1.6 percent on Tuesday"', () => {
    const [c] = claims('The Russell 2000 rose 1.6 percent on Tuesday.');
    assert.equal(comparatorYaml(c.comparator), '');
    assert.doesNotMatch(reproduceCommand(c), /comparator/);
  });
});

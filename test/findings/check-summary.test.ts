/**
 * The closing line of `capgap check`: the sentences, then the verdicts in a fixed order. The verdicts are
 * claims' (or sentences' with no claim read), so the line must not read them as counts of sentences
 * ("4 sentences: 4 cannot check" said of an article with 7 claims, 4 of them unchecked).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summaryLine } from '../../src/findings/check-render.ts';

const sentences = (n: number) => Array.from({ length: n }, () => ({})) as never[];

describe('summaryLine(check) says sentences, then verdicts', () => {
  it('orders the verdicts supported, another convention, not supported, cannot check', () => {
    const line = summaryLine({
      sentences: sentences(4),
      summary: { 'cannot check': 3, 'not supported': 3, 'supported under another convention': 1 },
    });
    assert.equal(
      line,
      '4 sentences; verdicts: 1 supported under another convention, 3 not supported, 3 cannot check',
    );
  });
  it('puts a verdict outside the order last and drops zero counts', () => {
    const line = summaryLine({
      sentences: sentences(1),
      summary: { 'not a quantitative claim': 2, supported: 1, 'not supported': 0 },
    });
    assert.equal(line, '1 sentence; verdicts: 1 supported, 2 not a quantitative claim');
  });
  it('says "nothing to check" when no sentence has a verdict', () => {
    assert.equal(summaryLine({ sentences: [], summary: {} }), '0 sentences: nothing to check');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_SENTENCE } from '../../src/findings/article/not-read.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { check, OPTS, PIECES } from '../helpers/hostile-check.ts';

// Hostile or odd text never crashes the checker (the pieces and the synthetic evaluator: test/helpers/hostile-check.ts).
describe('hostile or odd text never crashes the checker', () => {
  it('any mix of newsroom pieces, typography, entities and markup gives statuses and verdicts (fast-check, seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) =>
        check(parts.join('')),
      ),
      { seed: 20161108, numRuns: 300 },
    );
  });

  it('any unicode string gives statuses and verdicts (fast-check, seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), (t) => check(t)),
      { seed: 42, numRuns: 300 },
    );
  });

  it('reads empty text, blank lines and a table pasted as text without error', async () => {
    for (const t of [
      '',
      ' ',
      '\n\n\n',
      '\u00a0\u2009',
      '| Index | 1d |\n|---|---|\n| Russell 2000 | 3.1% |\n| S&P 500 | 1.1% |',
    ])
      await check(t);
    assert.deepEqual(readArticle('', OPTS), []);
  });

  it(`does not read a "sentence" longer than ${MAX_SENTENCE} characters (a 100 kB paragraph without full stops)`, {
    timeout: 120_000,
  }, async () => {
    const text =
      'the Russell 2000 rose 3.1% since the election and small caps beat large caps by 2 points '.repeat(
        1200,
      );
    const [s] = readArticle(text, OPTS);
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /characters \(more than 2,000\): not read/);
    await check(text);
  });

  it('reads unicode minus signs, no-break spaces and smart quotes as their plain forms', () => {
    const [s] = readArticle('The Russell\u00a02000 fell \u22122.4% on Friday, \u201cthe worst day\u201d.', {
      ...OPTS,
      to: '2016-11-11',
    });
    assert.equal(s.status, 'claims');
    assert.equal(s.claims[0].readings[0].stated, -2.4);
  });
});

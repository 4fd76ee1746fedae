import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { prepareArticle } from '../../src/findings/article/prepare.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { MAX_SENTENCE } from '../../src/findings/article/read-sentence.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import type { Evaluator } from '../../src/findings/evaluator.ts';

// Hostile or odd text never crashes the checker: any string gives every sentence a status and every claim
// a verdict. The evaluator is synthetic (labelled as such): every metric answers +5% over the claim's
// window, so the verdict rules run on whatever the reader made of the text; no market data is involved.
const synthetic = async () => ({
  value: 0.05,
  from: '2016-11-08',
  to: '2016-11-15',
  description: 'synthetic +5% (property test)',
  provenance: { datasets: [] },
});
const evaluator: Evaluator = {
  return: synthetic,
  'excess-return': synthetic,
  spread: synthetic,
  flow: synthetic,
  record: async () => ({ cannot: 'synthetic: no records' }),
  rank: async () => ({ cannot: 'synthetic: no ranks' }),
};
const OPTS = { event: '2016-11-08', to: '2016-11-15' };
const STATUSES = new Set(['claims', 'not a quantitative claim', 'unreadable']);
const VERDICTS = new Set([
  'supported',
  'supported under another convention',
  'not supported',
  'cannot check',
  'ambiguous',
  'not a quantitative claim',
]);

/** Pieces newsroom text and pastes are made of: numbers, units, names, windows, typography, markup. */
const PIECES = [
  'The Russell 2000',
  'the S&P 500',
  'small caps',
  'large-cap ETFs',
  'IWM',
  'the smallest decile',
  'European small caps',
  ' rose ',
  ' fell ',
  ' outperformed ',
  ' trailed ',
  ' by ',
  ' took in ',
  ' since the election',
  ' on Friday',
  ' in the week to Wednesday',
  ' month to date',
  ' in 2016',
  ', its best week since 2011',
  ' the most since',
  '3.1%',
  '\u22122.4%',
  '550bp',
  '1.5 percentage points',
  '$6.5bn',
  '6.5bn dollars',
  'between 2% and 3%',
  'a fifth',
  'nearly doubled',
  'was flat',
  '30.77 points, or 2.5 percent,',
  '1,282.38',
  '2,400',
  '10-year',
  '3% inflation',
  '\u00a0',
  '\u2009',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '&nbsp;',
  '&amp;',
  '&#8722;',
  '&lt;td&gt;',
  '<b>',
  '</p>',
  '|',
  '\t',
  '\n',
  '\n\n',
  '. ',
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  "'",
  '-',
  '\u2013',
  '\u2014',
  '•',
  '# ',
  '1. ',
  '\u0000',
  '\ufeff',
  '\u200b',
  '\ud83d\udcc8',
  'é',
  '\u202e',
  '%',
  '$',
  '£',
  '€',
  'bn',
  'pp',
  'bps',
  ' ',
];

function check(text: string): Promise<void> {
  const sentences = readArticle(text, OPTS);
  for (const s of sentences) {
    assert.ok(STATUSES.has(s.status), `status ${s.status}`);
    assert.ok(
      s.span.start >= 0 && s.span.end <= text.length && s.span.start <= s.span.end,
      'span in the text',
    );
  }
  return checkArticle(sentences, evaluator, { asOf: OPTS.to }).then((r) => {
    assert.equal(r.sentences.length, sentences.length);
    for (const s of r.sentences)
      for (const c of s.claims) assert.ok(VERDICTS.has(c.verdict), `verdict ${c.verdict}`);
  });
}

describe('hostile or odd text never crashes the checker', () => {
  it('any mix of newsroom pieces, typography, entities and markup gives statuses and verdicts (fast-check, seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) =>
        check(parts.join('')),
      ),
      { seed: 20161108, numRuns: 300 },
    );
  });

  it('any mix of pieces and markup pasted as HTML, Markdown or text gives statuses and verdicts (fast-check, seeded)', async () => {
    const markup = [
      ...PIECES,
      '<p>',
      '<table><tr><td>',
      '</td><td>',
      '<th>Friday</th>',
      '<li>',
      '<h2>',
      '<script>',
      '<!--',
      '<div hidden>',
      '| ',
      '\n|---|---|\n',
      '[^1]',
      '[a](',
      '**',
      '> ',
      'Updated Nov. 10, 2016',
      'By Dana Whitcombe',
      'Read more: ',
      '\r\n',
      '  ',
      'YTD',
      'Q4',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...markup), { maxLength: 60 }),
        fc.constantFrom('html' as const, 'markdown' as const, 'text' as const),
        (parts, format) => check(prepareArticle(parts.join(''), { format, event: OPTS.event }).text),
      ),
      { seed: 20161110, numRuns: 300 },
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

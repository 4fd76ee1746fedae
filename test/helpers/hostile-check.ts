/**
 * What the hostile-text property tests share (test/findings/hostile-*.test.ts): the pieces hostile text is
 * made of and `check`, which reads a text and checks it with a synthetic evaluator, asserting that every
 * sentence has a status and every claim a verdict.
 */
import assert from 'node:assert/strict';
import { readArticle } from '../../src/findings/article/read.ts';
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
export const evaluator: Evaluator = {
  return: synthetic,
  'excess-return': synthetic,
  spread: synthetic,
  flow: synthetic,
  record: async () => ({ cannot: 'synthetic: no records' }),
  rank: async () => ({ cannot: 'synthetic: no ranks' }),
};
export const OPTS = { event: '2016-11-08', to: '2016-11-15' };
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
export const PIECES = [
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
  // Sixth round: parallel windows, shared subjects, yearless datelines, period columns, stacked headers.
  ' on the day and ',
  ' over the week',
  ' and the S&P 500 each ',
  ' both ',
  'NEW YORK, Nov 10 (Reuters) - ',
  'the 2016 election',
  'Nov. 8, 2016',
  '1M',
  '52-week',
  'Since 11/8',
  'Since 13/13',
  '   ',
  '                 return   ',
];

export function check(text: string): Promise<void> {
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

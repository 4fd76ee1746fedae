import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../../src/findings/article/split.ts';
import { mulberry32 } from '../../../src/math/random.ts';

const texts = (s: string) => splitSentences(s).map((p) => p.text);

describe('splitSentences', () => {
  it('does not end sentences at abbreviations or decimals', () => {
    assert.deepEqual(
      texts(
        'U.S. stocks rose 7.2 per cent after Nov. 8 as Mr. Trump won. Acme Inc. and St. James’s Place fell. The Dow rose.',
      ),
      [
        'U.S. stocks rose 7.2 per cent after Nov. 8 as Mr. Trump won.',
        'Acme Inc. and St. James’s Place fell.',
        'The Dow rose.',
      ],
    );
  });
  it('keeps a quotation with its sentence and ends after a closing quote', () => {
    assert.deepEqual(texts('“Small caps are cheap. They will rally,” said Ms. Lee. Flows rose.'), [
      '“Small caps are cheap. They will rally,” said Ms. Lee.',
      'Flows rose.',
    ]);
    assert.deepEqual(texts('He said: "It is over." Then it fell.'), [
      'He said: "It is over."',
      'Then it fell.',
    ]);
  });
  it('reads a line with no final stop as a headline, and bullets and paragraphs as their own pieces', () => {
    const p = splitSentences(
      'Small caps surge after Trump win\n\nThe index rose. It fell\nlater.\n\n- IWM rose 3%\n- SPY fell 1%.\n',
    );
    assert.deepEqual(
      p.map((x) => [x.form, x.text]),
      [
        ['headline', 'Small caps surge after Trump win'],
        ['sentence', 'The index rose.'],
        ['sentence', 'It fell\nlater.'],
        ['bullet', '- IWM rose 3%'],
        ['bullet', '- SPY fell 1%.'],
      ],
    );
  });
  it('gives offsets into the article: text === article.slice(start, end)', () => {
    const a = '# Title\n\nOne rose 3%. Two fell 2%.';
    for (const p of splitSentences(a)) assert.equal(a.slice(p.start, p.end), p.text);
  });
});

// SYNTHETIC: seeded random articles built from newsroom fragments, for the property test only.
const FRAGMENTS = [
  'The Russell 2000 rose 7.2 per cent.',
  'U.S. small caps gained 3.5% on Nov. 9.',
  'Mr. Smith of Acme Inc. said so.',
  '“Small caps are cheap. Buy them,” she said.',
  'Shares in St. Louis fell 1.25 per cent!',
  'Is this the top?',
  'The S&P 500 delivered 1.6 per cent, whereas the Dow fell.',
  'e.g. the fund drew $6.5bn',
  '(The index is up 3%.)',
  'Flows hit $1,250m in the week to Nov. 11.',
];
const SEPARATORS = [' ', '  ', '\n', '\n\n', '\n- ', '\n\n# ', '\n1. ', ' \t'];

describe('splitSentences never loses or duplicates a character (property)', () => {
  it('the sentences, concatenated, give back the text modulo white space, in 300 seeded articles', () => {
    const rand = mulberry32(42);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const k = 1 + Math.floor(rand() * 12);
      for (let i = 0; i < k; i++) text += (i ? pick(SEPARATORS) : '') + pick(FRAGMENTS);
      const pieces = splitSentences(text);
      const joined = pieces.map((p) => p.text).join('');
      assert.equal(joined.replace(/\s/g, ''), text.replace(/\s/g, ''), JSON.stringify(text));
      let last = 0;
      for (const p of pieces) {
        assert.ok(p.start >= last && p.end > p.start, `spans in order: ${JSON.stringify(text)}`);
        assert.equal(text.slice(p.start, p.end), p.text);
        last = p.end;
      }
    }
  });
});

describe('a block of 150,000 short figure lines (a hostile paste)', () => {
  it('splits into one piece a line and a last sentence, without overflowing the stack', () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => `IWM +${i % 9}.1%`);
    const text = `${lines.join('\n')}\nThe Russell 2000 rose 2% on Monday, a long line that sets the block's width.`;
    const got = splitSentences(text);
    assert.equal(got.length, 150_001);
    assert.deepEqual([got[0].text, got[149_999].text], ['IWM +0.1%', `IWM +${149_999 % 9}.1%`]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasHidden, MESSAGE_MAX, QUOTE_MAX, quote, safeMessage } from '../src/quote.ts';

// Expected strings written by hand from the rules in src/quote.ts's header (escapes as JavaScript source
// spells them; lengths counted in UTF-16 units as String.prototype.length does).
const TABLE: [what: string, input: string, expected: string][] = [
  ['a plain value, as JSON.stringify writes it', '2016-02-30', '"2016-02-30"'],
  ['the empty string', '', '""'],
  ['a quote and a backslash, escaped as JSON does', 'a"b\\c', '"a\\"b\\\\c"'],
  ['right-to-left override U+202E', '\u202e1', '"\\u202E1"'],
  [
    'left-to-right mark U+200E and isolate U+2066..U+2069',
    '\u200ex\u2066y\u2069',
    '"\\u200Ex\\u2066y\\u2069"',
  ],
  ['Arabic letter mark U+061C', 'a\u061cb', '"a\\u061Cb"'],
  ['NUL, bell, escape (C0 controls)', '1\u00002\u0007\u001b[31m', '"1\\u00002\\u0007\\u001B[31m"'],
  ['newline, carriage return and tab, short escapes', 'a\nb\rc\td', '"a\\nb\\rc\\td"'],
  ['DEL and a C1 control (U+009B, CSI)', '\u007f\u009b', '"\\u007F\\u009B"'],
  ['zero-width space and joiner, BOM', '\u200b\u200d\ufeff', '"\\u200B\\u200D\\uFEFF"'],
  ['line and paragraph separators', '\u2028\u2029', '"\\u2028\\u2029"'],
  ['a lone surrogate', 'x\ud800y', '"x\\uD800y"'],
  ['a tag character beyond U+FFFF', '\u{e0041}', '"\\u{E0041}"'],
  ['unicode that shows as itself is kept', 'é 𝟚𝟘 ２０', '"é 𝟚𝟘 ２０"'],
  ['exactly 80 characters is not cut', 'x'.repeat(80), `"${'x'.repeat(80)}"`],
  ['81 characters are cut to 80 with the length', 'x'.repeat(81), `"${'x'.repeat(80)}…" (81 characters)`],
  ['a megabyte value', '9'.repeat(1_048_576), `"${'9'.repeat(80)}…" (1048576 characters)`],
  [
    'escapes count toward the 80: 14 overrides are 84 characters escaped, so 13 are shown',
    '\u202e'.repeat(14),
    `"${'\\u202E'.repeat(13)}…" (14 characters)`,
  ],
  ['an emoji is never split in two', `${'x'.repeat(79)}😀`, `"${'x'.repeat(79)}…" (81 characters)`],
];

describe('quote(value): the one way an error message shows a user value (src/quote.ts)', () => {
  for (const [what, input, expected] of TABLE) {
    it(`quote: ${what}`, () => {
      const q = quote(input);
      assert.equal(q, expected);
      assert.equal(hasHidden(q), false);
      assert.ok(q.length <= QUOTE_MAX + 30, `${q.length}`);
    });
  }
  it('quotes non-strings by their String() form', () => {
    assert.equal(quote(12.5), '"12.5"');
    assert.equal(quote(undefined), '"undefined"');
  });
  it('takes another limit for longer values (a header)', () => {
    assert.equal(quote('Date,Open,High', 9), '"Date,Open…" (14 characters)');
  });
});

describe('safeMessage(message): a whole message made safe at its edge (CLI, HTTP)', () => {
  it('escapes hidden characters everywhere in the message, quoted or not', () => {
    assert.equal(safeMessage('file\u202egpj.csv:3: bad\nline'), 'file\\u202Egpj.csv:3: bad\\nline');
  });
  it('leaves a plain message as it is', () => {
    const m = 'a.csv:12: column "Close": unparseable number "1,2x"';
    assert.equal(safeMessage(m), m);
  });
  it(`cuts a message past ${MESSAGE_MAX} characters, saying how long it was`, () => {
    const m = safeMessage(`x${'y'.repeat(5000)}`);
    assert.equal(m.length, MESSAGE_MAX);
    assert.ok(m.endsWith(' … (5001 characters)'), m.slice(-40));
    assert.ok(m.startsWith('xyyy'));
  });
  it('never leaves half a surrogate pair at the cut', () => {
    const m = safeMessage('😀'.repeat(2000));
    assert.equal(hasHidden(m.replace(/ … \(\d+ characters\)$/, '')), false);
  });
});

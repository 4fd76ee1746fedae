import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseClaimLines, parseClaimText, parseDatePhrase } from '../../src/findings/claim-grammar.ts';

const opts = { event: '2016-11-08' };

function claims(text: string, o = opts) {
  const r = parseClaimText(text, o);
  if ('ambiguous' in r) assert.fail(`ambiguous: ${r.ambiguous}`);
  return r.claims;
}

function ambiguous(text: string, o: { event?: string } = opts): string {
  const r = parseClaimText(text, o);
  assert.ok('ambiguous' in r, `expected ambiguous: ${text}`);
  return r.ambiguous;
}

describe('parseClaimText reads the claim forms', () => {
  it('reads "index X returned Y% since EVENT through DATE" with the stated number and its rounding tolerance', () => {
    const [c] = claims('The Russell 2000 has returned 8.95% since the election, through Nov. 15, 2016.');
    assert.equal(c.metric, 'return');
    assert.deepEqual(c.subjects, ['^RUT']);
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-15' });
    assert.equal(c.stated, 8.95);
    assert.equal(c.unit, 'percent');
    assert.equal(c.tolerance, 0.005); // half a unit of the last written digit (8.95 → ±0.005)
  });

  it('reads our own article sentence back, comparison included, as two claims on the same window', () => {
    const cs = claims(
      'The Russell 2000 has returned 9.0% since the election (through Nov. 15, 2016), against 1.9% for the S&P 500.',
    );
    assert.equal(cs.length, 2);
    assert.deepEqual(
      cs.map((c) => [c.subjects[0], c.stated]),
      [
        ['^RUT', 9],
        ['^GSPC', 1.9],
      ],
    );
    assert.deepEqual(cs[1].window, cs[0].window);
  });

  it('words a fall as a negative stated value', () => {
    const [c] = claims('XLU fell 2.3% over the first five sessions after Nov. 8, 2016');
    assert.equal(c.stated, -2.3);
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 5 });
  });

  it('reads "the smallest N% beat the largest N% by Y" in a month and since an event', () => {
    const [m] = claims(
      'The smallest 10% of stocks beat the largest 10% by 6.3 percentage points in November 2016',
    );
    assert.equal(m.metric, 'spread');
    assert.deepEqual(m.subjects, ['Lo 10', 'Hi 10']);
    assert.deepEqual(m.window, { kind: 'month', month: '2016-11' });
    assert.equal(m.unit, 'pp');
    const [d] = claims(
      'the smallest 30% trailed the largest 30% by 1.5% since the election through 2016-11-11',
    );
    assert.deepEqual(d.subjects, ['Lo 30', 'Hi 30']);
    assert.equal(d.stated, -1.5);
  });

  it('reads "bucket beat/trailed the market by Y% over K days" with the event from --event', () => {
    const [c] = claims('The smallest decile beat the market by 6.2% over the first three days');
    assert.equal(c.metric, 'excess-return');
    assert.deepEqual(c.subjects, ['Lo 10']);
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 3 });
    const [s] = claims('The largest 20% trailed the S&P 500 by 0.5 pp over 3 days after the election');
    assert.deepEqual(s.subjects, ['Hi 20']);
    assert.equal(s.stated, -0.5);
    assert.equal(s.conventions.market, '^GSPC');
  });

  it('reads "category flows of $X in a week" and outflows as negative', () => {
    const [c] = claims('Small-cap ETFs took in inflows of $1.2 billion in the week after the election');
    assert.equal(c.metric, 'flow');
    assert.deepEqual(c.subjects, ['US small cap']);
    assert.equal(c.stated, 1.2e9);
    assert.deepEqual(c.window, { kind: 'week', event: '2016-11-08' });
    const [o] = claims('Large-cap funds saw outflows of $350 million in the week ended Nov. 11, 2016');
    assert.equal(o.stated, -3.5e8);
    assert.deepEqual(o.window, { kind: 'week', weekEnd: '2016-11-11' });
  });
});

describe('parseClaimText reports ambiguity instead of guessing', () => {
  it('"small caps" names no size portfolio', () => {
    assert.match(ambiguous('Small caps beat the market by 6% over three days'), /names no size portfolio/);
  });
  it('a named event without --event', () => {
    assert.match(ambiguous('The Russell 2000 has returned 9% since the election', {}), /no --event DATE/);
  });
  it('a size group French does not publish', () => {
    assert.match(
      ambiguous('The smallest 15% beat the largest 15% by 3% in November 2016'),
      /no French size portfolio/,
    );
  });
  it('an unknown subject and an unreadable sentence', () => {
    assert.match(ambiguous('Widgets rallied 4% since the election'), /known index or fund/);
    assert.match(ambiguous('Stocks did well after the vote'), /does not match any claim form/);
  });
  it('flows "in a week" with no week and no event', () => {
    assert.match(ambiguous('Small-cap flows of $2 billion in a week', {}), /not which week/);
  });
});

describe('parseDatePhrase and parseClaimLines', () => {
  it('reads ISO, AP-style and day-first dates and rejects impossible ones', () => {
    assert.equal(parseDatePhrase('Nov. 8, 2016'), '2016-11-08');
    assert.equal(parseDatePhrase('8 November 2016'), '2016-11-08');
    assert.equal(parseDatePhrase('2016-11-08'), '2016-11-08');
    assert.equal(parseDatePhrase('Feb. 30, 2016'), null);
  });
  it('skips blank and # lines and numbers the rest', () => {
    const r = parseClaimLines(
      '# claims\n\nIWM rose 4.7% since Nov. 8, 2016 through Nov. 10, 2016\nnonsense here\n',
    );
    assert.equal(r.length, 2);
    assert.ok('claims' in r[0] && r[0].claims[0].id === 'line-1');
    assert.ok('ambiguous' in r[1]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferEvent } from '../../src/findings/article/event-infer.ts';
import { prepareArticle } from '../../src/findings/article/prepare.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';

// An article about a Fed decision, with no --event: the decision is the latest change to the rate target
// (src/events/event-sets-fomc.ts; the public record: the FOMC cut by 50 bp on Wednesday 18 Sept 2024 at
// 14:00 New York, and by 25 bp on Thursday 7 Nov 2024, two days after the election).
describe('the Fed decision an article means', () => {
  it('"the Federal Reserve cut interest rates" in a 19 Sept 2024 article is the 18 Sept cut', () => {
    const e = inferEvent(
      'Small caps rallied a day after the Federal Reserve cut interest rates.',
      '2024-09-19',
    );
    assert.equal(e?.date, '2024-09-18');
    assert.equal(e?.words, 'the Federal Reserve cut interest rates');
  });
  it('"the Fed\'s decision" is a change within a week; a month later it names none (a hold is not in the set)', () => {
    assert.equal(inferEvent("Stocks rose after the Fed's decision.", '2024-09-20')?.date, '2024-09-18');
    assert.equal(inferEvent("Stocks rose after the Fed's decision.", '2024-10-20'), null);
    assert.equal(inferEvent("the Fed's half-point cut", '2024-10-20')?.date, '2024-09-18');
  });
  it('an election story that mentions the Fed keeps its election', () => {
    const text = 'Small caps have jumped since the election, and the Fed cut rates on Thursday.';
    assert.equal(inferEvent(text, '2024-11-08')?.date, '2024-11-05');
    assert.equal(inferEvent('The Fed cut rates on Thursday.', '2024-11-08')?.date, '2024-11-07');
  });
  it('"the Fed held rates steady" names no event', () => {
    assert.equal(inferEvent('The Fed held rates steady on Wednesday.', '2024-08-01'), null);
  });
});

describe('"since the Fed decision" counts from the close before the decision day', {
  skip: NO_EMBEDDED,
}, () => {
  const data = embeddedEvaluator();
  it('the Russell 2000 since the 18 Sept 2024 cut, to 19 Sept (^RUT hand: 2252.71 / 2205.48 − 1 = 2.14%)', async () => {
    const text =
      'NEW YORK, Sept 19, 2024 (Reuters) - Small caps rallied a day after the Federal Reserve cut interest rates.\n\nSince the Fed decision, the Russell 2000 has climbed 2.1%.';
    const p = prepareArticle(text);
    assert.deepEqual([p.to, p.event], ['2024-09-19', '2024-09-18']);
    const res = await checkArticle(readArticle(p.text, { event: p.event, to: p.to }), data.ev, {
      asOf: p.to,
    });
    const v = res.sentences[1].claims[0].readings[0];
    // yfinance/^RUT closes in data/bars.parquet: 2024-09-17 2205.47998046875, 2024-09-19 2252.7099609375.
    const hand = (2252.7099609375 / 2205.47998046875 - 1) * 100;
    assert.ok(Math.abs(v.computed!.value - hand) < 1e-9, String(v.computed!.value));
    assert.equal(v.verdict, 'supported');
  });
});

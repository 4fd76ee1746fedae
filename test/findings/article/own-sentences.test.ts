import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import {
  excessReturnFinding,
  flowFinding,
  type ReportEvent,
  returnFinding,
  spreadFinding,
} from '../../../src/findings/build.ts';
import type { Finding } from '../../../src/findings/finding.ts';
import { pct } from '../../../src/findings/format.ts';
import { sentenceFor } from '../../../src/findings/sentences.ts';
import { mulberry32 } from '../../../src/math/random.ts';

// Every sentence capgap writes for a finding reads back into claims stating the numbers it printed.
// SYNTHETIC: the finding values are seeded random numbers (mulberry32), not market data; the test is
// about wording, not about markets.
const event: ReportEvent = {
  date: '2016-11-08',
  name: '2016 US presidential election',
  short: 'the election',
  t0Date: '2016-11-09',
  baseDate: '2016-11-08',
};
const data = [{ name: 'synthetic' }];
const rand = mulberry32(1108);
const ret = () => Math.round((rand() * 0.3 - 0.15) * 1e5) / 1e5;

/** The magnitude a sentence prints (format.ts's pct, the same digits as pp): "9.0%" → 9, "0.04%" → 0.04. */
function printed(v: number): number {
  return Number.parseFloat(pct(v));
}

function read(f: Finding) {
  const text = sentenceFor(f);
  const [s] = readArticle(text, { event: event.date, to: '2016-11-15' });
  assert.equal(s.status, 'claims', `${text}: ${s.reason}`);
  return { text, claims: s.claims.map((c) => c.readings[0]) };
}

describe("capgap's own finding sentences read back (property, 200 seeded findings per form)", () => {
  it('returns since the event, against another index', () => {
    for (let i = 0; i < 200; i++) {
      const [a, b] = [ret(), ret()];
      if (printed(a) === 0 || printed(b) === 0) continue;
      const f = returnFinding({
        id: '^RUT',
        value: a,
        from: '2016-11-08',
        to: '2016-11-15',
        basis: 'price index',
        data,
        event,
        against: { id: '^GSPC', value: b },
      });
      const { text, claims } = read(f);
      assert.deepEqual(
        claims.map((c) => [c.metric, c.subjects, c.stated]),
        [
          ['return', ['^RUT'], Math.sign(a) * printed(a)],
          ['return', ['^GSPC'], Math.sign(b) * printed(b)],
        ],
        text,
      );
      assert.deepEqual(claims[1].window, { kind: 'since', event: '2016-11-08', to: '2016-11-15' }, text);
    }
  });
  it('returns over K sessions', () => {
    for (let i = 0; i < 200; i++) {
      const a = ret();
      const days = 1 + (i % 5);
      if (printed(a) === 0) continue;
      const f = returnFinding({
        id: 'IWM',
        value: a,
        from: '2016-11-08',
        to: '2016-11-15',
        days,
        basis: 'price',
        data,
        event,
      });
      const { text, claims } = read(f);
      assert.deepEqual(
        claims.map((c) => [c.subjects, c.stated, c.window]),
        [[['IWM'], Math.sign(a) * printed(a), { kind: 'sessions', event: '2016-11-08', sessions: days }]],
        text,
      );
    }
  });
  it('a size group against the market, with both legs', () => {
    for (let i = 0; i < 200; i++) {
      const [own, market] = [ret(), ret()];
      const v = own - market;
      if (printed(v) === 0 || printed(own) === 0 || printed(market) === 0) continue;
      const portfolio = ['Lo 10', 'Hi 10', 'Lo 20', 'Hi 30'][i % 4];
      const f = excessReturnFinding({
        portfolio,
        value: own,
        market,
        window: [0, 2],
        from: '2016-11-08',
        to: '2016-11-11',
        weighting: 'value',
        data,
        event,
      });
      const { text, claims } = read(f);
      assert.deepEqual(
        claims.map((c) => [c.metric, c.subjects, c.stated]),
        [
          ['excess-return', [portfolio], Math.sign(v) * printed(v)],
          ['return', [portfolio], Math.sign(own) * printed(own)],
          ['return', ['market'], Math.sign(market) * printed(market)],
        ],
        text,
      );
    }
  });
  it('monthly spreads of the smallest against the largest group, with both legs', () => {
    for (let i = 0; i < 200; i++) {
      const [s, l] = [ret(), ret()];
      if (printed(s - l) === 0 || printed(s) === 0 || printed(l) === 0) continue;
      const n = [10, 20, 30][i % 3];
      const f = spreadFinding({
        small: `Lo ${n}`,
        large: `Hi ${n}`,
        smallValue: s,
        largeValue: l,
        month: '2016-11',
        weighting: 'value',
        data,
      });
      const { text, claims } = read(f);
      assert.deepEqual(
        claims.map((c) => [c.metric, c.subjects, c.stated, c.window]),
        [
          [
            'spread',
            [`Lo ${n}`, `Hi ${n}`],
            Math.sign(s - l) * printed(s - l),
            { kind: 'month', month: '2016-11' },
          ],
          ['return', [`Lo ${n}`], Math.sign(s) * printed(s), { kind: 'month', month: '2016-11' }],
          ['return', [`Hi ${n}`], Math.sign(l) * printed(l), { kind: 'month', month: '2016-11' }],
        ],
        text,
      );
    }
  });
  it('weekly category flows, outflows negative', () => {
    for (let i = 0; i < 200; i++) {
      const v = Math.round((rand() * 10 - 5) * 1e3) * 1e6;
      if (v === 0) continue;
      const f = flowFinding({
        category: 'US small cap',
        value: v,
        from: '2016-11-05',
        weekEnd: '2016-11-11',
        method: 'as reported',
        data,
      });
      const { text, claims } = read(f);
      const [c] = claims;
      assert.deepEqual(
        [c.metric, c.subjects, c.window],
        ['flow', ['US small cap'], { kind: 'week', weekEnd: '2016-11-11' }],
        text,
      );
      assert.ok(
        Math.sign(c.stated) === Math.sign(v) &&
          c.comparator.lo !== undefined &&
          c.comparator.hi !== undefined,
        text,
      );
      assert.ok(
        v >= (c.comparator.lo as number) - 1 && v <= (c.comparator.hi as number) + 1,
        `${text}: ${v} in the printed interval`,
      );
    }
  });
});

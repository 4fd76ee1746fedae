/**
 * The flags engine on real rows (./rows.ts), each test damaging them in a stated way first. Expected numbers
 * are hand calculations on the fixture's closes, written out in each test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nyseCalendar } from '../../../src/calendar/nyse.ts';
import { anchorEvent } from '../../../src/calendar/trading-days.ts';
import { figureFlags, t0Flags, windowFlags, withArticle } from '../../../src/events/quality/index.ts';
import { levelSeries, panelCloses, splitFrom, without, yahooCloses } from './rows.ts';

const nyse = nyseCalendar({ from: '2016-01-01', to: '2016-12-31' });

describe('windowFlags: a missing session inside a window', () => {
  // Damage: ^RUT without its 2016-11-09 and 2016-11-10 rows (the issue's case).
  const rut = levelSeries('^RUT', without(yahooCloses('^RUT'), '2016-11-09', '2016-11-10'));

  it("says the '1 day' figure measured in the series' own bars spans 3 NYSE sessions", () => {
    const value = 1282.38 / 1195.14001 - 1; // hand: the 11-11 close over the 11-08 close, +7.30%
    const w = { figure: '1 day', from: '2016-11-08', to: '2016-11-11', value, sessions: 1 };
    const flags = windowFlags(rut, w, nyse);
    assert.equal(flags.length, 1);
    assert.equal(flags[0].kind, 'missing-session');
    assert.equal(flags[0].effect, 'spans-sessions');
    assert.deepEqual(flags[0].dates, ['2016-11-09', '2016-11-10']);
    assert.equal(
      flags[0].detail,
      "^RUT has no bars for 2016-11-09 and 2016-11-10 (NYSE sessions): the '1 day' figure is from the 2016-11-08 close to the 2016-11-11 close, 3 NYSE sessions, not 1.",
    );
  });

  it('says a figure is withheld when it is NaN rather than computed across the gap', () => {
    const w = { figure: '[0, 2]', from: '2016-11-08', to: '2016-11-11', value: Number.NaN };
    const [f] = windowFlags(rut, w, nyse);
    assert.equal(f.effect, 'withheld');
    assert.match(f.detail, /is withheld \(n\/a\)/);
  });

  it('says a gap between two present closes leaves a close-to-close figure alone', () => {
    const w = { figure: '[0, 2]', from: '2016-11-08', to: '2016-11-11', value: 1282.38 / 1195.14001 - 1 };
    assert.equal(windowFlags(rut, w, nyse)[0].effect, 'unaffected');
  });

  it('says once, for all, a session no series has', () => {
    // Damage: 2016-11-10 removed from both ^RUT and ^GSPC.
    const a = levelSeries('^RUT', without(yahooCloses('^RUT'), '2016-11-10'));
    const b = levelSeries('^GSPC', without(yahooCloses('^GSPC'), '2016-11-10'));
    const fig = { figure: '[0, 2]', from: '2016-11-08', to: '2016-11-11' };
    const flags = figureFlags(
      [a, b],
      [{ ...fig, values: { '^RUT': Number.NaN, '^GSPC': Number.NaN } }],
      nyse,
    );
    assert.equal(flags.length, 1);
    assert.equal(flags[0].series, 'all');
    assert.match(flags[0].detail, /^None of \^RUT, \^GSPC has bars? for 2016-11-10/);
  });
});

describe('windowFlags: clean real data raise no flag', () => {
  for (const id of ['^RUT', '^GSPC']) {
    it(`${id} over 2016-10-04 .. 2016-11-18 (every window of the fixture's span)`, () => {
      const s = levelSeries(id, yahooCloses(id));
      const w = { figure: 'all', from: '2016-10-04', to: '2016-11-18', value: 0 };
      assert.deepEqual(windowFlags(s, w, nyse), []);
    });
  }
  it('AAPL (the real stock panel) over 2016-10-31 .. 2016-11-30', () => {
    const s = levelSeries('AAPL', panelCloses('AAPL'));
    assert.deepEqual(
      windowFlags(s, { figure: 'all', from: '2016-10-31', to: '2016-11-30', value: 0 }, nyse),
      [],
    );
  });
});

describe('windowFlags: a move that looks like an unadjusted split', () => {
  // Damage: AAPL's closes halved from 2016-11-10 on (an unadjusted 2:1 split).
  const aapl = levelSeries('AAPL', splitFrom(panelCloses('AAPL'), '2016-11-10', 2));

  it('is flagged inside the window, with the closes around it', () => {
    const value = 106.72 / 2 / 109.31 - 1; // hand: [0, 2] from the 11-08 close 109.31 to 106.72 / 2, −51.2%
    const w = { figure: '[0, 2]', from: '2016-11-08', to: '2016-11-11', value };
    const flags = windowFlags(aapl, w, nyse);
    assert.equal(flags.length, 1);
    assert.equal(flags[0].kind, 'split-like-move');
    assert.equal(flags[0].effect, 'may-be-wrong');
    assert.deepEqual(flags[0].dates, ['2016-11-10']);
    // 53.04 / 109.13 − 1 = −51.4%; |0.48602 × 2 − 1| = 2.8% is inside the 5% tolerance
    assert.match(
      flags[0].detail,
      /^AAPL's close went from 109.13 on 2016-11-09 to 53.04 on 2016-11-10 \(−51.4%\)/,
    );
    assert.match(flags[0].detail, /unadjusted 2:1 split: the '\[0, 2\]' figure/);
  });

  it('is said, as not used by the figure, when it is just before the window', () => {
    const w = { figure: '[0, 2]', from: '2016-11-14', to: '2016-11-17', value: 0 };
    const [f] = windowFlags(aapl, w, nyse);
    assert.equal(f.effect, 'unaffected');
  });

  it('a reverse split (prices × 10) is named 1:10', () => {
    const s = levelSeries('AAPL', splitFrom(panelCloses('AAPL'), '2016-11-10', 0.1));
    const [f] = windowFlags(s, { figure: 'w', from: '2016-11-08', to: '2016-11-11', value: 0 }, nyse);
    assert.match(f.detail, /unadjusted 1:10 reverse split/);
  });
});

describe('windowFlags: a series that does not cover the window', () => {
  it('ends early: ^RUT cut after 2016-11-10, the [0, 2] figure is withheld', () => {
    const closes = yahooCloses('^RUT');
    const cut = new Map([...closes].filter(([d]) => d <= '2016-11-10'));
    const w = { figure: '[0, 2]', from: '2016-11-08', to: '2016-11-11', value: Number.NaN };
    const flags = windowFlags(levelSeries('^RUT', cut), w, nyse);
    assert.deepEqual(
      flags.map((f) => [f.kind, f.effect, f.dates[0]]),
      [['ends-early', 'withheld', '2016-11-10']],
    );
  });
  it('starts late: ^RUT from 2016-11-09 on, so no base close on 2016-11-08', () => {
    const cut = new Map([...yahooCloses('^RUT')].filter(([d]) => d >= '2016-11-09'));
    const w = { figure: '1 day', from: '2016-11-08', to: '2016-11-09', value: Number.NaN };
    assert.equal(windowFlags(levelSeries('^RUT', cut), w, nyse)[0].kind, 'starts-late');
  });
});

describe('windowFlags: a bar on a day that was not a session', () => {
  it('is said and left out (damage: a copy of the 2016-11-11 ^RUT bar dated Saturday 2016-11-12)', () => {
    const closes = yahooCloses('^RUT');
    closes.set('2016-11-12', closes.get('2016-11-11') as number);
    const w = { figure: 'since', from: '2016-11-08', to: '2016-11-14', value: 0 };
    const [f] = windowFlags(levelSeries('^RUT', closes), w, nyse);
    assert.equal(f.kind, 'off-session-bar');
    assert.equal(f.effect, 'unaffected');
    assert.match(f.detail, /dated Saturday 2016-11-12, which was not an NYSE session/);
  });
});

describe('t0Flags', () => {
  const anchor = anchorEvent(nyse, '2016-11-08', 'after-close');
  it("names a series whose own t0 is not the calendar's (^RUT without 11-09 and 11-10: t0 = 11-11)", () => {
    const [f] = t0Flags(nyse, anchor, [{ name: '^RUT', t0Date: '2016-11-11', baseDate: '2016-11-08' }]);
    assert.equal(f.kind, 't0-moved');
    assert.equal(f.series, '^RUT');
    assert.match(f.detail, /^\^RUT has no bar on 2016-11-09: .*t0 = 2016-11-11, not the NYSE t0 2016-11-09/);
  });
  it('says when the event date was not a session (Saturday 2016-11-12, news before the open)', () => {
    const [f] = t0Flags(nyse, anchorEvent(nyse, '2016-11-12', 'before-open'));
    assert.equal(f.series, 'all');
    assert.deepEqual(f.dates, ['2016-11-12', '2016-11-14']);
    assert.match(f.detail, /Saturday\) was not an NYSE session: t0 moves to the next session, 2016-11-14/);
  });
  it('says nothing on a clean event', () => {
    assert.deepEqual(
      t0Flags(nyse, anchor, [{ name: '^RUT', t0Date: '2016-11-09', baseDate: '2016-11-08' }]),
      [],
    );
  });
});

describe('withArticle: calendar names in sentences', () => {
  it('reads each calendar name aloud: an NYSE, a US, a Europe, an Asia Pacific ex Japan, an Emerging', () => {
    assert.deepEqual(
      ['NYSE', 'US', 'Europe', 'Asia Pacific ex Japan', 'Emerging', 'Developed ex US', 'Japan'].map(
        withArticle,
      ),
      [
        'an NYSE',
        'a US',
        'a Europe',
        'an Asia Pacific ex Japan',
        'an Emerging',
        'a Developed ex US',
        'a Japan',
      ],
    );
  });
});

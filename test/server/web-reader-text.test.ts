import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverageProblem, type Offer } from '../../src/server/web/coverage.ts';
import { periodText } from '../../src/server/web/period.ts';
import { sinceChart, spreadChart } from '../../src/server/web/since-charts.ts';

// The words a journalist reads on the page, built by pure functions (no browser). Expected strings are
// written out by hand from the inputs.
describe('the page in a reader\u2019s words (src/server/web)', () => {
  it('periodText names the closes in article dates and spells out day 0 and the news timing', () => {
    assert.equal(
      periodText({
        base: '2016-11-08',
        t0: '2016-11-09',
        lastDate: '2016-11-11',
        to: 2,
        timing: 'after-close',
      }),
      'From the close of Nov. 8, 2016, the last close before the news, to the close of Nov. 11, 2016: the first 3 sessions after the news (days 0 to 2; day 0 = Nov. 9, 2016; the news came after the close).',
    );
    assert.equal(
      periodText({
        base: '2016-06-23',
        t0: '2016-06-24',
        lastDate: '2016-06-24',
        to: 0,
        timing: 'before-open',
        days: "Europe's trading days",
      }),
      "From the close of June 23, 2016, the last close before the news, to the close of June 24, 2016: the first session after the news on Europe's trading days (day 0; day 0 = June 24, 2016; the news came before the open).",
    );
    // A Fed decision at 14:00: day 0 is the decision day, which trades on the news but is not after it.
    assert.equal(
      periodText({
        base: '2024-12-17',
        t0: '2024-12-18',
        lastDate: '2024-12-20',
        to: 2,
        timing: 'intraday',
      }),
      'From the close of Dec. 17, 2024, the last close before the news, to the close of Dec. 20, 2024: the first 3 sessions to trade on the news (days 0 to 2; day 0 = Dec. 18, 2024; the news came during the session).',
    );
    assert.equal(
      periodText({
        base: '2016-11-08',
        t0: '2016-11-09',
        lastDate: '2016-11-04',
        to: -3,
        timing: 'after-close',
      }),
      'At the close of Nov. 4, 2016 (day \u22123), before the news, relative to the close of Nov. 8, 2016, the last close before it.',
    );
  });

  const offer: Offer = {
    schemes: [
      { id: 'deciles', label: 'Size deciles', weightings: ['value'], through: '2025-05-30' },
      { id: 'indexes', label: 'Indexes: Russell 2000 vs S&P 500', weightings: ['value'], through: null },
    ],
    regions: [
      { id: 'us', label: 'US' },
      { id: 'europe', label: 'Europe', through: '2026-03-31' },
    ],
  };
  const us = { region: 'us', scheme: 'deciles', timing: 'after-close' };

  it('coverageProblem says an event past the data is past it and which event to choose instead', () => {
    assert.equal(
      coverageProblem({ ...us, event: '2031-01-01' }, offer),
      '2031-01-01 is after the data: the size portfolios run through May 30, 2025; choose an event before May 30, 2025',
    );
    // After the close on the last date: day 0 would be past the data; before the open it is the last date.
    assert.match(coverageProblem({ ...us, event: '2025-05-30' }, offer) ?? '', /is after the data/);
    assert.equal(coverageProblem({ ...us, event: '2025-05-30', timing: 'before-open' }, offer), null);
    assert.equal(coverageProblem({ ...us, event: '2016-11-08' }, offer), null);
    assert.equal(
      coverageProblem({ ...us, event: '2026-04-01', region: 'europe' }, offer),
      "2026-04-01 is after the data: Europe's factors run through March 31, 2026; choose an event before March 31, 2026",
    );
  });

  it('coverageProblem says what to add when the store holds no size data, and what to choose when one scheme lacks it', () => {
    const empty: Offer = {
      schemes: offer.schemes.map((x) => ({
        ...x,
        weightings: x.id === 'indexes' ? ['value'] : [],
        through: null,
      })),
      regions: [{ id: 'us', label: 'US' }],
    };
    assert.equal(
      coverageProblem({ ...us, event: '2016-11-08' }, empty),
      "this server's store holds no daily size portfolios or index closes, so there is nothing to compare yet: add them with `capgap fetch french --dataset Portfolios_Formed_on_ME_Daily` (or `capgap import` a French file), then reload the page",
    );
    assert.equal(
      coverageProblem({ ...us, scheme: 'indexes', event: '2016-11-08' }, offer),
      `this server's store holds no data for "Indexes: Russell 2000 vs S&P 500": choose another comparison under "Small vs large"`,
    );
  });

  it('chart descriptions write days before the news with a true minus sign, as the axes do', () => {
    const s = {
      day: [-2, -1, 0],
      date: ['2016-11-04', '2016-11-07', '2016-11-08'],
      small: [-0.01, 0, 0.02],
      large: [0.005, 0, 0.01],
      spread: [-0.015, 0, 0.01],
    };
    const names = { small: 'Smallest 10%', large: 'Largest 10%' };
    assert.match(
      sinceChart(s, names, 720, 'src').desc,
      /days \u22122 to 0 \(2016-11-04 to 2016-11-08\)\. On day 0:/,
    );
    assert.match(
      spreadChart(s, names, 720, 'src').desc,
      /days \u22122 to 0; on day 0 \(2016-11-08\): \+1\.0/,
    );
  });
});

describe('the page\u2019s small helpers', () => {
  it('eventOption gives each event its ISO date once', async () => {
    const { eventOption } = await import('../../src/server/web/state.ts');
    assert.equal(
      eventOption('Brexit referendum (23 Jun 2016)', '2016-06-23'),
      'Brexit referendum (2016-06-23)',
    );
    assert.equal(
      eventOption('US presidential election 2016', '2016-11-08'),
      'US presidential election 2016 (2016-11-08)',
    );
    assert.equal(
      eventOption('2017 UK general election (hung parliament; May)', '2017-06-08'),
      '2017 UK general election (hung parliament; May) (2017-06-08)',
    );
  });

  it('getJson says a busy server (503, 504) may answer on a second try (retryable), and passes other errors as the API wrote them (not retryable)', async () => {
    const { getJson } = await import('../../src/server/web/dom.ts');
    const real = globalThis.fetch;
    const answer = (status: number, body: string) => async () => new Response(body, { status });
    try {
      globalThis.fetch = answer(
        504,
        '{"error":{"status":504,"message":"request took longer than 10000 ms"}}',
      );
      await assert.rejects(getJson('/api/lead'), {
        message: 'request took longer than 10000 ms; the server is busy: try again in a moment',
        retry: true,
      });
      globalThis.fetch = answer(503, '<html>busy</html>');
      await assert.rejects(getJson('/api/lead'), {
        message: 'the server answered HTTP 503; the server is busy: try again in a moment',
        retry: true,
      });
      globalThis.fetch = answer(
        422,
        '{"error":{"status":422,"message":"event 2031-01-01: no trading day after it"}}',
      );
      await assert.rejects(getJson('/api/lead'), {
        message: 'event 2031-01-01: no trading day after it',
        retry: false,
      });
    } finally {
      globalThis.fetch = real;
    }
  });
});

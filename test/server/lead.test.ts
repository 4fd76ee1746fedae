import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSnapshotInputs } from '../../src/queries/snapshot-inputs.ts';
import { monthToDate } from '../../src/server/data/month-standing.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import type { Store } from '../../src/store/store.ts';
import { type App, SKIP_EMBEDDED, useEmbeddedApp } from '../helpers/embedded-app.ts';
import { check } from './schema-check.ts';

// The page's lead (/api/lead) and the window cut of /api/returns-since on the embedded dataset
// (data/*.parquet: French daily VW size file, vintage 202505, through 2025-05-30; monthly, 202602).
const skip = SKIP_EMBEDDED;

// Reference: scripts/reference-election-spreads.py (Python csv module over French's daily file, independent
// of capgap's code): days [0, 2] Lo 10 − Hi 10, 2016 = +7.058 pp, rank 1 of 25; 2024 = +0.405 pp, rank 12;
// 2020 = −4.336 pp, rank 25 (the largest shortfall).
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are read field by field
type Json = any;
let store: Store;
let app: App;
useEmbeddedApp(
  (a, s) => {
    app = a;
    store = s;
  },
  { timeoutMs: 120_000 },
);
const get = async (u: string): Promise<{ status: number; body: Json }> => {
  const res = await app.request(u);
  return { status: res.status, body: await res.json() };
};

describe('GET /api/lead: the answer first', { skip }, () => {
  it('2016: the smallest 10% beat the largest by 7.1 points in the first three sessions, the widest of 25 elections', async () => {
    const { status, body } = await get('/api/lead?event=2016-11-08');
    assert.equal(status, 200);
    assert.equal(
      body.sentence,
      'Over the first three sessions after the election, the smallest 10% of stocks by NYSE breakpoints (value-weighted) beat the largest 10% by 7.1 percentage points, the widest of 25 US presidential elections since 1928.',
    );
    assert.ok(Math.abs(body.finding.value - 0.07058) < 5e-6, String(body.finding.value));
    assert.deepEqual([body.rank.rank, body.rank.of], [1, 25]);
    assert.deepEqual(body.window, { from: 0, to: 2 });
    assert.deepEqual([body.requestedTo, body.endDate, body.sessions, body.cut], [2, '2016-11-11', 3, null]);
    assert.deepEqual(
      check(
        body,
        (openApiDocument() as Json).paths['/api/lead'].get.responses['200'].content['application/json']
          .schema,
      ),
      [],
    );
  });

  it('2024: +0.4 points, the 12th widest of 25', async () => {
    const { body } = await get('/api/lead?event=2024-11-05');
    assert.ok(Math.abs(body.finding.value - 0.00405) < 5e-6, String(body.finding.value));
    assert.match(
      body.sentence,
      /beat the largest 10% by 0\.4 percentage points, the 12th widest of 25 US presidential elections since 1928\.$/,
    );
    assert.equal(
      body.rank.text,
      'The 12th widest gap in favour of small caps among 25 US presidential elections since 1928 (12th of 25).',
    );
  });

  it('2016 asked as news during the session: the gap of those closes (+3.7 points), unranked, never the set’s +7.1', async () => {
    // Reference: test/server/reference/lead-timing.py, t0 = 2016-11-08 (the election day's row), days 0 to 2:
    // Lo 10 +5.4145%, Hi 10 +1.7467%, gap +3.6678 pp. The set ranks 2016 after the close (+7.058 pp).
    for (const timing of ['intraday', 'before-open']) {
      const { body } = await get(`/api/lead?event=2016-11-08&timing=${timing}`);
      assert.ok(Math.abs(body.finding.value - 0.036678) < 5e-6, `${timing}: ${body.finding.value}`);
      assert.deepEqual(
        [body.event.t0, body.event.baseDate, body.endDate],
        ['2016-11-08', '2016-11-07', '2016-11-10'],
      );
      assert.deepEqual([body.rank, body.event.set], [null, null], timing);
      assert.match(
        body.sentence,
        /beat the largest 10% by 3\.7 percentage points, returning 5\.4% against 1\.7%/,
      );
    }
  });

  it('a Fed decision is ranked among the 68 Fed rate decisions beside its sentence: Dec. 18, 2024, the 12th largest shortfall', async () => {
    // Reference: test/server/reference/lead-timing.py, days 0 to 2 from the decision day: gap −1.0698 pp,
    // 57th of 68 from the widest gap in favour of small caps (so the 12th largest shortfall).
    const { body } = await get('/api/lead?event=2024-12-18');
    assert.equal(body.event.timing, 'intraday');
    assert.ok(Math.abs(body.finding.value + 0.010698) < 5e-6, String(body.finding.value));
    assert.deepEqual([body.rank.rank, body.rank.of, body.event.set], [57, 68, 'Fed rate decisions']);
    assert.equal(
      body.rank.text,
      'The 12th largest shortfall of small caps among 68 Fed rate decisions since 2001 (57th of 68 from the widest gap in their favour).',
    );
    // Read after the close, it is not the set's row: unranked.
    const late = await get('/api/lead?event=2024-12-18&timing=after-close');
    assert.deepEqual([late.body.rank, late.body.event.set], [null, null]);
  });

  it('names the event in words, true to its timing, and says the weighting in every sentence', async () => {
    // Rule: after-close news puts t0 on the next session ("after the election"); news before the open or
    // during the session puts t0 on the event day's own session ("from the day of …"). Figures as above.
    const fed = await get('/api/lead?event=2024-12-18');
    assert.match(
      fed.body.sentence,
      /^Over the first three sessions from the day of the Fed's rate cut of Dec\. 18, 2024, the smallest 10% of stocks by NYSE breakpoints \(value-weighted\) trailed/,
    );
    const brexit = await get('/api/lead?event=2016-06-23');
    assert.match(brexit.body.sentence, /^Over the first three sessions after the Brexit vote, /);
    const intraday = await get('/api/lead?event=2016-11-08&timing=intraday');
    assert.match(
      intraday.body.sentence,
      /^Over the first three sessions from the day of the election, .*\(value-weighted\)/,
    );
    const ranked = await get('/api/lead?event=2016-11-08');
    assert.match(
      ranked.body.sentence,
      /^Over the first three sessions after the election, .*breakpoints \(value-weighted\) beat/,
    );
  });

  it('2020: a shortfall is ranked among shortfalls, never "the 25th widest"', async () => {
    const { body } = await get('/api/lead?event=2020-11-03');
    assert.match(body.sentence, /trailed the largest 10% by 4\.3 percentage points, the largest of 25/);
    assert.match(
      body.rank.text,
      /^The largest shortfall of small caps among 25 .* \(25th of 25 from the widest gap in their favour\)\.$/,
    );
  });

  it('gives the month rank as it stood at the time (as capgap report: 110 of 1,085) and in the whole history', async () => {
    // capgap report --event 2016-11-08 prints "110th of 1,085 months" (months to November 2016, French monthly
    // 202602); the whole file (July 1926 to February 2026) has 1,196 months.
    const { body } = await get('/api/lead?event=2016-11-08');
    assert.deepEqual(body.month.atTheTime, { rank: 110, of: 1085, ties: 0 });
    assert.equal(body.month.wholeHistory.of, 1196);
    assert.match(body.month.text, /widest gap in favour of small caps since April 2010, /);
    assert.deepEqual(
      body.series.map((s: Json) => [s.name, s.through]),
      [
        ['Smallest 10% (NYSE breakpoints)', '2025-05-30'],
        ['Largest 10% (NYSE breakpoints)', '2025-05-30'],
        ['Month spread: smallest minus largest 10% (NYSE breakpoints)', '2026-02'],
      ],
    );
  });

  it('words a month when small caps lagged as a shortfall (Brexit, June 2016)', async () => {
    const { body } = await get('/api/lead?event=2016-06-23');
    assert.equal(body.month.favours, 'large');
    assert.match(
      body.month.text,
      /trailed the largest 10% by 0\.2 percentage points, the largest shortfall of small caps since May 2016,/,
    );
    assert.equal(body.rank, null);
  });

  it('cuts a window past the data at the last date and says so', async () => {
    const { body } = await get('/api/lead?event=2024-11-05&to=300');
    assert.equal(body.endDate, '2025-05-30');
    assert.equal(body.requestedTo, 300);
    assert.match(body.cut, /cut at 2025-05-30/);
    const since = await get('/api/returns-since?event=2024-11-05&from=0&to=300');
    assert.equal(since.status, 200);
    assert.equal(since.body.endDate, '2025-05-30');
    assert.equal(since.body.series.day.at(-1), since.body.window.to);
    assert.match(since.body.cut, /end on 2025-05-30/);
  });

  it('says where the data stop for the 2026 midterms, and refuses weightings the data lack', async () => {
    const late = await get('/api/lead?event=2026-11-03');
    assert.equal(late.status, 422);
    assert.match(late.body.error.message, /after the data: .* runs through 2025-05-30/);
    const ew = await get('/api/lead?event=2016-11-08&weighting=equal');
    assert.equal(ew.status, 422);
    assert.match(ew.body.error.message, /no daily equal-weighted/);
    const schemes = await get('/api/schemes');
    const deciles = schemes.body.schemes.find((s: Json) => s.id === 'deciles');
    assert.deepEqual(deciles.weightings, ['value']);
    assert.equal(deciles.through, '2025-05-30');
  });

  it('takes a month the monthly file lacks to date from the daily file, provisional (November 2016 cut off)', async () => {
    // Reference: awk over French's daily VW file, 1–30 Nov 2016 (21 sessions): Lo 10 +9.6946%, Hi 10 +3.4084%,
    // gap +6.2862 pp (the monthly file says +9.75% and +3.42%: daily compounding differs slightly).
    const inputs = await loadSnapshotInputs(store);
    const mv = inputs.monthlyVW;
    const upTo = mv.days.findIndex((d) => new Date(d * 86_400_000).toISOString() >= '2016-11');
    const cut = {
      days: mv.days.subarray(0, upTo),
      small: mv.returns['Lo 10'].subarray(0, upTo),
      large: mv.returns['Hi 10'].subarray(0, upTo),
    };
    const d = inputs.dailyVW;
    const m = monthToDate(
      { days: d.days, small: d.returns['Lo 10'], large: d.returns['Hi 10'] },
      cut,
      '2016-11',
    );
    assert.equal(m.sessions, 21);
    assert.equal(m.through, '2016-11-30');
    assert.ok(Math.abs(m.spread - 0.062862) < 1e-6, String(m.spread));
    assert.deepEqual(m.atTheTime, { rank: 110, of: 1085, ties: 0 });
    assert.equal(m.provisional, true);
  });

  it("writes the lead and the month's record with the findings' code, so the claim checker reads them back supported", async () => {
    for (const event of ['2016-11-08', '2016-06-23']) {
      const { body } = await get(`/api/lead?event=${event}`);
      for (const claim of [body.sentence, body.month.text]) {
        const r = await get(`/api/check?${new URLSearchParams({ claim, event })}`);
        assert.equal(r.status, 200);
        assert.deepEqual(
          Object.keys(r.body.summary),
          ['supported'],
          `${claim}: ${JSON.stringify(r.body.summary)}`,
        );
      }
    }
  });
});

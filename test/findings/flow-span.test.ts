import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkClaim } from '../../src/findings/check.ts';
import { parseClaims } from '../../src/findings/claim-file.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import type { Evaluator } from '../../src/findings/evaluator.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { Store } from '../../src/store/store.ts';
import { loadRealRows } from './real-rows.ts';

// Flows over more than one week (hand-made rows, not market data: capgap ships no flow data). The reader
// gives "have taken in $15bn since the election" three weeks on a window since the news to the article's day,
// "$12.4bn over the past three weeks" a stretch of dates, "$9bn in November" a month; each sums the daily rows
// in it (before: every such window summed the one week after the news, or could not be checked).
describe('flows summed over a month, a stretch of dates, or the weeks since the news', () => {
  let s: Store;
  let ev: Evaluator;
  before(async () => {
    s = await Store.open(':memory:');
    await loadRealRows(s);
    await s.run(
      `INSERT INTO etfs (ticker, category) VALUES ('IWM', 'US small cap'), ('IJR', 'US small cap')`,
    );
    const rows: [string, string, number][] = [
      ['IWM', '2016-10-31', 1e8], // October: in no November window
      ['IWM', '2016-11-04', 2e8], // the week before the news's (t0 = Wed Nov. 9; its week runs Nov. 5–11)
      ['IWM', '2016-11-09', 4e8],
      ['IJR', '2016-11-10', 3e8],
      ['IWM', '2016-11-16', 5e8], // the second week after the news
      ['IJR', '2016-11-25', 6e8], // the third
      ['IWM', '2016-12-01', 7e8], // December
    ];
    for (const [t, d, f] of rows)
      await s.run("INSERT INTO etf_flows (source, ticker, date, flow) VALUES ('hand', $1, $2::DATE, $3)", [
        t,
        d,
        f,
      ]);
    ev = makeEvaluator(storeClaimData(s));
  });
  after(() => s.close());
  const check = async (yaml: string) => checkClaim(parseClaims(yaml)[0], ev, { search: false });

  it('since the news, three weeks on: from t0 through the day (4 + 3 + 5 + 6 = 18 × 1e8)', async () => {
    const v = await check(
      '- {metric: flow, subject: US small cap, since: 2016-11-08, to: 2016-11-29, stated: $1.8bn}',
    );
    assert.equal(v.computed?.value, 18e8);
    assert.deepEqual(
      [v.computed?.from, v.computed?.to, v.verdict],
      ['2016-11-09', '2016-11-29', 'supported'],
    );
  });
  it('since the news, within its week: the week, as before (4 + 3 = 7 × 1e8, Sat. Nov. 5 to Fri. Nov. 11)', async () => {
    const v = await check(
      '- {metric: flow, subject: US small cap, since: 2016-11-08, to: 2016-11-10, stated: $0.7bn}',
    );
    assert.equal(v.computed?.value, 7e8);
    assert.equal(v.computed?.to, '2016-11-11');
  });
  it('a month: November (2 + 4 + 3 + 5 + 6 = 20 × 1e8), to date through Nov. 16 (14 × 1e8)', async () => {
    const m = await check('- {metric: flow, subject: US small cap, month: 2016-11, stated: $2bn}');
    assert.deepEqual(
      [m.computed?.value, m.computed?.from, m.computed?.to],
      [20e8, '2016-11-01', '2016-11-30'],
    );
    const md = await check(
      '- {metric: flow, subject: US small cap, month: 2016-11, to: 2016-11-16, stated: $1.4bn}',
    );
    assert.equal(md.computed?.value, 14e8);
  });
  it('a stretch of dates: the flows after `from` through `to` (5 + 6 + 7 = 18 × 1e8)', async () => {
    const v = await check(
      '- {metric: flow, subject: US small cap, from: 2016-11-11, to: 2016-12-02, stated: $1.8bn}',
    );
    assert.equal(v.computed?.value, 18e8);
  });
  it('a part of a week asked of a longer window cannot be checked, saying why', async () => {
    const v = await check(
      '- {metric: flow, subject: US small cap, month: 2016-11, stated: $1bn, conventions: {part: after}}',
    );
    assert.equal(v.verdict, 'cannot check');
    assert.match(
      v.line ?? '',
      /a part of a week is for a one-week window: give the week \(week_end or week_after\) for the part after the news, or drop `part`/,
    );
  });
});

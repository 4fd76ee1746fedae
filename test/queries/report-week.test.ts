/**
 * The report's week line (src/queries/report-inputs.ts): a losing week is ranked among losses. Reference:
 * the Russell 2000's weekly close-to-close returns computed here in SQL straight from the embedded bars
 * (the index level: the yfinance file's only column; the last close of each Friday-ending week over the previous one; a different code path from the records
 * engine), and "the largest loss since" = the latest earlier week that fell at least as far.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadReportExtras } from '../../src/queries/report-inputs.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

const skip = !hasEmbedded && 'the embedded dataset (data/*.parquet) is not built';
let store: Store;
before(async () => {
  if (!skip) store = await embeddedStore();
});
after(() => store?.close());

/** Weekly returns of ^RUT (weeks ending Friday; week key = the Friday on or after the date). */
async function weeks(): Promise<{ end: string; ret: number }[]> {
  const rows = await store.all<{ end: string; ret: number }>(
    `WITH b AS (
       SELECT date, coalesce(close, adj_close) AS close FROM bars
       WHERE id = '^RUT' AND source = (SELECT min(source) FROM bars WHERE id = '^RUT')
         AND coalesce(close, adj_close) IS NOT NULL),
     w AS (
       SELECT (date + ((5 - dayofweek(date) + 7) % 7)::INTEGER)::DATE AS wk, arg_max(close, date) AS last
       FROM b GROUP BY wk)
     SELECT strftime(wk, '%Y-%m-%d') AS "end", last / lag(last) OVER (ORDER BY wk) - 1 AS ret
     FROM w ORDER BY wk`,
  );
  return rows.filter((r) => r.ret !== null);
}

describe('the report’s week of the event: a loss ranks among losses', () => {
  it('Brexit: the Russell 2000 lost 1.50% in the week ended 2016-06-24, the largest loss since the week ended 2016-06-17', {
    skip,
  }, async () => {
    const all = await weeks();
    const k = all.findIndex((w) => w.end === '2016-06-24');
    const v = all[k].ret;
    let j = k - 1;
    while (j >= 0 && !(all[j].ret <= v)) j--;
    const extras = await loadReportExtras(store, { event: '2016-06-23', t0Date: '2016-06-24' });
    const w = extras.week!;
    assert.ok(Math.abs(w.value - v) < 1e-12, `${w.value} vs ${v}`);
    assert.equal(w.record.largestSince?.periodEnd, all[j].end);
    assert.equal(all[j].end, '2016-06-17'); // -1.65%, as test/findings/reference/events/round8.py prints
    assert.ok(Math.abs((w.record.largestSince?.value ?? 0) - all[j].ret) < 1e-12);
  });
  it('2016 election: a gain still ranks among gains (the week ended 2016-11-11, largest since 2011-12-02)', {
    skip,
  }, async () => {
    const all = await weeks();
    const k = all.findIndex((w) => w.end === '2016-11-11');
    let j = k - 1;
    while (j >= 0 && !(all[j].ret >= all[k].ret)) j--;
    const extras = await loadReportExtras(store, { event: '2016-11-08', t0Date: '2016-11-09' });
    assert.equal(extras.week!.record.largestSince?.periodEnd, all[j].end);
    assert.equal(all[j].end, '2011-12-02');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { settled, type Watch, watch } from '../helpers/page-watch.ts';

// The tables and charts as a script reads them (Debian's Chromium, 1440×900, embedded dataset): every chart
// has a description with its key numbers and a data table behind "Show table"; every table has column
// headers (scope="col") with the unit of each number column and row headers (scope="row"); numbers are
// signed the same way everywhere (+ and U+2212 −; % for returns, pp for gaps) and match, to the digits shown,
// the API's JSON for the query each names under it. For 2016 the gap is also the hand calculation on
// French's daily VW file (+7.058 pp over days 0 to 2, test/server/page.test.ts).
describe('the tables and charts as a script reads them', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  let page: Page;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
    page = bench.pages.desktop;
    seen = watch(page);
    await page.goto(`${bench.server.url}/?event=2016-11-08&from=-5&to=2`);
    await settled(page);
    for (const b of await page.$$('.tools:not([hidden]) [data-act="table"]')) await b.click();
  });
  after(() => bench?.close());

  const json = async (sel: string) => {
    const href = (await page.getAttribute(`${sel} a`, 'href')) as string;
    return (await fetch(`${bench!.server.url}${href}`)).json();
  };
  type Table = { caption: string; head: string[]; scopes: string[]; rows: string[][]; rowScopes: string[] };
  const table = (sel: string): Promise<Table> =>
    page.$eval(sel, (t) => ({
      caption: (t as HTMLTableElement).caption?.textContent ?? '',
      head: [...t.querySelectorAll('thead th')].map((h) => h.textContent ?? ''),
      scopes: [...t.querySelectorAll('thead th')].map((h) => h.getAttribute('scope') ?? ''),
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent ?? '')),
      rowScopes: [...t.querySelectorAll('tbody tr')].map(
        (r) => r.firstElementChild?.getAttribute('scope') ?? '',
      ),
    }));
  /**
   * A shown number against a decimal from the API: same sign (none for zero), same unit, equal to half a
   * unit of its last printed digit ('+8.2%' is 0.082 ± 0.0005; '−0.04 pp' is −0.0004 ± 0.000005).
   */
  function same(shown: string, decimal: number, unit: '%' | 'pp', where: string): void {
    // zero (the base day) carries no sign
    const m = /^([+−]?)(\d+)\.(\d+)(%| pp)$/.exec(shown);
    assert.ok(m, `${where}: "${shown}" is not a signed number with its unit`);
    assert.equal(m[4].trim(), unit, `${where}: "${shown}" in the wrong unit`);
    const v = (m[1] === '−' ? -1 : 1) * Number(`${m[2]}.${m[3]}`);
    const half = 0.5 * 10 ** -m[3].length;
    assert.ok(Math.abs(v - decimal * 100) <= half + 1e-9, `${where}: ${shown} against ${decimal * 100}`);
    if (m[1] === '') assert.equal(v, 0, `${where}: "${shown}" has no sign`);
    else if (v !== 0) assert.equal(v > 0, decimal > 0, `${where}: sign`);
  }
  function headed(t: Table, where: string): void {
    assert.ok(t.caption.length > 0, `${where}: no caption`);
    assert.ok(
      t.scopes.every((s) => s === 'col'),
      `${where}: column headers ${t.scopes}`,
    );
    assert.ok(
      t.rowScopes.every((s) => s === 'row'),
      `${where}: row headers ${t.rowScopes}`,
    );
  }

  it('each chart says its key numbers in words and has its data as a table', async () => {
    for (const id of ['card-since', 'card-spread', 'card-set', 'card-compare']) {
      const desc = ((await page.textContent(`#${id}-desc`)) ?? '').trim();
      assert.match(desc, /[+−]\d+\.\d+ ?(%|pp)/, `${id}: "${desc}" names no number`);
      assert.equal(await page.getAttribute(`#${id}-tools [data-act="table"]`, 'aria-expanded'), 'true');
      headed(await table(`#${id}-table table`), id);
    }
    assert.match(
      (await page.textContent('#card-spread-desc')) ?? '',
      /on day 2 \(2016-11-11\): \+7\.1 pp/, // hand: +7.058 pp
    );
    await page.screenshot({ path: `${ARTIFACTS}page-tables-desktop.png`, fullPage: true });
  });

  it('the since-the-event and gap tables are /api/returns-since’s numbers, day by day', async () => {
    const r = await json('[data-testid="chart-since-query"]');
    const since = await table('#card-since-table table');
    assert.deepEqual(since.head.slice(0, 2), ['Day', 'Date']);
    assert.ok(
      since.head.slice(2).every((h) => h.endsWith('(%)')),
      since.head.join(' | '),
    );
    assert.equal(since.rows.length, r.series.day.length);
    since.rows.forEach((row, i) => {
      assert.equal(row[1], r.series.date[i]);
      same(row[2], r.series.small[i], '%', `since ${row[1]} small`);
      same(row[3], r.series.large[i], '%', `since ${row[1]} large`);
    });
    const gap = await table('#card-spread-table table');
    assert.deepEqual(gap.head, ['Day', 'Date', 'Gap (pp)']);
    for (const [i, row] of gap.rows.entries()) same(row[2], r.series.spread[i], 'pp', `gap ${row[1]}`);
    // The figures above are the last day's, in the same formats.
    same(((await page.textContent('[data-testid="spread"]')) ?? '').trim(), r.summary.spread, 'pp', 'figure');
    assert.deepEqual(seen.take(), []);
  });

  it('the compare table is /api/compare-events’s, the side-by-side table /api/event-regions’s', async () => {
    const c = await json('[data-testid="compare-chart-query"]');
    const compare = await table('#compare');
    headed(compare, 'compare');
    assert.deepEqual(compare.head, ['Event', 'Gap (pp)', 'Small (%)', 'Large (%)', 'Base close', 'Through']);
    assert.equal(compare.rows.length, c.events.length);
    c.events.forEach(
      (e: { spread: number; small: number; large: number; baseDate: string; endDate: string }, i: number) => {
        const row = compare.rows[i];
        same(row[1], e.spread, 'pp', `compare ${row[0]} gap`);
        same(row[2], e.small, '%', `compare ${row[0]} small`);
        same(row[3], e.large, '%', `compare ${row[0]} large`);
        assert.deepEqual(row.slice(4), [e.baseDate, e.endDate]);
      },
    );
    const g = await json('[data-testid="regions-query"]');
    const regions = await table('[data-testid="regions-table"]');
    headed(regions, 'regions');
    assert.deepEqual(regions.head, [
      'Market',
      'SMB (pp)',
      'Market return (%)',
      't0 (first session)',
      'Closes (base → end)',
    ]);
    g.rows.forEach((x: { region: string; value: number; market: number; t0: string }, i: number) => {
      const row = regions.rows[i];
      assert.equal(row[0], x.region);
      same(row[1], x.value, 'pp', `regions ${x.region} SMB`);
      same(row[2], x.market, '%', `regions ${x.region} market`);
      assert.equal(row[3], x.t0);
    });
    assert.deepEqual(seen.take(), []);
  });
});

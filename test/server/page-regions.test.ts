/**
 * The page's region choice, end to end in Debian's Chromium at 1440×900 and 390×844, against the server on
 * the embedded dataset (which holds French's Europe 3-factor and Developed ex US 5-factor daily files,
 * Bloomberg 202603). References: ../shared/data/PROVENANCE.md §1b (2016-06-24: Europe SMB +1.77, market
 * −8.80; Developed ex US SMB +2.71), which the findings print at one decimal (+1.8, +2.7); the lead's words
 * are the findings' own (test/server/regions-api.test.ts checks them against the file rows by hand).
 * Screenshots go to test-artifacts/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/serve.ts';
import { readUrl, toQuery } from '../../src/server/web/state.ts';
import {
  ARTIFACTS,
  type PageBench,
  SIZES,
  type Size,
  SKIP_PAGE,
  startPageBench,
} from '../helpers/page-browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const skip = SKIP_PAGE;

const BREXIT_EUROPE =
  'On the first trading day after the Brexit vote, European small caps beat large caps by 1.8 percentage points (SMB, French regional breakpoints, in US dollars).';

describe('the page state in the URL', () => {
  it('round-trips the region with every other control, in a fixed order; a link without one is the US', () => {
    const url =
      '?event=2017-06-08&region=europe&timing=after-close&scheme=deciles&weighting=value&from=-3&to=2';
    const s = readUrl(url);
    assert.equal(s.region, 'europe');
    assert.equal(`?${toQuery(s)}`, url);
    assert.equal(readUrl('?event=2016-11-08').region, 'us');
    assert.equal(toQuery({ ...s, compare: ['2016-11-08'] }).get('compare'), '2016-11-08');
  });
});

describe('the page with a region chosen, in Chromium', { skip }, () => {
  let server: RunningServer;
  const pages = {} as Record<Size, Page>;
  let bench: PageBench | undefined;

  before(async () => {
    // the answers' inputs too, before the browser asks
    bench = await startPageBench({
      warm: ['/assets/app.js', '/api/regions', '/api/lead?event=2016-06-23&region=europe&to=0'],
    });
    ({ server } = bench);
    Object.assign(pages, bench.pages);
  });
  after(() => bench?.close());

  async function open(size: Size, query: string): Promise<Page> {
    const page = pages[size];
    await page.goto(`${server.url}/${query}`);
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
    return page;
  }
  /** Waits for the update after an action to finish. */
  async function settled(page: Page, before: string | undefined) {
    await page.waitForFunction(
      (b) =>
        document.body.dataset.requested !== b &&
        document.body.dataset.ready === document.body.dataset.requested,
      before,
    );
  }
  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();

  for (const size of Object.keys(SIZES) as Size[]) {
    it(`${size}: choosing Europe for the Brexit vote leads with the regional sentence in US dollars; no overflow; axe clean`, async () => {
      const page = await open(size, '?event=2016-06-23&from=-5&to=0');
      const offered = await page.$$eval('#region option', (o) =>
        o.map((x) => (x as HTMLOptionElement).value),
      );
      assert.deepEqual(offered, ['us', 'europe', 'developed-ex-us']);
      const before = await page.evaluate(() => document.body.dataset.requested);
      await page.selectOption('#region', 'europe');
      await settled(page, before);
      assert.equal(await text(page, '[data-testid="lead"]'), BREXIT_EUROPE);
      assert.match(page.url(), /[?&]event=2016-06-23&region=europe&/);
      assert.match(
        await text(page, '#lead-facts'),
        /In June 2016, European small caps trailed large caps by .*, the largest shortfall of small caps since October 2015/,
      );
      assert.match(await text(page, '[data-testid="through"]'), /Europe SMB .*March 31, 2026/);
      // The figures: Europe's market and SMB on day 0, as PROVENANCE §1b (market −8.80 = Mkt-RF −8.80 + RF 0.00).
      assert.equal(await text(page, '[data-testid="small"]'), '−8.8%');
      assert.equal(await text(page, '[data-testid="spread"]'), '+1.8 pp');
      // The event list offers the regional sets and the US ones.
      const groups = await page.$$eval('#event optgroup', (g) =>
        g.map((x) => (x as HTMLOptGroupElement).label),
      );
      for (const g of [
        'All UK general elections',
        'All French presidential elections (second rounds)',
        'All German federal elections',
        'All elections',
      ])
        assert.ok(groups.includes(g), `${g} missing from ${groups.join(', ')}`);
      // Side by side: each market on its own calendar, in US dollars.
      const rows = await page.$$eval('[data-testid="regions-table"] tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent)),
      );
      assert.deepEqual(
        rows.map((r) => [r[0], r[3], r[1]]),
        [
          ['US', '2016-06-24', '+0.2 pp'],
          ['Europe', '2016-06-24', '+1.8 pp'],
          ['Developed ex US', '2016-06-24', '+2.7 pp'],
        ],
      );
      assert.match(await text(page, '[data-testid="region-note"]'), /in US dollars/);
      // The title states the event and the answer (the lead's, checked above: +1.8 pp on day 0).
      assert.equal(
        await page.title(),
        'Brexit referendum (Europe): small caps beat large caps by 1.8 pp on the first session · capgap',
      );
      assert.match((await page.getAttribute('#dl-report', 'href')) ?? '', /region=europe/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow} px wider than the ${size} viewport`);
      await page.screenshot({ path: `${ARTIFACTS}page-brexit-europe-${size}.png`, fullPage: true });
      for (const part of ['lead', 'controls', 'cards', 'regions-panel'])
        await page
          .locator(`#${part}`)
          .screenshot({ path: `${ARTIFACTS}page-brexit-europe-${size}-${part}.png` });
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
        const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      const bad = violations.filter(
        (v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical',
      );
      assert.deepEqual(bad, [], JSON.stringify(bad));
    });
  }

  it('a shared regional link opens in that region and event; back to the US restores the US answer', async () => {
    const page = await open('desktop', '?event=2017-06-08&region=europe&from=-3&to=2');
    assert.equal(await page.$eval('#region', (s) => (s as HTMLSelectElement).value), 'europe');
    assert.equal(await page.$eval('#event', (s) => (s as HTMLSelectElement).value), '2017-06-08');
    const url = new URL(page.url());
    for (const [k, v] of Object.entries({ event: '2017-06-08', region: 'europe', from: '-3', to: '2' }))
      assert.equal(url.searchParams.get(k), v, k);
    assert.match(
      await text(page, '[data-testid="lead"]'),
      /^Over the first three sessions after the election, European small caps trailed large caps by .* \(SMB, French regional breakpoints, in US dollars\), the .* of 9 UK general elections since 1992\.$/,
    );
    assert.ok(await page.$eval('#scheme', (s) => (s as HTMLSelectElement).disabled));
    // Every UK election on Europe SMB over the same days, the chosen one's bar worth the lead's number.
    const bars = await page.$$eval('[data-testid="set-chart"] rect.mark', (rs) =>
      rs.map((r) => [r.getAttribute('data-event'), Number(r.getAttribute('data-value'))] as const),
    );
    assert.equal(bars.length, 9);
    const lead = await (await fetch(`${server.url}/api/lead?event=2017-06-08&region=europe&to=2`)).json();
    assert.equal(bars.find((b) => b[0] === '2017-06-08')?.[1], lead.finding.value);
    assert.match(
      await text(page, '#card-set-title'),
      /^UK general elections: Europe small minus big \(SMB, in US dollars\), first 3 sessions/,
    );
    await page.locator('#card-set').screenshot({ path: `${ARTIFACTS}page-uk-2017-europe-set.png` });
    const before = await page.evaluate(() => document.body.dataset.requested);
    await page.selectOption('#region', 'us');
    await settled(page, before);
    assert.match(page.url(), /region=us/);
    assert.match(await text(page, '[data-testid="lead"]'), /smallest 10% of stocks by NYSE breakpoints/);
    assert.ok(await page.$eval('#large-value', (e) => !(e.parentElement as HTMLElement).hidden));
    assert.ok(!(await page.$eval('#scheme', (s) => (s as HTMLSelectElement).disabled)));
  });

  it('a link naming a region the data do not hold shows the US and says so', async () => {
    const page = await open('desktop', '?event=2016-06-23&region=japan');
    assert.equal(await page.$eval('#region', (s) => (s as HTMLSelectElement).value), 'us');
    assert.match(
      await text(page, '[data-testid="url-note"]'),
      /the region "japan" is not in these data \(us, europe, developed-ex-us\); showing the US/,
    );
  });
});

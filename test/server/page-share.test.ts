import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { settled, type Watch, watch } from '../helpers/page-watch.ts';

// Sharing and printing the answer, in Debian's Chromium at 1440×900 against the embedded dataset: the
// <title> and meta description state the event and the answer (the lead's sentence and gap from /api/lead
// for the same query; 2016 by hand from French's daily VW file: +7.058 pp over days 0 to 2, see
// test/server/page.test.ts), "Copy link" puts the address that reopens the same answer on the clipboard,
// and the print stylesheet keeps the answer, the figures, the charts and their tables but not the controls.
describe('sharing and printing the answer', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  let page: Page;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({
      warm: ['/assets/app.js', '/api/lead?event=2016-11-08'],
      page: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    page = bench.pages.desktop;
    seen = watch(page);
  });
  after(() => bench?.close());

  const text = async (sel: string) => ((await page.textContent(sel)) ?? '').trim();
  async function open(query: string): Promise<void> {
    await page.goto(`${bench!.server.url}/${query}`);
    await settled(page);
  }
  const meta = (sel: string) => page.getAttribute(sel, 'content');

  for (const [query, name] of [
    ['?event=2016-11-08', '2016 US presidential election'],
    ['?event=2016-06-23&to=0', 'Brexit referendum (23 Jun 2016)'],
    ['?event=2022-03-16&timing=intraday&to=4', 'Fed rate hike, first of 2022 (16 Mar 2022)'],
  ] as const)
    it(`${query}: the title and description state the event and the answer, as /api/lead gives it`, async () => {
      await open(query);
      const href = (await page.getAttribute('[data-testid="lead-query"]', 'href')) as string;
      const lead = await (await fetch(`${bench!.server.url}${href}`)).json();
      assert.equal(lead.event.name, name);
      const gap = lead.finding.value as number;
      const pp = Math.abs(gap * 100).toFixed(Math.abs(gap * 100) < 0.1 ? 2 : 1);
      const over = lead.sessions === 1 ? 'on the first session' : `over the first ${lead.sessions} sessions`;
      const title = `${name}: small caps ${gap >= 0 ? 'beat' : 'trailed'} large caps by ${pp} pp ${over} · capgap`;
      assert.equal(await page.title(), title);
      assert.equal(await meta('meta[property="og:title"]'), title);
      assert.equal(await meta('meta[name="description"]'), lead.sentence);
      assert.equal(await meta('meta[property="og:description"]'), lead.sentence);
      if (query === '?event=2016-11-08')
        assert.match(title, /beat large caps by 7\.1 pp over the first 3 sessions/);
      // A link preview runs no script: the server's HTML for the address says the same.
      const html = await (await fetch(page.url())).text();
      const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      assert.ok(html.includes(`<title>${esc(title)}</title>`), `server title for ${query}`);
      assert.ok(
        html.includes(`<meta name="description" content="${esc(lead.sentence)}">`),
        'server description',
      );
      assert.deepEqual(seen.take(), []);
    });

  it('an address the data cannot answer (after them) is previewed as the page titles it: no answer, and why', async () => {
    await open('?event=2031-01-01');
    assert.equal(await page.title(), 'Event of 2031-01-01: no answer · capgap');
    const html = await (await fetch(page.url())).text();
    assert.ok(html.includes('<title>Event of 2031-01-01: no answer · capgap</title>'), 'server title');
    // French's daily size file ends 2025-05-30 (../shared/data/PROVENANCE.md), as /api/lead's 422 says.
    assert.match(
      html,
      /<meta name="description" content="No answer: 2031-01-01 is after the data: Smallest 10% \(NYSE breakpoints\) runs through 2025-05-30;/,
    );
    assert.deepEqual(seen.take(), []);
  });

  it('every link on the page answers (200), and every in-page link has its target', async () => {
    await open('?event=2016-11-08');
    const hrefs = await page.$$eval('a[href]', (as) => [
      ...new Set(as.map((a) => (a as HTMLAnchorElement).href)),
    ]);
    assert.ok(hrefs.length >= 12, `${hrefs.length} links`);
    for (const h of hrefs) {
      const u = new URL(h);
      assert.equal(u.origin, new URL(bench!.server.url).origin, `${h} leaves the page's server`);
      if (u.hash) {
        assert.equal(await page.locator(u.hash).count(), 1, `no target for ${h}`);
        continue;
      }
      const res = await fetch(h);
      const body = await res.text();
      assert.equal(res.status, 200, `${h}: ${body.slice(0, 200)}`);
    }
    assert.deepEqual(seen.take(), []);
  });

  it('"Copy link" copies the address that reopens the same answer', async () => {
    await open('?event=2020-11-03&scheme=quintiles&from=-3&to=4');
    await page.click('[data-testid="copy-link"]');
    await page.waitForSelector('#share-status:has-text("Link copied")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    const lead = await text('[data-testid="lead"]');
    await page.goto(copied);
    await settled(page);
    assert.equal(await text('[data-testid="lead"]'), lead);
    assert.equal(await page.inputValue('#scheme'), 'quintiles');
    assert.equal(await page.inputValue('#to'), '4');
    assert.deepEqual(seen.take(), []);
  });

  it('prints the answer, the figures, every chart and its data, not the controls or the checker', async () => {
    await open('?event=2016-11-08');
    await page.emulateMedia({ media: 'print' });
    try {
      for (const sel of ['#controls', '#check-panel', '#download-panel', '.share', '#compare-form'])
        assert.equal(await page.isVisible(sel), false, `${sel} is printed`);
      for (const sel of ['[data-testid="lead"]', '.stats', '#lead-facts', '#compare', '#sources'])
        assert.equal(await page.isVisible(sel), true, `${sel} is not printed`);
      for (const id of ['chart-since', 'chart-spread', 'set-chart', 'compare-chart'])
        assert.equal(await page.isVisible(`[data-testid="${id}"] svg`), true, `${id} is not printed`);
      // The printed page is no wider than a sheet (A4 at 96 dpi, less margins: about 720 px).
      await page.setViewportSize({ width: 720, height: 1000 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 720, `the printed page is ${wide} px wide`);
      await page.screenshot({ path: `${ARTIFACTS}page-share-print.png`, fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    assert.deepEqual(seen.take(), []);
  });
});

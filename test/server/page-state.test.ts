import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  type PageBench,
  SIZES,
  type Size,
  SKIP_PAGE,
  startPageBench,
} from '../helpers/page-browser.ts';

// What a script driving the page probes, in Debian's Chromium against the embedded dataset: the address holds
// the state (reload, back and forward restore it), a bad address gets a plain message rather than a blank
// page, no control logs a console error or makes a request fail, every control has a name and a visible
// keyboard focus. The lead shown is checked against /api/lead's JSON for the same query.
describe('the page as a script drives it: address, history, bad links, every control', {
  skip: SKIP_PAGE,
}, () => {
  let bench: PageBench | undefined;
  const problems: string[] = [];
  before(async () => {
    bench = await startPageBench({
      warm: ['/assets/app.js', '/api/lead?event=2016-11-08'],
      onPage: (page) => {
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
        });
      },
    });
  });
  after(() => bench?.close());

  const settled = (page: Page) =>
    page.waitForFunction(() => document.body.dataset.ready === document.body.dataset.requested);
  async function open(size: Size, query: string): Promise<Page> {
    const page = bench!.pages[size];
    await page.goto(`${bench!.server.url}/${query}`);
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
    return page;
  }
  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const value = (page: Page, sel: string) => page.$eval(sel, (e) => (e as HTMLInputElement).value);
  const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);
  /** The lead the API gives for the page's own address. */
  async function apiLead(page: Page): Promise<string> {
    const q = new URL(page.url()).searchParams;
    q.delete('from');
    q.delete('compare');
    return (await (await fetch(`${bench!.server.url}/api/lead?${q}`)).json()).sentence;
  }

  it('puts each choice in the address; reload, back and forward restore it, answer included', async () => {
    const page = await open('desktop', '?event=2016-11-08');
    await page.selectOption('#event', '2020-11-03');
    await settled(page);
    assert.equal(param(page, 'event'), '2020-11-03');
    await page.fill('#to', '5');
    await page.dispatchEvent('#to', 'change');
    await settled(page);
    assert.equal(param(page, 'to'), '5');
    await page.reload();
    await settled(page);
    assert.equal(await value(page, '#event'), '2020-11-03');
    assert.equal(await value(page, '#to'), '5');
    assert.equal(await text(page, '[data-testid="lead"]'), await apiLead(page));
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2');
    await settled(page);
    assert.equal(await value(page, '#to'), '2');
    assert.equal(await value(page, '#event'), '2020-11-03');
    assert.equal(await text(page, '[data-testid="lead"]'), await apiLead(page));
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('event') === '2016-11-08');
    await settled(page);
    assert.equal(await value(page, '#event'), '2016-11-08');
    assert.match(await text(page, '[data-testid="lead"]'), /widest of 25 US presidential elections/);
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('event') === '2020-11-03');
    await settled(page);
    assert.equal(await value(page, '#event'), '2020-11-03');
    assert.equal(await text(page, '[data-testid="lead"]'), await apiLead(page));
    // The market too.
    await page.selectOption('#region', 'europe');
    await settled(page);
    assert.equal(param(page, 'region'), 'europe');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === 'us');
    await settled(page);
    assert.equal(await value(page, '#region'), 'us');
  });

  for (const size of Object.keys(SIZES) as Size[])
    it(`${size}: a link with bad parameters says what is wrong with each, at the top, and the page still works`, async () => {
      problems.length = 0;
      const page = await open(size, '?event=2016-13-45&from=x&scheme=bogus&timing=later&foo=1&compare=abc');
      const note = await text(page, '[data-testid="url-note"]');
      for (const bit of [
        /the parameter "foo" is not one the page reads/,
        /the event 2016-13-45 is not a date: there is no month 13/,
        /the scheme "bogus" is not offered \(deciles, [^)]*\); showing deciles/,
        /the news timing "later" is not one of after-close, before-open, intraday/,
        /from day "x" is not a whole number of sessions; showing -5/,
        /the events to compare "abc" are not dates/,
      ])
        assert.match(note, bit);
      const top = await page.$eval('[data-testid="url-note"]', (e) => e.getBoundingClientRect().top);
      assert.ok(top < SIZES[size].height / 2, `the message starts at ${top} px`);
      assert.equal(await text(page, '[data-testid="lead"]'), 'No answer for this choice.');
      assert.match(await text(page, '#lead-status'), /2016-13-45 is not a date/);
      // Choosing an event answers, and the link's note goes.
      await page.selectOption('#event', '2016-06-23');
      await settled(page);
      assert.equal(await page.isHidden('[data-testid="url-note"]'), true);
      assert.match(await text(page, '[data-testid="spread"]'), /^[+−]\d+\.\d pp$/);
      await page.screenshot({ path: `${ARTIFACTS}page-bad-link-${size}.png` });
      assert.deepEqual(problems, []);
    });

  for (const size of Object.keys(SIZES) as Size[])
    it(`${size}: no console error and no failed request on load and on every control`, async () => {
      problems.length = 0;
      const page = await open(size, '?event=2016-11-08');
      const steps: [string, () => Promise<unknown>][] = [
        ['market Europe', () => page.selectOption('#region', 'europe')],
        ['market US', () => page.selectOption('#region', 'us')],
        ['event Brexit', () => page.selectOption('#event', '2016-06-23')],
        ['news before the open', () => page.selectOption('#timing', 'before-open')],
        ['news after the close', () => page.selectOption('#timing', 'after-close')],
        ['scheme terciles', () => page.selectOption('#scheme', 'terciles')],
        ['scheme indexes', () => page.selectOption('#scheme', 'indexes')],
        ['scheme deciles', () => page.selectOption('#scheme', 'deciles')],
        ['from 0', () => page.fill('#from', '0').then(() => page.dispatchEvent('#from', 'change'))],
        ['to 20', () => page.fill('#to', '20').then(() => page.dispatchEvent('#to', 'change'))],
        ['compare presets', () => page.click('#compare-presets')],
        ['compare elections', () => page.click('#compare-elections')],
        ['another date', () => page.selectOption('#event', 'custom')],
      ];
      for (const [name, step] of steps) {
        await step();
        await settled(page);
        assert.deepEqual(problems, [], name);
      }
      await page.fill('#custom-date', '2022-03-16');
      await page.dispatchEvent('#custom-date', 'change');
      await settled(page);
      for (const b of await page.locator('.tools button[data-act="table"]:visible').all()) await b.click();
      await page.click('#lead-details summary');
      await page.fill('#claim', 'The Russell 2000 rose 1.6% on Nov. 10, 2016.');
      await page.click('#check-form button[type="submit"]');
      await page.waitForSelector('#check-out .check-summary');
      assert.deepEqual(problems, []);
    });

  it('every link on the page answers: each query, download, report and the API document (HTTP 200)', async () => {
    const page = await open('desktop', '?event=2016-11-08&from=-5&to=2');
    await page.waitForSelector('[data-testid="compare-chart-query"] a');
    const hrefs = await page.$$eval('a[href]', (as) => [
      ...new Set(as.map((a) => a.getAttribute('href') ?? '')),
    ]);
    const own = hrefs.filter((h) => !h.startsWith('#'));
    assert.ok(own.length >= 12, own.join('\n'));
    for (const h of hrefs.filter((x) => x.startsWith('#')))
      assert.equal(await page.locator(h).count(), 1, `in-page link ${h}`);
    const bad: string[] = [];
    for (const h of own) {
      assert.ok(h.startsWith('/'), `${h} leaves the page's own server`);
      const res = await fetch(`${bench!.server.url}${h}`);
      await res.arrayBuffer();
      if (res.status !== 200) bad.push(`${res.status} ${h}`);
    }
    assert.deepEqual(bad, []);
  });

  it('names every control and shows a visible focus ring on each control Tab reaches', async () => {
    const page = await open('desktop', '?event=2016-11-08');
    const unnamed = await page.$$eval('input, select, textarea, button, a[href], [tabindex="0"]', (els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => {
          const labels = (e as HTMLInputElement).labels;
          const named =
            e.getAttribute('aria-label') ||
            e.getAttribute('aria-labelledby') ||
            (labels && labels.length > 0 && (labels[0].textContent ?? '').trim()) ||
            (e.textContent ?? '').trim();
          return !named;
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(unnamed, []);
    await page.focus('#region');
    for (let i = 0; i < 25; i++) {
      const ring = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const s = getComputedStyle(e);
        return { id: e.id || e.tagName, style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
      });
      assert.ok(
        ring.style !== 'none' && ring.width >= 2,
        `${ring.id}: outline ${ring.style} ${ring.width}px`,
      );
      await page.keyboard.press('Tab');
    }
  });
});

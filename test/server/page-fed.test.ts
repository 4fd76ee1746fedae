import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { settled, type Watch, watch } from '../helpers/page-watch.ts';

// A Fed decision and an election read with another news timing, in Debian's Chromium at 390×844 against the
// embedded dataset. Reference numbers: test/server/reference/lead-timing.py (Python csv over French's daily
// VW size file): 2024-12-18 read during the session, days 0 to 2 = Dec. 18 to 20, gap −1.0698 pp; 2016-11-08
// read before the open, days 0 to 2 = Nov. 8 to 10, gap +3.6678 pp (the set, after the close: +7.058 pp).
describe('a Fed decision, and an election read with another news timing', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2024-12-18'] });
    seen = watch(bench.pages.phone);
  });
  after(() => bench?.close());

  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const json = async (path: string) => (await fetch(`${bench!.server.url}${path}`)).json();
  async function open(query: string): Promise<Page> {
    const page = bench!.pages.phone;
    await page.goto(`${bench!.server.url}/${query}`);
    await settled(page);
    return page;
  }
  /** The number of percentage points the lead sentence states. */
  const leadPp = async (page: Page) =>
    Number((/by (\d+\.\d) percentage points/.exec(await text(page, '[data-testid="lead"]')) ?? [])[1]);

  it('a Fed decision is ranked among the 68 Fed rate decisions, its bar the API’s and the answer’s number', async () => {
    seen.take();
    const page = await open('?event=2024-12-18');
    assert.equal(new URL(page.url()).searchParams.get('timing'), 'intraday');
    assert.equal(await text(page, '[data-testid="spread"]'), '−1.1 pp'); // reference −1.0698 pp
    assert.equal(await leadPp(page), 1.1);
    assert.match(
      await text(page, '#period'),
      /: the first 3 sessions to trade on the news \(days 0 to 2; day 0 = Dec\. 18, 2024; the news came during the session\)\.$/,
    );
    assert.equal(await page.isVisible('#card-set svg'), true);
    assert.match(await text(page, '#card-set-title'), /^Every Fed rate decision: /);
    const set = await json('/api/event-set?set=fomc&metric=french%3ALo+10+-+french%3AHi+10&from=0&to=2');
    const rows = [...set.rows].sort((a, b) => b.value - a.value);
    const at = rows.findIndex((r: { eventDate: string }) => r.eventDate === '2024-12-18');
    assert.equal(rows.length, 68);
    assert.ok(Math.abs(rows[at].value + 0.010698) < 5e-6, String(rows[at].value));
    const bar = await page.$eval('#card-set rect[data-event="2024-12-18"]', (e) =>
      Number(e.getAttribute('data-value')),
    );
    assert.equal(bar, rows[at].value);
    assert.match(
      await text(page, '#card-set-desc'),
      new RegExp(`the chosen event is ${at + 1} of 68 at −1\\.1 pp\\.$`),
    );
    // The lead states the same rank as the chart (reference: 57 of 68, the 12th largest shortfall).
    assert.equal(at + 1, 57);
    assert.match(
      await text(page, '#lead-facts'),
      /The 12th largest shortfall of small caps among 68 Fed rate decisions since 2001 \(57th of 68 from the widest gap in their favour\)\./,
    );
    // Each row's label is its date and move (three rows would read "2024 Fed rate cut (25 bp)").
    const labels = await page.$$eval('#card-set svg text[text-anchor="end"][font-weight]', (ts) =>
      ts.map((t) => t.textContent),
    );
    assert.equal(new Set(labels).size, 68);
    assert.ok(labels.includes('2024-12-18 cut 25 bp'), labels.join(', '));
    // The chart fits the phone's width.
    const box = await page.$eval('#card-set svg', (e) => e.getBoundingClientRect().right);
    assert.ok(box <= 390, `the set chart ends at ${box} px`);
    await page.locator('#card-set').screenshot({ path: `${ARTIFACTS}page-fed-set-phone.png` });
    assert.deepEqual(seen.take(), []);
  });

  it('a Fed decision read in Europe is ranked among the Fed’s decisions on Europe SMB, its bar the figure above', async () => {
    seen.take();
    const page = await open('?event=2024-12-18&region=europe');
    assert.match(await text(page, '#card-set-title'), /^Fed rate decisions: Europe small minus big/);
    const set = await json('/api/event-set?set=fomc&region=europe&from=0&to=2');
    const row = set.rows.find((r: { eventDate: string }) => r.eventDate === '2024-12-18');
    const bar = await page.$eval('#card-set rect[data-event="2024-12-18"]', (e) =>
      Number(e.getAttribute('data-value')),
    );
    assert.equal(bar, row.value);
    // The region's own figure (its trading days, the same window) is the bar's number to the digit shown.
    const since = await json('/api/returns-since?event=2024-12-18&region=europe&from=0&to=2');
    assert.ok(Math.abs(since.summary.smb - row.value) < 1e-9, `${since.summary.smb} vs ${row.value}`);
    const pp = (row.value * 100).toFixed(1);
    assert.equal(
      await text(page, '[data-testid="spread"]'),
      `${row.value >= 0 ? '+' : '−'}${pp.replace('-', '')} pp`,
    );
    assert.deepEqual(seen.take(), []);
  });

  it('a Fed decision’s date typed by hand is that decision: its entry in the list, its news timing, the same answer', async () => {
    seen.take();
    const page = await open('?event=2016-11-08');
    await page.selectOption('#event', 'custom');
    await settled(page);
    await page.fill('#custom-date', '2024-12-18');
    await page.press('#custom-date', 'Enter');
    await settled(page);
    const q = new URL(page.url()).searchParams;
    assert.deepEqual([q.get('event'), q.get('timing')], ['2024-12-18', 'intraday']);
    assert.equal(await page.inputValue('#event'), '2024-12-18');
    assert.equal(await page.isHidden('#custom-wrap'), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'event');
    const lead = await json('/api/lead?event=2024-12-18');
    assert.equal(await text(page, '[data-testid="lead"]'), lead.sentence);
    assert.equal(await text(page, '[data-testid="spread"]'), '−1.1 pp'); // reference −1.0698 pp
    // A date no set holds stays as typed, with the news timing the page had.
    await page.selectOption('#event', 'custom');
    await settled(page);
    await page.fill('#custom-date', '2024-12-19');
    await page.press('#custom-date', 'Enter');
    await settled(page);
    assert.equal(await page.inputValue('#custom-date'), '2024-12-19');
    assert.equal(new URL(page.url()).searchParams.get('timing'), 'intraday');
    assert.deepEqual(seen.take(), []);
  });

  it('an election read as news before the open states those closes’ gap, in the US and in Europe, and the set chart says its own timing', async () => {
    seen.take();
    const page = await open('?event=2016-11-08&timing=before-open');
    assert.equal(await text(page, '[data-testid="spread"]'), '+3.7 pp'); // reference +3.6678 pp
    assert.equal(await leadPp(page), 3.7);
    assert.equal(
      await page.$$eval(
        '#lead-facts li',
        (ls) => ls.filter((l) => /among 25/.test(l.textContent ?? '')).length,
      ),
      0,
    );
    assert.equal(
      await text(page, '#card-set-status'),
      "Each event is ranked with its news after the close, as the set dates it; the answer above reads the news before the open, so its numbers differ from this chart's bar.",
    );
    // In Europe (SMB in US dollars, French's Europe file: −0.50, −0.58, +1.22 on Nov. 8 to 10 = +0.13 pp),
    // the same: the answer's number is the figure under it, with no rank among the 9 elections.
    await page.selectOption('#region', 'europe');
    await settled(page);
    assert.equal(await text(page, '[data-testid="spread"]'), '+0.1 pp');
    assert.equal(await leadPp(page), 0.1);
    assert.doesNotMatch(await text(page, '#lead-facts'), /among 9/);
    assert.match(await text(page, '#card-set-status'), /^Each event is ranked with its news after the close/);
    assert.deepEqual(seen.take(), []);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { settled, type Watch, watch } from '../helpers/page-watch.ts';

// An event the data do not hold, typed after an answer, in Debian's Chromium against the embedded dataset.
// French's daily size file ends 2025-05-30 (../shared/data/PROVENANCE.md), so 2031-01-01 is after the data.
// Before it: Saturday 2016-11-12, whose answer carries a data-quality flag (no NYSE session that day), and the
// Brexit vote. The old answer's numbers must all go (a "Not available" panel shows none), and the choice is
// an entry of the browser's history like any other: Back shows the answer before it, Forward and a reload
// say the same sentence with the date still typed.
describe('an event outside the data, chosen after an answer', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-12'] });
    seen = watch(bench.pages.phone);
  });
  after(() => bench?.close());

  const AFTER = '2031-01-01 is after the data';
  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const json = async (path: string) => (await fetch(`${bench!.server.url}${path}`)).json();
  const param = (page: Page) => new URL(page.url()).searchParams.get('event');
  async function typeDate(page: Page, date: string): Promise<void> {
    await page.selectOption('#event', 'custom');
    await settled(page);
    await page.fill('#custom-date', date);
    await page.press('#custom-date', 'Enter');
    await settled(page);
  }

  it('leaves no number, chart, table, flag, source or download of the answer before it', async () => {
    const page = bench!.pages.phone;
    await page.goto(`${bench!.server.url}/?event=2016-11-12`);
    await settled(page);
    seen.take();
    // The answer before: its figures are the API's, and it has a flag, charts, tables and sources.
    const since = await json('/api/returns-since?event=2016-11-12&to=2');
    const small = await text(page, '[data-testid="small"]');
    assert.equal(small, `+${(since.summary.small * 100).toFixed(1)}%`);
    assert.equal(await page.isVisible('[data-testid="flags"]'), true);
    assert.ok((await page.$$('#cards svg, #first-chart svg')).length >= 3);
    await typeDate(page, '2031-01-01');
    assert.match(await text(page, '#lead-status'), new RegExp(`^Not available: ${AFTER}`));
    assert.equal(await page.isVisible('[data-testid="flags"]'), false, 'the old answer’s flag stays');
    assert.equal(
      (await page.$$('#cards svg, #first-chart svg')).length,
      0,
      'a chart of the old answer stays',
    );
    const left = await page.evaluate(() => ({
      descs: [...document.querySelectorAll('[id$="-desc"]')].map((e) => e.textContent).filter(Boolean),
      rows: document.querySelectorAll(
        '#regions-table tbody tr, #compare tbody tr, [id^="card-"][id$="-table"] tr',
      ).length,
      more: document.querySelectorAll('#more li').length,
      sources: document.querySelectorAll('#sources li, #conventions li').length,
      downloads: !(document.getElementById('download-panel') as HTMLElement).hidden,
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered
      main: (document.querySelector('main') as HTMLElement).innerText,
    }));
    assert.deepEqual(
      { ...left, main: left.main.includes(small) },
      { descs: [], rows: 0, more: 0, sources: 0, downloads: false, main: false },
    );
    await page.screenshot({ path: `${ARTIFACTS}page-no-answer-phone.png`, fullPage: true });
    assert.deepEqual(seen.take(), []);
  });

  it('is an entry of the history: Back shows the answer before it, Forward and a reload say it again', async () => {
    const page = bench!.pages.phone;
    await page.goto(`${bench!.server.url}/?event=2016-06-23`);
    await settled(page);
    seen.take();
    const brexit = await text(page, '[data-testid="lead"]');
    const legs = [await text(page, '#small-label'), await text(page, '#large-label')];
    assert.deepEqual(legs, ['Smallest 10% (NYSE breakpoints)', 'Largest 10% (NYSE breakpoints)']);
    assert.equal(brexit, (await json('/api/lead?event=2016-06-23&timing=after-close')).sentence);
    await typeDate(page, '2031-01-01');
    assert.equal(param(page), '2031-01-01');
    await page.goBack();
    await settled(page);
    assert.equal(param(page), '2016-06-23');
    assert.equal(await text(page, '[data-testid="lead"]'), brexit);
    assert.equal(await page.isVisible('#download-panel'), true);
    await page.goForward();
    await settled(page);
    for (const step of ['forward', 'reload']) {
      if (step === 'reload') {
        await page.reload();
        await settled(page);
      }
      assert.equal(param(page), '2031-01-01', step);
      assert.equal(
        await page.$eval('#custom-date', (e) => (e as HTMLInputElement).value),
        '2031-01-01',
        step,
      );
      assert.match(await text(page, '#lead-status'), new RegExp(`^Not available: ${AFTER}`), step);
      assert.equal(await text(page, '[data-testid="lead"]'), 'No answer for this choice.', step);
      // The empty figures name the same legs as with numbers, on a reload too (not "Small", "Large").
      assert.deepEqual([await text(page, '#small-label'), await text(page, '#large-label')], legs, step);
    }
    assert.deepEqual(seen.take(), []);
  });
});

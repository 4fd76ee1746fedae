import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';

// End to end: the real page, bundled by esbuild, in Debian's Chromium (installed by .ci/run), against the
// server on loopback holding real rows cut from ../shared/data.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run the page test`;

describe('the web page in Chromium', { skip }, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];

  before(async () => {
    const { chromium } = await import('playwright-core');
    store = await fixtureStore();
    server = await startServer(store, { port: 0 });
    // Bundle the page before the browser asks for it (esbuild takes a few seconds on a busy machine).
    await (await fetch(`${server.url}/assets/app.js`)).arrayBuffer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    page.setDefaultTimeout(20_000);
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  const ready = async (n: number) => page.waitForFunction((k) => Number(document.body.dataset.ready) >= k, n);
  const pathOf = () =>
    page.locator('[data-testid="chart-since"] svg [aria-label="line"] path').first().getAttribute('d');

  it('shows the 2016 election: Lo 10 +8.2%, Hi 10 +1.1%, spread +7.1 pp over days [0, 2]', async () => {
    await page.goto(`${server.url}/?event=2016-11-08&from=-5&to=2`);
    await ready(1);
    // Hand calculation from French's daily VW file (see api.test.ts): 0.08197 → +8.2%, 0.01139 → +1.1%, 7.06 pp.
    assert.equal(await page.textContent('[data-testid="small"]'), '+8.2%');
    assert.equal(await page.textContent('[data-testid="large"]'), '+1.1%');
    assert.equal(await page.textContent('[data-testid="spread"]'), '+7.1 pp');
    assert.match((await page.textContent('#findings')) ?? '', /small caps led by 7\.1 percentage points/);
    assert.equal(await page.locator('#compare tbody tr').count(), 5);
    // 2016 is in the elections set, so the ranked chart of every election is shown (drawn from /api/event-set).
    assert.equal(await page.locator('#set-section').isVisible(), true);
    await page
      .locator('[data-testid="set-chart"] svg, [data-testid="set-chart"]:has-text("Not available")')
      .first()
      .waitFor();
  });

  it('changes the numbers and the chart when another event is chosen', async () => {
    const before2016 = await pathOf();
    await page.selectOption('#event', '2020-11-03');
    await ready(2);
    // French daily VW, 4–6 Nov 2020 (api.test.ts): Lo 10 +0.64%, Hi 10 +4.98%, spread −4.34 pp.
    assert.equal(await page.textContent('[data-testid="small"]'), '+0.6%');
    assert.equal(await page.textContent('[data-testid="large"]'), '+5.0%');
    assert.equal(await page.textContent('[data-testid="spread"]'), '−4.3 pp');
    assert.notEqual(await pathOf(), before2016);
    assert.match(page.url(), /event=2020-11-03/);
  });

  it('shows values on hover and links the downloads to the current query', async () => {
    const box = await page.locator('[data-testid="chart-since"] figure > svg').boundingBox();
    assert.ok(box);
    // Sweep to the last point (Plot's right margin is 20 px): pointerX picks the nearest day within 40 px.
    await page.mouse.move(box.x + 60, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2, { steps: 8 });
    const tip = page.locator('[data-testid="chart-since"] [aria-label="tip"] text').first();
    await tip.waitFor();
    // The last day of the window, day 2 = 6 Nov 2020, and a value as the headline prints it.
    assert.match(
      (await page.locator('[data-testid="chart-since"] [aria-label="tip"]').textContent()) ?? '',
      /day 2 \(2020-11-06\).*since base close/,
    );
    assert.match((await page.getAttribute('#dl-csv', 'href')) ?? '', /event=2020-11-03.*format=csv/);
    const csv = await page.evaluate(
      async (u) => (await fetch(u)).text(),
      (await page.getAttribute('#dl-csv', 'href')) ?? '',
    );
    assert.match(csv, /^# event 2020-11-03/);
  });

  it('switches to the indexes: ^RUT +4.7% and ^GSPC +1.3% to 10 Nov 2016, equal weighting not offered', async () => {
    // Reference: PROVENANCE.md §2, ^RUT 11/8→11/10 +4.72%, ^GSPC +1.30%.
    await page.selectOption('#event', '2016-11-08');
    await ready(3);
    await page.selectOption('#scheme', 'indexes');
    await ready(4);
    await page.fill('#to', '1');
    await page.dispatchEvent('#to', 'change');
    await ready(5);
    assert.equal(await page.textContent('#small-label'), 'Small: ^RUT');
    assert.equal(await page.textContent('[data-testid="small"]'), '+4.7%');
    assert.equal(await page.textContent('[data-testid="large"]'), '+1.3%');
    assert.equal(
      await page
        .locator('#weighting option[value="equal"]')
        .evaluate((o) => (o as HTMLOptionElement).disabled),
      true,
    );
  });

  it('checks a paragraph typed in the page: ^RUT +8.95% from 8 to 15 Nov 2016 is supported; a headline is not a claim', async () => {
    // Reference: PROVENANCE.md §2, ^RUT 11/8→11/15 +8.95%.
    await page.fill(
      '#claim',
      'Small caps soar\nThe Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016.',
    );
    await page.click('#check-form button');
    await page.waitForFunction(() =>
      /supported|not supported|Could not/.test(document.querySelector('#verdicts tbody')?.textContent ?? ''),
    );
    const rows = await page.$$eval('#verdicts tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    assert.equal(rows.length, 2);
    assert.equal(rows[0][1], 'not a quantitative claim');
    assert.equal(rows[1][1], 'supported');
    assert.match(rows[1][2], /: supported, 8\.953%$/);
    assert.match(rows[1][3], /^capgap check --claim '\{metric: return, subject: "\^RUT"/);
  });

  it('shows the server error for an event outside the data, and fetched nothing off-site', async () => {
    await page.selectOption('#event', 'custom');
    await page.fill('#custom-date', '1990-01-02');
    await page.dispatchEvent('#custom-date', 'change');
    await page.locator('#error').waitFor({ state: 'visible' });
    assert.match((await page.textContent('#error')) ?? '', /no daily closes of \^RUT in the store/);
    await page.selectOption('#event', '2016-11-08');
    await page.waitForFunction(() => document.getElementById('error')?.hidden === true);
    await page.selectOption('#scheme', 'deciles');
    await page.fill('#to', '20');
    await page.dispatchEvent('#to', 'change');
    await page.waitForFunction(
      () =>
        /day 20/.test(document.getElementById('period')?.textContent ?? '') &&
        !document.body.classList.contains('busy'),
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}server-page.png`, fullPage: true });
    assert.deepEqual(offsite, []);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { settled, type Watch, watch } from '../helpers/page-watch.ts';

// The page when the network misbehaves, in Debian's Chromium at 1440×900 against the embedded dataset, with
// Playwright's routes holding, failing or refusing the API's answers: a slow answer says it is coming, a
// failed or busy one says why and offers "Try again" (which answers once the server does), and choices made
// while an answer is on its way never overlap it: the last choice wins and the skipped ones are never asked.
// No timing is asserted: a held answer is released by the test, and order is read from the request log.
describe('the page on a slow, failing or busy network', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  let page: Page;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
    page = bench.pages.desktop;
    seen = watch(page);
  });
  after(() => bench?.close());

  const text = async (sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const apiLead = async () => {
    const href = (await page.getAttribute('[data-testid="lead-query"]', 'href')) as string;
    return (await (await fetch(`${bench!.server.url}${href}`)).json()).sentence as string;
  };
  async function open(query: string): Promise<void> {
    await page.goto(`${bench!.server.url}/${query}`);
    await settled(page);
  }
  /** Holds the answers to `pattern` until the returned release is called. */
  async function hold(pattern: string): Promise<() => Promise<void>> {
    let release: () => void = () => {};
    const gate = new Promise<void>((ok) => {
      release = ok;
    });
    const held: Promise<void>[] = [];
    await page.route(pattern, (r: Route) => {
      const p = gate.then(() => r.continue());
      held.push(p);
      return p;
    });
    return async () => {
      release();
      await Promise.all(held);
      await page.unroute(pattern);
    };
  }

  it('a slow answer says it is on its way over the last one, then shows the API’s', async () => {
    await open('?event=2016-11-08');
    seen.take();
    const release = await hold('**/api/lead?event=2020-11-03*');
    try {
      await page.selectOption('#event', '2020-11-03');
      await page.waitForSelector('#lead-status.info:has-text("Loading the answer for")');
      assert.match(await text('#lead-status'), /^Loading the answer for US presidential election 2020…$/);
      await page.screenshot({ path: `${ARTIFACTS}page-network-slow.png` });
    } finally {
      await release();
    }
    await settled(page);
    assert.equal(await text('[data-testid="lead"]'), await apiLead());
    assert.equal(await page.isHidden('#lead-status'), true);
    assert.deepEqual(seen.take(), []);
  });

  it('no server: every panel says so in words, "Try again" answers once the server is back', async () => {
    await open('?event=2016-11-08');
    await page.route('**/api/**', (r) => r.abort('connectionrefused'));
    try {
      await page.selectOption('#event', '2024-11-05');
      await settled(page);
      assert.match(
        await text('[data-testid="retry"]'),
        /^Some answers could not be loaded: the capgap server did not answer \(is `capgap serve` still running\?\); try again, or reload the page\. Try again$/,
      );
      assert.match(await text('#lead-status'), /^Not available: the capgap server did not answer/);
      await page.screenshot({ path: `${ARTIFACTS}page-network-offline.png` });
    } finally {
      await page.unroute('**/api/**');
    }
    seen.take(); // the refused requests were the test's own
    await page.click('[data-testid="retry"] button');
    await settled(page);
    assert.equal(await page.isHidden('[data-testid="retry"]'), true);
    assert.equal(await text('[data-testid="lead"]'), await apiLead());
    assert.equal(new URL(page.url()).searchParams.get('event'), '2024-11-05');
    assert.deepEqual(seen.take(), []);
  });

  it('a busy server (503) says so, and "Try again" from the keyboard answers', async () => {
    await open('?event=2016-11-08');
    await page.route('**/api/lead?*', (r) =>
      r.fulfill({
        status: 503,
        headers: { 'retry-after': '1' },
        contentType: 'application/json',
        body: '{"error":{"status":503,"message":"busy"}}',
      }),
    );
    try {
      await page.selectOption('#event', '2012-11-06');
      await settled(page);
      assert.equal(
        await text('#lead-status'),
        'Not available: busy; the server is busy: try again in a moment',
      );
      // The panels that did not ask /api/lead still answer.
      assert.match(await text('[data-testid="spread"]'), /^[+−]\d+\.\d pp$/);
    } finally {
      await page.unroute('**/api/lead?*');
    }
    seen.take();
    await page.focus('[data-testid="retry"] button');
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal(await text('[data-testid="lead"]'), await apiLead());
    assert.deepEqual(seen.take(), []);
  });

  it('choices made while an answer is on its way wait for it and the last one wins: no overlap, no skipped request', async () => {
    await open('?event=2016-11-08');
    seen.take();
    const log: string[] = [];
    const lead = (u: string) => new URL(u).pathname === '/api/lead';
    const onStart = (r: { url(): string }) => {
      if (lead(r.url())) log.push(`start ${new URL(r.url()).searchParams.get('event')}`);
    };
    const onEnd = (r: { url(): string }) => {
      if (lead(r.url())) log.push(`end ${new URL(r.url()).searchParams.get('event')}`);
    };
    page.on('request', onStart);
    page.on('requestfinished', onEnd);
    const release = await hold('**/api/lead?event=2012-11-06*');
    try {
      await page.selectOption('#event', '2012-11-06');
      await page.waitForFunction(() => document.body.classList.contains('busy'));
      await page.selectOption('#event', '2020-11-03');
      await page.selectOption('#event', '2024-11-05');
      // Not answered yet: the last choice is asked only once the held answer is in.
      assert.notEqual(
        await page.evaluate(() => document.body.dataset.ready),
        await page.evaluate(() => document.body.dataset.requested),
      );
    } finally {
      await release();
    }
    await settled(page);
    page.off('request', onStart);
    page.off('requestfinished', onEnd);
    assert.deepEqual(log, ['start 2012-11-06', 'end 2012-11-06', 'start 2024-11-05', 'end 2024-11-05']);
    assert.equal(new URL(page.url()).searchParams.get('event'), '2024-11-05');
    assert.equal(await page.inputValue('#event'), '2024-11-05');
    assert.equal(await text('[data-testid="lead"]'), await apiLead());
    assert.match(await text('[data-testid="lead"]'), /^Over the first three sessions after the election/);
    assert.deepEqual(seen.take(), []);
  });
  it('the checker: texts submitted while a check is on its way wait for it, and only the last is sent and shown', async () => {
    await open('?event=2016-11-08');
    seen.take();
    const log: string[] = [];
    const body = (r: { postData(): string | null }) => JSON.parse(r.postData() ?? '{}').text as string;
    const onStart = (r: { url(): string; postData(): string | null }) => {
      if (r.url().endsWith('/api/check')) log.push(`start ${body(r)}`);
    };
    const onEnd = (r: { url(): string; postData(): string | null }) => {
      if (r.url().endsWith('/api/check')) log.push(`end ${body(r)}`);
    };
    page.on('request', onStart);
    page.on('requestfinished', onEnd);
    const [a, b, c] = [
      'The Russell 2000 rose 4.72% from Nov. 8, 2016 to Nov. 10, 2016.',
      'The S&P 500 rose 1.30% from Nov. 8, 2016 to Nov. 10, 2016.',
      'The Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016.',
    ];
    const submit = async (t: string) => {
      await page.fill('#claim', t);
      await page.click('#check-form button[type="submit"]');
    };
    const release = await hold('**/api/check');
    try {
      await submit(a);
      await page.waitForFunction(
        () => document.querySelector('#check-panel-status')?.textContent === 'Checking…',
      );
      await submit(b);
      await submit(c);
    } finally {
      await release();
    }
    await page.waitForFunction((t) => document.querySelector('#check-out blockquote')?.textContent === t, c);
    page.off('request', onStart);
    page.off('requestfinished', onEnd);
    assert.deepEqual(log, [`start ${a}`, `end ${a}`, `start ${c}`, `end ${c}`]);
    // ^RUT 11/8 -> 11/15 +8.95% (PROVENANCE §2): supported
    assert.equal(await page.getAttribute('#check-out li.claim', 'data-verdict'), 'supported');
    assert.equal(await page.locator('#check-out li.sentence').count(), 1);
    assert.deepEqual(seen.take(), []);
  });
});

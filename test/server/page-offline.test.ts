import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';

// The page when things go wrong, and by keyboard alone, in Debian's Chromium against the embedded dataset.
// Reference for "no stale number": the 2016 answer's figures (+8.2%, +1.1%, +7.1 pp; French daily VW Lo 10 and
// Hi 10, hand-compounded in test/server/page.test.ts) must not survive a failed update.
describe('the web page: where the lead comes from, when the server stops answering, by keyboard only', {
  skip: SKIP_PAGE,
}, () => {
  let bench: PageBench | undefined;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
  });
  after(() => bench?.close());

  async function open(page: Page, query: string): Promise<void> {
    await page.goto(`${bench!.server.url}/${query}`);
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
  }

  it("links the query behind the lead beside it; that query answers the lead's gap (hand: 8.197% − 1.139%)", async () => {
    const page = bench!.pages.desktop;
    await open(page, '?event=2016-11-08&from=-5&to=2');
    const href = await page.getAttribute('[data-testid="lead-query"]', 'href');
    assert.ok(href?.startsWith('/api/lead?'), `lead link ${href}`);
    const inLead = await page.evaluate(() =>
      document.getElementById('lead')!.contains(document.getElementById('lead-query')),
    );
    assert.ok(inLead, 'the link sits in the lead, beside the numbers');
    const answer = await (await fetch(`${bench!.server.url}${href}`)).json();
    const lo10 = 1.0326 * 1.017 * 1.0303 - 1; // French daily VW Lo 10, 9–11 Nov 2016 (%): 3.26, 1.70, 3.03
    const hi10 = 1.0122 * 1.0008 * 0.9984 - 1; // Hi 10: 1.22, 0.08, −0.16
    assert.ok(Math.abs(answer.finding.value - (lo10 - hi10)) < 1e-9, `${answer.finding.value}`);
    assert.equal(answer.sentence, ((await page.textContent('[data-testid="lead"]')) ?? '').trim());
  });

  it('says in plain words that the server did not answer, and leaves no number of the earlier answer', async () => {
    const page = bench!.pages.desktop;
    await open(page, '?event=2016-11-08');
    assert.match((await page.textContent('#figures')) ?? '', /\+8\.2%/, 'the 2016 answer is shown first');
    await page.route('**/api/**', (r) => r.abort('connectionrefused'));
    try {
      const before = await page.evaluate(() => document.body.dataset.requested);
      await page.selectOption('#event', '2020-11-03');
      await page.waitForFunction(
        (b) =>
          document.body.dataset.ready !== b &&
          document.body.dataset.ready === document.body.dataset.requested,
        before,
      );
      await page.screenshot({ path: `${ARTIFACTS}page-offline.png`, fullPage: true });
      const lead = ((await page.textContent('#lead-status')) ?? '').trim();
      assert.match(lead, /the capgap server did not answer \(is `capgap serve` still running\?\)/);
      const main = (await page.textContent('main')) ?? '';
      assert.doesNotMatch(main, /Failed to fetch/, 'the browser’s own words reach the reader');
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#figures, #first-chart, #cards')]
          // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, not the hidden tables
          .map((e) => e.innerText)
          .join('\n'),
      );
      for (const stale of ['+8.2%', '+1.1%', '+7.1 pp'])
        assert.ok(!shown.includes(stale), `${stale} from the 2016 answer is still shown: ${shown}`);
    } finally {
      await page.unroute('**/api/**');
    }
  });

  it('phone: Tab reaches every visible control, in page order, each usable without a mouse', async () => {
    const page = bench!.pages.phone;
    await open(page, '?event=2016-11-08');
    const controls = await page.evaluate(() => {
      const all = [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ];
      return all
        .filter((e) => e.getClientRects().length > 0 && !(e as HTMLInputElement).disabled)
        .map((e, i) => {
          e.dataset.ctl = String(i);
          return i;
        }).length;
    });
    const reached = new Set<string>();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < controls + 20; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ctl);
      if (id === undefined) continue;
      if (reached.has(id)) break;
      reached.add(id);
    }
    const missed = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll<HTMLElement>('[data-ctl]')]
          .filter((e) => !seen.includes(e.dataset.ctl!))
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${e.textContent?.trim().slice(0, 30)}"`,
          ),
      [...reached],
    );
    assert.ok(controls > 30, `only ${controls} controls found`);
    assert.deepEqual(missed, [], 'controls Tab never reaches');
  });
});

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

// The answer first, as a first-time visitor meets it in Debian's Chromium at 1440×900 and 390×844, for the
// 2016 election, the Brexit vote and a rate decision (FOMC 2022-03-16, news during the session). What the
// page shows is checked against the API's JSON for the same query (the API's numbers are checked against
// references elsewhere: test/server/lead.test.ts, api.test.ts); for 2016 also against a hand calculation on
// French's daily VW file (test/server/page.test.ts: Lo 10 +8.197%, Hi 10 +1.139%, gap +7.058 pp).
const EVENTS = [
  ['2016 election', '?event=2016-11-08'],
  ['Brexit', '?event=2016-06-23'],
  ['FOMC 2022-03-16', '?event=2022-03-16&timing=intraday'],
] as const;

/** A decimal as the page's headline figure: sign, one decimal ('+8.2%', '−3.2%'); pp for the gap. */
const headline = (v: number, unit: '%' | ' pp') =>
  `${v < 0 ? '−' : '+'}${Math.abs(v * 100).toFixed(1)}${unit}`;

describe('the page states the answer first, with its numbers and their queries', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
  });
  after(() => bench?.close());

  async function open(size: Size, query: string): Promise<Page> {
    const page = bench!.pages[size];
    await page.goto(`${bench!.server.url}/${query}`);
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
    return page;
  }
  const json = async (path: string) => (await fetch(`${bench!.server.url}${path}`)).json();
  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const box = (page: Page, sel: string) =>
    page.$eval(sel, (e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY };
    });

  for (const size of Object.keys(SIZES) as Size[])
    for (const [name, query] of EVENTS)
      it(`${size}, ${name}: the lead, the figures and the month standing are the API's, on the first screen`, async () => {
        const page = await open(size, query);
        const figuresUrl = await page.getAttribute('[data-testid="figures-query"] a', 'href');
        const leadUrl = await page.getAttribute('[data-testid="lead-query"]', 'href');
        assert.match(figuresUrl ?? '', /^\/api\/returns-since\?/);
        assert.match(leadUrl ?? '', /^\/api\/lead\?/);
        // The queries the page names are those of its own state (the address).
        const state = new URL(page.url()).searchParams;
        const since = new URLSearchParams(figuresUrl?.split('?')[1]);
        for (const k of ['event', 'timing', 'scheme', 'weighting', 'from', 'to'])
          assert.equal(since.get(k), state.get(k), `returns-since ${k}`);
        const [lead, r] = await Promise.all([json(leadUrl as string), json(figuresUrl as string)]);
        assert.equal(await text(page, '[data-testid="lead"]'), lead.sentence);
        assert.equal(await text(page, '[data-testid="small"]'), headline(r.summary.small, '%'));
        assert.equal(await text(page, '[data-testid="large"]'), headline(r.summary.large, '%'));
        assert.equal(await text(page, '[data-testid="spread"]'), headline(r.summary.spread, ' pp'));
        const facts = await text(page, '#lead-facts');
        assert.ok(facts.includes(lead.month.text), `month text: ${facts}`);
        assert.ok(facts.includes(lead.month.rankText), 'month standing');
        // Each number names its data's dates.
        assert.match(
          await text(page, '[data-testid="figures-query"]'),
          new RegExp(`data: ${r.startDate} to ${r.endDate}`),
        );
        assert.match(
          await text(page, '#lead-trace'),
          new RegExp(`daily closes ${lead.event.baseDate} to ${lead.endDate}`),
        );
        assert.match(
          await text(page, '[data-testid="lead-flows"]'),
          /^(US small-cap ETF flows|ETF flows: no flows record)/,
        );
        if (name === '2016 election') assert.equal(await text(page, '[data-testid="spread"]'), '+7.1 pp'); // hand
        // The first screen (no scrolling) holds the answer with its numbers and the month standing.
        const fold = SIZES[size].height;
        for (const sel of ['[data-testid="lead"]', '.stats', '#lead-facts'])
          assert.ok(
            (await box(page, sel)).bottom <= fold,
            `${sel} ends below the ${fold} px fold at ${size}`,
          );
        // At 1440×900 the first chart is on the first screen too, whole.
        if (size === 'desktop') {
          const chart = await box(page, '[data-testid="chart-since"] svg');
          assert.ok(chart.bottom <= fold, `the first chart ends at ${chart.bottom} px, below the fold`);
        }
        await page.screenshot({ path: `${ARTIFACTS}page-answer-${size}-${query.slice(7, 17)}.png` });
      });

  it('names the API URL and the dates under every chart and table that shows numbers', async () => {
    const page = await open('desktop', '?event=2016-11-08&from=-5&to=2');
    await page.waitForSelector('[data-testid="compare-chart-query"] a');
    for (const id of ['chart-since', 'chart-spread', 'set-chart', 'compare-chart', 'regions']) {
      const line = await text(page, `[data-testid="${id}-query"]`);
      assert.match(line, /^Numbers from GET \/api\/[a-z-]+\?\S+; data: .*\d{4}-\d{2}-\d{2}/, id);
      const href = (await page.getAttribute(`[data-testid="${id}-query"] a`, 'href')) as string;
      const res = await fetch(`${bench!.server.url}${href}`);
      assert.equal(res.status, 200, `${id}: ${href}`);
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import { Store } from '../../src/store/store.ts';
import {
  ARTIFACTS,
  type PageBench,
  SIZES,
  type Size,
  SKIP_PAGE,
  startPageBench,
} from '../helpers/page-browser.ts';

// The page as a journalist meets it, in Debian's Chromium at 1440×900 and 390×844: what the figures cover in
// words, tables whose numbers and captions stay in view on a phone, a visible keyboard focus, and the two
// states where there is no answer (an event past the data; a server whose store holds no data) saying what
// to do. Two servers: the embedded dataset (French's daily VW size file runs through 2025-05-30, see
// data/PROVENANCE.md) and an empty in-memory store. Screenshots go to test-artifacts/page-reader-*.png.
const skip = SKIP_PAGE;

describe('the page as a journalist reads it, in Chromium', { skip }, () => {
  let empty: Store;
  let server: RunningServer;
  let bare: RunningServer;
  const pages = {} as Record<Size, Page>;
  let bench: PageBench | undefined;

  before(async () => {
    // the answers' inputs too, before the browser asks
    bench = await startPageBench({
      warm: ['/assets/app.js', '/api/lead?event=2016-11-08', '/api/returns-since?event=2016-11-08'],
    });
    ({ server } = bench);
    Object.assign(pages, bench.pages);
    empty = await Store.open(':memory:');
    bare = await startServer(empty, { port: 0 });
  });
  after(async () => {
    await bench?.close();
    await bare?.close();
    empty?.close();
  });

  async function open(size: Size, query: string, on: RunningServer = server): Promise<Page> {
    const page = pages[size];
    await page.goto(`${on.url}/${query}`);
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
    return page;
  }
  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${ARTIFACTS}page-reader-${name}.png`, fullPage: true });

  it('phone: says what the figures cover in words: article dates, day 0 and when the news came', async () => {
    const page = await open('phone', '?event=2016-11-08&from=-5&to=2');
    assert.equal(
      await text(page, '#period'),
      'From the close of Nov. 8, 2016, the last close before the news, to the close of Nov. 11, 2016: the first 3 sessions after the news (days 0 to 2; day 0 = Nov. 9, 2016; the news came after the close).',
    );
    // The chart descriptions use the axes' minus sign.
    assert.match(await text(page, '#card-since-desc'), /days \u22125 to 2 /);
  });

  it('phone: every table caption stays in view and wraps; the compare table shows the gap first', async () => {
    const page = await open('phone', '?event=2016-11-08&from=0&to=2');
    // Each caption of a sideways-scrolling table lies inside its scroll box (no words cut off at the edge).
    const boxes = await page.$$eval('.table-scroll', (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null && el.querySelector('caption'))
        .map((el) => {
          const box = el.getBoundingClientRect();
          const cap = (el.querySelector('caption') as HTMLElement).getBoundingClientRect();
          return {
            label: el.getAttribute('aria-label'),
            box: [box.left, box.right],
            cap: [cap.left, cap.right],
          };
        }),
    );
    // the markets side by side and the comparison (the checker lists its verdicts, no table)
    assert.ok(boxes.length >= 2, `${boxes.length} captioned tables`);
    for (const b of boxes)
      assert.ok(
        b.cap[0] >= b.box[0] - 1 && b.cap[1] <= b.box[1] + 1,
        `${b.label}: caption spans ${b.cap.map(Math.round)}, its box ${b.box.map(Math.round)}`,
      );
    assert.deepEqual(await page.$$eval('#compare thead th', (ths) => ths.map((th) => th.textContent)), [
      'Event',
      'Gap (pp)',
      'Small (%)',
      'Large (%)',
      'Base close',
      'Through',
    ]);
    // 2016, hand calculation on French's daily VW file (test/server/page.test.ts): +7.1 pp, +8.2%, +1.1%.
    const row = await page.$$eval('#compare tbody tr.current > *', (cs) => cs.map((c) => c.textContent));
    assert.deepEqual(row.slice(1, 4), ['+7.1 pp', '+8.2%', '+1.1%']);
    const gapRight = await page.$eval(
      '#compare thead th:nth-child(2)',
      (th) => th.getBoundingClientRect().right,
    );
    assert.ok(gapRight <= 390, `the Gap column ends at ${gapRight} px, past the 390 px screen`);
    assert.ok((await overflow(page)) <= 0);
    await shot(page, '2016-phone');
  });

  it('desktop: keyboard focus is visible on every control Tab reaches (a 3 px ring)', async () => {
    const page = await open('desktop', '?event=2016-11-08');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    // the lead's links (each number's query) come first, then the controls
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return { id: `${el.tagName.toLowerCase()}#${el.id}`, style: cs.outlineStyle, width: cs.outlineWidth };
      });
      seen.push(f.id);
      assert.equal(f.style, 'solid', `${f.id}: outline ${f.style}`);
      assert.equal(f.width, '3px', `${f.id}: outline ${f.width}`);
    }
    assert.ok(seen.includes('select#event') && seen.includes('input#to'), seen.join(' '));
    await page.screenshot({ path: `${ARTIFACTS}page-reader-focus-desktop.png` });
  });

  for (const size of Object.keys(SIZES) as Size[]) {
    it(`${size}: an event past the data says where the data stop and what to choose, before asking the server`, async () => {
      const page = await open(size, '?event=2031-01-01');
      const want =
        '2031-01-01 is after the data: the size portfolios run through May 30, 2025; choose an event before May 30, 2025';
      assert.equal(await text(page, '#lead-status'), `Not available: ${want}`);
      assert.equal(await text(page, '#form-error'), `Not updated: ${want}.`);
      assert.equal(await text(page, '[data-testid="lead"]'), 'No answer for this choice.');
      assert.ok((await overflow(page)) <= 0);
      await shot(page, `past-data-${size}`);
    });

    it(`${size}: a server whose store holds no data says what to add, with no raw parameter error`, async () => {
      const page = await open(size, '', bare);
      const lead = await text(page, '#lead-status');
      assert.match(
        lead,
        /^Not available: this server's store holds no daily size portfolios or index closes/,
      );
      assert.match(lead, /capgap fetch french --dataset Portfolios_Formed_on_ME_Daily/);
      const body = await text(page, 'main');
      assert.doesNotMatch(body, /undefined|invalid parameter/);
      assert.equal(await text(page, '#weighting'), 'none in the data');
      // Said once at the top (the figures inside the lead add nothing); the panels below point there.
      assert.equal(await page.isHidden('#figures-status'), true);
      for (const id of ['#card-since-status', '#regions-panel-status'])
        assert.equal(
          await text(page, id),
          'Not available: nothing to show for this choice: the note at the top says why',
          id,
        );
      assert.ok((await overflow(page)) <= 0);
      await shot(page, `empty-store-${size}`);
    });
  }
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { JUNK, overflow, settled, type Watch, watch } from '../helpers/page-watch.ts';

// Every control of the page walked as a first-time visitor (at 390×844) and by keyboard alone (1440×900), in
// Debian's Chromium against the embedded dataset, as an outside script does: after each choice the lead is
// the API's own sentence for the page's query (/api/lead, whose numbers are checked against references in
// test/server/lead.test.ts), nothing reads NaN/undefined/null, nothing is wider than the screen, and the
// browser logged no console error, failed request or HTTP error. Dates typed by hand: Saturday 2016-11-12
// and Thanksgiving 2016-11-24 (NYSE closed both days: the next sessions are Monday 2016-11-14 and Friday
// 2016-11-25), 1920-01-01 before French's daily file (it starts 1926-07-01, ../shared/data/PROVENANCE.md)
// and 2031-01-01 after it (it ends 2025-05-30).
describe('every control of the page, walked', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  const seen = {} as Record<'phone' | 'desktop', Watch>;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
    seen.phone = watch(bench.pages.phone);
    seen.desktop = watch(bench.pages.desktop);
  });
  after(() => bench?.close());

  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const json = async (path: string) => (await fetch(`${bench!.server.url}${path}`)).json();
  async function open(page: Page, query: string): Promise<void> {
    await page.goto(`${bench!.server.url}/${query}`);
    await settled(page);
  }
  /** After a choice: the lead is the API's for the page's own query, or the page says why there is none. */
  async function answered(page: Page, step: string): Promise<string> {
    await settled(page);
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, not the hidden tables
    const main = await page.evaluate(() => (document.querySelector('main') as HTMLElement).innerText);
    assert.doesNotMatch(main, JUNK, `${step}: ${main.match(JUNK)?.[0]}`);
    assert.ok((await overflow(page)) <= 0, `${step}: wider than the screen`);
    const lead = await text(page, '[data-testid="lead"]');
    if (lead === 'No answer for this choice.') {
      assert.match(await text(page, '#lead-status'), /^(Not available|Out of date): \S/, step);
      return lead;
    }
    const href = (await page.getAttribute('[data-testid="lead-query"]', 'href')) as string;
    assert.equal(lead, (await json(href)).sentence, `${step}: ${href}`);
    return lead;
  }

  it('phone: every event offered answers with the API’s sentence, and the browser logs nothing wrong', async () => {
    const page = bench!.pages.phone;
    seen.phone.take();
    await open(page, '');
    const events = await page.$$eval('#event option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'custom'),
    );
    // the presets, 25 presidential elections and 24 midterms (less any that repeat a preset) at least
    assert.ok(events.length >= 49, `${events.length} events offered`);
    for (const v of events) {
      seen.phone.at(`event ${v}`);
      await page.selectOption('#event', v);
      await answered(page, `event ${v}`);
    }
    await page.screenshot({ path: `${ARTIFACTS}page-walk-events-phone.png` });
    assert.deepEqual(seen.phone.take(), []);
  });

  it('phone: every scheme, news timing, market and window answers or says why in words', async () => {
    const page = bench!.pages.phone;
    await open(page, '?event=2016-11-08');
    seen.phone.take();
    const values = (sel: string) =>
      page.$$eval(`${sel} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const id of ['#scheme', '#timing', '#region'])
      for (const v of await values(id)) {
        seen.phone.at(`${id} ${v}`);
        await page.selectOption(id, v);
        assert.notEqual(await answered(page, `${id} ${v}`), 'No answer for this choice.', `${id} ${v}`);
      }
    await page.selectOption('#region', 'us');
    await page.selectOption('#scheme', 'deciles');
    // The election's own timing: read during the session, day 0 is the election day ("On the day of …").
    await page.selectOption('#timing', 'after-close');
    await answered(page, 'back to the US deciles, news after the close');
    // Windows: each says what it answers, or why not (the form's note names the bad value).
    const windows: [string, string, RegExp][] = [
      ['0', '0', /^On the first trading day after the election/],
      ['-250', '756', /^Over the first \d+ sessions after the election/],
      ['5', '2', /^Not updated: from day 5 is after to day 2\.$/],
      ['0', '1000', /^Not updated: to day 1000 is after 756/],
      ['1.5', '2', /^Not updated: from day "1\.5" is not a whole number\.$/],
      ['-3', '-1', /set "To day" to 0 or later$/],
    ];
    for (const [from, to, want] of windows) {
      seen.phone.at(`window ${from}..${to}`);
      await page.fill('#from', from);
      await page.fill('#to', to);
      await page.press('#to', 'Enter');
      await answered(page, `window ${from}..${to}`);
      const said = [await text(page, '#form-error'), await text(page, '[data-testid="lead"]')];
      if (to === '-1') said.push(await text(page, '#lead-status'));
      assert.ok(
        said.some((t) => want.test(t)),
        `window ${from}..${to}: ${said.join(' | ')}`,
      );
    }
    assert.deepEqual(seen.phone.take(), []);
  });

  it('phone: a date typed by hand (a weekend, a holiday, before and after the data) says something true', async () => {
    const page = bench!.pages.phone;
    await open(page, '?event=2016-11-08');
    const schemes = await json('/api/schemes');
    const deciles = schemes.schemes.find((s: { id: string }) => s.id === 'deciles');
    // French's daily size file: first and last dates (PROVENANCE.md)
    assert.deepEqual([deciles.from, deciles.through], ['1926-07-01', '2025-05-30']);
    seen.phone.take();
    await page.selectOption('#event', 'custom');
    const typed = async (date: string) => {
      seen.phone.at(`date ${date}`);
      await page.fill('#custom-date', date);
      await page.press('#custom-date', 'Enter');
      return answered(page, `date ${date}`);
    };
    // A Saturday and Thanksgiving: the answer starts at the next session, and the page says why.
    for (const [date, day, t0] of [
      ['2016-11-12', 'Saturday', '2016-11-14'],
      ['2016-11-24', 'Thursday', '2016-11-25'],
    ]) {
      await typed(date);
      const href = (await page.getAttribute('[data-testid="lead-query"]', 'href')) as string;
      assert.equal((await json(href)).event.t0, t0, date);
      assert.match(
        await text(page, '#lead'),
        new RegExp(`The event date ${date} \\(${day}\\) was not an NYSE session: .* t0 is ${t0}\\.`),
      );
    }
    await page.screenshot({ path: `${ARTIFACTS}page-walk-holiday-phone.png`, fullPage: true });
    // Before and after the data: said before asking the server, with the data's span.
    const asked: string[] = [];
    const count = (r: { url(): string }) => {
      if (r.url().includes('/api/')) asked.push(r.url());
    };
    page.on('request', count);
    try {
      assert.equal(await typed('1920-01-01'), 'No answer for this choice.');
      assert.equal(
        await text(page, '#lead-status'),
        'Not available: no data for 1920-01-01: the size portfolios run from July 1, 1926 to May 30, 2025; choose an event after July 1, 1926',
      );
      await page.screenshot({ path: `${ARTIFACTS}page-walk-before-data-phone.png` });
      assert.equal(await typed('2031-01-01'), 'No answer for this choice.');
      assert.match(await text(page, '#lead-status'), /2031-01-01 is after the data: .* May 30, 2025/);
      assert.equal(await page.title(), 'Event of 2031-01-01: no answer · capgap');
      assert.deepEqual(asked, [], 'the page asked the server about dates the data do not hold');
    } finally {
      page.off('request', count);
    }
    // Half-typed: the form names the bad value, the last answer stays, dimmed.
    await typed('2016-02-30');
    assert.equal(
      await text(page, '#form-error'),
      'Not updated: 2016-02-30 is not a date: 2016-02 has 29 days.',
    );
    assert.deepEqual(seen.phone.take(), []);
  });

  it('desktop, keyboard only: Tab reaches every control, and the event list, window and chart tables work without a mouse', async () => {
    const page = bench!.pages.desktop;
    await open(page, '?event=2016-11-08');
    seen.desktop.take();
    const reached = new Set<string>();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          return e.id || `${e.tagName.toLowerCase()}:${e.textContent?.trim().slice(0, 20)}`;
        }),
      );
    }
    for (const id of [
      'region',
      'event',
      'timing',
      'scheme',
      'weighting',
      'from',
      'to',
      'copy-link',
      'compare-dates',
      'claim',
      'check-to',
      'check-event',
      'button:Show table',
    ])
      assert.ok(reached.has(id), `Tab never reached ${id}: ${[...reached].join(', ')}`);
    // The event list: arrows move, Enter commits (one answer, the API's).
    seen.desktop.at('keyboard event');
    await page.focus('#event');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await answered(page, 'keyboard event');
    assert.notEqual(new URL(page.url()).searchParams.get('event'), '2016-11-08');
    // The window, typed.
    seen.desktop.at('keyboard window');
    await page.focus('#to');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await answered(page, 'keyboard window');
    assert.equal(new URL(page.url()).searchParams.get('to'), '5');
    // A chart's data table opens and closes from the keyboard.
    const toggle = '#card-since-tools [data-act="table"]';
    await page.focus(toggle);
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'true');
    assert.equal(await page.isVisible('#card-since-table table'), true);
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
    await page.screenshot({ path: `${ARTIFACTS}page-walk-keyboard-desktop.png` });
    assert.deepEqual(seen.desktop.take(), []);
  });

  it('at 768×1024 (a tablet) the answer comes first, nothing is wider than the screen and nothing goes wrong', async () => {
    const page = await bench!.browser.newPage({ viewport: { width: 768, height: 1024 } });
    const w = watch(page);
    try {
      await open(page, '?event=2016-06-23');
      await answered(page, 'tablet Brexit');
      const top = await page.$eval('[data-testid="lead"]', (e) => e.getBoundingClientRect().bottom);
      assert.ok(top <= 1024, `the lead ends at ${top} px, below the fold`);
      await page.screenshot({ path: `${ARTIFACTS}page-walk-tablet.png` });
      assert.deepEqual(w.take(), []);
    } finally {
      await page.close();
    }
  });
});

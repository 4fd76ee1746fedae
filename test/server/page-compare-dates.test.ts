import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { settled, type Watch, watch } from '../helpers/page-watch.ts';

// Dates typed into "Compare events" as a journalist types them, in Debian's Chromium at 390×844 against the
// embedded dataset: Saturday 2020-11-07 (no NYSE session: day 0 is Monday 2020-11-09, from the close of Friday
// 2020-11-06), 2031-01-01 after French's daily file (it ends 2025-05-30, ../shared/data/PROVENANCE.md) and
// 1999-02-30, which is no date. Each gets one plain sentence, and the box keeps what was typed.
describe('dates typed to compare: a weekend, a date after the data, a date that is none', {
  skip: SKIP_PAGE,
}, () => {
  let bench: PageBench | undefined;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
    seen = watch(bench.pages.phone);
  });
  after(() => bench?.close());

  const text = async (sel: string) => ((await bench!.pages.phone.textContent(sel)) ?? '').trim();
  const json = async (path: string) => (await fetch(`${bench!.server.url}${path}`)).json();

  it('a weekend says day 0 moved to the next session, a date after the data is left out, each in one sentence', async () => {
    const page = bench!.pages.phone;
    await page.goto(`${bench!.server.url}/?event=2016-11-08`);
    await settled(page);
    seen.take();
    const typed = '2016-11-08, 2020-11-07, 2031-01-01, 1999-02-30';
    await page.fill('#compare-dates', typed);
    await page.press('#compare-dates', 'Enter');
    assert.equal(
      await text('#compare-panel-status'),
      'Not available: 1999-02-30 is not a date: 1999-02 has 28 days',
    );
    assert.equal(await page.inputValue('#compare-dates'), typed, 'the box lost what was typed');
    const fixed = '2016-11-08, 2020-11-07, 2031-01-01';
    await page.fill('#compare-dates', fixed);
    await page.press('#compare-dates', 'Enter');
    await settled(page);
    assert.equal(await page.inputValue('#compare-dates'), fixed);
    assert.equal(
      await text('#compare-panel-status'),
      'Left out of the chart: 2031-01-01 (2031-01-01 is after the data: the size portfolios run through May 30, 2025; choose an event before May 30, 2025). The event date 2020-11-07 (Saturday) was not an NYSE session: the last close before the news is 2020-11-06 and t0 is 2020-11-09.',
    );
    // The Saturday's row: from Friday's close, the API's numbers.
    const api = (await json('/api/compare-events?events=2020-11-07&scheme=deciles&weighting=value&to=2'))
      .events[0];
    assert.equal(api.baseDate, '2020-11-06');
    const row = await page.$$eval('#compare tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)),
    );
    const sat = row.find((r) => r[0] === '2020-11-07') as string[];
    assert.deepEqual([sat[1], sat[4]], [`+${(api.spread * 100).toFixed(1)} pp`, '2020-11-06']);
    assert.deepEqual(seen.take(), []);
  });
});

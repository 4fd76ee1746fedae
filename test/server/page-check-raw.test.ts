import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, type PageBench, SKIP_PAGE, startPageBench } from '../helpers/page-browser.ts';
import { overflow, settled, type Watch, watch } from '../helpers/page-watch.ts';

// The checker box on a phone (390×844, Debian's Chromium): every raw article of test/fixtures/articles/raw/
// (real wire copy, a terminal paste, Markdown and a saved web page) pasted as it came. For each: nothing is
// wider than the screen, every verdict is on screen, in words at a readable size, and in the order and with
// the verdicts POST /api/check gives for the same text (its verdicts are checked against references in
// test/findings/); the "no claim" fold opens and closes from the keyboard. An empty box and a 1 MB paste
// each get a sentence saying what to do, and nothing is sent.
const RAW = new URL('../fixtures/articles/raw/', import.meta.url);
const FILES = readdirSync(RAW).sort();

describe('the checker box on a phone, with every raw fixture article', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  let page: Page;
  let seen: Watch;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
    page = bench.pages.phone;
    seen = watch(page);
    await page.goto(`${bench.server.url}/?event=2016-11-08`);
    await settled(page);
  });
  after(() => bench?.close());

  const status = async () => ((await page.textContent('#check-panel-status')) ?? '').trim();
  const done = () => page.waitForSelector('#check-out .check-summary, #check-panel-status.error');

  /** The verdicts POST /api/check gives for the text, in the page's order (one per reading). */
  async function apiVerdicts(text: string): Promise<string[]> {
    const res = await fetch(`${bench!.server.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    assert.equal(res.status, 200);
    const a = await res.json();
    return a.sentences.flatMap((s: { claims: { readings: { verdict: string }[] }[] }) =>
      s.claims.flatMap((c) => c.readings.map((r) => r.verdict)),
    );
  }

  assert.ok(FILES.length >= 9, `${FILES.length} raw articles`);
  for (const name of FILES)
    it(`${name}: every verdict on screen, readable, as the API gives them; the no-claim fold works by keyboard`, async () => {
      seen.at(name);
      const text = readFileSync(new URL(name, RAW), 'utf8');
      await page.fill('#claim', text);
      await page.click('#check-form button[type="submit"]');
      await done();
      assert.equal(await page.isVisible('#check-panel-status.error'), false, await status());
      const shown = await page.$$eval('#check-out li.claim', (lis) =>
        lis.map((li) => {
          const v = li.querySelector('.verdict') as HTMLElement;
          const r = v.getBoundingClientRect();
          return {
            verdict: (li as HTMLElement).dataset.verdict ?? '',
            words: v.textContent ?? '',
            left: r.left,
            right: r.right,
            px: Number.parseFloat(getComputedStyle(v).fontSize),
          };
        }),
      );
      assert.deepEqual(
        shown.map((s) => s.verdict),
        await apiVerdicts(text.trim()),
      );
      for (const s of shown) {
        assert.match(s.words, /^[✓≈✗?•] [a-z]/, `${name}: verdict "${s.words}"`);
        assert.ok(s.left >= 0 && s.right <= 390, `${name}: "${s.words}" spans ${s.left}..${s.right} px`);
        assert.ok(s.px >= 12, `${name}: verdict at ${s.px} px`);
      }
      assert.ok((await overflow(page)) <= 0, `${name}: the page is wider than the screen`);
      const fold = page.locator('#check-out details.no-claim');
      if (await fold.count()) {
        await fold.locator('summary').focus();
        await page.keyboard.press('Enter');
        assert.equal(await fold.evaluate((d) => (d as HTMLDetailsElement).open), true, 'Enter opens');
        assert.ok((await fold.locator('li').count()) > 0);
        assert.ok((await overflow(page)) <= 0, `${name}: the open fold is wider than the screen`);
        await page.keyboard.press('Space');
        assert.equal(await fold.evaluate((d) => (d as HTMLDetailsElement).open), false, 'Space closes');
      }
      await page
        .locator('#check-panel')
        .screenshot({ path: `${ARTIFACTS}page-check-raw-${name.replace(/\.\w+$/, '')}.png` });
      assert.deepEqual(seen.take(), []);
    });

  it('an empty box and a 1 MB paste each say what to do, and nothing is sent', async () => {
    const sent: string[] = [];
    const count = (r: { url(): string }) => {
      if (r.url().includes('/api/check')) sent.push(r.url());
    };
    page.on('request', count);
    try {
      await page.fill('#claim', '   \n ');
      await page.click('#check-form button[type="submit"]');
      assert.equal(
        await status(),
        "Not checked: the box is empty: paste an article or a paragraph (text, Markdown or a saved page's HTML), then press Check.",
      );
      assert.equal(await page.getAttribute('#claim', 'aria-invalid'), 'true');
      // 1 MB: a wire story repeated. A text box keeps line ends as LF (the file has CRLF), and the page
      // checks the text trimmed, so that is the length it names.
      const story = readFileSync(new URL('reuters-2016-11-10-wire.txt', RAW), 'utf8');
      const huge = story.repeat(Math.ceil(1_000_000 / story.length)).slice(0, 1_000_000);
      const chars = huge.replace(/\r\n/g, '\n').trim().length.toLocaleString('en-US');
      assert.ok(huge.length >= 1_000_000 && chars.length >= 7, `${chars} characters`);
      // Put in as a paste leaves it (Playwright's fill types it, far slower than a paste at this size).
      await page.$eval(
        '#claim',
        (box, v) => {
          (box as HTMLTextAreaElement).value = v;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        },
        huge,
      );
      await page.click('#check-form button[type="submit"]');
      assert.match(
        await status(),
        new RegExp(
          `^Not checked: the text is ${chars} characters \\([\\d,]+ bytes as sent\\); the checker reads at most 100,000 bytes at a time: paste one article, or check a longer file with \`capgap check --text FILE\`\\.$`,
        ),
      );
      assert.equal(await page.locator('#check-out li').count(), 0);
      assert.ok((await overflow(page)) <= 0);
      await page.locator('#check-panel').screenshot({ path: `${ARTIFACTS}page-check-raw-huge.png` });
    } finally {
      page.off('request', count);
    }
    assert.deepEqual(sent, []);
    assert.deepEqual(seen.take(), []);
  });
});

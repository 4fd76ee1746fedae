import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

// The article checker on the page, in Debian's Chromium at 1440×900 and 390×844: a journalist pastes a whole
// article as it came (test/fixtures/articles/raw/, real wire copy and a saved web page) and reads each claim's
// verdict. What the page lists is checked against POST /api/check's JSON for the same text (its verdicts are
// checked against references in test/findings/); two numbers against ../shared/data/PROVENANCE.md §2
// (^RUT close 11/8→11/10 +4.72%, 11/8→11/15 +8.95%).
const RAW = new URL('../fixtures/articles/raw/', import.meta.url);
const article = (name: string) => readFileSync(new URL(name, RAW), 'utf8');

describe('the article checker on the page', { skip: SKIP_PAGE }, () => {
  let bench: PageBench | undefined;
  before(async () => {
    bench = await startPageBench({ warm: ['/assets/app.js', '/api/lead?event=2016-11-08'] });
  });
  after(() => bench?.close());

  async function open(size: Size): Promise<Page> {
    const page = bench!.pages[size];
    await page.goto(`${bench!.server.url}/?event=2016-11-08`);
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
    return page;
  }
  /** POST /api/check's answer for `text`, as the page asks it. */
  const apiCheck = async (text: string) =>
    (
      await fetch(`${bench!.server.url}/api/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      })
    ).json();
  const done = (page: Page) => page.waitForSelector('#check-out .check-summary, #check-panel-status.error');
  /** Each listed claim as the page shows it: verdict words, then its terms. */
  const claims = (page: Page) =>
    page.$$eval('#check-out li.claim', (lis) =>
      lis.map((li) => {
        const terms: Record<string, string> = {};
        const dts = [...li.querySelectorAll('dt')];
        for (const dt of dts) terms[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? '';
        return {
          verdict: (li as HTMLElement).dataset.verdict ?? '',
          head: li.querySelector('.verdict')?.textContent ?? '',
          terms,
        };
      }),
    );

  for (const size of Object.keys(SIZES) as Size[])
    it(`${size}: a pasted wire story lists every claim's verdict as the API gives it; no-claim sentences fold away with their reasons`, async () => {
      const page = await open(size);
      const text = article('reuters-2016-11-10-wire.txt');
      await page.fill('#claim', text);
      await page.click('#check-form button[type="submit"]');
      await done(page);
      const api = await apiCheck(text);
      const readings = api.sentences.flatMap((s: { claims: { readings: { verdict: string }[] }[] }) =>
        s.claims.flatMap((c) => c.readings),
      );
      const shown = await claims(page);
      assert.equal(shown.length, readings.length);
      assert.deepEqual(
        shown.map((c) => c.verdict),
        readings.map((r: { verdict: string }) => r.verdict),
      );
      // The stated number carries the sign the sentence gives it ('fell 1.2%' is −1.2%), as the API reads it.
      readings.forEach((r: { claim?: { stated: number } }, i: number) => {
        if (r.claim && shown[i].terms.Stated)
          assert.equal(shown[i].terms.Stated.startsWith('−'), r.claim.stated < 0, shown[i].terms.Stated);
      });
      // The verdict is written out with a mark, never colour alone.
      for (const c of shown)
        assert.match(
          c.head,
          /^[✓≈✗?•] (supported|supported under another convention|not supported|cannot check)/,
        );
      // PROVENANCE §2: ^RUT 11/8 → 11/10 +4.72% ("has climbed 4.7 pct since Tuesday's election").
      const rut = shown.find((c) => c.terms.Stated === '4.7%' && /\^RUT/.test(c.terms.Convention));
      assert.ok(rut, JSON.stringify(shown.slice(0, 3)));
      assert.equal(rut.verdict, 'supported');
      assert.equal(rut.terms.Computed, '4.72%');
      assert.match(rut.terms.Data, /^closes 2016-11-08 to 2016-11-10, yfinance\/\^RUT/);
      assert.match(rut.terms.Reproduce, /^capgap check --claim '\{metric: return, subject: "\^RUT"/);
      // Sentences read as no claim: folded by default, each with its reason (a claim that cannot be
      // checked is listed with the claims instead).
      const none = api.sentences.filter(
        (s: { claims: unknown[]; status: string }) =>
          s.claims.length === 0 && s.status === 'not a quantitative claim',
      );
      const folded = page.locator('#check-out details.no-claim');
      assert.equal(await folded.getAttribute('open'), null);
      assert.match(
        (await folded.locator('summary').textContent()) ?? '',
        new RegExp(`^${none.length} sentences read as no claim`),
      );
      await folded.locator('summary').click();
      const items = await folded.locator('li').allTextContents();
      assert.equal(items.length, none.length);
      assert.ok(
        items.some((t) => /a byline$/.test(t)),
        items.join('\n'),
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      await page.locator('#check-panel').screenshot({ path: `${ARTIFACTS}page-checker-${size}.png` });
    });

  it('reads a saved web page (HTML) as pasted, and by keyboard alone: Tab to the box, type, Tab to Check, Enter', async () => {
    const page = await open('phone');
    const order: string[] = [];
    await page.focus('#claim');
    await page.keyboard.insertText(article('ft-brexit-2016-06-27-page.html'));
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
      );
    }
    assert.deepEqual(order, ['check-to', 'check-event', 'BUTTON']);
    await page.keyboard.press('Enter');
    await done(page);
    const note = (await page.textContent('#check-out .note')) ?? '';
    assert.match(note, /Article dated 2016-06-27/);
    assert.match(note, /read as 2016-06-23/);
    assert.ok((await claims(page)).length > 0);
  });

  it('checks one paragraph with its dates in words: ^RUT +8.95% from 8 to 15 Nov 2016 is supported (PROVENANCE §2)', async () => {
    const page = await open('desktop');
    await page.fill(
      '#claim',
      'Small caps soar\n\nThe Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016.',
    );
    await page.click('#check-form button[type="submit"]');
    await done(page);
    const [c] = await claims(page);
    assert.equal(c.verdict, 'supported');
    assert.equal(c.terms.Computed, '8.95%');
    assert.equal(await page.locator('#check-out details.no-claim li').count(), 1);
    assert.equal(
      await page.textContent('#check-out details.no-claim summary'),
      '1 sentence read as no claim, with the reason',
    );
  });

  it('lists a claim it cannot check with the claims, saying why in the page’s words, not among the sentences with no claim', async () => {
    const page = await open('phone');
    const text = 'Small caps soar\n\nThe Russell 2000 rose 5% since the election.';
    await page.fill('#claim', text);
    await page.click('#check-form button[type="submit"]');
    await done(page);
    const api = await apiCheck(text);
    // The API: one cannot-check sentence with no claim parsed (no event to count from), one headline.
    assert.deepEqual(
      api.sentences.map((s: { status: string; claims: unknown[] }) => [s.status, s.claims.length]),
      [
        ['not a quantitative claim', 0],
        ['cannot check', 0],
      ],
    );
    assert.equal(
      await page.textContent('#check-out .check-summary'),
      `Verdicts: ${Object.entries(api.summary)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}.`,
    );
    assert.deepEqual(api.summary, { 'not a quantitative claim': 1, 'cannot check': 1 });
    const listed = page.locator('#check-out .claims li.sentence');
    assert.equal(await listed.count(), 1);
    assert.equal(
      await listed.locator('blockquote').textContent(),
      'The Russell 2000 rose 5% since the election.',
    );
    assert.equal(await listed.locator('.verdict').textContent(), '? cannot check');
    const why = (await listed.locator('dd').textContent()) ?? '';
    assert.match(
      why,
      /no event date was given \(tick “The election” is the page's event, or name the date in the text\)/,
    );
    assert.doesNotMatch(why, /--event|--to/);
    assert.equal(await page.locator('#check-out details.no-claim li').count(), 1);
    // With the box ticked, the page's event (2016-11-08) is "the election": the claim is checked.
    await page.check('#check-event');
    await page.click('#check-form button[type="submit"]');
    await page.waitForSelector('#check-out li.claim');
    assert.equal(await page.locator('#check-out li.claim-unchecked').count(), 0);
  });

  it('says why a bad article date is refused, beside the box, without asking the server', async () => {
    const page = await open('desktop');
    await page.fill('#claim', 'The Russell 2000 rose 1.6% on Thursday.');
    await page.fill('#check-to', '2016-02-30');
    await page.click('#check-form button[type="submit"]');
    assert.match(
      (await page.textContent('#check-panel-status')) ?? '',
      /the article date 2016-02-30 is not a date: 2016-02 has 29 days/,
    );
    assert.equal(await page.getAttribute('#check-to', 'aria-invalid'), 'true');
  });
});

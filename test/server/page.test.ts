import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PRESETS } from '../../src/server/data/presets.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import {
  ARTIFACTS,
  type PageBench,
  SIZES,
  type Size,
  SKIP_PAGE,
  startPageBench,
} from '../helpers/page-browser.ts';

// End to end: the real page, bundled by esbuild, in Debian's Chromium (installed by .ci/run), against the
// server on loopback holding the embedded dataset (data/*.parquet: real rows from ../shared/data; French's
// daily VW size file runs through 2025-05-30). One browser, two pages: 1440×900 and 390×844.
// References:
// - French daily VW (vintage 202505), hand calculation: 2016 days [0, 2] Lo 10 = 1.0326·1.0170·1.0303 − 1
//   = +8.197%, Hi 10 = 1.0122·1.0008·0.9984 − 1 = +1.139%, gap +7.058 pp; Brexit (2016-06-23) days [0, 2]
//   Lo 10 −3.193%, Hi 10 −3.519%, gap +0.327 pp.
// - scripts/reference-election-spreads.py (Python csv over the same file): 2016 ranks 1st of 25 elections;
//   2024 (+0.405 pp) 12th of 25.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const skip = SKIP_PAGE;

describe('the web page in Chromium', { skip }, () => {
  let server: RunningServer;
  const pages = {} as Record<Size, Page>;
  const offsite: string[] = [];
  let bench: PageBench | undefined;

  before(async () => {
    bench = await startPageBench({
      // the lead's inputs too, before the browser asks
      warm: ['/assets/app.js', '/api/lead?event=2016-11-08'],
      page: { acceptDownloads: true },
      onPage: (page, url) =>
        page.on('request', (r) => {
          if (!/^(data:|blob:)/.test(r.url()) && !r.url().startsWith(url)) offsite.push(r.url());
        }),
    });
    ({ server } = bench);
    Object.assign(pages, bench.pages);
  });
  after(() => bench?.close());

  /** Opens a URL and waits until every panel has answered. */
  async function open(size: Size, query: string): Promise<Page> {
    const page = pages[size];
    await page.goto(`${server.url}/${query}`);
    // The answer to the latest choice (a load may start a second update before the first is shown).
    await page.waitForFunction(() => {
      const { ready, requested } = document.body.dataset;
      return ready === 'failed' || (ready !== undefined && ready === requested);
    });
    return page;
  }
  const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

  for (const size of Object.keys(SIZES) as Size[]) {
    it(`${size}: leads 2016 with the answer: the smallest 10% beat the largest by 7.1 points, the widest of 25 elections`, async () => {
      const page = await open(size, '?event=2016-11-08');
      assert.equal(
        await text(page, '[data-testid="lead"]'),
        'Over the first three sessions after the election, the smallest 10% of stocks by NYSE breakpoints (value-weighted) beat the largest 10% by 7.1 percentage points, the widest of 25 US presidential elections since 1928.',
      );
      assert.equal(await text(page, '[data-testid="small"]'), '+8.2%');
      assert.equal(await text(page, '[data-testid="large"]'), '+1.1%');
      assert.equal(await text(page, '[data-testid="spread"]'), '+7.1 pp');
      const facts = await text(page, '#lead-facts');
      assert.match(facts, /widest gap in favour of small caps since April 2010/);
      assert.match(
        facts,
        /110th of 1,085 months as it stood at the time .* 119th of 1,196 in the whole history/,
      );
      assert.match(
        await text(page, '[data-testid="through"]'),
        /Smallest 10% \(NYSE breakpoints\), May 30, 2025/,
      );
      // The title and description state the event and the answer (hand: +7.058 pp, above).
      assert.equal(
        await page.title(),
        '2016 US presidential election: small caps beat large caps by 7.1 pp over the first 3 sessions · capgap',
      );
      assert.equal(
        await page.getAttribute('meta[name="description"]', 'content'),
        await text(page, '[data-testid="lead"]'),
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow} px wider than the ${size} viewport`);
      await shot(page, `page-2016-${size}`);
    });
  }

  it('redraws its charts at the container width when the window narrows', async () => {
    const page = await open('desktop', '?event=2016-11-08');
    // The gap chart spans the page (the first chart shares the first screen with the answer).
    const width = () =>
      page.$eval('[data-testid="chart-spread"] svg', (s) => Number(s.getAttribute('width')));
    assert.ok((await width()) >= 900);
    await page.setViewportSize({ width: 700, height: 900 });
    try {
      await page.waitForFunction(() => {
        const s = document.querySelector('[data-testid="chart-spread"] svg');
        return s && Number(s.getAttribute('width')) <= (s.parentElement?.clientWidth ?? 0);
      });
      assert.ok((await width()) < 700);
    } finally {
      await page.setViewportSize(SIZES.desktop);
    }
  });

  it('leads 2024 with +0.4 points, the 12th widest of 25 elections', async () => {
    const page = await open('desktop', '?event=2024-11-05&from=0&to=2');
    assert.match(
      await text(page, '[data-testid="lead"]'),
      /beat the largest 10% by 0\.4 percentage points, the 12th widest of 25 US presidential elections since 1928\.$/,
    );
    assert.equal(await text(page, '[data-testid="spread"]'), '+0.4 pp');
  });

  /**
   * Reads every axis of every chart: labels must be distinct and lie on one straight line through their
   * positions; returns that line (label value at a pixel) per chart and axis.
   */
  async function axes(page: Page) {
    const raw = await page.$$eval('.chart svg', (svgs) =>
      svgs.map((svg) => ({
        chart: svg.closest('.chart')?.getAttribute('data-testid') ?? '',
        axes: [...svg.querySelectorAll('g.axis')].map((g) => ({
          axis: g.getAttribute('data-axis') ?? '',
          ticks: [...g.querySelectorAll('g.tick')].map((t) => {
            const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '');
            return {
              label: t.querySelector('text')?.textContent ?? '',
              x: Number(m?.[1]),
              y: Number(m?.[2]),
            };
          }),
        })),
      })),
    );
    const out: Record<string, Record<string, (px: number) => number>> = {};
    for (const c of raw) {
      out[c.chart] = {};
      for (const a of c.axes) {
        const labels = a.ticks.map((t) => t.label);
        assert.equal(
          new Set(labels).size,
          labels.length,
          `${c.chart} ${a.axis}: duplicate tick labels ${labels.join(' ')}`,
        );
        assert.ok(a.ticks.length >= 2, `${c.chart} ${a.axis}: ${a.ticks.length} ticks`);
        const num = (l: string) => Number(l.replace('\u2212', '-').replace(/[+%]/g, ''));
        const pos = (t: { x: number; y: number }) => (a.axis === 'y' ? t.y : t.x);
        const [p, q] = [a.ticks[0], a.ticks[a.ticks.length - 1]];
        const k = (num(q.label) - num(p.label)) / (pos(q) - pos(p));
        const at = (px: number) => num(p.label) + (px - pos(p)) * k;
        for (const t of a.ticks) {
          assert.ok(Number.isFinite(num(t.label)), `${c.chart}: label ${t.label} is not a number`);
          // Each label says the value at its own position (within 0.6 px, the rounding of the drawing).
          assert.ok(
            Math.abs((at(pos(t)) - num(t.label)) / k) < 0.6,
            `${c.chart} ${a.axis}: label ${t.label} at ${pos(t)}`,
          );
        }
        out[c.chart][a.axis] = at;
      }
    }
    return out;
  }

  for (const size of Object.keys(SIZES) as Size[]) {
    it(`${size}: every chart's tick labels match their positions and the marks read true (2016 and Brexit)`, async () => {
      for (const [query, gap, lo] of [
        ['?event=2016-11-08&from=-5&to=2', 7.0585, 8.1974],
        ['?event=2016-06-23&from=-5&to=20', null, null],
        ['?event=2016-06-23&from=0&to=2', 0.3269, -3.1925],
      ] as const) {
        const page = await open(size, query);
        // The three charts by their names before reading them: a fresh-clone CI run once read the compare chart
        // with no name (",chart-since,chart-spread,set-chart"), a race this waits out; a chart never drawn still fails.
        await page
          .waitForFunction(() =>
            ['chart-since', 'chart-spread', 'compare-chart'].every((id) =>
              document.querySelector(`.chart[data-testid="${id}"] svg`),
            ),
          )
          .catch(() => undefined);
        const ax = await axes(page);
        const charts = Object.keys(ax).sort();
        assert.ok(
          charts.includes('chart-since') &&
            charts.includes('chart-spread') &&
            charts.includes('compare-chart'),
          charts.join(),
        );
        if (query.includes('2016-11-08')) assert.ok(charts.includes('set-chart'));
        if (gap === null) continue;
        // The day-2 bar's top reads the reference gap on the y axis (within 0.02 pp).
        const bar = await page.$eval('[data-testid="chart-spread"] rect[data-day="2"]', (r) =>
          Number(r.getAttribute('y')),
        );
        const readGap = ax['chart-spread'].y(bar);
        assert.ok(
          Math.abs(readGap - gap) < 0.02 * Math.max(1, Math.abs(gap)),
          `${query}: bar reads ${readGap}, reference ${gap}`,
        );
        const dot = await page.$$eval('[data-testid="chart-since"] circle[fill="#b93a0e"]', (cs) =>
          Number(cs[cs.length - 1].getAttribute('cy')),
        );
        assert.ok(
          Math.abs(ax['chart-since'].y(dot) - lo) < 0.05,
          `${query}: since reads ${ax['chart-since'].y(dot)}, reference ${lo}`,
        );
        if (query.includes('2016-11-08')) {
          const end = await page.$eval(
            '[data-testid="set-chart"] rect[data-event="2016-11-08"]',
            (r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
          );
          assert.ok(Math.abs(ax['set-chart'].x(end) - gap) < 0.05, `set bar reads ${ax['set-chart'].x(end)}`);
        }
        // Chart text is drawn at 11 px or more on screen.
        const smallest = await page.$$eval('.chart svg', (svgs) =>
          Math.min(
            ...svgs.map(
              (s) => (s.getBoundingClientRect().width / (s as SVGSVGElement).width.baseVal.value) * 12,
            ),
          ),
        );
        assert.ok(smallest >= 11, `chart text drawn at ${smallest.toFixed(1)} px`);
      }
      await shot(pages[size], `page-brexit-${size}`);
    });
  }

  it('keeps a mistyped date in the box and says why it is wrong', async () => {
    const page = await open('phone', '?event=1999-13-45');
    assert.equal(await page.inputValue('#custom-date'), '1999-13-45');
    assert.match(await text(page, '#form-error'), /1999-13-45 is not a date: there is no month 13/);
    assert.match(await text(page, '#lead-status'), /Not available: 1999-13-45 is not a date/);
    assert.equal(await page.getAttribute('#custom-date', 'aria-invalid'), 'true');
  });

  it('marks every panel stale with the reason when the window is invalid (from > to, to 1000)', async () => {
    const page = await open('desktop', '?event=2016-11-08&from=-5&to=2');
    for (const [from, to, why] of [
      ['5', '2', /from day 5 is after to day 2/],
      ['0', '1000', /to day 1000 is after 756/],
    ] as const) {
      await page.fill('#from', from);
      await page.fill('#to', to);
      await page.dispatchEvent('#to', 'change');
      await page.waitForFunction(() => document.body.dataset.ready === document.body.dataset.requested);
      assert.match(await text(page, '#form-error'), why);
      for (const panel of ['#lead-status', '#card-since-status', '#card-spread-status']) {
        assert.match(await text(page, panel), /^Out of date: /, panel);
        assert.match(await text(page, panel), why, panel);
      }
      // The earlier answer is still there, dimmed, not presented as current; the figures inside the lead are
      // dimmed with it and do not repeat the lead's reason.
      assert.equal(await page.locator('#lead.stale').count(), 1);
      assert.equal(await page.locator('#figures.stale').count(), 1);
      assert.equal(await page.isHidden('#figures-status'), true);
    }
    await shot(page, 'page-stale-desktop');
  });

  it('clears the panels a server error touches and keeps the others (returns-since fails with a 500)', async () => {
    const page = pages.desktop;
    await page.route('**/api/returns-since?event=2020-11-03*', (r) =>
      r.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":{"status":500,"message":"internal error"}}',
      }),
    );
    try {
      await open('desktop', '?event=2020-11-03&from=0&to=2');
      assert.match(await text(page, '#figures-status'), /^Not available: internal error/);
      assert.equal(await text(page, '[data-testid="spread"]'), '–');
      assert.equal(await page.locator('[data-testid="chart-since"] svg').count(), 0);
      // The lead and the comparison of the presets do not read that answer: they still answer.
      assert.match(
        await text(page, '[data-testid="lead"]'),
        /^Over the first three sessions after the election/,
      );
      assert.equal(await page.locator('#compare tbody tr').count(), PRESETS.length);
      assert.equal(await page.locator('[data-testid="compare-chart"] svg').count(), 1);
      // A 5xx may pass: the page offers to try again.
      assert.equal(await page.isVisible('[data-testid="retry"] button'), true);
    } finally {
      await page.unroute('**/api/returns-since?event=2020-11-03*');
    }
  });

  it('cuts a window past the data at the last date and says so; says where the data stop for the 2026 midterms', async () => {
    const page = await open('desktop', '?event=2024-11-05&from=0&to=300');
    assert.match(await text(page, '#figures-status'), /end on 2025-05-30/);
    assert.match(await text(page, '#lead-facts'), /The window is cut at 2025-05-30/);
    assert.match(
      await text(page, '#form-note'),
      /2026 midterms \(Nov\. 3, 2026\) are not offered: these data stop on 2025-05-30/,
    );
    const late = await open('desktop', '?event=2026-11-03');
    assert.match(
      await text(late, '#lead-status'),
      /2026-11-03 is after the data: the size portfolios run through May 30, 2025; choose an event before/,
    );
  });

  it('offers only what the data have: no equal weighting (no daily equal-weighted file), even when the link asks', async () => {
    const page = await open('desktop', '?event=2016-11-08&weighting=equal');
    assert.deepEqual(
      await page.$$eval('#weighting option', (os) => os.map((o) => (o as HTMLOptionElement).value)),
      ['value'],
    );
    assert.match(await text(page, '#form-note'), /asked for equal weighting, which these data do not have/);
    assert.equal(await text(page, '[data-testid="spread"]'), '+7.1 pp');
  });

  it('shows a message, not a blank page, when /api/events fails', async () => {
    const page = pages.phone;
    await page.route('**/api/events', (r) =>
      r.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":{"message":"store closed"}}',
      }),
    );
    try {
      await open('phone', '?event=2016-11-08');
      assert.match(await text(page, '#form-error'), /list of events could not be loaded \(store closed\)/);
      assert.match(await text(page, '#lead-status'), /Not available/);
    } finally {
      await page.unroute('**/api/events');
    }
  });

  it('changes the event on commit (Enter), not on each arrow key', async () => {
    const page = await open('desktop', '?event=2016-11-08');
    const before = await page.evaluate(() => document.body.dataset.requested);
    await page.focus('#event');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.evaluate(() => document.body.dataset.requested),
      before,
      'arrow keys started a request',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (b) =>
        document.body.dataset.ready !== b && document.body.dataset.ready === document.body.dataset.requested,
      before,
    );
    assert.equal(Number(await page.evaluate(() => document.body.dataset.requested)), Number(before) + 1);
    assert.doesNotMatch(page.url(), /event=2016-11-08/);
  });

  it('carries the whole query in the download links and the shared URL; names the event in <title> and og: tags', async () => {
    const page = await open('desktop', '?event=2020-11-03&scheme=quintiles&from=-3&to=4');
    const csv = (await page.getAttribute('#dl-csv', 'href')) ?? '';
    for (const part of [
      'event=2020-11-03',
      'scheme=quintiles',
      'weighting=value',
      'from=-3',
      'to=4',
      'timing=after-close',
      'format=csv',
    ])
      assert.ok(csv.includes(part), `${part} missing from ${csv}`);
    assert.match((await page.getAttribute('#dl-report', 'href')) ?? '', /event=2020-11-03.*to=2020-11-10/);
    assert.match(page.url(), /scheme=quintiles.*from=-3&to=4/);
    const html = await (await fetch(`${server.url}/?event=2016-11-08&from=0&to=2`)).text();
    // A link preview (no script) reads the answer too: 2016, +7.058 pp by hand (above).
    assert.match(
      html,
      /<title>2016 US presidential election: small caps beat large caps by 7\.1 pp over the first 3 sessions · capgap<\/title>/,
    );
    assert.match(html, /<meta property="og:title" content="2016 US presidential election: small caps beat/);
    assert.match(html, /<noscript>/);
  });

  it('compares several events on one chart: typed dates', async () => {
    const page = await open('desktop', '?event=2016-11-08&from=0&to=2');
    await page.fill('#compare-dates', '2016-11-08, 2020-11-03, 2012-11-06');
    await page.click('#compare-form button[type="submit"]');
    await page.waitForFunction(
      () =>
        /compare=2016-11-08%2C2020-11-03%2C2012-11-06/.test(location.search) &&
        document.body.dataset.ready === document.body.dataset.requested,
    );
    assert.equal(await page.locator('[data-testid="compare-chart"] svg path').count(), 3);
    assert.equal(await page.locator('#compare tbody tr').count(), 3);
  });

  it('exports a chart as a PNG that opens as an image and an SVG with its title, source and data-through', async () => {
    const page = await open('desktop', '?event=2016-11-08&from=-5&to=2');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#card-since-tools [data-act="png"]'),
    ]);
    const pngPath = `${ARTIFACTS}export-since.png`;
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, bytes.toString('base64'));
    assert.ok(size[0] >= 1000 && size[1] >= 500, `PNG of ${size.join('×')}`);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#card-spread-tools [data-act="svg"]'),
    ]);
    const svgPath = `${ARTIFACTS}export-spread.svg`;
    await svg.saveAs(svgPath);
    const doc = readFileSync(svgPath, 'utf8');
    assert.match(doc, /<title>Gap by day: Smallest 10% minus Largest 10%<\/title>/);
    // The window as drawn, and the data's end (French's daily file runs through 2025-05-30).
    assert.match(
      doc,
      /Source: french\/Portfolios_Formed_on_ME \(CRSP 202505 \(inferred\)\); days -5 to 2 = 2016-11-02 to 2016-11-11; data through 2025-05-30\./,
    );
    // The table toggle shows the chart's data.
    await page.click('#card-spread-tools [data-act="table"]');
    assert.equal(await page.locator('#card-spread-table tbody tr').count(), 8);
    writeFileSync(`${ARTIFACTS}export-check.txt`, `${pngPath} ${size.join('x')}\n`);
  });

  for (const size of Object.keys(SIZES) as Size[]) {
    it(`${size}: axe-core finds no serious or critical accessibility violation`, async () => {
      const page = await open(size, '?event=2016-11-08');
      // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') blocks an injected <script>.
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
        const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      const bad = violations.filter(
        (v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical',
      );
      assert.deepEqual(bad, [], JSON.stringify(bad));
      assert.deepEqual(offsite, []);
    });
  }
});

/**
 * Sector and regional claims, checked end to end (read → check) against numbers computed independently in
 * this file:
 * - regional: French's Europe and Developed ex US daily files in test/fixtures/regions/ (cut unchanged from
 *   ../shared/data), read here by a plain line split and compounded by hand;
 * - sectors by ETF: the Select Sector SPDR closes of ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/
 *   (the files the embedded data were built from), read here by a plain line split (skipped without ../shared/data);
 * - sector × size cells: the fixture stock panel with its companylists and GICS file, against an independent
 *   DuckDB-SQL calculation of tercile breakpoints, assignment and value-weighted buy-and-hold returns.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { loadPanel } from '../../src/queries/panel.ts';
import { panelSectors } from '../../src/queries/sectors.ts';
import { sectorBuckets } from '../../src/sectors/sector-buckets.ts';
import { createApp } from '../../src/server/app.ts';
import { importFile, importFiles } from '../../src/store/import/index.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';
import { writeReferenceTables } from '../helpers/sector-reference.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

const FX = fileURLToPath(new URL('../fixtures/regions/', import.meta.url));
const EUROPE = `${FX}Europe_3_Factors_Daily_vintage202603.csv`;
const DEVX = `${FX}Developed_ex_US_5_Factors_Daily_vintage202603.csv`;
const PRICES = fileURLToPath(
  new URL('../../../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/', import.meta.url),
);

/** French daily rows of a file, by date (YYYYMMDD) → { column: percent }, read by a plain split. */
function frenchRows(file: string): Map<string, Record<string, number>> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const h = lines.findIndex((l) => l.startsWith(',Mkt-RF'));
  const cols = lines[h].split(',').map((c) => c.trim());
  const out = new Map<string, Record<string, number>>();
  for (const l of lines.slice(h + 1)) {
    const cells = l.split(',').map((c) => c.trim());
    if (!/^\d{8}$/.test(cells[0])) break;
    out.set(cells[0], Object.fromEntries(cols.slice(1).map((c, i) => [c, Number(cells[i + 1])])));
  }
  return out;
}

/** Π(1 + x/100) − 1 over the given days of one column, in percent. */
function compoundPct(
  rows: Map<string, Record<string, number>>,
  days: string[],
  f: (r: Record<string, number>) => number,
) {
  return (days.reduce((g, d) => g * (1 + f(rows.get(d)!) / 100), 1) - 1) * 100;
}

async function checkText(store: Store, text: string, event: string, to: string) {
  const res = await checkArticle(readArticle(text, { event, to }), makeEvaluator(storeClaimData(store)), {
    asOf: to,
  });
  return res.sentences.flatMap((s) => s.claims.flatMap((c) => c.readings));
}

describe('regional claims on the fixture files (French Europe 3 and Developed ex US 5 factors)', () => {
  let store: Store;
  const eu = frenchRows(EUROPE);
  const dx = frenchRows(DEVX);
  before(async () => {
    store = await Store.open(':memory:');
    await importFiles(store, [EUROPE, DEVX], {});
  });
  after(() => store.close());

  it('"European small caps beat large caps by 1.8 per cent on the day after the vote": SMB of 2016-06-24, in US dollars', async () => {
    const smb = eu.get('20160624')!.SMB; // 1.77, the file's own row (PROVENANCE §1b's spot check)
    const [v] = await checkText(
      store,
      'European small caps beat large caps by 1.8 per cent on the day after the vote.',
      '2016-06-23',
      '2016-06-30',
    );
    assert.equal(v.verdict, 'supported', v.line);
    assert.ok(Math.abs(v.computed!.value - smb) < 1e-9, `${v.computed!.value} vs ${smb}`);
    assert.match(v.line!, /in US dollars; SMB, French regional breakpoints/);
  });

  it("a window on the region's own days: the Europe market from the 06-23 close to the 06-30 close, compounded by hand", async () => {
    const days = ['20160624', '20160627', '20160628', '20160629', '20160630'];
    const want = compoundPct(eu, days, (r) => r['Mkt-RF'] + r.RF); // −6.98%
    const spread = compoundPct(eu, days, (r) => r.SMB); // −1.03%
    const [m, s] = await checkText(
      store,
      'European equities had lost 7 per cent by the close on June 30. European small caps lagged large caps by 1 per cent by the close on June 30.',
      '2016-06-23',
      '2016-06-30',
    );
    assert.ok(Math.abs(m.computed!.value - want) < 1e-9, `${m.computed!.value} vs ${want}`);
    assert.ok(Math.abs(s.computed!.value - spread) < 1e-9, `${s.computed!.value} vs ${spread}`);
    assert.deepEqual([m.verdict, s.verdict], ['supported', 'supported']);
  });

  it('"International small caps trailed large caps by 1.5 points" after the US election is not supported: Developed ex US SMB, 3 sessions', async () => {
    const want = compoundPct(dx, ['20161109', '20161110', '20161111'], (r) => r.SMB);
    const [v] = await checkText(
      store,
      'International small caps trailed large caps by 1.5 percentage points in the three sessions after the U.S. election.',
      '2016-11-08',
      '2016-11-11',
    );
    assert.equal(v.verdict, 'not supported', v.line);
    assert.ok(Math.abs(v.computed!.value - want) < 1e-9, `${v.computed!.value} vs ${want}`);
  });

  it('what capgap does not hold is "cannot check", naming what would add it: Japan, UK small caps, the FTSE 250, local currency', async () => {
    const got = await checkText(
      store,
      'Japanese small caps beat large caps by 1 per cent on the day after the vote. UK small caps fell 9 per cent on the day after the vote. The FTSE 250 fell 7.2 per cent on the day after the vote. European stocks fell 7 per cent in euro terms on the day after the vote.',
      '2016-06-23',
      '2016-06-30',
    );
    assert.deepEqual(
      got.map((v) => v.verdict),
      ['cannot check', 'cannot check', 'cannot check', 'cannot check'],
    );
    assert.match(got[0].needs!, /capgap fetch french --dataset Japan_3_Factors_Daily/);
    assert.match(got[1].needs!, /UK small-cap index/);
    assert.match(got[2].needs!, /\^FTMC/);
    assert.match(got[3].reason!, /local currency/);
  });

  it('a region\'s small caps alone are not published: "cannot check", with the reason', async () => {
    const [v] = await checkText(
      store,
      'European small caps rose 2 per cent on the day after the vote.',
      '2016-06-23',
      '2016-06-30',
    );
    assert.equal(v.verdict, 'cannot check');
    assert.match(v.reason!, /publish SMB .* and the market/);
  });
});

/** Adjusted closes of a yfinance file by date, read by a plain split. */
function closes(ticker: string): Map<string, number> {
  const lines = readFileSync(`${PRICES}${ticker}.csv`, 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => [l.split(',')[0], Number(l.split(',')[1])]));
}

const SPDRS: Record<string, string> = {
  Materials: 'XLB',
  Energy: 'XLE',
  Financials: 'XLF',
  Industrials: 'XLI',
  'Information Technology': 'XLK',
  'Consumer Staples': 'XLP',
  'Real Estate': 'XLRE',
  Utilities: 'XLU',
  'Health Care': 'XLV',
  'Consumer Discretionary': 'XLY',
};

describe('sector claims on the embedded data, against the SPDR files', {
  skip:
    (!hasEmbedded && 'data/*.parquet not built') ||
    (!existsSync(PRICES) && 'needs ../shared/data (not in a user clone)'),
}, () => {
  let store: Store;
  before(async () => {
    store = await embeddedStore();
  });
  after(() => store?.close());
  const ret = (t: string, from: string, to: string) => {
    const c = closes(t);
    return (c.get(to)! / c.get(from)! - 1) * 100;
  };

  it('"Banks rose 11 per cent in the five sessions after the election": XLF from the 11-08 close to the 11-15 close, stated as an approximation', async () => {
    const want = ret('XLF', '2016-11-08', '2016-11-15'); // +10.96%
    const [v] = await checkText(
      store,
      'Banks rose 11 per cent in the five sessions after the election.',
      '2016-11-08',
      '2016-11-15',
    );
    assert.equal(v.verdict, 'supported', v.line);
    assert.ok(Math.abs(v.computed!.value - want) < 1e-6, `${v.computed!.value} vs ${want}`);
    assert.match(v.line!, /banks read as the Financials sector: XLF .* \(an approximation\)/);
  });

  it('"Telecoms rose 4.3 per cent" after the 2024 election is read as Communication Services, the sector XLC tracks since GICS 2018', async () => {
    const want = ret('XLC', '2024-11-05', '2024-11-12'); // +4.35% (XLC.csv adjusted closes, by hand)
    for (const text of [
      'Telecoms rose 4.3 per cent in the five sessions after the election.',
      'Communication services stocks rose 4.3 per cent in the five sessions after the election.',
    ]) {
      const [v] = await checkText(store, text, '2024-11-05', '2024-11-12');
      assert.equal(v.verdict, 'supported', v.line);
      assert.ok(Math.abs(v.computed!.value - want) < 1e-6, `${v.computed!.value} vs ${want}`);
      assert.match(v.line!, /^return of Communication Services over 5 sessions/);
      assert.match(v.line!, /Communication Services = XLC, the S&P 500's Communication Services sector/);
      assert.doesNotMatch(v.line!, /Telecommunications/);
    }
  });

  it('"Industrials led the rally" is not supported and says who led, with numbers: the ranking of the ten SPDRs by hand', async () => {
    const order = Object.entries(SPDRS)
      .map(([s, t]) => [s, ret(t, '2016-11-08', '2016-11-15')] as const)
      .sort((a, b) => b[1] - a[1]);
    const [v] = await checkText(store, 'Industrials led the rally.', '2016-11-08', '2016-11-15');
    const place = order.findIndex(([s]) => s === 'Industrials') + 1;
    assert.equal(v.verdict, 'not supported', v.line);
    assert.equal(v.computed!.value, place);
    assert.ok(v.line!.includes(`${order[0][0]} led (+${order[0][1].toFixed(2)}%)`), v.line);
    const [f] = await checkText(
      store,
      'Financials were the best-performing sector.',
      '2016-11-08',
      '2016-11-15',
    );
    assert.equal(f.verdict, order[0][0] === 'Financials' ? 'supported' : 'not supported', f.line);
  });
});

const PX = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

describe('sector × size claims on the fixture stock panel (2016-09-21, 2016-10-31 .. 2016-11-30) with GICS', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
    await loadStockPanelCsv(store, PX('portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz'), {
      from: '2016-09-01',
      to: '2016-12-31',
    });
    await loadCompanylists(
      store,
      ['NYSE', 'NASDAQ'].map((x) => ({
        file: PX(`portfolios/companylist_${x}_2016-09-21.csv.gz`),
        exchange: x,
      })),
      '2016-09-21',
    );
    await importFile(store, PX('sectors/securities_gics_2016.csv'));
  });
  after(() => store.close());

  it('"small-cap industrials beat large-cap industrials": the smallest minus the largest Industrials tercile equals an independent DuckDB-SQL calculation', async () => {
    // The engine's eligible stocks and formation caps; breakpoints, assignment and returns recomputed in SQL.
    const panel = await loadPanel(store, { from: '2016-10-25', to: '2016-11-30' });
    const { sector } = await panelSectors(store, panel);
    const f = sectorBuckets(panel, sector, {
      scheme: 'terciles',
      formation: '2016-11-08',
      weightings: ['value'],
      from: '2016-11-09',
      to: '2016-11-15',
    }).formed[0];
    await writeReferenceTables(store, panel, sector, f);
    // Type-7 tercile breakpoints over the whole universe; value weights = formation caps; 17113 = 2016-11-08,
    // 17120 = 2016-11-15 (five sessions after the election).
    const rows = await store.all<{ k: number; r: number }>(`
      WITH bp AS (SELECT quantile_cont(cap, [1/3, 2/3]) AS q FROM m),
      a AS (SELECT m.s, m.g, m.cap, (m.cap > bp.q[1])::INTEGER + (m.cap > bp.q[2])::INTEGER AS k FROM m, bp),
      p0 AS (SELECT s, arg_max(p, day) AS p FROM px WHERE day <= 17113 GROUP BY s),
      p1 AS (SELECT s, arg_max(p, day) AS p FROM px WHERE day <= 17120 GROUP BY s)
      SELECT a.k, sum(a.cap * (p1.p / p0.p - 1)) / sum(a.cap) AS r
      FROM a JOIN p0 USING (s) JOIN p1 USING (s) WHERE a.g = 'Industrials' GROUP BY 1 ORDER BY 1`);
    const want = (rows[0].r - rows[rows.length - 1].r) * 100;
    const stated = want.toFixed(1);
    const [v] = await checkText(
      store,
      `Small-cap industrials beat large-cap industrials by ${stated} percentage points in the five sessions after the election.`,
      '2016-11-08',
      '2016-11-15',
    );
    assert.ok(Math.abs(v.computed!.value - want) < 1e-9, `${v.computed!.value} vs SQL ${want}`);
    assert.equal(v.verdict, 'supported', v.line);
    assert.match(v.line!, /smallest third by market cap \(breakpoints from the whole universe\)/);
  });
});

describe('POST /api/check reads sector and regional sentences too', {
  skip: !hasEmbedded && 'data/*.parquet not built',
}, () => {
  it('a paragraph with a sector and a regional claim: verdicts and the stated conventions in the JSON', async () => {
    const store = await embeddedStore();
    try {
      const app = createApp({ store, web: false, timeoutMs: 120_000 });
      const text =
        'Banks rose 11 per cent in the five sessions after the election. European small caps beat large caps by 0.8 percentage points in the three sessions after the election.';
      const r = await app.request('/api/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, event: '2016-11-08', to: '2016-11-15' }),
      });
      assert.equal(r.status, 200);
      const body = JSON.stringify(await r.json());
      // XLF +10.96% (README's awk over XLF.csv); Europe SMB +0.83% (the fixture rows compounded by hand).
      assert.match(body, /sector:Banks/);
      assert.match(body, /europe:small/);
      assert.match(body, /banks read as the Financials sector/);
      assert.match(body, /in US dollars/);
      assert.doesNotMatch(body, /"verdict":"not supported"/);
    } finally {
      store.close();
    }
  });
});

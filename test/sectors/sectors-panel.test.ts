/**
 * Sector × size buckets, the sector ranking and the size-spread decomposition on real stocks: the
 * Kaggle/Stooq panel with the NASDAQ companylist caps of 2016-09-21 and the S&P 500 GICS file, around the
 * 2016 US election. Runs on the fixtures cut from ../shared/data (always), and on the whole panel imported into
 * a temporary store when ../shared/data exists (skipped with a message otherwise).
 * References: the companylist files (counts, by DuckDB over the raw files), an independent DuckDB-SQL
 * calculation written here (breakpoints, assignment and buy-and-hold cell returns), and the identity
 * Σ contributions = spread.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { loadPanel } from '../../src/queries/panel.ts';
import { loadSectorSeries, panelSectors, querySectorEvent } from '../../src/queries/sectors.ts';
import { decomposeSpread } from '../../src/sectors/decompose.ts';
import { compoundCells, sectorBuckets } from '../../src/sectors/sector-buckets.ts';
import { importFile } from '../../src/store/import/index.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';
import { writeReferenceTables } from '../helpers/sector-reference.ts';

const fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const FULL = `${SHARED}stocks/kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz`;

const sources = [
  {
    name: 'fixture panel (2016-09-21, 2016-10-31 .. 2016-11-30)',
    panel: fx('portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz'),
    companylists: [
      fx('portfolios/companylist_NYSE_2016-09-21.csv.gz'),
      fx('portfolios/companylist_NASDAQ_2016-09-21.csv.gz'),
    ],
    gics: fx('sectors/securities_gics_2016.csv'),
    skip: false as string | false,
  },
  {
    name: 'whole Kaggle panel from ../shared/data (2016-09-01 .. 2016-12-31)',
    panel: FULL,
    companylists: ['NYSE', 'NASDAQ'].map(
      (x) =>
        `${SHARED}stocks/nasdaq_companylist_snapshot_2016-09-21_AdarshK1/companylist_${x}_2016-09-21.csv`,
    ),
    gics: `${SHARED}stocks/sp500_gics_securities_kaggle_nyse/securities.csv`,
    skip: !existsSync(FULL) && 'needs ../shared/data (not in a user clone)',
  },
];

for (const src of sources) {
  describe(`sectors on the ${src.name}`, { skip: src.skip }, () => {
    let store: Store;
    let panel: Panel;
    let sector: (string | null)[];
    before(async () => {
      store = await Store.open(':memory:');
      await loadStockPanelCsv(store, src.panel, { from: '2016-09-01', to: '2016-12-31' });
      await loadCompanylists(
        store,
        src.companylists.map((file) => ({ file, exchange: /NYSE/.test(file) ? 'NYSE' : 'NASDAQ' })),
        '2016-09-21',
      );
      panel = await loadPanel(store, { from: '2016-10-25', to: '2016-11-30' });
      ({ sector } = await panelSectors(store, panel));
    });
    after(() => store.close());

    test('sector counts in the store equal the companylist files (by NASDAQ sector, distinct symbols)', async () => {
      const files = src.companylists.map((f) => `'${f}'`).join(', ');
      const ref = await store.all<{ s: string; n: number }>(`
        SELECT Sector AS s, count(DISTINCT replace(replace(upper(trim(Symbol)), '^', '_'), '.', '-'))::DOUBLE AS n
        FROM read_csv([${files}], header = true, all_varchar = true) GROUP BY 1 ORDER BY 1`);
      const got = await store.all<{ s: string; n: number }>(
        `SELECT sector AS s, count(*)::DOUBLE AS n FROM securities WHERE source LIKE 'nasdaq/%' GROUP BY 1 ORDER BY 1`,
      );
      assert.deepEqual(got, ref);
      assert.equal(ref.find((r) => r.s === 'Finance')?.n, 991); // PROVENANCE: the two files' Finance rows
    });

    test('after the GICS file, S&P 500 members take their GICS sector; the rest keep the mapped NASDAQ sector', async () => {
      await importFile(store, src.gics);
      const s = await panelSectors(store, panel);
      const inGics = await store.one<{ n: number }>(`
        SELECT count(*)::DOUBLE AS n FROM (SELECT DISTINCT replace(upper(trim(Tickersymbol)), '.', '-') AS id
        FROM read_csv('${src.gics}', header = true, all_varchar = true)) WHERE id IN (SELECT DISTINCT id FROM bars)`);
      assert.equal(
        s.source.filter((x) => x === 'gics').length,
        inGics?.n,
        'every panel stock in the GICS file reads as GICS',
      );
      sector = s.sector;
      assert.equal(sector[panel.ids.indexOf('CAT')], 'Industrials');
      assert.equal(sector[panel.ids.indexOf('JPM')], 'Financials');
    });

    test('sector × terciles (universe and within-sector breakpoints) equal an independent DuckDB-SQL calculation', async () => {
      for (const within of ['universe', 'sector'] as const) {
        const res = sectorBuckets(panel, sector, {
          scheme: 'terciles',
          formation: '2016-11-08',
          weightings: ['value'],
          from: '2016-11-09',
          to: '2016-11-15',
          within,
        });
        const f = res.formed[0];
        await writeReferenceTables(store, panel, sector, f);
        // Type-7 tercile breakpoints (quantile_cont), bucket = breakpoints strictly below the cap, value weights
        // = formation cap, return = last price on or before 2016-11-15 over the 2016-11-08 close.
        const part = within === 'sector' ? 'WHERE m.g = bp.g' : '';
        const rows = await store.all<{ g: string; k: number; r: number; n: number }>(`
          WITH bp AS (SELECT ${within === 'sector' ? 'g,' : ''} quantile_cont(cap, [1/3, 2/3]) AS q FROM m ${within === 'sector' ? 'GROUP BY g' : ''}),
          a AS (SELECT m.s, m.g, m.cap, (m.cap > bp.q[1])::INTEGER + (m.cap > bp.q[2])::INTEGER AS k FROM m, bp ${part}),
          p0 AS (SELECT s, arg_max(p, day) AS p FROM px WHERE day <= 17113 GROUP BY s),
          p1 AS (SELECT s, arg_max(p, day) AS p FROM px WHERE day <= 17120 GROUP BY s)
          SELECT a.g, a.k, sum(a.cap * (p1.p / p0.p - 1)) / sum(a.cap) AS r, count(*)::DOUBLE AS n
          FROM a JOIN p0 USING (s) JOIN p1 USING (s) GROUP BY 1, 2 ORDER BY 1, 2`);
        const cells = compoundCells(res, 'value');
        assert.ok(rows.length >= 30, `${rows.length} cells`);
        for (const r of rows) {
          const c = res.groups.indexOf(r.g) * res.K + r.k;
          assert.equal(res.counts[0][c], r.n, `${within} ${r.g} T${r.k + 1} count`);
          assert.ok(
            Math.abs(cells[c] - r.r) < 1e-10,
            `${within} ${r.g} T${r.k + 1}: ${cells[c]} vs SQL ${r.r}`,
          );
        }
      }
    });

    test('the contributions add up to the size spread to 1e-12 (value, equal-hold); equal weights report their residual', () => {
      const res = sectorBuckets(panel, sector, {
        scheme: 'deciles',
        formation: '2016-11-08',
        weightings: ['value', 'equal-hold', 'equal'],
        from: '2016-11-09',
        to: '2016-11-30',
      });
      for (const [from, to] of [
        ['2016-11-09', '2016-11-15'],
        ['2016-11-09', '2016-11-30'],
        ['2016-11-14', '2016-11-22'],
      ]) {
        for (const w of ['value', 'equal-hold'] as const) {
          const d = decomposeSpread(res, w, from, to);
          const sum = d.sectors.reduce((a, r) => a + r.contribution, 0);
          assert.ok(Math.abs(sum - d.spread) < 1e-12, `${w} ${from}..${to}: Σ ${sum} vs spread ${d.spread}`);
          const split = d.sectors.reduce((a, r) => a + r.mix + r.within, 0);
          assert.ok(Math.abs(split - d.spread) < 1e-12, `${w}: mix + within ${split} vs ${d.spread}`);
          const ws = d.sectors.reduce((a, r) => a + r.weightSmall, 0);
          assert.ok(Math.abs(ws - 1) < 1e-12, 'small-leg weights sum to 1');
        }
        const e = decomposeSpread(res, 'equal', from, to);
        const sum = e.sectors.reduce((a, r) => a + r.contribution, 0);
        assert.ok(Math.abs(e.residual - (e.spread - sum)) < 1e-15, 'residual = spread − Σ contributions');
      }
      assert.throws(
        () => decomposeSpread(res, 'value', '2016-12-01', '2016-12-09'),
        /window 2016-12-01 .. 2016-12-09 holds no day/,
      );
    });

    test('capgap sectors ranks the sectors and decomposes the election-week spread; bad options exit 2', async () => {
      const a = await querySectorEvent(store, { event: '2016-11-08', window: [0, 4] });
      assert.equal(a.base, '2016-11-08');
      assert.equal(a.to, '2016-11-15');
      const fin = a.ranking.find((r) => r.sector === 'Financials');
      assert.equal(a.ranking[0].sector, 'Financials', 'financials led the election week');
      assert.ok(fin && fin.vw > 0.08, `Financials VW ${fin?.vw}`);
      assert.ok(Math.abs(a.decomposition.value.residual) < 1e-12);
      // The claim checker's series (loadSectorSeries) compound to the same cell returns.
      const ind = a.decomposition.value.sectors.find((s) => s.sector === 'Industrials')!;
      const small = await loadSectorSeries(store, {
        sector: 'industrials',
        size: 'small',
        formation: '2016-11-08',
        to: '2016-11-15',
      });
      assert.deepEqual(
        Array.from(small!.days, (d) => d - 17114),
        [0, 1, 2, 5, 6],
      ); // 2016-11-09 = day 17114
      const g = small!.values.reduce((p, r) => p * (1 + r), 1) - 1;
      assert.ok(Math.abs(g - ind.returnSmall) < 1e-12, `small industrials ${g} vs ${ind.returnSmall}`);
      const all = await loadSectorSeries(store, {
        sector: 'Financials',
        formation: '2016-11-08',
        to: '2016-11-15',
      });
      assert.ok(Math.abs(all!.values.reduce((p, r) => p * (1 + r), 1) - 1 - fin!.vw) < 1e-12);
      const io = buffers();
      const db = ':memory:';
      assert.equal(
        await main(['sectors', '--event', '2016-11-08', '--within', 'nowhere', '--db', db], io),
        2,
      );
      assert.match(io.stderr.join('\n'), /invalid --within: "nowhere"/);
      const io2 = buffers();
      assert.equal(await main(['buckets', '--by', 'industry', '--db', db], io2), 2);
      assert.match(io2.stderr.join('\n'), /invalid --by: "industry"; expected "size" or "sector"/);
    });
  });
}

function buffers(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), isTTY: false };
}

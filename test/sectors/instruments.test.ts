/**
 * `capgap instruments` on real fixtures: the stock panel and companylists of test/fixtures/portfolios, the
 * S&P 500 GICS file and five Kaggle/Stooq ETF files (test/fixtures/sectors, cut by
 * scripts/cut-sectors-fixtures.ts). Returns are checked against the fund's closes quoted from its file;
 * tracking statistics against DuckDB's own corr() and stddev_samp() over the same pairs, on a five-day window
 * whose fund returns are worked out by hand from the quoted closes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { inceptionAudit } from '../../src/queries/inception.ts';
import { queryInstruments } from '../../src/queries/instruments.ts';
import { readEtfRegistryFile } from '../../src/store/etf-registry.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { addPanelFixture, addSectorFixtures } from '../helpers/fixture-stores.ts';

const fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

describe('instruments for an exposure (real fixtures)', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
    await addPanelFixture(store);
    await addSectorFixtures(store, ['iwm', 'ijr', 'vb', 'xli', 'xlf']);
  });
  after(() => store.close());

  test('US small cap: IWM, IJR, VB with their return since the event from their own closes', async () => {
    const a = await queryInstruments(store, {
      exposure: 'US small cap',
      event: '2016-11-08',
      window: [0, 14],
    });
    assert.equal(a.base, '2016-11-08');
    assert.equal(a.to, '2016-11-30');
    const row = (t: string) => a.funds.find((f) => f.ticker === t)!;
    // iwm.us.txt: Close 117.26 (2016-11-08), 129.81 (2016-11-30); vb.us.txt 115.7 and 125.39.
    assert.ok(Math.abs(row('IWM').returnSinceEvent! - (129.81 / 117.26 - 1)) < 1e-12);
    assert.ok(Math.abs(row('VB').returnSinceEvent! - (125.39 / 115.7 - 1)) < 1e-12);
    assert.equal(row('IWM').historyStart, '2016-10-31');
    assert.equal(row('IWM').tracking?.n, 15);
    assert.deepEqual(row('SCHA').missing, [
      'no prices in the store (import a price file for it)',
      'no flows imported',
    ]);
    assert.equal(row('SCHA').match, 'exact');
    // VB tracks CRSP US Small Cap (the 85–98% coverage band) and so should follow the band best.
    assert.ok(row('VB').tracking!.correlation > 0.9, `VB corr ${row('VB').tracking!.correlation}`);
  });

  test('tracking statistics on 2016-11-09 .. 2016-11-15 equal DuckDB corr() and stddev_samp() of the same pairs', async () => {
    const a = await queryInstruments(store, {
      exposure: 'US small cap',
      event: '2016-11-08',
      window: [0, 4],
    });
    const iwm = a.funds.find((f) => f.ticker === 'IWM')!;
    // IWM closes 117.26, 120.88, 122.8, 125.63, 127.39, 127.79 (2016-11-08 .. 2016-11-15, iwm.us.txt):
    // daily returns +3.087%, +1.588%, +2.305%, +1.401%, +0.314%.
    const closes = [117.26, 120.88, 122.8, 125.63, 127.39, 127.79];
    const fund = closes.slice(1).map((c, i) => c / closes[i] - 1);
    assert.deepEqual(
      fund.map((r) => +(r * 100).toFixed(3)),
      [3.087, 1.588, 2.305, 1.401, 0.314],
    );
    // The exposure's daily returns over the same days, from the engine (the CRSP small band, value-weighted).
    const { sectorBuckets } = await import('../../src/sectors/sector-buckets.ts');
    const { loadPanel } = await import('../../src/queries/panel.ts');
    const { panelSectors } = await import('../../src/queries/sectors.ts');
    const panel = await loadPanel(store, { from: '2016-10-25', to: '2016-11-15' });
    const { sector } = await panelSectors(store, panel);
    const res = sectorBuckets(panel, sector, {
      scheme: 'coverage:70,85,98',
      formation: '2016-11-08',
      weightings: ['value'],
      from: '2016-11-09',
      to: '2016-11-15',
    });
    const b = res.base.labels.indexOf('85-98%');
    const series = res.dates.map((_, i) => res.base.returns.value![i * (res.K + 1) + b]);
    const ref = await store.one<{ r: number; te: number }>(
      `SELECT corr(x, y) AS r, stddev_samp(x - y) AS te FROM (SELECT unnest($1::DOUBLE[]) AS x, unnest($2::DOUBLE[]) AS y)`
        .replace('$1::DOUBLE[]', `[${fund.join(',')}]::DOUBLE[]`)
        .replace('$2::DOUBLE[]', `[${series.join(',')}]::DOUBLE[]`),
    );
    assert.ok(
      Math.abs(iwm.tracking!.correlation - ref!.r) < 1e-12,
      `${iwm.tracking!.correlation} vs ${ref!.r}`,
    );
    assert.ok(Math.abs(iwm.tracking!.trackingErrorDaily - ref!.te) < 1e-12);
    assert.ok(Math.abs(iwm.tracking!.trackingErrorAnnual - ref!.te * Math.sqrt(252)) < 1e-12);
    assert.ok(Math.abs(a.series.return! - series.reduce((g, r) => g * (1 + r), 1) + 1) < 1e-12);
  });

  test('US industrials: XLI exact, PSCI the small-cap slice without prices; mid and large cap industrials have no fund', async () => {
    const a = await queryInstruments(store, {
      exposure: 'US industrials',
      event: '2016-11-08',
      window: [0, 14],
    });
    assert.deepEqual(
      a.funds.map((f) => `${f.ticker}:${f.match}`),
      ['XLI:exact', 'PSCI:narrower'],
    );
    // xli.us.txt: Close 57.058 (2016-11-08), 61.176 (2016-11-30).
    assert.ok(Math.abs(a.funds[0].returnSinceEvent! - (61.176 / 57.058 - 1)) < 1e-12);
    assert.match(a.funds[1].note ?? '', /^unverified/);
    assert.deepEqual(a.noFund, ['US mid cap industrials', 'US large cap industrials']);
    assert.deepEqual(a.notes, [
      'XLI tracks the Industrial Select Sector Index, which holds S&P 500 members only: in size it is a large-cap fund',
    ]);
  });

  test('the inception audit: funds with bars here start after inception; none is contradicted', async () => {
    const rows = await inceptionAudit(store);
    assert.equal(rows.filter((r) => r.status === 'contradicted').length, 0);
    assert.equal(rows.find((r) => r.ticker === 'IWM')?.status, 'data start later'); // fixture starts 2016-10-31
    assert.equal(rows.find((r) => r.ticker === 'VOO')?.status, 'no bars');
  });

  test('a bad exposure exits 2 naming the words it could not read', async () => {
    const io = buffers();
    assert.equal(
      await main(['instruments', '--exposure', 'US small cap widgets', '--db', ':memory:'], io),
      2,
    );
    assert.match(io.stderr.join('\n'), /invalid exposure: "US small cap widgets"; could not read "widgets"/);
  });
});

function buffers(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), isTTY: false };
}

describe('instruments: flows where imported (hand-made, fictional fund XSML; test/fixtures/flows/README.md)', () => {
  test('sums the flows engine’s daily flows after the base close: 5,150,000 + 520,000 − 530,000', async () => {
    const store = await Store.open(':memory:');
    try {
      await importFile(store, fx('flows/handmade-shares-nav.csv'));
      const registry = readEtfRegistryFile(fx('flows/handmade-etfs.csv'));
      const a = await queryInstruments(store, {
        exposure: 'US small cap',
        event: '2016-11-08',
        window: [0, 4],
        registry,
      });
      const x = a.funds.find((f) => f.ticker === 'XSML')!;
      // By hand (as test/flows/store.test.ts): 11-09 (1,100,000 − 1,050,000) × 103 = 5,150,000; 11-11 the
      // 2-for-1 split is detected: (2,210,000 − 2 × 1,100,000) × 52 = 520,000; 11-14 (2,200,000 − 2,210,000) × 53
      // = −530,000. The 11-08 row (5,050,000) is on the base day, before the window.
      assert.deepEqual(x.flows, { rows: 3, total: 5_140_000 });
      assert.equal(a.series.return, null, 'no stock panel: no exposure series');
    } finally {
      store.close();
    }
  });
});

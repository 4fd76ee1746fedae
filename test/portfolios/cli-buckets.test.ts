/**
 * `capgap buckets` in-process on a store file built from the real 2016 fixture
 * (test/fixtures/portfolios, cut by scripts/cut-portfolio-fixtures.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import { compoundBuckets } from '../../src/portfolios/windows.ts';
import { loadPanel } from '../../src/queries/panel.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';

const dir = fileURLToPath(new URL('../fixtures/portfolios/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'capgap-buckets-'));
const db = join(tmp, 'store.duckdb');

const cli = (argv: string[]) => runCli(argv);

describe('capgap buckets', () => {
  let expected: Float64Array;
  let endedEarly: number;
  before(async () => {
    const store = await Store.open(db);
    await loadStockPanelCsv(store, `${dir}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz`);
    await loadCompanylists(
      store,
      [
        { file: `${dir}companylist_NYSE_2016-09-21.csv.gz`, exchange: 'NYSE' },
        { file: `${dir}companylist_NASDAQ_2016-09-21.csv.gz`, exchange: 'NASDAQ' },
      ],
      '2016-09-21',
    );
    // The library on the same store: the CLI must print the same numbers.
    const r = computeBuckets(await loadPanel(store), {
      scheme: 'quintiles',
      breakpoints: 'nyse',
      formation: '2016-11-08',
      weightings: ['value'],
      from: '2016-11-09',
      to: '2016-11-30',
    });
    expected = compoundBuckets(r, 'value');
    // French's monthly VW deciles, Oct and Nov 2016, copied from ../shared/data/kenfrench_data_library/
    // Portfolios_Formed_on_ME_monthly_vintage202602.CSV (lines 1097-1098; percent there, decimals here).
    const labels = ['Lo 10', '2-Dec', '3-Dec', '4-Dec', '5-Dec', '6-Dec', '7-Dec', '8-Dec', '9-Dec', 'Hi 10'];
    const oct = [-7.11, -5.91, -5.34, -6.88, -4.28, -3.52, -3.4, -1.55, -2.87, -1.29];
    const nov = [9.75, 13.44, 12.33, 13.08, 11.56, 9.09, 8.91, 5.76, 5.76, 3.42];
    const values = labels.flatMap((l, k) => [
      `('french/Portfolios_Formed_on_ME', 'CRSP 202602', 'monthly', 'value', 'return', '${l}', DATE '2016-10-31', ${oct[k] / 100})`,
      `('french/Portfolios_Formed_on_ME', 'CRSP 202602', 'monthly', 'value', 'return', '${l}', DATE '2016-11-30', ${nov[k] / 100})`,
    ]);
    await store.run(`INSERT INTO portfolio_series VALUES ${values.join(', ')}`);
    // Stocks in the loaded range (the CLI loads from 10 days before the formation) whose last bar is early.
    const e = await store.one<{ n: number }>(
      "SELECT count(*)::DOUBLE AS n FROM (SELECT id, max(date) AS m FROM bars WHERE date >= DATE '2016-10-29' GROUP BY id) WHERE m < DATE '2016-11-30'",
    );
    endedEarly = e!.n;
    store.close();
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const args = [
    'buckets',
    '--db',
    db,
    '--scheme',
    'quintiles',
    '--breakpoints',
    'nyse',
    '--formation',
    '2016-11-08',
    '--from',
    '2016-11-09',
    '--to',
    '2016-11-30',
  ];

  test('--json gives the library’s compounded returns, the source and the conventions', async () => {
    const { code, out, err } = await cli([...args, '--json']);
    assert.equal(code, 0, err);
    const s = JSON.parse(out);
    assert.equal(s.source, 'stocks');
    assert.deepEqual(s.labels, ['Lo 20', 'Qnt 2', 'Qnt 3', 'Qnt 4', 'Hi 20', 'market']);
    assert.equal(s.dates[0], '2016-11-09');
    for (let k = 0; k < 6; k++) assert.ok(Math.abs(s.compounded[k] - expected[k]) < 1e-12);
    assert.ok(Object.values(s.conventions).some((c) => String(c).includes('NYSE stocks only')));
  });
  test('--csv prints one row per day with a column per bucket', async () => {
    const { code, out } = await cli([...args, '--csv']);
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.equal(lines[0], 'date,Lo 20,Qnt 2,Qnt 3,Qnt 4,Hi 20,market');
    assert.equal(lines.length, 1 + 15); // 15 sessions from 2016-11-09 to 2016-11-30 (Thanksgiving closed)
  });
  test('the text table states the formation and its exclusions', async () => {
    const { code, out } = await cli(args);
    assert.equal(code, 0);
    assert.match(out, /formation 2016-11-08: \d+ eligible; excluded: security type \d+/);
    assert.match(out, /smallest minus largest: [\d.-]+ pp/);
  });
  test('--source french answers from French’s series and says so: Oct–Nov 2016 Lo 10 = 0.9289 × 1.0975 − 1', async () => {
    const { code, out, err } = await cli([
      'buckets',
      '--db',
      db,
      '--source',
      'french',
      '--frequency',
      'monthly',
      '--from',
      '2016-10-01',
      '--to',
      '2016-11-30',
      '--json',
    ]);
    assert.equal(code, 0, err);
    const s = JSON.parse(out);
    assert.equal(s.source, 'french');
    assert.equal(s.vintage, 'CRSP 202602');
    assert.deepEqual(s.dates, ['2016-10', '2016-11']);
    assert.equal(s.returns[1][9], 0.0342);
    assert.ok(Math.abs(s.compounded[0] - (0.9289 * 1.0975 - 1)) < 1e-12);
    const eq = await cli([
      'buckets',
      '--db',
      db,
      '--source',
      'french',
      '--weighting',
      'equal',
      '--frequency',
      'monthly',
    ]);
    // the store lacks that series: a data problem (exit 1, src/cli/exit-codes.ts), not misuse
    assert.equal(eq.code, 1);
    assert.match(eq.err, /no monthly equal-weighted series/);
  });
  test('--contributions and --quality add the names behind a bucket and the data-quality counts', async () => {
    const { code, out } = await cli([...args, '--contributions', 'Hi 20', '--quality', '--json']);
    assert.equal(code, 0);
    const s = JSON.parse(out);
    assert.equal(s.contributions.bucket, 'Hi 20');
    assert.equal(s.contributions.top.length, 20);
    assert.equal(s.quality.endedEarly.stocks, endedEarly);
    assert.ok(endedEarly > 0);
  });
  test('a bad option exits 2 with a message naming it', async () => {
    const { code, err } = await cli(['buckets', '--db', db, '--scheme', 'halves']);
    assert.equal(code, 2);
    assert.match(err, /invalid scheme: "halves"/);
    const r = await cli(['buckets', '--db', db, '--source', 'french', '--scheme', 'terciles']);
    assert.equal(r.code, 2);
    assert.match(r.err, /French publishes deciles, quintiles and 30-40-30 only/);
  });
});

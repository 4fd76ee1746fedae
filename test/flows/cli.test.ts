import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';

// `capgap flows` and `capgap records` run in-process on one throwaway store file holding the real French fixture
// (2000-01..2026-02, test/fixtures/flows/README.md), imported first so the embedded dataset is not loaded.
const dir = mkdtempSync(join(tmpdir(), 'capgap-flows-'));
const db = join(dir, 'store.duckdb');
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/flows/${name}`, import.meta.url));

const run = (...argv: string[]) => runCli([...argv, '--db', db]);

describe('capgap records and capgap flows', () => {
  before(async () => {
    const store = await Store.open(db);
    await importFile(store, fixture('Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV'));
    await importFile(
      store,
      fixture('Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv'),
    );
    await importFile(store, fixture('yahoo/^RUT.csv'));
    await importFile(store, fixture('yahoo/^GSPC.csv'));
    store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('records --month 2016-11 --json: VW widest since Apr 2010, EW widest since Sep 2016', async () => {
    // French Portfolios_Formed_on_ME monthly (CRSP 202602), read by hand: VW 9.75 − 3.42 = 6.33 pp, last wider
    // month Apr 2010 (10.55 − 0.72 = 9.83); EW 6.98 − 4.46 = 2.52 pp, last wider Sep 2016 (3.34 + 0.08 = 3.42).
    const r = await run('records', '--month', '2016-11', '--json');
    assert.equal(r.code, 0, r.err);
    const {
      rows: [vw, ew],
    } = JSON.parse(r.out); // one object, a row per weighting (docs/json.md)
    assert.equal(vw.weighting, 'value');
    assert.equal(vw.record.largestSince.period, 'Apr 2010');
    assert.equal(ew.record.largestSince.period, 'Sep 2016');
    assert.equal(vw.record.historyStart, 'Jan 2000');
  });

  it('flows says there is no flow data, then sums an imported file by category and week', async () => {
    const empty = await run('flows');
    assert.equal(empty.code, 1, 'no flow data: the store lacks what was asked (src/cli/exit-codes.ts)');
    assert.match(empty.err, /no flow data in the store: import a vendor export/);
    const emptyJson = await run('flows', '--json');
    assert.equal(emptyJson.code, 1);
    assert.match(JSON.parse(emptyJson.out).note, /^no flow data in the store/);
    // hand-made fictional funds and their registry rows (test/fixtures/flows/README.md)
    assert.equal((await run('import', fixture('handmade-etfs.csv'))).code, 0);
    assert.equal((await run('import', fixture('handmade-shares-nav.csv'))).code, 0);
    const r = await run('flows', '--category', 'US large cap', '--event', '2016-11-08', '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    // XLRG vendor flows by hand: −1m on 8 Nov (before the after-close election news), −3m on 9 Nov (after)
    assert.deepEqual(
      j.rows.map((x: { periodEnd: string; flow: number; afterEvent: number }) => [
        x.periodEnd,
        x.flow,
        x.afterEvent,
      ]),
      [['2016-11-11', -4_000_000, -3_000_000]],
    );
    const text = await run(
      'flows',
      '--category',
      'US small cap',
      '--event',
      '2016-11-08',
      '--record',
      '2016-11-11',
    );
    assert.match(text.out, /US small cap\s+2016-11-05 \.\. 2016-11-11/);
    assert.match(text.out, /convention: period: week ending Friday/);
  });

  it('records --series returns and --period week print the election week with its sources', async () => {
    // Hand calculations in test/records/store.test.ts: ^RUT +10.22% vs ^GSPC +3.80% (Yahoo closes 4 -> 11 Nov
    // 2016); French daily VW Lo 10 +10.75%, Hi 10 +3.86%, spread +6.89 pp.
    const r = await run(
      'records',
      '--series',
      'returns',
      '--id',
      '^RUT',
      '--vs',
      '^GSPC',
      '--end',
      '2016-11-11',
    );
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /\^RUT, week ending 2016-11-11 \(2016-11-04 close \.\. 2016-11-11 close\): \+10\.22% vs \^GSPC \+3\.80%: \+6\.42 pp/,
    );
    assert.match(r.out, /\^RUT from yahoo\/\^RUT/);
    const w = await run('records', '--period', 'week', '--end', '2016-11-11', '--json');
    assert.equal(w.code, 0, w.err);
    assert.equal(Math.round(JSON.parse(w.out).spread * 1e4) / 1e2, 6.89);
  });

  it('records --series flows ranks the latest week of each category, provisional if not over', async () => {
    // Hand-made XSML/XLRG data imported above. Small cap: week ending 11 Nov (10.72m) is complete, the week
    // ending 18 Nov (−0.53m, data through Mon 14 Nov) is provisional and below it. Large cap (XLRG): data end
    // Wed 9 Nov, so its only week (ending 11 Nov, −4m) is provisional with nothing completed to compare with.
    const r = await run('records', '--series', 'flows', '--json');
    assert.equal(r.code, 0, r.err);
    const recs = JSON.parse(r.out).records as {
      category: string;
      periodEnd: string;
      value: number;
      provisional: boolean;
      of: number;
      largestSince: { periodEnd: string } | null;
      summary: string;
    }[];
    const small = recs.find((x) => x.category === 'US small cap');
    assert.deepEqual(
      [small?.periodEnd, small?.value, small?.provisional, small?.of],
      ['2016-11-18', -530_000, true, 1],
    );
    assert.equal(small?.largestSince?.periodEnd, '2016-11-11');
    const large = recs.find((x) => x.category === 'US large cap');
    assert.deepEqual([large?.value, large?.provisional, large?.of], [-4_000_000, true, 0]);
    assert.equal(large?.summary, 'provisional: no completed weeks to compare with');
  });

  it('rejects bad options with exit code 2, naming the value', async () => {
    const r = await run('records', '--weighting', 'cap');
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid --weighting: "cap"/);
    const f = await run('flows', '--period', 'fortnight');
    assert.equal(f.code, 2);
    assert.match(f.err, /invalid period: "fortnight"/);
  });
});

/**
 * `capgap event` states its data-quality flags in text and --json, on a store of real rows damaged in a
 * stated way: ^RUT (Yahoo fixture) without its 2016-11-16 row, and AAPL (the stock panel fixture) with its
 * closes halved from 2016-11-10 (an unadjusted 2:1 split). The market is French's daily Mkt-RF + RF
 * (test/fixtures/report/factors-daily-2016.csv, vintage 202505).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../../src/store/import/import-file.ts';
import { Store } from '../../../src/store/store.ts';
import { runCli } from '../../helpers/cli.ts';
import { panelCloses, splitFrom, without, yahooCloses } from './rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'capgap-flags-'));
const db = join(dir, 'store.duckdb');

const run = (argv: string[]) => runCli([...argv, '--db', db]);

function yahooCsv(closes: Map<string, number>): string {
  const rows = [...closes].sort().map(([d, c]) => `${d},${c},${c},${c},${c},${c},1000`);
  return `Date,Open,High,Low,Close,Adj Close,Volume\n${rows.join('\n')}\n`;
}

before(async () => {
  writeFileSync(join(dir, '^RUT.csv'), yahooCsv(without(yahooCloses('^RUT'), '2016-11-16')));
  writeFileSync(join(dir, 'AAPL.csv'), yahooCsv(splitFrom(panelCloses('AAPL'), '2016-11-10', 2)));
  const store = await Store.open(db);
  await importFile(store, join(dir, '^RUT.csv'));
  await importFile(store, join(dir, 'AAPL.csv'));
  await importFile(store, fileURLToPath(new URL('../../fixtures/flows/yahoo/^GSPC.csv', import.meta.url)));
  const f = new URL('../../fixtures/report/factors-daily-2016.csv', import.meta.url);
  for (const line of readFileSync(f, 'utf8').trim().split('\n').slice(1)) {
    const [d, mkt, rf] = line.split(',');
    for (const [factor, v] of [
      ['Mkt-RF', mkt],
      ['RF', rf],
    ])
      await store.run(
        `INSERT INTO factors (dataset, vintage, frequency, date, factor, value)
         VALUES ('french/F-F_Research_Data_Factors', 'CRSP 202505', 'daily', $1::DATE, $2, $3)`,
        [d, factor, Number(v) / 100],
      );
  }
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const STUDY = [
  '--event',
  '2016-11-08',
  '--model',
  'market-adjusted',
  '--estimation',
  '-6,-3',
  '--min-obs',
  '3',
];

describe('capgap event: flags beside the numbers', () => {
  it('an unadjusted 2:1 split inside [0, 2] is flagged in the text, beside the −51.2% it causes', async () => {
    const r = await run(['event', '--series', 'AAPL', ...STUDY]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Data quality \(1 flag/);
    assert.match(
      r.out,
      /! AAPL's close went from 109.13 on 2016-11-09 to 53.04 on 2016-11-10 \(−51.4%\), the size of an unadjusted 2:1 split: the '2016 presidential election \(Trump\) \[0, 2\]' figure/,
    );
    // hand: 106.72 / 2 / 109.31 − 1 = −51.18% (the damaged 11-11 close over the 11-08 close)
    assert.match(r.out, /\[0, 2\]\s+2016-11-08 → 2016-11-11\s+-51\.18%/);
  });

  it('the same flag is in --json as flags: [{ kind, series, dates, detail, effect }]', async () => {
    const r = await run(['event', '--series', 'AAPL', ...STUDY, '--json']);
    const j = JSON.parse(r.out);
    const kinds = j.flags.map((f: { kind: string; series: string; effect: string; dates: string[] }) => [
      f.kind,
      f.series,
      f.effect,
      f.dates.join(),
    ]);
    assert.deepEqual(kinds, [['split-like-move', 'AAPL', 'may-be-wrong', '2016-11-10']]);
    assert.ok(Math.abs(j.returns[0].series - (106.72 / 2 / 109.31 - 1)) < 1e-12);
  });

  it('a missing session withholds the figures across it, and says so (^RUT without 2016-11-16)', async () => {
    const r = await run(['event', '--series', '^RUT', ...STUDY, '--to', '2016-11-17', '--json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const gap = j.flags.find((f: { kind: string }) => f.kind === 'missing-session');
    assert.deepEqual(gap.dates, ['2016-11-16']);
    assert.equal(gap.effect, 'withheld');
    const since = j.returns.find((x: { label: string }) => x.label.startsWith('since'));
    assert.equal(since.series, null); // JSON null = NaN: withheld
    // the window [0, 2] does not touch the gap: hand 1282.38 / 1195.14001 − 1, and no flag names it
    assert.ok(Math.abs(j.returns[0].series - (1282.38 / 1195.14001 - 1)) < 1e-9);
    assert.ok(!j.flags.some((f: { figure?: string }) => f.figure?.includes('[0, 2]')));
  });

  it('clean real data: no flag, and the text says the checks ran (French Mkt-RF, Nov 2016)', async () => {
    const args = ['event', '--series', 'factor:Mkt-RF', ...STUDY, '--model', 'mean-adjusted'];
    const r = await run(args);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Data quality: no missing session, moved t0, split-like move/);
    assert.deepEqual(JSON.parse((await run([...args, '--json'])).out).flags, []);
  });

  it('clean ^GSPC rows: the one flag is true (the fixture ends 2016-11-18, inside the month figure)', async () => {
    const j = JSON.parse((await run(['event', '--series', '^GSPC', ...STUDY, '--json'])).out);
    assert.deepEqual(
      j.flags.map((f: { kind: string; dates: string[]; figure: string }) => [f.kind, f.dates[0], f.figure]),
      [['ends-early', '2016-11-18', 'month 2016-11']],
    );
  });
});

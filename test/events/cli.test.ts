/**
 * The CLI in-process on a small store filled with the real fixture rows of test/fixtures/events/
 * (French daily VW Lo 10 / Hi 10 and Mkt-RF / RF, vintage 202505).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { readFixture } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'capgap-events-'));
const db = join(dir, 'store.duckdb');

const run = (argv: string[]) => runCli(argv);

before(async () => {
  const store = await Store.open(db);
  const rows = readFixture();
  const V = 'CRSP 202505 (inferred)';
  await store.run(
    "INSERT INTO datasets (name, kind, vintage) VALUES ('french/fixture', 'french', 'CRSP 202505 (inferred)')",
  );
  const ps: string[] = [];
  const fs: string[] = [];
  rows.dates.forEach((d, i) => {
    for (const p of ['Lo 10', 'Hi 10']) {
      ps.push(
        `('french/Portfolios_Formed_on_ME','${V}','daily','value','return','${p}','${d}',${rows.cols[p][i]})`,
      );
    }
    for (const f of ['Mkt-RF', 'RF'])
      fs.push(`('french/F-F_Research_Data_Factors','${V}','daily','${f}','${d}',${rows.cols[f][i]})`);
  });
  await store.run(`INSERT INTO portfolio_series VALUES ${ps.join(',')}`);
  await store.run(`INSERT INTO factors VALUES ${fs.join(',')}`);
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('capgap compare-events', () => {
  it('ranks the 2016 election first of 25 on French Lo 10 − Hi 10 over [0, 2] (--json)', async () => {
    const r = await run(['compare-events', '--db', db, '--set', 'elections', '--window', '0,2', '--json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const y2016 = j.rows.find((x: { eventDate: string }) => x.eventDate === '2016-11-08');
    assert.equal(y2016.rank, 1);
    // by hand from French daily VW (PROVENANCE.md): (1.0326)(1.017)(1.0303) − (1.0122)(1.0008)(0.9984)
    assert.ok(Math.abs(y2016.value - (1.0326 * 1.017 * 1.0303 - 1.0122 * 1.0008 * 0.9984)) < 1e-12);
    assert.equal(j.rows.length, 25);
    // The legs' datasets in the one provenance shape (docs/json.md): the vintage as the fixture store holds it.
    assert.deepEqual(
      j.provenance.map((p: { dataset: string; vintage: string; inferred: boolean; series: string }) => [
        p.dataset,
        p.vintage,
        p.inferred,
        p.series,
      ]),
      [
        ['french/Portfolios_Formed_on_ME', 'CRSP 202505', true, 'Lo 10'],
        ['french/Portfolios_Formed_on_ME', 'CRSP 202505', true, 'Hi 10'],
      ],
    );
  });
  it('describes the highlighted event in words', async () => {
    const r = await run(['compare-events', '--db', db, '--highlight', '2016-11-08']);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /2016 presidential election \(Trump\): \+7\.06 pp, the 1st largest of 25 \(1928–2024\)/,
    );
  });
  it('reads a user event set from a CSV file', async () => {
    const file = join(dir, 'mine.csv');
    writeFileSync(file, 'date,label\n2016-11-08,US election\n2020-11-03,US election 2020\n');
    const r = await run(['compare-events', '--db', db, '--set', file, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      JSON.parse(r.out).rows.map((x: { rank: number }) => x.rank),
      [1, 2],
    );
  });
  it('rejects a bad window with exit code 2, naming it', async () => {
    const r = await run(['compare-events', '--db', db, '--window', '2,0']);
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid window: "2,0"/);
  });
});

describe('capgap event', () => {
  it('gives the market-adjusted CAR of French Lo 10 after the 2016 election (--json)', async () => {
    const r = await run([
      'event',
      '--db',
      db,
      '--event',
      '2016-11-08',
      '--series',
      'french:Lo 10',
      '--model',
      'market-adjusted',
      '--estimation',
      '-25,-1',
      '--min-obs',
      '20',
      '--json',
    ]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    // by hand: Lo 10 minus (Mkt-RF + RF) on 11/9, 11/10, 11/11 (French daily, in %): (3.26 − 1.451) +
    // (1.70 − 0.331) + (3.03 − 0.181)
    // (JSON carries 12 significant digits: src/json.ts)
    assert.ok(Math.abs(j.events[0].car[2] - (0.0326 - 0.01451 + 0.017 - 0.00331 + 0.0303 - 0.00181)) < 1e-13);
    assert.equal(j.tests[0].test, 'bw-t');
    // the event's month: PROVENANCE.md: compounding French's Nov-2016 daily VW Lo 10 gives +9.69%
    const month = j.returns.find((w: { label: string }) => w.label === 'month 2016-11');
    assert.ok(Math.abs(month.series - 0.0969) < 5e-5, String(month.series));
    assert.deepEqual([month.baseDate, month.endDate], ['2016-10-31', '2016-11-30']);
    assert.equal(j.events[0].t0, '2016-11-09');
    assert.deepEqual(j.window, { from: 0, to: 2 });
    assert.equal(j.unit, 'decimal');
  });
  it('names an unknown model', async () => {
    const r = await run([
      'event',
      '--db',
      db,
      '--event',
      '2016-11-08',
      '--series',
      'french:Lo 10',
      '--model',
      'capm',
    ]);
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid model: "capm"/);
  });
  it('names a series the store does not hold, as misuse of --series (exit 2)', async () => {
    const r = await run(['event', '--db', db, '--event', '2016-11-08', '--series', 'french:Lo 99']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--series: invalid series: "french:Lo 99"; no "Lo 99"/);
  });
});

describe('capgap calendar', () => {
  it('lists the September 2001 closures with their reason (--json)', async () => {
    const r = await run(['calendar', '--from', '2001-09-01', '--to', '2001-09-30', '--json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(
      j.closures.map((c: { date: string }) => c.date),
      ['2001-09-03', '2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14'],
    );
    assert.equal(j.sessions, 15); // 20 weekdays − Labor Day − 4 days after the attacks
  });
  it('checks a store series: the fixture has gaps between its cut windows, and no date off the calendar', async () => {
    const r = await run([
      'calendar',
      '--db',
      db,
      '--check',
      'french:Lo 10',
      '--from',
      '2016-10-01',
      '--to',
      '2016-11-30',
      '--json',
    ]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.missing.length, 0); // the fixture holds every session of Oct–Nov 2016
    assert.deepEqual(j.holidays, [{ date: '2016-11-24', reason: 'Thanksgiving Day' }]);
    assert.deepEqual(j.extra, []);
  });
});

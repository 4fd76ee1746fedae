/**
 * Regions: French's regional daily factors (Bloomberg 202603, US dollars) read as they are, series and
 * calendars per region, the regional event sets, and the CLI. Expected values are read off the real rows of
 * test/fixtures/regions/ (cut unchanged from ../shared/data by scripts/cut-region-fixtures.ts) by the small
 * independent reader below, and match the spot checks of ../shared/data/PROVENANCE.md §1b (2016-06-24:
 * Europe Mkt-RF −8.80, SMB +1.77; Developed ex US Mkt-RF −6.57, SMB +2.71).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromDay, toDay } from '../../src/calendar/dates.ts';
import { parseRegion, regionOfFrenchFile } from '../../src/calendar/regions.ts';
import { anchorEvent } from '../../src/calendar/trading-days.ts';
import { main } from '../../src/cli/main.ts';
import { REGIONAL_SETS } from '../../src/events/event-sets-regional.ts';
import { loadRegionSeries, regionalMetric, regionCalendar } from '../../src/queries/region-series.ts';
import { importFiles } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';

const FX = fileURLToPath(new URL('../fixtures/regions/', import.meta.url));
const EUROPE = `${FX}Europe_3_Factors_Daily_vintage202603.csv`;
const DEVX = `${FX}Developed_ex_US_5_Factors_Daily_vintage202603.csv`;

/** An independent reader of a French daily file: date -> { column: percent }. */
function readRows(file: string): Map<string, Record<string, number>> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines
    .find((l) => l.startsWith(','))!
    .split(',')
    .slice(1);
  const out = new Map<string, Record<string, number>>();
  for (const l of lines) {
    const cells = l.split(',').map((c) => c.trim());
    if (!/^\d{8}$/.test(cells[0])) continue;
    const d = `${cells[0].slice(0, 4)}-${cells[0].slice(4, 6)}-${cells[0].slice(6)}`;
    out.set(d, Object.fromEntries(header.map((h, i) => [h, Number(cells[i + 1])])));
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'capgap-regions-'));
const db = join(dir, 'store.duckdb');
let store: Store;

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main([...argv, '--db', db], {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    isTTY: false,
  });
  return { code, out, err };
}

before(async () => {
  store = await Store.open(db);
  await importFiles(store, [EUROPE, DEVX], {});
});
after(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('regions', () => {
  it('parseRegion reads ids and labels and names a bad value', () => {
    assert.equal(parseRegion('Europe'), 'europe');
    assert.equal(parseRegion('Developed ex US'), 'developed-ex-us');
    assert.throws(() => parseRegion('mars'), /invalid region: "mars"; expected one of us, europe/);
  });

  it('regionOfFrenchFile takes the longest regional prefix, else the US', () => {
    assert.equal(regionOfFrenchFile('Developed_ex_US_5_Factors_Daily.csv'), 'developed-ex-us');
    assert.equal(regionOfFrenchFile('Developed_5_Factors_Daily.csv'), 'developed');
    assert.equal(regionOfFrenchFile('F-F_Research_Data_Factors_daily.CSV'), 'us');
  });

  it('a regional file imports as it is: Bloomberg vintage from the header, percent to decimals', async () => {
    const d = await store.all<{ name: string; vintage: string }>(
      "SELECT name, vintage FROM datasets WHERE name LIKE 'french/%' ORDER BY name",
    );
    assert.deepEqual(
      d.map((x) => [x.name.replace(/ \[.*$/, ''), x.vintage]),
      [
        ['french/Developed_ex_US_5_Factors', 'Bloomberg 202603'],
        ['french/Europe_3_Factors', 'Bloomberg 202603'],
      ],
    );
    const v = await store.all<{ dataset: string; factor: string; value: number }>(
      "SELECT dataset, factor, value FROM factors WHERE date = DATE '2016-06-24' AND factor IN ('Mkt-RF', 'SMB') ORDER BY dataset, factor",
    );
    // PROVENANCE §1b spot checks, percent / 100.
    assert.deepEqual(
      v.map((x) => [x.dataset, x.factor, Math.round(x.value * 1e6) / 1e6]),
      [
        ['french/Developed_ex_US_5_Factors', 'Mkt-RF', -0.0657],
        ['french/Developed_ex_US_5_Factors', 'SMB', 0.0271],
        ['french/Europe_3_Factors', 'Mkt-RF', -0.088],
        ['french/Europe_3_Factors', 'SMB', 0.0177],
      ],
    );
  });

  it("a region's calendar is exactly the dates of its file", async () => {
    const cal = await regionCalendar(store, 'europe');
    const rows = [...readRows(EUROPE).keys()];
    assert.equal(cal.days.length, rows.length);
    assert.equal(fromDay(cal.first), rows[0]);
    assert.equal(fromDay(cal.last), rows[rows.length - 1]);
  });

  it('every regional event set date anchors on its region calendar: t0 is the next file date after the vote', async () => {
    const cal = await regionCalendar(store, 'europe');
    const rows = readRows(EUROPE);
    const dates = [...rows.keys()];
    for (const [name, set] of Object.entries(REGIONAL_SETS)) {
      for (const ev of set.events) {
        if (ev.date < '2010-01-01' || ev.date > '2019-12-20') continue;
        const a = anchorEvent(cal, ev.date, ev.timing);
        const next = dates.find((d) => d > ev.date)!;
        assert.equal(fromDay(cal.days[a.t0]), next, `${name} ${ev.date}`);
        const wd = new Date(toDay(ev.date) * 864e5).getUTCDay();
        assert.equal(wd, name === 'uk-elections' ? 4 : 0, `${name} ${ev.date} weekday`);
      }
    }
  });

  it('Europe SMB over the first three sessions after Brexit compounds the file rows of 24, 27 and 28 June', async () => {
    const rows = readRows(EUROPE);
    const hand =
      (1 + rows.get('2016-06-24')!.SMB / 100) *
        (1 + rows.get('2016-06-27')!.SMB / 100) *
        (1 + rows.get('2016-06-28')!.SMB / 100) -
      1;
    const r = await run([
      'event',
      '--event',
      '2016-06-23',
      '--regions',
      'europe',
      '--metric',
      'smb',
      '--window',
      '0,2',
      '--json',
    ]);
    assert.equal(r.code, 0, r.err);
    const row = JSON.parse(r.out).rows[0];
    assert.equal(row.t0, '2016-06-24');
    assert.equal(row.endDate, '2016-06-28');
    assert.ok(Math.abs(row.value - hand) < 1e-12, `${row.value} vs ${hand}`);
  });

  it('regionalMetric reads a US metric in a region, and refuses a price series', () => {
    assert.equal(regionalMetric('smb', 'europe'), 'europe:SMB');
    assert.equal(regionalMetric('market - factor:SMB', 'europe'), 'europe:market - europe:SMB');
    assert.equal(regionalMetric('french:Lo 10', 'us'), 'french:Lo 10');
    assert.throws(() => regionalMetric('^FTMC', 'europe'), /regional series are factors/);
  });

  it('compare-events --set uk-elections ranks the elections on Europe SMB, on Europe trading days', async () => {
    const r = await run([
      'compare-events',
      '--set',
      'uk-elections',
      '--region',
      'europe',
      '--metric',
      'smb',
      '--window',
      '0,0',
      '--json',
    ]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const rows = readRows(EUROPE);
    const inData = REGIONAL_SETS['uk-elections'].events.filter(
      (e) => e.date >= '2010-01-04' && e.date <= '2019-12-20',
    );
    assert.equal(j.rows.length, inData.length);
    for (const x of j.rows) {
      const next = [...rows.keys()].find((d) => d > x.eventDate)!;
      assert.ok(Math.abs(x.value - rows.get(next)!.SMB / 100) < 1e-12, x.eventDate);
    }
    assert.match(j.conventions.calendar, /Europe trading days/);
    assert.equal(j.provenance[0].series, 'SMB');
  });

  it('report --region europe gives SMB and the market in US dollars and ranks the month in its direction', async () => {
    const r = await run(['report', '--event', '2016-06-23', '--region', 'europe', '--json']);
    assert.equal(r.code, 0, r.err);
    const s = JSON.parse(r.out);
    const rows = readRows(EUROPE);
    assert.ok(Math.abs(s.windows[0].smb - 0.0177) < 1e-12);
    assert.ok(Math.abs(s.windows[0].market - (-8.8 + rows.get('2016-06-24')!.RF) / 100) < 1e-12);
    // The month's SMB compounds June 2016's daily rows; the rank counts months 2010-01 .. 2016-06 of the fixture.
    const months = new Map<string, number>();
    for (const [d, v] of rows)
      if (d <= '2016-06-30') months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 1) * (1 + v.SMB / 100));
    const vals = [...months.values()].map((x) => x - 1);
    const june = months.get('2016-06')! - 1;
    assert.ok(Math.abs(s.month.smb - june) < 1e-12);
    assert.equal(s.month.direction, june >= 0 ? 'high' : 'low');
    const sign = june >= 0 ? 1 : -1;
    assert.equal(s.month.rank, 1 + vals.filter((v) => sign * v > sign * june).length);
    assert.equal(s.month.of, vals.length);
    assert.ok(
      Object.values(s.conventions as Record<string, string>).some((c) =>
        /in US dollars; SMB, French regional breakpoints/.test(c),
      ),
    );
    const text = await run(['report', '--event', '2016-06-23', '--region', 'europe']);
    assert.match(text.out, /in US dollars/);
    assert.match(text.out, june >= 0 ? /widest lead of small caps/ : /largest shortfall of small caps/);
  });

  it('a region missing from the store is a clear error naming capgap fetch french and capgap import', async () => {
    await assert.rejects(
      loadRegionSeries(store, 'japan', 'SMB'),
      /no daily French factors for Japan in the store; add them with `capgap fetch french --dataset Japan_3_Factors_Daily` or `capgap import Japan_3_Factors_Daily.csv`/,
    );
    const r = await run(['report', '--event', '2016-06-23', '--region', 'japan']);
    assert.equal(r.code, 1);
    assert.match(r.err, /capgap fetch french/);
  });
});

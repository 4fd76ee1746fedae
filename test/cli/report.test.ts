import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import type { EventSnapshot } from '../../src/findings/snapshot-types.ts';
import { captureIO } from '../helpers/cli.ts';

// `capgap report` on the embedded dataset (data/*.parquet, real data; see data/PROVENANCE.md), run in-process
// against a throwaway in-memory store. Expected numbers are hand calculations on the source files' rows.
describe('capgap report --event 2016-11-08 --json', () => {
  let report: EventSnapshot;
  before(async () => {
    const io = captureIO();
    const code = await main(
      ['report', '--event', '2016-11-08', '--to', '2016-12-07', '--json', '--db', ':memory:'],
      io,
    );
    assert.equal(code, 0, io.stderr);
    report = JSON.parse(io.stdout);
  });
  after(() => {});

  it('puts t0 on 9 Nov 2016 and measures from the 8 Nov close', () => {
    const rut = report.indices.find((i) => i.id === '^RUT')!;
    assert.equal(rut.t0, '2016-11-09');
    assert.equal(rut.baseDate, '2016-11-08');
  });
  it('the Russell 2000 rose 3.10% on day 1 and 7.30% over 3 days (hand: 1232.16/1195.14 − 1, 1282.38/1195.14 − 1)', () => {
    const rut = report.indices.find((i) => i.id === '^RUT')!;
    assert.equal(rut.basis, 'price index');
    assert.ok(Math.abs(rut.returns[0].value - (1232.1600341796875 / 1195.1400146484375 - 1)) < 1e-12);
    assert.ok(Math.abs(rut.returns[1].value - (1282.3800048828125 / 1195.1400146484375 - 1)) < 1e-12);
    assert.equal(rut.returns[4].endDate, '2016-12-07');
    assert.equal(rut.unit, 'decimal');
  });
  it('the S&P 500 rose 1.11% on day 1 (hand: 2163.260009765625 / 2139.56005859375 − 1)', () => {
    const spx = report.indices.find((i) => i.id === '^GSPC')!;
    assert.ok(Math.abs(spx.returns[0].value - (2163.260009765625 / 2139.56005859375 - 1)) < 1e-12);
  });
  it('the smallest decile (VW) compounds to 8.20% over 9–11 Nov, 6.23 pp above the market (French daily, by hand)', () => {
    const lo = report.size!.groups.deciles.find((b) => b.portfolio === 'Lo 10')!;
    const lo10 = 1.0326 * 1.017 * 1.0303 - 1; // French daily VW Lo 10: 3.26, 1.70, 3.03 (%)
    const mkt = (1 + 0.0145 + 0.00001) * (1 + 0.0033 + 0.00001) * (1 + 0.0018 + 0.00001) - 1; // Mkt-RF + RF
    assert.ok(Math.abs(lo.value - lo10) < 1e-12);
    assert.ok(Math.abs(lo.excess - (lo10 - mkt)) < 1e-12);
    assert.deepEqual(report.size!.sessions, ['2016-11-09', '2016-11-10', '2016-11-11']);
  });
  it('November 2016 VW decile spread is 6.33 pp, the widest since April 2010 (French monthly 202602, checked by hand)', () => {
    const vw = report.spreads.find((s) => s.weighting === 'value')!.result;
    assert.ok(Math.abs(vw.spread - (0.0975 - 0.0342)) < 1e-12);
    // By hand in Portfolios_Formed_on_ME_monthly_vintage202602.CSV: 201004 Lo 10 10.55, Hi 10 0.72 (9.83 pp)
    // is the most recent earlier month with a spread >= 6.33 pp.
    assert.equal(vw.widestSince?.month, '2010-04');
    const ew = report.spreads.find((s) => s.weighting === 'equal')!.result;
    assert.ok(Math.abs(ew.spread - (0.0698 - 0.0446)) < 1e-12);
    assert.equal(ew.widestSince?.month, '2016-09'); // 201609 EW: 3.34 − (−0.08) = 3.42 pp
  });
  it('states its conventions and sources with vintages', () => {
    assert.match(report.conventions.t0, /after-close/);
    // The embedded French files (data/PROVENANCE.md): daily vintage 202505, monthly 202602.
    assert.equal(report.size!.provenance.dataset, 'french/Portfolios_Formed_on_ME');
    assert.equal(report.size!.provenance.frequency, 'daily');
    assert.equal(report.size!.provenance.weighting, 'value');
    assert.match(report.size!.provenance.vintage ?? '', /^CRSP 202505$/);
    assert.equal(report.size!.market.series, 'Mkt-RF + RF');
    assert.match(report.spreads[0].provenance.vintage ?? '', /^CRSP 202602$/);
    assert.equal(report.spreads[0].provenance.frequency, 'monthly');
  });
});

describe('capgap report --format / --out (findings, article, files)', () => {
  it('writes the article, the HTML and the JSON findings; the election ranks first of 25 on Lo 10 − Hi 10 over [0, 2]', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capgap-report-'));
    try {
      const io = captureIO();
      const code = await main(
        [
          'report',
          '--event',
          '2016-11-08',
          '--format',
          'article,html,json',
          '--out',
          dir,
          '--db',
          ':memory:',
        ],
        io,
      );
      assert.equal(code, 0, io.stderr);
      const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
      const lead = json.findings[0];
      // Hand: French daily VW, 9–11 Nov 2016: Lo 10 (1.0326·1.017·1.0303 − 1) − Hi 10 (1.0122·1.0008·0.9984 − 1)
      const expected = 1.0326 * 1.017 * 1.0303 - 1 - (1.0122 * 1.0008 * 0.9984 - 1);
      assert.ok(Math.abs(lead.value - expected) < 1e-12, `lead finding ${lead.id} = ${lead.value}`);
      assert.equal(lead.record.rank, 1);
      assert.equal(lead.record.of, 25);
      const article = readFileSync(join(dir, 'article.md'), 'utf8');
      assert.match(article, /7\.1 percentage points/);
      assert.match(article, /no flow data in the store/);
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      assert.match(html, /<svg/);
      assert.doesNotMatch(html, /<script|https?:\/\/(?!mba\.tuck|www\.w3\.org)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses several formats without --out, and an unknown format, naming it', async () => {
    const io = captureIO();
    assert.equal(
      await main(['report', '--event', '2016-11-08', '--format', 'md,html', '--db', ':memory:'], io),
      2,
    );
    assert.match(io.stderr, /need --out/);
    assert.equal(
      await main(['report', '--event', '2016-11-08', '--format', 'pdf', '--db', ':memory:'], io),
      2,
    );
    assert.match(io.stderr, /invalid --format: "pdf"/);
  });
});

describe('capgap report errors', () => {
  it('rejects a malformed --event with exit code 2, naming the value', async () => {
    const io = captureIO();
    const code = await main(['report', '--event', '11/08/2016', '--db', ':memory:'], io);
    assert.equal(code, 2);
    assert.match(io.stderr, /invalid --event: "11\/08\/2016"/);
  });
  it('says where the data end for an event after them, with exit 1 (the data cannot answer), --json too', async () => {
    const io = captureIO();
    const code = await main(['report', '--event', '2030-01-02', '--db', ':memory:', '--json'], io);
    assert.equal(code, 1);
    assert.equal(io.stdout, '');
    assert.match(io.stderr, /no trading day after it in the data \(data end 2025-05-30\)/);
  });
});

// A date that is a built-in event takes that event's news timing unless --timing is given: a Fed decision
// (src/events/event-sets-fomc.ts: 14:00 New York) is intraday, so t0 is the decision day itself.
describe('capgap report on a Fed decision date, no --timing', () => {
  const run = async (...extra: string[]) => {
    const io = captureIO();
    const code = await main(['report', '--event', '2019-07-31', ...extra, '--db', ':memory:'], io);
    assert.equal(code, 0, io.stderr);
    return io.stdout;
  };
  it('puts t0 on the decision day and measures from the close before (^RUT hand: 1574.61/1585.60 − 1)', async () => {
    const report = JSON.parse(await run('--json')) as EventSnapshot;
    const rut = report.indices.find((i) => i.id === '^RUT')!;
    assert.equal(rut.t0, '2019-07-31');
    assert.equal(rut.baseDate, '2019-07-30');
    // yfinance/^RUT closes in data/bars.parquet: 2019-07-30 1585.5999755859375, 2019-07-31 1574.6099853515625.
    assert.ok(Math.abs(rut.returns[0].value - (1574.6099853515625 / 1585.5999755859375 - 1)) < 1e-12);
  });
  it('says where the timing came from in the text, and --timing after-close overrides it', async () => {
    assert.match(
      await run(),
      /^2019-07-31 is the 2019 Fed rate cut \(25 bp\) \(built-in set fomc\): news intraday/,
    );
    const text = await run('--timing', 'after-close');
    assert.doesNotMatch(text, /built-in set/);
    assert.match(text, /news after-close; t0 = 2019-08-01, base = close of 2019-07-31/);
  });
});

/**
 * The regional report in every format: `capgap report --event 2016-06-23 --region europe` as text, --json,
 * --format json, md and html. References: the real rows of test/fixtures/regions/ (French's Europe 3-factor
 * and Developed ex US 5-factor daily files, Bloomberg 202603, cut unchanged by scripts/cut-region-fixtures.ts)
 * read by the independent reader below and compounded by hand here; ../shared/data/PROVENANCE.md §1b's spot
 * checks (2016-06-24: Europe SMB +1.77%, Developed ex US SMB +2.71%).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { importFiles } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { DEVX, EUROPE, readRows } from '../helpers/french-daily.ts';

/** Π(1 + x/100) − 1 over the given days' column (percent rows → decimal). */
function byHand(
  rows: Map<string, Record<string, number>>,
  days: string[],
  col: (r: Record<string, number>) => number,
) {
  return days.reduce((g, d) => g * (1 + col(rows.get(d) as Record<string, number>) / 100), 1) - 1;
}

const dir = mkdtempSync(join(tmpdir(), 'capgap-region-report-'));
const db = join(dir, 'store.duckdb');

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
  const store = await Store.open(db);
  await importFiles(store, [EUROPE, DEVX], {});
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const BREXIT = ['report', '--event', '2016-06-23', '--region', 'europe'];
/** The findings' rounding: one decimal from 0.1 up (src/findings/format.ts), half away from zero. */
const one = (x: number) => (Math.round(Math.abs(x) * 1000) / 10).toFixed(1);

describe('the regional report in every format', () => {
  it('text and --json: Europe SMB and market over 1, 3, 5 and 20 Europe sessions equal the file rows compounded by hand', async () => {
    const rows = readRows(EUROPE);
    const days = [...rows.keys()].filter((d) => d > '2016-06-23');
    const r = await run([...BREXIT, '--json']);
    assert.equal(r.code, 0, r.err);
    const s = JSON.parse(r.out);
    assert.deepEqual(
      s.windows.map((w: { sessions: number }) => w.sessions),
      [1, 3, 5, 20],
    );
    for (const w of s.windows) {
      const span = days.slice(0, w.sessions);
      assert.equal(w.endDate, span.at(-1));
      const smb = byHand(rows, span, (x) => x.SMB);
      const market = byHand(rows, span, (x) => x['Mkt-RF'] + x.RF);
      assert.ok(Math.abs(w.smb - smb) < 1e-12, `${w.sessions}: SMB ${w.smb} vs ${smb}`);
      assert.ok(Math.abs(w.market - market) < 1e-12, `${w.sessions}: market ${w.market} vs ${market}`);
    }
    // PROVENANCE §1b: Europe SMB on 2016-06-24 is +1.77.
    assert.equal((s.windows[0].smb * 100).toFixed(2), '1.77');
    // The chart's path ends where the 20-session window does.
    assert.ok(Math.abs(s.path.smb.at(-1) - s.windows[3].smb) < 1e-15);
    // The datasets read, in the one provenance shape (docs/json.md): the region's SMB and market, daily.
    assert.deepEqual(
      s.provenance.map((p: { dataset: string; vintage: string; series: string }) => [
        p.dataset,
        p.vintage,
        p.series,
      ]),
      [
        ['french/Europe_3_Factors', 'Bloomberg 202603', 'SMB'],
        ['french/Europe_3_Factors', 'Bloomberg 202603', 'Mkt-RF + RF'],
      ],
    );
    assert.equal(s.unit, 'decimal');
  });

  it('Developed ex US: SMB on 2016-06-24 is +2.71% (PROVENANCE §1b)', async () => {
    const r = await run(['report', '--event', '2016-06-23', '--region', 'developed-ex-us', '--json']);
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out).windows[0].smb * 100).toFixed(2), '2.71');
  });

  it('text, Markdown, HTML and the JSON report agree on every number and state the currency and breakpoints', async () => {
    const snap = JSON.parse((await run([...BREXIT, '--json'])).out);
    const text = (await run(BREXIT)).out;
    const md = (await run([...BREXIT, '--format', 'md'])).out;
    const html = (await run([...BREXIT, '--format', 'html'])).out;
    const rep = JSON.parse((await run([...BREXIT, '--format', 'json'])).out);
    const labels = ['first trading day', 'first three sessions', 'first five sessions', 'first 20 sessions'];
    snap.windows.forEach((w: { smb: number; market: number }, i: number) => {
      // Text: two decimals, signed.
      assert.match(text, new RegExp(`\\${w.smb >= 0 ? '+' : '-'}${Math.abs(w.smb * 100).toFixed(2)}%`));
      // JSON report: the same values, unrounded.
      const f = rep.findings.filter((x: { sessions: number }) => x.sessions === [1, 3, 5, 20][i]);
      assert.equal(f.find((x: { metric: string }) => x.metric === 'spread').value, w.smb);
      assert.equal(f.find((x: { metric: string }) => x.metric === 'return').value, w.market);
      // Markdown and HTML: the findings' sentence, one decimal.
      const verb = w.smb >= 0 ? 'beat' : 'trailed';
      const sentence = new RegExp(
        `${labels[i]} after the Brexit vote, European small caps ${verb} large caps by ${one(w.smb)} percentage points? \\(SMB, French regional breakpoints, in US dollars\\)`,
      );
      assert.match(md, sentence);
      assert.match(html, sentence);
      const market = new RegExp(
        `European stock market \\(in US dollars\\) lost ${one(w.market)}% ${'on|over'}`,
      );
      assert.match(md, market);
      assert.match(html, market);
    });
    const m = snap.month;
    assert.equal(m.month, '2016-06');
    assert.match(
      text,
      new RegExp(
        `2016-06 Europe SMB ${(m.smb * 100).toFixed(2)} pp: the largest shortfall of small caps since ${m.since.month}`,
      ),
    );
    assert.match(text, new RegExp(`rank ${m.rank} of the ${m.of} months`));
    for (const doc of [md, html]) {
      assert.match(
        doc,
        new RegExp(`In June 2016, European small caps trailed large caps by ${one(m.smb)} percentage points`),
      );
      assert.match(doc, /the largest shortfall of small caps since October 2015/);
      assert.match(doc, new RegExp(`${m.rank} of the ${m.of} months from January 2010 to June 2016`));
      assert.match(doc, /french\/Europe_3_Factors \(vintage Bloomberg 202603\)/);
    }
    const month = rep.findings.find((x: { id: string }) => x.id === 'smb-europe-month-2016-06');
    assert.equal(month.value, m.smb);
    assert.equal(month.record.rank, m.rank);
    assert.equal(month.record.of, m.of);
    assert.match(html, /<svg[^>]*>[\s\S]*Europe: SMB and the market since the Brexit vote/);
    // Every SMB and market sentence says the currency.
    for (const li of html.match(/<li data-findings[^>]*>[^<]*/g) ?? []) assert.match(li, /in US dollars/);
  });

  it('a UK election is ranked among the UK elections in the data on Europe SMB over [0, 2], by hand; md and html say it', async () => {
    const rows = readRows(EUROPE);
    const days = [...rows.keys()];
    const gap = (date: string) => {
      const i = days.findIndex((d) => d > date);
      return byHand(rows, days.slice(i, i + 3), (x) => x.SMB);
    };
    // The fixture runs 2010-01 .. 2019-12: the 2010, 2015, 2017 and 2019 elections.
    const uk = ['2010-05-06', '2015-05-07', '2017-06-08', '2019-12-12'].map(gap);
    const g = gap('2017-06-08');
    const rank = 1 + uk.filter((v) => v > g).length;
    const args = ['report', '--event', '2017-06-08', '--region', 'europe'];
    const s = JSON.parse((await run([...args, '--json'])).out);
    assert.equal(s.set.name, 'UK general elections');
    assert.equal(s.set.of, 4);
    assert.equal(s.set.rank, rank);
    assert.ok(Math.abs(s.set.value - g) < 1e-12);
    const text = (await run(args)).out;
    assert.match(
      text,
      new RegExp(
        `Among the 4 UK general elections since 2010 in Europe's data .*rank ${g < 0 ? 5 - rank : rank} of 4`,
      ),
    );
    for (const doc of [
      (await run([...args, '--format', 'md'])).out,
      (await run([...args, '--format', 'html'])).out,
    ]) {
      // The findings' record phrase (src/findings/sentences.ts): 'the widest' / 'the 2nd largest', as written.
      const r = g < 0 ? 5 - rank : rank;
      const nth = `the ${r === 1 ? '' : `${['', '1st', '2nd', '3rd', '4th'][r]} `}${g < 0 ? 'largest' : 'widest'}`;
      const sentence = `Over the first three sessions after the election, European small caps ${g < 0 ? 'trailed' : 'beat'} large caps by ${one(g)} percentage points (SMB, French regional breakpoints, in US dollars), ${nth} of 4 UK general elections since 2010.`;
      assert.ok(doc.includes(sentence), sentence);
      assert.match(doc, /UK general elections/);
    }
  });

  it('writes md, html, json and png with --out', async () => {
    const out = join(dir, 'out');
    const r = await run([...BREXIT, '--out', out, '--format', 'md,html,json,png,text']);
    assert.equal(r.code, 0, r.err);
    for (const f of ['report.md', 'report.html', 'report.json', 'charts/region-since.png', 'report.txt'])
      assert.match(r.out, new RegExp(f.replace('.', '\\.')));
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /!\[Europe: SMB and the market/);
  });

  it('refuses --to with --region, naming what it reports instead', async () => {
    const r = await run([...BREXIT, '--to', '2016-07-29']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--region reports the windows of 1, 3, 5 and 20 sessions/);
  });
});

/**
 * Every `capgap … --json` command, run in-process, prints JSON in the vocabulary the API answers in
 * (docs/json.md, checked by test/server/vocabulary.ts): window { from, to }, the four event dates, `unit` on
 * every block of returns, provenance in the one shape, conventions an object. Two stores: the embedded data
 * (data/*.parquet, real rows from ../shared/data) beside an empty store, and the same with the small real
 * stock panel and sector files of test/fixtures (for the commands that need a panel). A few numbers are
 * checked against the references the other tests name, so a renamed field cannot hide a changed number.
 * `capgap fetch` reads the network and `capgap serve` prints no JSON: neither is run here.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../src/cli/main.ts';
import { runCli } from '../helpers/cli.ts';
import { writePanelStore } from '../helpers/fixture-stores.ts';
import { hasEmbedded } from '../server/embedded-store.ts';
import { foldViolations, vocabularyViolations } from '../server/vocabulary.ts';

// biome-ignore lint/suspicious/noExplicitAny: the answers are walked as plain JSON
type Json = any;
const skip = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
const fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'capgap-json-vocabulary-'));
const db = join(dir, 'embedded.duckdb');
const panelDb = join(dir, 'panel.duckdb');

/** One run per command (and per shape a command can print), with the store it needs. */
/** `code`: the exit code expected (0 unless given). */
const RUNS: { argv: string[]; panel?: boolean; code?: number }[] = [
  { argv: ['report', '--event', '2016-11-08', '--json'] },
  { argv: ['report', '--event', '2016-11-08', '--format', 'json'] },
  { argv: ['report', '--event', '2016-06-23', '--region', 'europe', '--json'] },
  { argv: ['records', '--month', '2016-11', '--json'] },
  { argv: ['records', '--as-of', '2016-11-15', '--json'] },
  { argv: ['records', '--period', 'week', '--end', '2016-11-11', '--json'] },
  {
    argv: [
      'records',
      '--series',
      'returns',
      '--id',
      '^RUT',
      '--vs',
      '^GSPC',
      '--end',
      '2016-11-11',
      '--json',
    ],
  },
  { argv: ['records', '--series', 'flows', '--json'] },
  { argv: ['event', '--event', '2016-11-08', '--series', 'french:Lo 10', '--json'] },
  { argv: ['event', '--event', '2016-11-08', '--series', '^RUT', '--to', '2016-11-15', '--json'] },
  { argv: ['event', '--event', '2016-11-08', '--regions', 'europe', '--json'] },
  { argv: ['compare-events', '--set', 'elections', '--window', '0,2', '--json'] },
  { argv: ['compare-events', '--set', 'uk-elections', '--region', 'europe', '--metric', 'smb', '--json'] },
  // The embedded store holds no flows: exit 1 (the store lacks what was asked), after the document and its note.
  { argv: ['flows', '--json'], code: 1 },
  { argv: ['datasets', '--json'] },
  { argv: ['calendar', '--from', '2016-11-01', '--to', '2016-11-30', '--json'] },
  {
    argv: [
      'check',
      '--claim',
      "{metric: return, subjects: ['^RUT'], since: '2016-11-08', to: '2016-11-15', stated: 8.95%}",
      '--json',
    ],
  },
  { argv: ['instruments', '--exposure', 'US small cap', '--event', '2016-11-08', '--json'], panel: true },
  {
    argv: [
      'buckets',
      '--scheme',
      'terciles',
      '--formation',
      '2016-11-08',
      '--from',
      '2016-11-09',
      '--to',
      '2016-11-30',
      '--json',
    ],
    panel: true,
  },
  { argv: ['sectors', '--event', '2016-11-08', '--json'], panel: true },
  { argv: ['import', fx('import/alphavantage/IWM.csv'), '--json'] },
];
/** Commands that print no JSON of their own, or need the network. */
const NOT_RUN: Record<string, string> = {
  serve: 'a server, no JSON of its own (its answers are test/server/openapi-real.test.ts)',
  fetch: 'reads the network (test/connectors/cli-fetch.test.ts runs it on recorded answers)',
};

const answers = new Map<string, Json>();
before(async () => {
  if (skip) return;
  await writePanelStore(panelDb);
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], panel = false, code = 0): Promise<Json> {
  const key = argv.join(' ');
  if (!answers.has(key)) {
    const r = await runCli([...argv, '--db', panel ? panelDb : db]);
    assert.equal(r.code, code, `capgap ${key}: ${r.err}`);
    answers.set(key, JSON.parse(r.out));
  }
  return answers.get(key);
}

describe('every --json command prints the JSON vocabulary', { skip }, () => {
  it('runs every command but the two that print no JSON of their own', () => {
    const ran = new Set(RUNS.map((r) => r.argv[0]));
    assert.deepEqual(
      Object.keys(COMMANDS).filter((c) => !ran.has(c) && !NOT_RUN[c]),
      [],
      'add a run for the new command',
    );
  });
  for (const { argv, panel, code } of RUNS) {
    it(`capgap ${argv.join(' ')}`, async () => {
      assert.deepEqual(foldViolations(vocabularyViolations(await run(argv, panel, code))), []);
    });
  }
});

describe('the converted answers keep their numbers', { skip }, () => {
  it('records: November 2016 Lo 10 − Hi 10 = 9.75% − 3.42% = 6.33 pp, value-weighted (PROVENANCE.md spot check)', async () => {
    const j = await run(['records', '--month', '2016-11', '--json']);
    assert.equal(j.unit, 'decimal');
    const vw = j.rows.find((r: Json) => r.weighting === 'value');
    assert.deepEqual([vw.small, vw.large, vw.spread], [0.0975, 0.0342, 0.0633]);
    assert.equal(vw.kind, 'month');
    assert.equal(typeof vw.conventions.summary, 'string');
  });

  it('event: French VW Lo 10 compounded over November 2016 is +9.69%, from the close of Oct 31 (PROVENANCE.md)', async () => {
    const j = await run(['event', '--event', '2016-11-08', '--series', 'french:Lo 10', '--json']);
    const month = j.returns.find((w: Json) => w.label === 'month 2016-11');
    assert.ok(Math.abs(month.series - 0.0969) < 5e-5, String(month.series));
    assert.deepEqual([month.baseDate, month.endDate], ['2016-10-31', '2016-11-30']);
  });

  it('report --region europe: SMB on 2016-06-24 is +1.77% (PROVENANCE §1b), with unit and provenance', async () => {
    const j = await run(['report', '--event', '2016-06-23', '--region', 'europe', '--json']);
    assert.equal((j.windows[0].smb * 100).toFixed(2), '1.77');
    assert.equal(j.unit, 'decimal');
    assert.deepEqual(
      j.provenance.map((p: Json) => p.series),
      ['SMB', 'Mkt-RF + RF'],
    );
  });

  it('check: ^RUT from the close of Nov 8 to Nov 15, 2016 is +8.95% (PROVENANCE §2), written 0.0895 decimal', async () => {
    const j = await run([
      'check',
      '--claim',
      "{metric: return, subjects: ['^RUT'], since: '2016-11-08', to: '2016-11-15', stated: 8.95%}",
      '--json',
    ]);
    const c = j.sentences[0].claims[0].readings[0].computed;
    assert.ok(Math.abs(c.value - 0.0895) < 5e-5, String(c.value));
    assert.deepEqual([c.unit, c.baseDate, c.endDate], ['decimal', '2016-11-08', '2016-11-15']);
  });

  it('compare-events: 2016 Lo 10 − Hi 10 over [0, 2] = 1.0326·1.0170·1.0303 − 1.0122·1.0008·0.9984 (French daily, by hand)', async () => {
    const j = await run(['compare-events', '--set', 'elections', '--window', '0,2', '--json']);
    const y2016 = j.rows.find((r: Json) => r.eventDate === '2016-11-08');
    assert.ok(Math.abs(y2016.value - (1.0326 * 1.017 * 1.0303 - 1.0122 * 1.0008 * 0.9984)) < 1e-12);
    assert.deepEqual([y2016.t0, y2016.baseDate, y2016.endDate], ['2016-11-09', '2016-11-08', '2016-11-11']);
    assert.equal(j.highlight.eventDate, j.rows.at(-1).eventDate);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { ImportError, importFile, parsePanelText } from '../../../src/store/import/index.ts';
import { writeParsed } from '../../../src/store/import/writer.ts';
import { Store } from '../../../src/store/store.ts';
import { fixture } from './helpers.ts';

// Differential test: the same files through the JS panel parser (parsePanelText) and the DuckDB bulk path
// (importPanel) must agree: both refuse at the same line and column, or both store the same rows and count
// the same rejections. The files are the real panel fixture's first rows with seeded mutations (labelled
// synthetic: cells replaced by hostile values, blank lines, quoted newlines, ragged rows).
const LINES = gunzipSync(readFileSync(fixture('stocks_panel_2016-11-07_to_2016-11-11.csv.gz')))
  .toString('utf8')
  .split('\n')
  .filter((l) => l)
  .slice(0, 13);
const HEAD = LINES[0];
const ROWS = LINES.slice(1);

const hostile = fc.constantFrom(
  '1e999',
  `1${'0'.repeat(400)}`,
  '1_000',
  '-1',
  'abc',
  ' 12.5 ',
  '"12.5\n"',
  'NaN',
  'inf',
  '0x10',
  '+5',
  '.5',
  '5.',
  '1e5',
  '',
  'n/a',
  '1,5',
  '"1,5"',
);
const badDate = fc.constantFrom(
  '2016-1.-09',
  '+201-11-08',
  '2016- 1-10',
  '9999-12-31',
  '1800-01-02',
  '20161108',
  '20160230',
  '2016-11-08 00:00:00',
  '2016-11-08T00:00:00-05:00',
  '2016-02-30',
);
const badTicker = fc.constantFrom('A\u202eB', '"A\u0000B"', '', ' aapl ', '"A\nB"', 'BRK-B');

type Mutation = { row: number; col: number; value: string } | { blankBefore: number } | { ragged: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ row: fc.nat(ROWS.length - 1), col: fc.integer({ min: 2, max: 6 }), value: hostile }),
  fc.record({ row: fc.nat(ROWS.length - 1), col: fc.constant(0), value: badDate }),
  fc.record({ row: fc.nat(ROWS.length - 1), col: fc.constant(1), value: badTicker }),
  fc.record({ blankBefore: fc.nat(ROWS.length - 1) }),
  fc.record({ ragged: fc.nat(ROWS.length - 1) }),
);

function build(ms: Mutation[]): string {
  const rows = ROWS.map((r) => r.split(','));
  const blanks = new Array(rows.length).fill(0);
  for (const m of ms) {
    if ('blankBefore' in m) blanks[m.blankBefore]++;
    else if ('ragged' in m) rows[m.ragged].push('7');
    else rows[m.row][m.col] = m.value;
  }
  return `${HEAD}\n${rows.map((r, i) => '\n'.repeat(blanks[i]) + r.join(',')).join('\n')}\n`;
}

let store: Store;
let dir: string;
before(async () => {
  store = await Store.open(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'capgap-diff-'));
});
after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Outcome =
  | { error: { line: number; column: string } }
  | { rows: string[]; rejected: Record<string, number> };

/** The JS path: parsePanelText, then the same writer (staging checks, one transaction) as any parsed file. */
async function js(text: string, n: number): Promise<Outcome> {
  const dataset = `js/${n}`;
  try {
    const p = parsePanelText(text, { file: 'p.csv' });
    const row = {
      name: dataset,
      kind: 'stock-panel',
      vintage: null,
      source: 'test',
      citation: null,
      file: 'p.csv',
      sha256: String(n),
    };
    const res = await writeParsed(store, p, { dataset, file: 'p.csv', row });
    const rejected = { ...p.stats.rejected };
    if (res.duplicates) rejected['duplicate row (identical to an earlier line)'] = res.duplicates;
    delete rejected['duplicate row (identical to an earlier line)'];
    return { rows: await stored(dataset), rejected };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { error: { line: err.line, column: err.column } };
  }
}

async function stored(dataset: string): Promise<string[]> {
  const got = await store.all<Record<string, number | string | null>>(
    'SELECT id, date::VARCHAR AS d, open, high, low, adj_close, volume FROM bars WHERE source = $1',
    [dataset],
  );
  return got.map((r) => JSON.stringify([r.id, r.d, r.open, r.high, r.low, r.adj_close, r.volume])).sort();
}

async function duck(text: string, n: number): Promise<Outcome> {
  const path = join(dir, `p${n}.csv`);
  writeFileSync(path, text);
  const dataset = `diff/${n}`;
  try {
    const s = await importFile(store, path, { kind: 'stock-panel', dataset });
    const got = await store.all<Record<string, number | string | null>>(
      `SELECT id, date::VARCHAR AS d, open, high, low, adj_close, volume FROM bars WHERE source = $1`,
      [dataset],
    );
    const rows = got
      .map((r) => JSON.stringify([r.id, r.d, r.open, r.high, r.low, r.adj_close, r.volume]))
      .sort();
    const rejected = { ...s.rejected };
    delete rejected['duplicate row (identical to an earlier line)'];
    return { rows, rejected };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { error: { line: err.line, column: err.column } };
  }
}

test('the JS panel parser and the DuckDB panel path agree on hostile mutations of the real panel', async () => {
  let n = 0;
  const seen = { accepted: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 0, maxLength: 3 }), async (ms) => {
      const text = build(ms);
      const a = await js(text, n);
      const b = await duck(text, n++);
      assert.deepEqual(b, a, `file:\n${text}`);
      if ('error' in a) seen.refused++;
      else seen.accepted++;
    }),
    { seed: 18, numRuns: 60 },
  );
  assert.ok(seen.accepted > 5 && seen.refused > 5, JSON.stringify(seen));
});

test('panel line numbers count blank lines and quoted newlines (DuckDB path)', async () => {
  const rows = ROWS.slice(0, 4).map((r) => r.split(','));
  rows[0][6] = `"${rows[0][6]}\n"`; // a quoted Volume holding a newline: line 2 spans lines 2-3
  rows[3][4] = 'abc'; // Low
  const text = `${HEAD}\n${rows[0].join(',')}\n\n\n${rows[1].join(',')}\n${rows[2].join(',')}\n\n${rows[3].join(',')}\n`;
  // lines: 1 header, 2-3 row 0, 4-5 blank, 6 row 1, 7 row 2, 8 blank, 9 row 3
  const path = join(dir, 'lines.csv');
  writeFileSync(path, text);
  await assert.rejects(
    importFile(store, path, { kind: 'stock-panel', dataset: 'diff/lines' }),
    (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.equal(e.line, 9);
      assert.equal(e.column, 'Low');
      return true;
    },
  );
  assert.deepEqual(await js(text, -1), { error: { line: 9, column: 'Low' } });
});

/**
 * The tests/bench loader (src/store/panel-load.ts) refuses what `capgap import` refuses: each case is real
 * rows of the stock panel fixture (AAPL, 2016-11) with one stated damage, and the error names file, line and
 * column as the import path does. Issue 18, items 2 and 7.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { ImportError } from '../../src/formats/errors.ts';
import { loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'capgap-panel-load-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const fixture = new URL(
  '../fixtures/portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz',
  import.meta.url,
);
const lines = gunzipSync(readFileSync(fixture)).toString('utf8').trim().split('\n');
const header = lines[0];
const aapl = lines.filter((l) => l.split(',')[1] === 'AAPL' && l.startsWith('2016-11-0'));

/** Writes the AAPL rows with line `k` (0-based among them) replaced by `damage(line)`; returns the path. */
function damaged(name: string, k: number, damage: (line: string) => string): string {
  const rows = aapl.map((l, i) => (i === k ? damage(l) : l));
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, `${header}\n${rows.join('\n')}\n`);
  return path;
}

async function loadError(path: string): Promise<ImportError> {
  const store = await Store.open(':memory:');
  try {
    await loadStockPanelCsv(store, path);
  } catch (err) {
    const n = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM bars');
    assert.equal(n?.n, 0, 'a refused file leaves no bars');
    return err as ImportError;
  } finally {
    store.close();
  }
  throw new Error(`${path} was accepted`);
}

const setClose = (v: string) => (l: string) =>
  l
    .split(',')
    .map((c, i) => (i === 5 ? v : c))
    .join(',');

describe('loadStockPanelCsv applies the import rule set', () => {
  it('loads the clean rows (AAPL 2016-11-01 .. 2016-11-09, 7 sessions; 11-08 close 109.31 as in the file)', async () => {
    const store = await Store.open(':memory:');
    const path = damaged('clean', -1, (l) => l);
    assert.equal(await loadStockPanelCsv(store, path), 7);
    const r = await store.one<{ v: number }>(
      "SELECT adj_close AS v FROM bars WHERE id = 'AAPL' AND date = '2016-11-08'",
    );
    assert.equal(r?.v, 109.31);
    store.close();
  });
  it('refuses an infinite close (1e999) at its line and column', async () => {
    const e = await loadError(damaged('inf', 2, setClose('1e999')));
    assert.ok(e instanceof ImportError);
    assert.equal(e.line, 4);
    assert.equal(e.column, 'Close');
    assert.match(e.message, /not finite/);
  });
  it('refuses 1_000, which DuckDB alone would read as 1000', async () => {
    const e = await loadError(damaged('underscore', 0, setClose('1_000')));
    assert.equal(e.line, 2);
    assert.match(e.message, /unparseable number "1_000"/);
  });
  it('refuses a date that is not zero-padded ISO (2016-1.-09)', async () => {
    const e = await loadError(damaged('date', 6, (l) => l.replace('2016-11-09', '2016-1.-09')));
    assert.equal(e.column, 'Date');
    assert.match(e.message, /2016-1\.-09/);
  });
  it('refuses a ticker with a right-to-left override character', async () => {
    const e = await loadError(damaged('bidi', 1, (l) => l.replace(',AAPL,', ',AA\u202ePL,')));
    assert.equal(e.column, 'Ticker');
  });
  it('refuses a negative close', async () => {
    const e = await loadError(damaged('negative', 3, setClose('-108.09')));
    assert.match(e.message, /negative price/);
  });
});

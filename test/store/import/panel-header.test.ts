import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ImportError } from '../../../src/formats/errors.ts';
import { importFile } from '../../../src/store/import/index.ts';
import { Store } from '../../../src/store/store.ts';
import { scratchDir } from '../../helpers/scratch-dir.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';

// The stock panel's DuckDB path reads the file with its header's names: a header column with no name (a
// trailing comma, as Excel writes) or a million of them is refused at line 1 in words, not with DuckDB's
// "Need named argument for struct pack" and a statement of megabytes. One real row of the Kaggle panel
// (test/fixtures/import/stocks_panel_2016-11-07_to_2016-11-11.csv.gz, line 2: A, 2016-11-07).
const dir = scratchDir('capgap-panel-header-');
const ROW = '2016-11-07,A,44.56,45.322,44.56,45.272,1740625';

async function refusal(name: string, text: string): Promise<ImportError> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const store = await Store.open(':memory:');
  try {
    const before = await storeChecksum(store);
    const err = await importFile(store, file, { kind: 'stock-panel' }).then(
      () => assert.fail('imported'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ImportError, String(err));
    assert.equal(await storeChecksum(store), before);
    return err;
  } finally {
    store.close();
  }
}

describe('a stock panel header with unnamed or too many columns', () => {
  it('a trailing comma (an unnamed 8th column) is named at line 1', async () => {
    const e = await refusal('trail.csv', `Date,Ticker,Open,High,Low,Close,Volume,\n${ROW},\n`);
    assert.equal(e.line, 1);
    assert.equal(
      e.reason,
      "column 8 of the header has no name; the stock panel's columns are Date,Ticker,Open,High,Low,Close,Volume",
    );
  });
  it('a million columns are refused by count, in bounded time and memory', async () => {
    const extra = ','.repeat(999_993);
    const e = await refusal('wide.csv', `Date,Ticker,Open,High,Low,Close,Volume${extra}\n${ROW}${extra}\n`);
    assert.equal(e.line, 1);
    assert.match(
      e.reason,
      /^1,000,000 columns; the stock panel has 7 \(Date,Ticker,Open,High,Low,Close,Volume\) and may carry at most 64$/,
    );
  });
});

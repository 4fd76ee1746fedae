import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseEtfRegistry } from '../../../src/formats/etf-registry.ts';
import { parseByKind } from '../../../src/formats/parse-by-kind.ts';
import { hasHidden } from '../../../src/quote.ts';
import { ImportError, importFile } from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture, fixtureText } from './helpers.ts';

// The rule (docs/import.md, "Values"; src/formats/text-fields.ts): a text value capgap stores (a company name,
// a sector, an ETF category, a French portfolio name, --dataset, --vintage, --exchange) holding a control or
// bidi character is refused with file, line, column and the character, and the store is left as it was;
// tickers were already refused the same way. Inputs: the real fixtures with one cell changed by hand.

let dir = '';
let store: Store;
withScratchStore(
  'capgap-text-fields-',
  (s) => {
    ({ store, dir } = s);
  },
  async (s) => {
    await importFile(s, fixture('yahoo/^RUT.csv')); // something for "unchanged" to compare against
  },
);

const NYSE = fixtureText('companylist_NYSE_2016-09-21.csv').split('\n');
const GICS = fixtureText('securities.csv').split('\n');

async function refused(
  name: string,
  text: string,
  want: { line: number; column: string; char: string },
  o = {},
) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const before = await storeChecksum(store);
  await assert.rejects(importFile(store, path, o), (e: unknown) => {
    assert.ok(e instanceof ImportError, String(e));
    assert.equal(e.file, path);
    assert.equal(e.line, want.line);
    assert.equal(e.column, want.column);
    assert.match(
      e.reason,
      new RegExp(`holds a control or bidi character \\(${want.char.replace('+', '\\+')}\\)`),
    );
    assert.ok(!hasHidden(e.message), 'the message shows the character escaped');
    return true;
  });
  assert.equal(await storeChecksum(store), before, 'the store is unchanged');
}

test('a NUL inside a company name is refused at its line and column "Name"; nothing is written', async () => {
  const bad = [NYSE[0], NYSE[1].replace('3D Systems', '3D Sys\u0000tems'), ...NYSE.slice(2, 5)].join('\n');
  await refused('companylist_NYSE_2016-09-21.csv', bad, { line: 2, column: 'Name', char: 'U+0000' });
});

test('a tab in a sector, a line feed in a quoted industry: both control characters, both refused', async () => {
  const tab = [NYSE[0], NYSE[1], NYSE[2].replace('"Health Care"', '"Health\tCare"')].join('\n');
  await refused('companylist_NYSE_2016-09-21.csv', tab, { line: 3, column: 'Sector', char: 'U+0009' });
  const lf = [NYSE[0], NYSE[1].replace('Computer Software', 'Computer\nSoftware')].join('\n');
  await refused('companylist_NYSE_2016-09-21.csv', lf, { line: 2, column: 'Industry', char: 'U+000A' });
});

test('a right-to-left override in a GICS security name is refused at column "Security"', async () => {
  const bad = [GICS[0], GICS[1], GICS[2].replace('Abbott', '\u202eAbbott')].join('\n');
  await refused('securities.csv', bad, { line: 3, column: 'Security', char: 'U+202E' });
});

test('an escape character in an ETF category is refused; the same in a registry file (--registry) too', async () => {
  const text =
    'ticker,name,category\nIWM,iShares Russell 2000 ETF,US small cap\nIJR,iShares,US small\u001b[31m cap\n';
  await refused('etfs.csv', text, { line: 3, column: 'category', char: 'U+001B' });
  const reg = `ticker,name,category,benchmark,issuer,inception\nIWM,iShares\u0000 Russell 2000 ETF,US small cap,R2000,iShares,2000-05-22\n`;
  assert.throws(
    () => parseEtfRegistry(reg, { file: 'my-etfs.csv' }),
    (e: unknown) =>
      e instanceof ImportError && e.line === 2 && e.column === 'name' && /U\+0000/.test(e.reason),
  );
});

test('a control character in a French portfolio name is refused at the header line, naming the column', () => {
  const lines = fixtureText('Portfolios_Formed_on_ME_monthly_vintage202602.CSV').split('\n');
  const h = lines.findIndex((l) => l.includes('Lo 30'));
  lines[h] = lines[h].replace('Lo 30', 'Lo\u000730');
  assert.throws(
    () =>
      parseByKind('french', lines.join('\n'), { file: 'Portfolios_Formed_on_ME_monthly_vintage202602.CSV' }),
    (e: unknown) =>
      e instanceof ImportError && e.line === h + 1 && e.column === 'Lo\u000730' && /U\+0007/.test(e.reason),
  );
});

test('--dataset, --vintage and --exchange holding a control character are refused before the file is read', async () => {
  const path = fixture('yahoo/VTWO.csv');
  const before = await storeChecksum(store);
  for (const o of ['dataset', 'vintage', 'exchange']) {
    await assert.rejects(
      importFile(store, path, { [o]: `x\u001by` }),
      (e: unknown) => e instanceof ImportError && e.column === `--${o}` && /U\+001B/.test(e.reason),
    );
  }
  assert.equal(await storeChecksum(store), before);
});

test('printable text is untouched: accents, ampersands and quotes in names import as they are', async () => {
  const path = join(dir, 'companylist_NYSE_2016-09-21.csv');
  writeFileSync(
    path,
    [NYSE[0], NYSE[1].replace('3D Systems Corporation', 'Société ""3D"" & Cie')].join('\n'),
  );
  await importFile(store, path);
  const r = await store.one<{ name: string }>("SELECT name FROM securities WHERE id = 'DDD'");
  assert.equal(r?.name, 'Société "3D" & Cie');
});

test('a file whose name holds a bidi or control character is refused: its name would name the dataset', async () => {
  // found by hand while fuzzing: `gen\u202Eeric.csv` was stored as dataset "generic/gen\u202Eeric" and printed raw
  for (const name of ['gen\u202eeric.csv', 'tab\tx.csv']) {
    const path = join(dir, name);
    writeFileSync(path, 'date,id,field,value\n2016-11-08,IWM,close,118.88\n');
    const before = await storeChecksum(store);
    await assert.rejects(
      importFile(store, path),
      (e: unknown) =>
        e instanceof ImportError &&
        e.file === path &&
        e.line === 0 &&
        /^the file name ".*" holds a control or bidi character \(U\+(202E|0009)\); .*rename the file$/.test(
          e.reason,
        ) &&
        !hasHidden(e.message),
    );
    assert.equal(await storeChecksum(store), before);
  }
});

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ImportError,
  importFile,
  parseCompanyList,
  parseGeneric,
  parseYahoo,
} from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixtureText } from './helpers.ts';

// Each bad input must raise ImportError naming file, 1-based line and column; the inputs are the real
// fixture header with one cell changed by hand.
const RUT = fixtureText('yahoo/^RUT.csv').split('\n');
const HEAD = RUT[0]; // Date,Open,High,Low,Close,Adj Close,Volume
const ROW8 = RUT[11]; // line 12: 2016-11-08,1192.04004,1200.21997,1184.8499800000004,1195.14001,1195.14001,3916930000.0
const ROW9 = RUT[12]; // line 13: 2016-11-09,1194.33997,1233.66003,1188.43005,1232.16003,1232.16003,6264150000.0

function rejects(fn: () => unknown, want: { line: number; column: string; reason: RegExp; file?: string }) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ImportError, `expected ImportError, got ${e}`);
    assert.equal(e.line, want.line);
    assert.equal(e.column, want.column);
    assert.match(e.reason, want.reason);
    if (want.file) assert.equal(e.file, want.file);
    assert.ok(e.message.startsWith(`${e.file}:`));
    return true;
  });
}

test('an unparseable number names file, line and column', () => {
  rejects(
    () =>
      parseYahoo(`${HEAD}\n${ROW8}\n${ROW9.replace('1232.16003,1232', '12x2.16003,1232')}\n`, {
        file: '^RUT.csv',
      }),
    {
      file: '^RUT.csv',
      line: 3,
      column: 'Close',
      reason: /unparseable number "12x2.16003"/,
    },
  );
});

test('an unknown date format names the cell', () => {
  rejects(() => parseYahoo(`${HEAD}\n${ROW8.replace('2016-11-08', '11/08/2016')}\n`, { file: '^RUT.csv' }), {
    line: 2,
    column: 'Date',
    reason: /unknown date format "11\/08\/2016"/,
  });
  rejects(() => parseYahoo(`${HEAD}\n${ROW8.replace('2016-11-08', '2016-02-30')}\n`, { file: '^RUT.csv' }), {
    line: 2,
    column: 'Date',
    reason: /no such calendar day/,
  });
});

test('a missing required column is named, on line 1', () => {
  rejects(
    () => parseYahoo(`Date,Open,High,Low,Adj Close,Volume\n2016-11-08,1,1,1,1,1\n`, { file: '^RUT.csv' }),
    {
      line: 1,
      column: 'Close',
      reason: /missing required column "Close"/,
    },
  );
});

test('a negative price and a negative market cap are rejected', () => {
  rejects(() => parseYahoo(`${HEAD}\n${ROW8.replace('1192.04004', '-1192.04004')}\n`, { file: '^RUT.csv' }), {
    line: 2,
    column: 'Open',
    reason: /negative price -1192.04004/,
  });
  const cl =
    '"Symbol","Name","LastSale","MarketCap","ADR TSO","IPOyear","Sector","Industry","Summary Quote",\n"DDD","3D Systems Corporation","15.16","-1701064168.84","n/a","n/a","Technology","Computer Software: Prepackaged Software","http://www.nasdaq.com/symbol/ddd",\n';
  rejects(() => parseCompanyList(cl, { file: 'companylist_NYSE_2016-09-21.csv' }), {
    line: 2,
    column: 'MarketCap',
    reason: /negative market cap/,
  });
});

test('an empty file, and a header with no rows, are errors', () => {
  rejects(() => parseYahoo('', { file: '^RUT.csv' }), { line: 0, column: '', reason: /empty file/ });
  rejects(() => parseYahoo(`${HEAD}\n`, { file: '^RUT.csv' }), {
    line: 0,
    column: '',
    reason: /no data rows/,
  });
});

test('a duplicate key with a different value inside the file names the later line', () => {
  // alphavantage/IWM.csv line 12: close 118.88 on 2016-11-08; line 4 below repeats the key with 118.90
  const text =
    'date,id,field,value\n2016-11-08,IWM,close,118.88\n2016-11-08,IWM,volume,26164159\n2016-11-08,IWM,close,118.90\n';
  rejects(() => parseGeneric(text, { file: 'g.csv' }), {
    line: 4,
    column: 'value',
    reason: /duplicate key \(IWM, close\) on this date with a different value than line 2/,
  });
});

let dir = '';
let store: Store;
withScratchStore('capgap-import-', (s) => {
  ({ store, dir } = s);
});

test('importFile: a duplicate date with different values in a price file is rejected at the later line', async () => {
  const f = join(dir, '^RUT.csv');
  writeFileSync(
    f,
    `${HEAD}\n${ROW8}\n${ROW9}\n${ROW8.replace('1195.14001,1195.14001', '1195.14001,1195.5')}\n`,
  );
  await assert.rejects(importFile(store, f), (e: unknown) => {
    assert.ok(e instanceof ImportError);
    assert.equal(e.line, 4);
    assert.equal(e.column, 'adj_close');
    assert.match(
      e.reason,
      /duplicate key \(id=\^RUT, date=2016-11-08, source=yahoo\/\^RUT\) with a different value than line 2/,
    );
    return true;
  });
});

test('importFile: a key the store holds with a different value is refused unless --replace', async () => {
  const f = join(dir, 'SPY.csv');
  writeFileSync(f, `${HEAD}\n${ROW8}\n`);
  await importFile(store, f);
  const g = join(dir, 'v2', 'SPY.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'v2'));
  writeFileSync(g, `${HEAD}\n${ROW8.replace('3916930000.0', '3916930001.0')}\n`);
  const before = await storeChecksum(store);
  await assert.rejects(importFile(store, g), (e: unknown) => {
    assert.ok(e instanceof ImportError);
    assert.equal(e.line, 2);
    assert.equal(e.column, 'volume');
    assert.match(
      e.reason,
      /already holds .* volume = 3916930000, the file says 3916930001; re-import with --replace/,
    );
    return true;
  });
  assert.equal(await storeChecksum(store), before);
  const s = await importFile(store, g, { replace: true });
  assert.equal(s.stored.bars, 1);
  const r = await store.one<{ volume: number }>("SELECT volume FROM bars WHERE source = 'yahoo/SPY'");
  assert.equal(r?.volume, 3916930001);
});

test('importFile: a Latin-1 byte is a clear encoding error with its line', async () => {
  const f = join(dir, 'companylist_NYSE_2016-09-21.csv');
  const head = Buffer.from(
    '"Symbol","Name","LastSale","MarketCap","ADR TSO","IPOyear","Sector","Industry","Summary Quote",\n',
  );
  const row = Buffer.concat([
    Buffer.from('"ABC","Soci'),
    Buffer.from([0xe9]),
    Buffer.from('t\u00e9 X","1","100","n/a","n/a","n/a","n/a","x",\n'.replace('\u00e9', 'e')),
  ]);
  writeFileSync(f, Buffer.concat([head, row]));
  await assert.rejects(importFile(store, f), (e: unknown) => {
    assert.ok(e instanceof ImportError);
    assert.equal(e.line, 2);
    assert.match(e.reason, /not UTF-8.*convert it to UTF-8/);
    return true;
  });
});

test('importFile: an unknown format asks for --kind', async () => {
  const f = join(dir, 'weird.csv');
  writeFileSync(f, 'a,b,c\n1,2,3\n');
  await assert.rejects(
    importFile(store, f),
    (e: unknown) => e instanceof ImportError && /unknown format.*--kind/.test(e.reason),
  );
});

test('importFile: values equal to within 1e-12 (one double ulp, e.g. 5.17/100 vs 0.0517) are the same value', async () => {
  // 0.051699999999999996 is what 5.17 / 100 gives in floating point (French ME monthly, Hi 20, Jan 2016 is
  // -5.17); used here as a bare number in a generic file to test the value tolerance, not as a price
  const a = join(dir, 'ulp-a', 'IJR.csv');
  const b = join(dir, 'ulp-b', 'IJR.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'ulp-a'));
  mkdirSync(join(dir, 'ulp-b'));
  writeFileSync(a, 'date,ticker,adj_close\n2016-11-08,IJR,0.051699999999999996\n');
  writeFileSync(b, 'date,ticker,adj_close\n2016-11-08,IJR,0.0517\n');
  await importFile(store, a, { dataset: 'generic/ulp' });
  const before = await storeChecksum(store);
  const s = await importFile(store, b, { dataset: 'generic/ulp' });
  assert.equal(s.added.bars, 0);
  assert.equal(
    (await store.one("SELECT adj_close FROM bars WHERE source = 'generic/ulp'"))?.adj_close,
    0.051699999999999996,
  );
  const pick = (f: string) => f.split('|').filter((x) => x.startsWith('bars:'));
  assert.deepEqual(
    pick(await storeChecksum(store)),
    pick(before),
    'bars unchanged (the datasets row records the new file)',
  );
});

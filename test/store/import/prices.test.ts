import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BarColumns } from '../../../src/formats/types.ts';
import {
  detectKind,
  parseAlphaVantage,
  parseStooq,
  parseYahoo,
  parseYfinance,
} from '../../../src/store/import/index.ts';
import { barOn, fixture, fixtureText } from './helpers.ts';

// Reference returns: ../shared/data/PROVENANCE.md §2 ("Returns measured from the file itself"):
// ^RUT 11/8→11/10 +4.72%, 11/8→11/15 +8.95%, Nov 2016 +10.99%; ^GSPC +1.30%, +1.91%, +3.42%;
// IWM (adj) Nov 2016 +11.06%; VTWO +11.0%. Nov 2016 = close of 2016-11-30 over close of 2016-10-31.
const ret = (b: BarColumns, col: keyof BarColumns, a: string, z: string) =>
  barOn(b, col, z) / barOn(b, col, a) - 1;

test('parseYahoo(^RUT.csv) reads the ticker from the file name and reproduces PROVENANCE returns', () => {
  const p = parseYahoo(fixtureText('yahoo/^RUT.csv'), { file: fixture('yahoo/^RUT.csv') });
  const b = p.bars!;
  assert.deepEqual(b.tickers, ['^RUT']);
  assert.equal(p.stats.rowsRead, 47);
  assert.equal(barOn(b, 'close', '2016-11-08'), 1195.14001); // line 12 of the fixture
  assert.equal(ret(b, 'adjClose', '2016-11-08', '2016-11-10').toFixed(4), '0.0472');
  assert.equal(ret(b, 'adjClose', '2016-11-08', '2016-11-15').toFixed(4), '0.0895');
  assert.equal(ret(b, 'adjClose', '2016-10-31', '2016-11-30').toFixed(4), '0.1099');
});

test('parseYahoo ignores an unknown extra column (VTWO.csv has a "stock" column)', () => {
  const p = parseYahoo(fixtureText('yahoo/VTWO.csv'), { file: 'VTWO.csv' });
  assert.equal(p.bars!.tickers[0], 'VTWO');
  assert.equal(barOn(p.bars!, 'adjClose', '2016-11-08'), 43.802933); // line 12, Adj Close
  assert.equal(barOn(p.bars!, 'close', '2016-11-08'), 47.639999); // line 12, Close
  assert.equal(ret(p.bars!, 'adjClose', '2016-10-31', '2016-11-30').toFixed(3), '0.110'); // PROVENANCE VTWO +11.0%
});

test('parseYfinance stores auto-adjusted Close as adj_close and leaves close NULL', () => {
  const p = parseYfinance(fixtureText('yfinance/IWM.csv'), { file: 'yfinance/IWM.csv' });
  const b = p.bars!;
  assert.equal(barOn(b, 'adjClose', '2016-11-08'), 106.2621078491211); // line 12, first value (Close)
  assert.ok(Number.isNaN(barOn(b, 'close', '2016-11-08')));
  assert.equal(barOn(b, 'open', '2016-11-08'), 105.74367406856426); // Open is the 5th column in yfinance order
  assert.equal(ret(b, 'adjClose', '2016-10-31', '2016-11-30').toFixed(4), '0.1106'); // PROVENANCE IWM +11.06%
});

test('parseYfinance treats Date,Open,High,Low,Close (no volume) as a price index: close = adj_close', () => {
  const p = parseYfinance(fixtureText('yfinance/^GSPC.csv'), { file: 'x/^GSPC.csv' });
  const b = p.bars!;
  assert.equal(barOn(b, 'close', '2016-11-08'), 2139.56005859375);
  assert.equal(barOn(b, 'adjClose', '2016-11-08'), 2139.56005859375);
  assert.ok(Number.isNaN(barOn(b, 'volume', '2016-11-08')));
  assert.equal(ret(b, 'close', '2016-11-08', '2016-11-10').toFixed(4), '0.0130'); // PROVENANCE ^GSPC +1.30%
  assert.equal(ret(b, 'close', '2016-11-08', '2016-11-15').toFixed(4), '0.0191'); // +1.91%
  assert.equal(ret(b, 'close', '2016-10-31', '2016-11-30').toFixed(4), '0.0342'); // +3.42%
  assert.deepEqual(p.stats.missing, {}, 'a column that does not exist is not counted as missing cells');
});

test('parseStooq upper-cases the ticker of iwm.us.txt and stores Close as adj_close', () => {
  const p = parseStooq(fixtureText('stooq/iwm.us.txt'), { file: 'stooq/iwm.us.txt' });
  assert.deepEqual(p.bars!.tickers, ['IWM']);
  assert.equal(barOn(p.bars!, 'adjClose', '2016-11-30'), 129.81); // line 27
  assert.ok(Number.isNaN(barOn(p.bars!, 'close', '2016-11-30')));
  assert.equal(ret(p.bars!, 'adjClose', '2016-10-31', '2016-11-30').toFixed(4), '0.1106');
});

test('parseAlphaVantage keeps raw close, adjusted close, dividend and split factor', () => {
  const p = parseAlphaVantage(fixtureText('alphavantage/IWM.csv'), { file: 'IWM.csv' });
  const b = p.bars!;
  assert.equal(barOn(b, 'close', '2016-11-08'), 118.88); // line 12
  assert.equal(barOn(b, 'adjClose', '2016-11-08'), 112.626702824);
  assert.equal(barOn(b, 'dividend', '2016-12-22'), 0.563); // the ex-dividend row of the fixture
  assert.equal(barOn(b, 'splitFactor', '2016-12-22'), 1);
  assert.equal(ret(b, 'adjClose', '2016-10-31', '2016-11-30').toFixed(4), '0.1106');
});

test('parseAlphaVantage reads newest-first files the same as oldest-first', () => {
  const text = fixtureText('alphavantage/IWM.csv').trim().split('\n');
  const reversed = [text[0], ...text.slice(1).reverse()].join('\n');
  const p = parseAlphaVantage(reversed, { file: 'IWM.csv' });
  assert.equal(barOn(p.bars!, 'adjClose', '2016-11-30'), 124.687082425);
  assert.equal(p.bars!.line[0], 2, 'line numbers follow the text given');
});

test('a Yahoo row of "null" cells is rejected and counted, not stored', () => {
  const p = parseYahoo(
    'Date,Open,High,Low,Close,Adj Close,Volume\n2016-11-08,1,1,1,2,2,5\n2016-11-09,null,null,null,null,null,null\n',
    {
      file: 'X.csv',
    },
  );
  assert.equal(p.bars!.day.length, 1);
  assert.equal(p.stats.rowsRead, 2);
  assert.deepEqual(p.stats.rejected, { 'no price (close and adjusted close missing)': 1 });
});

test('parseYfinance flattens the two-level Price/Ticker/Date header of newer yfinance and keeps file line numbers', () => {
  // the real fixture rows under the header layout yfinance >= 0.2.51 writes
  const rows = fixtureText('yfinance/IWM.csv').split('\n').slice(1);
  const text = ['Price,Close,High,Low,Open,Volume', 'Ticker,IWM,IWM,IWM,IWM,IWM', 'Date,,,,,', ...rows].join(
    '\n',
  );
  assert.equal(detectKind(text, 'download.csv').kind, 'yfinance');
  const p = parseYfinance(text, { file: 'download.csv' });
  assert.deepEqual(p.bars!.tickers, ['IWM']);
  assert.equal(barOn(p.bars!, 'adjClose', '2016-11-08'), 106.2621078491211);
  assert.equal(p.bars!.line[0], 4, 'first data row is line 4 of the file');
});

test('rejectBadRows turns a bad row into a counted rejection naming the first one', () => {
  const text = fixtureText('yahoo/^RUT.csv').replace('2016-11-09,1194.33997', '2016-11-09,-1194.33997');
  assert.throws(() => parseYahoo(text, { file: '^RUT.csv' }), /negative price/);
  const p = parseYahoo(text, { file: '^RUT.csv', rejectBadRows: true });
  assert.equal(p.bars!.day.length, 46); // 47 rows in the fixture, one rejected
  assert.deepEqual(p.stats.rejected, { 'bad row (--reject-bad-rows): Open': 1 });
  assert.ok(
    p.notes.some((n) => /first bad row rejected: \^RUT\.csv:13: column "Open": negative price/.test(n)),
  );
});

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeText } from '../../../src/formats/decode.ts';
import { quote as quoteCell } from '../../../src/quote.ts';
import { ImportError, importFile, parseYahoo } from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixtureText } from './helpers.ts';

// Bombs are made at run time (zlib of repeated newlines), never committed. The rows around them are the real
// ^RUT fixture (Yahoo export, PROVENANCE §2).
const RUT = fixtureText('yahoo/^RUT.csv');
const HEAD = RUT.split('\n')[0];
const ROW = RUT.split('\n')[11]; // 2016-11-08

let dir: string;
let store: Store;
withScratchStore('capgap-limits-', (s) => {
  ({ store, dir } = s);
});

function write(name: string, body: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}

/** A gzip of a header, one real row and `mb` MB of newlines: about 1,000 to 1 (a 200 MB one is ~200 KB). */
function bomb(mb: number, header = HEAD, row = ROW): Uint8Array {
  return gzipSync(Buffer.concat([Buffer.from(`${header}\n${row}\n`), Buffer.alloc(mb * 1024 * 1024, 10)]), {
    level: 9,
  });
}

async function rejects(p: Promise<unknown>, reason: RegExp): Promise<ImportError> {
  let got: unknown;
  await assert.rejects(p, (e: unknown) => {
    got = e;
    assert.ok(e instanceof ImportError, `expected ImportError, got ${e}`);
    assert.match(e.reason, reason);
    return true;
  });
  return got as ImportError;
}

test('a gzip bomb of newlines is refused with the decompressed-size limit, and the store is unchanged', async () => {
  const before = await storeChecksum(store);
  const b = bomb(64); // the was 200 MB; 64 MB (~64 KB of gzip) is enough to pass the cap
  assert.ok(b.length < 100_000, `bomb is ${b.length} bytes`);
  const path = write('^RUT.csv.gz', b);
  const e = await rejects(
    importFile(store, path),
    /^file too large when decompressed \(limit 16 MiB; --max-bytes to raise\)$/,
  );
  assert.equal(e.file, path);
  assert.equal(await storeChecksum(store), before);
});

test('--max-bytes raises the cap and lifts the ratio rule: the same bomb then reads as blank lines', async () => {
  const path = write('^RUT.csv.gz', bomb(17));
  const s = await importFile(store, path, { limits: { maxBytes: 64 * 1024 * 1024 } });
  assert.equal(s.rowsRead, 1);
  assert.equal(s.stored.bars, 1);
});

test('a gzip bomb shaped as a stock panel is refused by the streaming scan before DuckDB reads it', async () => {
  const before = await storeChecksum(store);
  const path = write(
    'stocks.csv.gz',
    bomb(40, 'Date,Ticker,Open,High,Low,Close,Volume', '2016-11-08,A,1,1,1,1,5'),
  );
  await rejects(
    importFile(store, path),
    /^file too large when decompressed \(limit .*--max-bytes to raise\)$/,
  );
  assert.equal(await storeChecksum(store), before);
});

test('a corrupt gzip names the byte offset; a cut one says it ends early', async () => {
  const good = gzipSync(Buffer.from(RUT));
  const cut = write('cut.csv.gz', good.subarray(0, good.length - 40));
  await rejects(
    importFile(store, cut, { kind: 'yahoo', ticker: 'X' }),
    /^corrupt gzip: the data ends early at byte \d+/,
  );
  const bad = Buffer.from(good);
  for (let i = 100; i < 140; i++) bad[i] ^= 0xa5;
  const e = await rejects(
    importFile(store, write('bad.csv.gz', bad), { kind: 'yahoo', ticker: 'X' }),
    /^corrupt gzip: .* at byte offset \d+ of \d+$/,
  );
  const at = Number(/byte offset (\d+)/.exec(e.reason)?.[1]);
  assert.ok(at >= 100 && at < bad.length, `offset ${at}`);
});

test('a corrupt gzip panel names the byte offset too', async () => {
  const good = gzipSync(
    Buffer.from(`Date,Ticker,Open,High,Low,Close,Volume\n${'2016-11-08,A,1,1,1,1,5\n'.repeat(50)}`),
  );
  await rejects(
    importFile(store, write('panel-cut.csv.gz', good.subarray(0, good.length - 20))),
    /^corrupt gzip: .*byte offset \d+/,
  );
});

test('a line longer than the limit is an error naming its line, and a long cell is quoted to 80 characters', () => {
  const long = 'x'.repeat(70_000);
  assert.throws(
    () => parseYahoo(`${HEAD}\n${ROW}\n${ROW.replace('2016-11-08', long)}\n`, { file: '^RUT.csv' }),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 3 &&
      /cell 1 is longer than 64 KiB/.test(e.reason) &&
      e.message.length < 300,
  );
  const cell = 'y'.repeat(10_000);
  assert.throws(
    () => parseYahoo(`${HEAD}\n${ROW.replace('2016-11-08', cell)}\n`, { file: '^RUT.csv' }),
    (e: unknown) => e instanceof ImportError && e.message.includes(quoteCell(cell)) && e.message.length < 300,
  );
  assert.equal(quoteCell('z'.repeat(100)), `"${'z'.repeat(80)}…" (100 characters)`);
  assert.throws(
    () => parseYahoo(`${HEAD}\n${ROW}\n`, { file: '^RUT.csv', limits: { maxLineChars: 50 } }),
    (e: unknown) =>
      e instanceof ImportError && e.line === 2 && /row longer than 50 characters \(limit\)/.test(e.reason),
  );
});

test('more rows than --max-rows is an error naming the line where the limit was passed', () => {
  const rows = RUT.split('\n').slice(1, 6).join('\n');
  assert.throws(
    () => parseYahoo(`${HEAD}\n${rows}\n`, { file: '^RUT.csv', limits: { maxRows: 3 } }),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 5 &&
      /more than 3 rows \(limit; --max-rows to raise\)/.test(e.reason),
  );
});

test('one BOM is dropped; two BOMs, UTF-16 and Latin-1 name the encoding found and the one expected', async () => {
  const bom = '\ufeff';
  assert.equal(decodeText(Buffer.from(`${bom}${HEAD}\n`), 'a.csv'), `${HEAD}\n`);
  assert.throws(
    () => decodeText(Buffer.from(`${bom}${bom}${HEAD}\n`), 'a.csv'),
    /a\.csv:1: two UTF-8 byte-order marks at the start of the file/,
  );
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEAD}\n`, 'utf16le')]);
  assert.throws(() => decodeText(utf16, 'a.csv'), /encoding found: UTF-16 LE .*; expected UTF-8/);
  const noBom = Buffer.from(`${HEAD}\n`, 'utf16le');
  assert.throws(
    () => decodeText(noBom, 'a.csv'),
    /encoding found: UTF-16 LE \(a NUL byte beside every character\); expected UTF-8/,
  );
  const latin1 = Buffer.from(`${HEAD}\n${ROW}\nCaf\xe9,1\n`, 'latin1');
  assert.throws(
    () => decodeText(latin1, 'a.csv'),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 3 &&
      /encoding found: Latin-1\/Windows-1252 \(byte 0xE9 at byte offset \d+ is not UTF-8, 'é' in Latin-1\); expected UTF-8/.test(
        e.reason,
      ),
  );
  // through importFile: UTF-16 is an encoding error, not "unknown format"
  await rejects(importFile(store, write('u16.csv', utf16)), /encoding found: UTF-16 LE/);
  // a double BOM on the panel path is the same ImportError, not a raw DuckDB Binder Error
  const panel = `${bom}${bom}Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,A,1,1,1,1,5\n`;
  await rejects(
    importFile(store, write('panel-bom.csv', panel), { kind: 'stock-panel' }),
    /two UTF-8 byte-order marks/,
  );
});

test('a Parquet file with more rows than --max-rows is refused before it is read into text', async () => {
  const pq = join(dir, 'QQQ.parquet');
  await store.run(
    `COPY (SELECT * FROM (VALUES ('2016-11-08', 1.0, 2.0, 0.5, 1.5, 1.4, 100.0), ('2016-11-09', 1.0, 2.0, 0.5, 1.5, 1.4, 100.0), ('2016-11-10', 1.0, 2.0, 0.5, 1.5, 1.4, 100.0)) t("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume")) TO '${pq}' (FORMAT parquet)`,
  );
  await rejects(
    importFile(store, pq, { limits: { maxRows: 2 } }),
    /^more than 2 rows \(limit; --max-rows to raise\)$/,
  );
});

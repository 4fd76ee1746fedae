/**
 * A file read in pieces gives what the whole-file reader gives. The reference is the whole path of the
 * previous rounds: the bytes decoded whole (`decodeText`) and parsed whole (`parseByKind`); the streamed import
 * (`importStreamed`, pieces of 1 character, 64 characters and the default 2 MiB, so every record boundary, a
 * quoted newline, a CRLF, a BOM and gzip fall across pieces) must store the same rows with the same counts,
 * or fail with the same error: file, line, column and reason. Files are real fixtures (Yahoo VTWO, yfinance
 * IWM, its two-level header, Stooq IWM, Alpha Vantage IWM, the 2016 stock panel under a generic header) with
 * one damage each.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeText } from '../../../src/formats/decode.ts';
import { ImportError } from '../../../src/formats/errors.ts';
import { resolveLimits } from '../../../src/formats/limits.ts';
import { parseByKind } from '../../../src/formats/parse-by-kind.ts';
import type { ImportKind } from '../../../src/formats/types.ts';
import { importStreamed, streams } from '../../../src/store/import/stream-import.ts';
import { Store } from '../../../src/store/store.ts';
import { scratchDir } from '../../helpers/scratch-dir.ts';
import { fixture, fixtureText } from './helpers.ts';

const dir = scratchDir('capgap-stream-');
const FIELDS = ['open', 'high', 'low', 'close', 'adjClose', 'volume', 'dividend', 'splitFactor'] as const;
const COLS = ['open', 'high', 'low', 'close', 'adj_close', 'volume', 'dividend', 'split_factor'];
const num = (v: unknown) => (v === null || v === undefined || Number.isNaN(v) ? null : Number(v) + 0);

type Outcome = { error: string } | { rows: string; read: number; rejected: string; missing: string };

/** The whole-file reference: decodeText, then parseByKind; rows as the store would hold them. */
function whole(bytes: Uint8Array, file: string, kind: ImportKind, limits = {}): Outcome {
  try {
    const p = parseByKind(kind, decodeText(bytes, file, limits), { file, limits });
    const b = p.bars!;
    const rows = Array.from(b.day, (d, i) =>
      JSON.stringify([b.tickers[b.ticker[i]], d, ...FIELDS.map((f) => num(b[f][i]))]),
    ).sort();
    return {
      rows: rows.join('\n'),
      read: p.stats.rowsRead,
      rejected: JSON.stringify(Object.entries(p.stats.rejected).sort()),
      missing: JSON.stringify(Object.entries(p.stats.missing).sort()),
    };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { error: err.message };
  }
}

/** The streamed import into a new in-memory store, in pieces of `chunk` characters. */
async function streamed(path: string, kind: ImportKind, head: string, chunk: number, limits = {}) {
  const store = await Store.open(':memory:');
  try {
    const s = await importStreamed(
      store,
      path,
      { kind, reason: '', sha256: 'x', head },
      {},
      resolveLimits(limits),
      chunk,
    );
    const got = await store.all(
      `SELECT id, (date - DATE '1970-01-01')::INTEGER AS d, ${COLS.join(', ')} FROM bars`,
    );
    const rows = got.map((r) => JSON.stringify([r.id, r.d, ...COLS.map((c) => num(r[c]))])).sort();
    return {
      rows: rows.join('\n'),
      read: s.rowsRead,
      rejected: JSON.stringify(Object.entries(s.rejected).sort()),
      missing: JSON.stringify(Object.entries(s.missing).sort()),
    };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { error: err.message };
  } finally {
    store.close();
  }
}

/** Line `n` (1-based) of `text` replaced through `f`. */
function edit(text: string, n: number, f: (line: string) => string): string {
  const lines = text.split('\n');
  lines[n - 1] = f(lines[n - 1]);
  return lines.join('\n');
}
const cell = (text: string, n: number, k: number, v: string) =>
  edit(text, n, (l) => {
    const c = l.split(',');
    c[k] = v;
    return c.join(',');
  });

const VTWO = fixtureText('yahoo/VTWO.csv'); // CRLF line ends
const IWM = fixtureText('yfinance/IWM.csv');
const panel = gunzipSync(
  new Uint8Array(readFileSync(fixture('stocks_panel_2016-11-07_to_2016-11-11.csv.gz'))),
).toString('utf8');
const GENERIC = panel.replace(/^[^\n]*\n/, 'date,id,open,high,low,close,volume\n');

/** name, kind, file name, text (or bytes). */
const CASES: [string, ImportKind, string, string | Uint8Array][] = [
  ['Yahoo as it is', 'yahoo', 'VTWO.csv', VTWO],
  ['yfinance as it is', 'yfinance', 'IWM.csv', IWM],
  [
    'yfinance, two-level header',
    'yfinance',
    'IWM.csv',
    IWM.replace(/^Date,/, 'Price,').replace('\n', '\nTicker,IWM,IWM,IWM,IWM,IWM\nDate,,,,,\n'),
  ],
  ['Stooq as it is', 'stooq', 'iwm.us.txt', fixtureText('stooq/iwm.us.txt')],
  ['Alpha Vantage as it is', 'alphavantage', 'IWM.csv', fixtureText('alphavantage/IWM.csv')],
  ['generic wide bars', 'generic', 'panel.csv', GENERIC],
  [
    'a quoted newline at line 10, 1e309 at line 30',
    'yahoo',
    'VTWO.csv',
    cell(cell(VTWO, 10, 7, '"VT\r\nWO"'), 31, 4, '1e309'),
  ],
  ['-0 and NaN as prices', 'yahoo', 'VTWO.csv', cell(cell(VTWO, 5, 1, '-0'), 6, 2, 'NaN')],
  ['1e308 as a price at line 7', 'yahoo', 'VTWO.csv', cell(VTWO, 7, 3, '1e308')],
  ['0x10 at line 40', 'yahoo', 'VTWO.csv', cell(VTWO, 40, 4, '0x10')],
  ['2016-02-30 at line 44', 'yahoo', 'VTWO.csv', cell(VTWO, 44, 0, '2016-02-30')],
  [
    'a YYYYMMDD date at line 20',
    'yahoo',
    'VTWO.csv',
    edit(VTWO, 20, (l) => l.replace(/^(\d{4})-(\d\d)-(\d\d)/, '$1$2$3')),
  ],
  ['a NUL in a cell at line 12', 'generic', 'panel.csv', cell(GENERIC, 12, 1, 'A\u0000B')],
  ['a column named twice', 'yahoo', 'VTWO.csv', VTWO.replace('Volume,stock', 'Volume,Close')],
  ['a bare CR ending line 33', 'yahoo', 'VTWO.csv', bareCr(VTWO, 33)],
  [
    'LF and CRLF mixed',
    'yfinance',
    'IWM.csv',
    IWM.split('\n')
      .map((l, i) => (i % 3 ? l : `${l}\r`))
      .join('\n')
      .replace(/\r$/, ''),
  ],
  ['a quote never closed at line 40', 'yahoo', 'VTWO.csv', cell(VTWO, 40, 7, '"VTWO')],
  ['cut in the middle of a row', 'generic', 'panel.csv', GENERIC.slice(0, GENERIC.length - 20)],
  ['a BOM', 'yahoo', 'VTWO.csv', `\ufeff${VTWO}`],
  ['two BOMs', 'yahoo', 'VTWO.csv', `\ufeff\ufeff${VTWO}`],
  ['a header only', 'yahoo', 'VTWO.csv', `${VTWO.split('\n')[0]}\n\n\n`],
  [
    'a negative volume at the last line, no line end',
    'stooq',
    'iwm.us.txt',
    cell(fixtureText('stooq/iwm.us.txt').trimEnd(), 48, 5, '-5'),
  ],
  ['a Latin-1 byte at line 25', 'yahoo', 'VTWO.csv', latin1(cell(VTWO, 25, 7, 'VTWO\u00e9'))],
];

/** `text` (CRLF line ends) with line `n` ending in a bare CR: it and the next line are one row. */
function bareCr(text: string, n: number): string {
  const lines = text.split('\n');
  lines.splice(n - 1, 2, `${lines[n - 1]}${lines[n]}`);
  return lines.join('\n');
}

/** Text with every character below 256 written as one byte (Latin-1). */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

describe('a file read in pieces gives what the whole-file reader gives', () => {
  let k = 0;
  for (const [name, kind, file, text] of CASES) {
    for (const gz of [false, true]) {
      it(`${name}${gz ? ', gzipped' : ''}`, async () => {
        const raw = typeof text === 'string' ? new TextEncoder().encode(text) : text;
        const bytes = gz ? gzipSync(raw) : raw;
        const sub = join(dir, String(k++));
        mkdirSync(sub);
        const path = join(sub, file);
        writeFileSync(path, bytes);
        const expected = whole(bytes, path, kind);
        const head = typeof text === 'string' ? text.replace(/^\ufeff+/, '').slice(0, 500) : '';
        for (const chunk of [1, 64, 1 << 21]) {
          assert.deepEqual(await streamed(path, kind, head, chunk), expected, `pieces of ${chunk}`);
        }
      });
    }
  }
});

describe('limits and damaged files on the streamed path: the same error as the whole-file reader', () => {
  const put = (name: string, bytes: Uint8Array | string) => {
    const sub = join(dir, `l${name}`);
    mkdirSync(sub);
    const path = join(sub, 'VTWO.csv');
    writeFileSync(path, bytes);
    return path;
  };
  const head = VTWO.slice(0, 200);

  it('a 100 MB line is refused at its line after its first MiB is read, never held whole', async () => {
    const path = put(
      'long',
      Buffer.concat([Buffer.from(VTWO.slice(0, VTWO.indexOf('\n') + 1)), Buffer.alloc(100 << 20, 0x31)]),
    );
    const got = await streamed(path, 'yahoo', head, 1 << 21);
    assert.deepEqual(got, { error: `${path}:2: row longer than 1,048,576 characters (limit)` });
  });

  it('--max-rows counts rows across pieces and names the first row over the limit', async () => {
    const path = put('rows', VTWO);
    const expected = { error: `${path}:7: more than 5 rows (limit; --max-rows to raise)` };
    assert.deepEqual(whole(new TextEncoder().encode(VTWO), path, 'yahoo', { maxRows: 5 }), expected);
    for (const chunk of [1, 64, 1 << 21])
      assert.deepEqual(await streamed(path, 'yahoo', head, chunk, { maxRows: 5 }), expected);
  });

  it('a header of 10^6 columns is refused at line 1 (a row is at most 1 MiB, as docs/import.md says)', async () => {
    // csv-parse's max_record_size bounds one cell's buffer, so the whole-file reader read this 2 MB header
    // and refused it for a column named twice; the stream refuses the row for its length, before parsing it
    const text = `Date,Close${',x'.repeat(1e6)}\n2016-11-08,1${',1'.repeat(1e6)}\n`;
    const path = put('wide', text);
    assert.deepEqual(await streamed(path, 'yahoo', head, 1 << 21), {
      error: `${path}:1: row longer than 1,048,576 characters (limit)`,
    });
  });

  it('a gzip cut short or with a damaged byte names the byte offset, as decodeText does', async () => {
    const gz = gzipSync(new TextEncoder().encode(VTWO));
    const cut = gz.subarray(0, gz.length - 40);
    const cutPath = put('cut', cut);
    assert.deepEqual(await streamed(cutPath, 'yahoo', head, 64), {
      error: `${cutPath}: corrupt gzip: the data ends early at byte ${cut.length} (the file is cut short)`,
    });
    const bad = Uint8Array.from(gz);
    bad[bad.length - 6] ^= 0xff; // the length in the trailer: zlib reports it at the end
    const badPath = put('bad', bad);
    const expected = whole(bad, badPath, 'yahoo');
    assert.match('error' in expected ? expected.error : '', /corrupt gzip: .* at byte offset \d+ of \d+$/);
    assert.deepEqual(await streamed(badPath, 'yahoo', head, 64), expected);
  });
});

describe('which files are read in pieces', () => {
  it('the generic long format is not (a bar takes its fields from several lines), even after blank lines', () => {
    assert.equal(streams('generic', '\n\ndate,id,field,value\n2016-11-08,IWM,close,1\n'), false);
    assert.equal(streams('generic', 'Date,ID,Field,Value\n'), false);
    assert.equal(streams('generic', 'date,ticker,close\n'), true);
    assert.equal(streams('yahoo', 'Date,Open,High,Low,Close,Adj Close,Volume\n'), true);
    assert.equal(streams('french', ',Lo 30,Med 40,Hi 30\n'), false);
    assert.equal(streams('companylist', 'Symbol,Name,MarketCap\n'), false);
  });
});

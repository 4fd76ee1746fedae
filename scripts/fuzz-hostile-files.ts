/**
 * Hostile files for the import fuzzing (scripts/fuzz-import-cli.ts, the HTTP upload in scripts/fuzz-http.ts):
 * real fixture files (test/fixtures/import, cut from ../shared/data) damaged in named ways — truncated, bytes
 * flipped, BOMs, CRLF, UTF-16, a NUL, a 1 MB line, quoted newlines, duplicate headers, missing and extra
 * columns, dates in other formats, NaN/Infinity/1e400, negative prices, duplicate keys, an empty file, a
 * directory, a gzip that is not, a Parquet that is not — plus seeded random byte mutations of them.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { mulberry32 } from '../src/math/random.ts';

/** A real fixture a hostile file starts from: its name (the detector reads it) and bytes. */
export interface Seed {
  name: string;
  bytes: Uint8Array;
}

const read = (p: string) => readFileSync(new URL(`../test/fixtures/import/${p}`, import.meta.url));

/** The real fixtures the hostile files start from, one per way a file is read (each text parser, DuckDB). */
export function seeds(): Seed[] {
  const panel = 'stocks_panel_2016-11-07_to_2016-11-11.csv.gz';
  return [
    { name: '^RUT.csv', bytes: read('yahoo/^RUT.csv') },
    { name: 'IWM.csv', bytes: read('yfinance/IWM.csv') },
    { name: 'iwm.us.txt', bytes: read('stooq/iwm.us.txt') },
    { name: 'companylist_NYSE_2016-09-21.csv', bytes: read('companylist_NYSE_2016-09-21.csv') },
    { name: 'securities.csv', bytes: read('securities.csv') },
    {
      name: 'F-F_Research_Data_Factors_monthly_vintage202412.CSV',
      bytes: read('F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV'),
    },
    { name: 'stocks_panel.csv', bytes: gunzipSync(read(panel)) },
    { name: 'stocks_panel.csv.gz', bytes: read(panel) },
  ];
}

/** A hostile file: its name, its bytes (or 'directory'), and what was done to the seed. */
export interface Hostile {
  name: string;
  bytes: Uint8Array | 'directory';
  how: string;
}

const enc = new TextEncoder();
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const lines = (b: Uint8Array) => text(b).split('\n');
const join = (ls: string[]) => enc.encode(ls.join('\n'));
const cat = (...parts: Uint8Array[]) => Buffer.concat(parts);
/** Replaces the `k`-th cell of line `i` (1-based lines as in the file). */
const setCell = (b: Uint8Array, i: number, k: number, v: string) => {
  const ls = lines(b);
  if (ls.length <= i) return b;
  const cells = ls[i - 1].split(',');
  cells[Math.min(k, cells.length - 1)] = v;
  ls[i - 1] = cells.join(',');
  return join(ls);
};

/** The named damages, each a function of a seed's (inflated) bytes. */
export const DAMAGES: Record<string, (b: Uint8Array) => Uint8Array | 'directory'> = {
  truncated: (b) => b.subarray(0, Math.floor(b.length * 0.37)),
  'byte flipped': (b) => {
    const c = Uint8Array.from(b);
    c[Math.floor(c.length / 3)] ^= 0xa5;
    return c;
  },
  'two BOMs': (b) => cat(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), b),
  CRLF: (b) => enc.encode(text(b).replace(/\n/g, '\r\n')),
  'UTF-16': (b) => cat(Uint8Array.of(0xff, 0xfe), Buffer.from(text(b), 'utf16le')),
  'a NUL': (b) => setCell(b, 3, 1, '1\u00002'),
  '1 MB line': (b) => setCell(b, 3, 1, '9'.repeat(1_100_000)),
  'quoted newline': (b) => setCell(b, 2, 1, '"1\n2"'),
  'duplicate header': (b) => {
    const ls = lines(b);
    const first = ls.findIndex((l) => l.includes(','));
    const cells = ls[first].split(',');
    ls[first] = [...cells, cells[cells.length > 1 ? 1 : 0]].join(',');
    return join(ls.map((l, i) => (i > first && l ? `${l},1` : l)));
  },
  'missing column': (b) => join(lines(b).map((l) => l.split(',').slice(0, -2).join(','))),
  'extra column': (b) => join(lines(b).map((l, i) => (i === 2 ? `${l},7,8` : l))),
  'US dates': (b) => enc.encode(text(b).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$2/$3/$1')),
  NaN: (b) => setCell(b, 3, 2, 'NaN'),
  Infinity: (b) => setCell(b, 3, 2, 'Infinity'),
  '1e400': (b) => setCell(b, 3, 2, '1e400'),
  'negative price': (b) => setCell(b, 3, 2, '-12.5'),
  'duplicate key': (b) => {
    const ls = lines(b);
    const i = Math.min(3, ls.length - 2);
    // the same key (first cells) again with another last value
    const again = ls[i].replace(/,[^,]*$/, (v) => (v === ',1' ? ',2' : ',1'));
    return join([...ls.slice(0, i + 1), again, ...ls.slice(i + 1)]);
  },
  'February 30': (b) => enc.encode(text(b).replace(/\b(\d{4})-\d{2}-\d{2}\b/, '$1-02-30')),
  'empty file': () => new Uint8Array(0),
  'header only': (b) => join(lines(b).slice(0, 1)),
  directory: () => 'directory',
  'gzip that is not': (b) => cat(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00), b.subarray(0, 200)),
  'gzip cut short': (b) => gzipSync(b).subarray(0, 120),
  'Parquet that is not': (b) => cat(enc.encode('PAR1'), b.subarray(0, 300), enc.encode('PAR1')),
  'a bidi override': (b) => setCell(b, 3, 0, '\u202e2016-11-08'),
  'an escape sequence': (b) => setCell(b, 3, 1, '\u001b[2J\u001b[31m1'),
  '10^6 columns': (b) => {
    const ls = lines(b);
    ls[0] += ','.repeat(1_000_000);
    return join(ls);
  },
  'whitespace only': () => enc.encode('  \n\t\n \r\n   \n'),
  'mixed line endings': (b) =>
    enc.encode(
      lines(b)
        .map((l, i) => `${l.replace(/\r$/, '')}${['\n', '\r\n', '\r'][i % 3]}`)
        .join(''),
    ),
  'a quote never closed': (b) => setCell(b, 3, 2, '"12.5'),
  'a thousands separator': (b) => setCell(b, 3, 2, '"1,234.5"'),
  'an accounting negative': (b) => setCell(b, 3, 2, '(12.3)'),
  'a percent': (b) => setCell(b, 3, 2, '12%'),
  'compact dates': (b) => enc.encode(text(b).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$1$2$3')),
  'a megabyte cell': (b) => setCell(b, 3, 2, `"${'7'.repeat(1_000_000)}"`),
};

/** Where a damage needs a special file name (a gzip or Parquet extension). */
const EXT: Record<string, string> = {
  'gzip that is not': '.gz',
  'gzip cut short': '.gz',
  'Parquet that is not': '.parquet',
};

/** The seed's text bytes (gzip inflated) and its name without .gz. */
function plain(s: Seed): Seed {
  return s.name.endsWith('.gz') ? { name: s.name.slice(0, -3), bytes: gunzipSync(s.bytes) } : s;
}

/** Every named damage applied to one seed (gzip seeds are damaged inflated, then gzipped again). */
export function catalogue(seed: Seed): Hostile[] {
  const gz = seed.name.endsWith('.gz');
  const p = plain(seed);
  return Object.entries(DAMAGES).map(([how, f]) => {
    const out = f(p.bytes);
    const ext = EXT[how];
    const name = ext ? `${p.name.replace(/\.[^.]*$/, '')}${ext}` : seed.name;
    const bytes = out === 'directory' || ext || !gz ? out : gzipSync(out);
    return { name, bytes, how: `${how} (${seed.name})` };
  });
}

/** `n` seeded random damages: 1 to 4 of the named ones and random byte edits, on seeds picked at random. */
export function randomHostile(n: number, seed: number): Hostile[] {
  const rnd = mulberry32(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const all = seeds();
  const names = Object.keys(DAMAGES).filter((k) => k !== 'directory' && !EXT[k] && k !== 'empty file');
  const out: Hostile[] = [];
  for (let i = 0; i < n; i++) {
    const s = plain(pick(all));
    let b: Uint8Array = s.bytes;
    const hows: string[] = [];
    for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
      if (rnd() < 0.5) {
        const how = pick(names);
        const r = DAMAGES[how](b);
        if (r !== 'directory') b = r;
        hows.push(how);
      } else {
        const at = Math.floor(rnd() * b.length);
        const c = Uint8Array.from(b);
        c[at] = Math.floor(rnd() * 256);
        b = c;
        hows.push(`byte ${at} = ${c[at]}`);
      }
    }
    out.push({ name: s.name, bytes: b, how: `${hows.join(', ')} (${s.name}, seed ${seed}#${i})` });
  }
  return out;
}

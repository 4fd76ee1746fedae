/**
 * The benchmark's input on disk, identical for every engine: a panel as raw little-endian columns
 * (`stock.i32`, `day.i32`, `price.f64`, `cap.f64`; NaN for missing), the same rows as `panel.parquet`
 * (for DuckDB, written by Polars), and `stocks.csv` (stock, exchange, security_type). Rows are written in
 * the order given: the benchmark writes a shuffled copy (the normal case) and a (stock, day)-sorted one.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import pl from 'nodejs-polars';
import { mulberry32 } from '../src/math/random.ts';
import type { Panel } from '../src/portfolios/panel.ts';

const bytes = (a: Int32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes a panel's files into dir (which must exist). */
export function writePanelFiles(dir: string, panel: Panel): void {
  writeFileSync(join(dir, 'stock.i32'), bytes(panel.stock));
  writeFileSync(join(dir, 'day.i32'), bytes(panel.day));
  writeFileSync(join(dir, 'price.f64'), bytes(panel.price));
  writeFileSync(join(dir, 'cap.f64'), bytes(panel.cap));
  pl.DataFrame({ stock: panel.stock, day: panel.day, price: panel.price, cap: panel.cap }).writeParquet(
    join(dir, 'panel.parquet'),
  );
  const fd = openSync(join(dir, 'stocks.csv'), 'w');
  writeSync(fd, 'stock,exchange,security_type\n');
  writeSync(
    fd,
    panel.ids.map((_, s) => `${s},${panel.exchange?.[s] ?? ''},${panel.securityType?.[s] ?? ''}`).join('\n'),
  );
  closeSync(fd);
}

/** Reads a panel written by writePanelFiles (ids are `S<index>`). */
export function readPanelFiles(dir: string): Panel {
  // Into SharedArrayBuffers, as capgap's loaders give them (src/portfolios/threads/pool.ts).
  const read = (name: string) => {
    const fd = openSync(join(dir, name), 'r');
    const out = new SharedArrayBuffer(fstatSync(fd).size);
    const view = new Uint8Array(out);
    for (let at = 0; at < view.length; ) at += readSync(fd, view, at, view.length - at, at);
    closeSync(fd);
    return out;
  };
  const lines = readFileSync(join(dir, 'stocks.csv'), 'utf8').trim().split('\n').slice(1);
  const meta = lines.map((l) => l.split(','));
  return {
    ids: meta.map((m) => `S${m[0]}`),
    stock: new Int32Array(read('stock.i32')),
    day: new Int32Array(read('day.i32')),
    price: new Float64Array(read('price.f64')),
    cap: new Float64Array(read('cap.f64')),
    exchange: meta.map((m) => m[1] || null),
    securityType: meta.map((m) => m[2] || null),
  };
}

/**
 * The panel's rows in a seeded random order (Fisher–Yates with the project's PRNG, mulberry32).
 * @example shufflePanel(syntheticPanel({ stocks: 50 }), 7)
 */
export function shufflePanel(panel: Panel, seed: number): Panel {
  const n = panel.stock.length;
  const rand = mulberry32(seed);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  const out = {
    ...panel,
    stock: new Int32Array(n),
    day: new Int32Array(n),
    price: new Float64Array(n),
    cap: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const k = perm[i];
    out.stock[i] = panel.stock[k];
    out.day[i] = panel.day[k];
    out.price[i] = panel.price[k];
    out.cap[i] = panel.cap[k];
  }
  return out;
}

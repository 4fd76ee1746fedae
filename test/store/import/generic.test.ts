import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ImportError,
  importFile,
  importFiles,
  parseEtfFlows,
  parseEtfs,
  parseGeneric,
} from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { barOn, fixture } from './helpers.ts';

// Values below are the real alphavantage/IWM.csv fixture rows (lines 12 and 14) rewritten in the generic layouts.
test('generic wide: date,ticker,close,adj_close,volume', () => {
  const p = parseGeneric(
    'date,ticker,close,adj_close,volume\n2016-11-08,iwm,118.88,112.626702824,26164159\n2016-11-10,IWM,124.5,117.951080935,83435010\n',
  );
  const b = p.bars!;
  assert.deepEqual(b.tickers, ['IWM']);
  assert.equal(barOn(b, 'close', '2016-11-08'), 118.88);
  assert.equal(barOn(b, 'adjClose', '2016-11-10'), 117.951080935);
  assert.ok(Number.isNaN(barOn(b, 'open', '2016-11-08')));
});

test('generic long: date,id,field,value gathers fields of one ticker and day into one bar', () => {
  const p = parseGeneric(
    'date,id,field,value\n20161108,IWM,close,118.88\n20161108,IWM,adj_close,112.626702824\n20161108,IWM,market_cap,1e9\n',
  );
  assert.equal(p.bars!.day.length, 1);
  assert.equal(barOn(p.bars!, 'close', '2016-11-08'), 118.88);
  assert.equal(barOn(p.bars!, 'adjClose', '2016-11-08'), 112.626702824);
  assert.equal(p.caps!.marketCap[0], 1e9);
});

test('generic long: an unknown field is an error naming it', () => {
  assert.throws(
    () => parseGeneric('date,id,field,value\n2016-11-08,IWM,closing,1\n', { file: 'g.csv' }),
    (e: unknown) => e instanceof ImportError && e.line === 2 && /unknown field "closing"/.test(e.reason),
  );
});

// No real ETF flow data exist in ../shared/data (PROVENANCE §3): the flow, shares and NAV numbers below are
// hand-made parser inputs, not market data, and no test reads them as facts.
test('etf-flows: flow may be negative; shares outstanding and NAV may not', () => {
  const p = parseEtfFlows('date,ticker,flow\n2016-11-09,IWM,-2.5e8\n');
  assert.equal(p.flows!.flow[0], -2.5e8);
  assert.throws(
    () => parseEtfFlows('date,ticker,shares_outstanding,nav\n2016-11-09,IWM,-1,120\n', { file: 'f.csv' }),
    (e: unknown) =>
      e instanceof ImportError && e.column === 'shares_outstanding' && /negative/.test(e.reason),
  );
});

test('etfs registry rows with an inception date', () => {
  const p = parseEtfs(
    'ticker,name,category,benchmark,issuer,inception\nIWM,iShares Russell 2000 ETF,US small cap,Russell 2000,BlackRock,2000-05-22\n',
  );
  assert.equal(p.etfs!.category[0], 'US small cap');
  assert.equal(p.etfs!.inception[0], Math.round(Date.UTC(2000, 4, 22) / 86_400_000));
});

let store: Store;
let dir = '';
withScratchStore('capgap-generic-', (s) => {
  ({ store, dir } = s);
});

test('importFile detects etf-flows, etfs and generic files and writes their tables', async () => {
  const flows = join(dir, 'flows.csv');
  writeFileSync(
    flows,
    'date,ticker,shares_outstanding,nav\n2016-11-08,IWM,100,118.9\n2016-11-09,IWM,110,121.6\n',
  );
  const s1 = await importFile(store, flows);
  assert.equal(s1.kind, 'etf-flows');
  assert.equal(s1.stored.etf_flows, 2);
  const reg = join(dir, 'etfs.csv');
  writeFileSync(reg, 'ticker,name,category\nIWM,iShares Russell 2000 ETF,US small cap\n');
  assert.equal((await importFile(store, reg)).kind, 'etfs');
  const gen = join(dir, 'bars.csv');
  writeFileSync(gen, 'date,ticker,close\n2016-11-08,IWM,118.88\n');
  const s3 = await importFile(store, gen);
  assert.equal(s3.kind, 'generic');
  assert.equal(s3.dataset, 'generic/bars');
  assert.deepEqual(await store.counts(), {
    datasets: 3,
    securities: 1,
    bars: 1,
    market_caps: 0,
    portfolio_series: 0,
    factors: 0,
    etfs: 1,
    etf_flows: 2,
  });
});

// hand-made prices (1.0, 2.0, …): a format round trip, not market data
test('Parquet input goes through the same parser (a yahoo file written to Parquet by DuckDB)', async () => {
  const pq = join(dir, 'QQQ.parquet');
  await store.run(
    `COPY (SELECT * FROM (VALUES ('2016-11-08', 1.0, 2.0, 0.5, 1.5, 1.4, 100.0)) t("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume")) TO '${pq}' (FORMAT parquet)`,
  );
  const s = await importFile(store, pq);
  assert.equal(s.kind, 'yahoo');
  assert.match(s.reason, /Parquet/);
  const r = await store.one("SELECT close, adj_close FROM bars WHERE source = 'yahoo/QQQ'");
  assert.deepEqual(r, { close: 1.5, adj_close: 1.4 });
});

test('a gzipped price file is unpacked and parsed like the plain file', async () => {
  const { gzipSync } = await import('node:zlib');
  const { readFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'gz'), { recursive: true });
  const f = join(dir, 'gz', '^RUT.csv.gz');
  writeFileSync(f, gzipSync(readFileSync(fixture('yahoo/^RUT.csv'))));
  const s = await importFile(store, f);
  assert.equal(s.kind, 'yahoo');
  assert.equal(s.dataset, 'yahoo/^RUT');
  assert.equal(s.stored.bars, 47); // the fixture's 47 data rows
});

test('importFiles stops at the first bad file; the files before it stay imported', async () => {
  const bad = join(dir, 'bad', 'DIA.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(dir, 'bad'), { recursive: true });
  writeFileSync(bad, 'Date,Open,High,Low,Close,Adj Close,Volume\n2016-11-08,1,1,1,x,1,1\n');
  await assert.rejects(importFiles(store, [fixture('yahoo/VTWO.csv'), bad]), ImportError);
  const r = await store.one<{ n: number }>(
    "SELECT count(*)::INTEGER AS n FROM bars WHERE source = 'yahoo/VTWO'",
  );
  assert.equal(r?.n, 47);
  assert.equal(await store.one("SELECT 1 AS x FROM datasets WHERE name = 'yahoo/DIA'"), undefined);
});

/**
 * `capgap import FILE --store clickhouse://…` into the two-shard cluster: the real 2016 fixture
 * (test/fixtures/portfolios: two companylists and the stock panel, cut from ../shared/data) imported through
 * the CLI into the warehouse and into a local DuckDB store; reference: the local store's `capgap buckets`
 * output on the same files (text equal, JSON to 1e-9). A bad file names file, line and column and leaves
 * every table on every shard as it was (count and cityHash64 checksum per table, before and after).
 * Skips with a message when no cluster answers (see cluster.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dropSchema } from '../../src/store/clickhouse/schema.ts';
import { Warehouse } from '../../src/store/clickhouse/warehouse.ts';
import { cli } from './cli.ts';
import { findCluster } from './cluster.ts';

const cluster = await findCluster();
if (cluster.skip) console.log(`# SKIP clickhouse import tests: ${cluster.skip}`);
const DB = `capgap_import_${process.pid}`;
const dir = fileURLToPath(new URL('../fixtures/portfolios/', import.meta.url));
const FILES = [
  `${dir}companylist_NYSE_2016-09-21.csv.gz`,
  `${dir}companylist_NASDAQ_2016-09-21.csv.gz`,
  `${dir}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz`,
];
const TABLES = ['bars_local', 'companies', 'security_meta', 'panel_local'];

describe('capgap import --store clickhouse://…', { skip: cluster.skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capgap-ch-import-'));
  const db = join(tmp, 'store.duckdb');
  const url = `${cluster.initiator}/${DB}`;
  const env = { CAPGAP_CLICKHOUSE_SHARDS: cluster.shardUrls.join(',') };
  let shards: Warehouse[] = [];
  const checksums = async () => {
    const out: string[] = [];
    for (const s of shards)
      for (const t of TABLES) {
        const [r] = await s.rows<{ n: string; h: string }>(
          `SELECT toString(count()) AS n, toString(sum(cityHash64(*))) AS h FROM ${DB}.${t}`,
        );
        out.push(`${t} ${r.n} ${r.h}`);
      }
    return out;
  };
  before(async () => {
    shards = cluster.shardUrls.map((u) => Warehouse.open(`${u}/${DB}`));
    await dropSchema(shards, DB);
    const local = await cli(['import', ...FILES, '--db', db]);
    assert.equal(local.code, 0, local.err);
  });
  after(async () => {
    if (shards.length) await dropSchema(shards, DB);
    for (const s of shards) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('the companylists and the stock panel import, and say what was stored on which shards', async () => {
    const r = await cli(['import', ...FILES, '--store', url], env);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /rows read 106,395; stored 106,395 \(bars 106,395\)/);
    assert.match(r.out, /106,395 bars on 2 shard\(s\) \(\d+ \+ \d+\)/);
    assert.match(
      r.out,
      /warehouse panel derived from stock-panel\/stocks_2016-09-21[^:]*: 106,395 rows, 4692 securities/,
    );
  });

  const runs: [string, string[]][] = [
    [
      'NYSE deciles formed at the 2016-11-08 close, VW',
      ['--breakpoints', 'nyse', '--formation', '2016-11-08', '--from', '2016-11-09'],
    ],
    [
      'all-stock terciles formed monthly, EW, monthly',
      ['--scheme', 'terciles', '--formation', 'monthly', '--weighting', 'equal', '--frequency', 'monthly'],
    ],
  ];
  for (const [name, args] of runs)
    test(`${name}: buckets on the imported warehouse print what the local store prints`, async () => {
      const local = await cli(['buckets', '--db', db, ...args]);
      assert.equal(local.code, 0, local.err);
      const ch = await cli(['buckets', '--store', url, ...args]);
      assert.equal(ch.code, 0, ch.err);
      assert.equal(ch.out, local.out);
      const lj = JSON.parse((await cli(['buckets', '--db', db, ...args, '--json'])).out);
      const cj = JSON.parse((await cli(['buckets', '--store', url, ...args, '--json'])).out);
      assert.deepEqual(cj.dates, lj.dates);
      const rows = lj.returns as (number | null)[][];
      for (let i = 0; i < rows.length; i++)
        for (let k = 0; k < rows[i].length; k++) {
          const x = rows[i][k];
          const y = cj.returns[i][k];
          assert.ok(x === null ? y === null : Math.abs(x - y) <= 1e-9, `${lj.dates[i]} ${lj.labels[k]}`);
        }
    });

  test('a bad cell names file, line and column, and every table on every shard is unchanged', async () => {
    const bad = join(tmp, 'stocks_bad.csv');
    writeFileSync(
      bad,
      'Date,Ticker,Open,High,Low,Close,Volume\n2016-11-07,AAA,,,,10,\n2016-11-08,AAA,,,,11,\n2016-11-09,AAA,,,,12x,\n',
    );
    const before = await checksums();
    const r = await cli(['import', bad, '--store', url, '--replace'], env);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /import failed, nothing written for this file: .*stocks_bad\.csv:4: column "Close": .*"12x"/,
    );
    assert.deepEqual(await checksums(), before);
  });

  test('--reject-bad-rows drops and counts bad rows as the local import does (file line kept for the rest)', async () => {
    const bad = join(tmp, 'stocks_reject.csv');
    writeFileSync(
      bad,
      'Date,Ticker,Open,High,Low,Close,Volume\n2016-11-07,ZZZQ,1,1,1,10,5\n2016-11-08,ZZZQ,1,1,-1,11,5\n2016-11-09,ZZZQ,1,1,1,12x,5\n2016-11-10,ZZZQ,1,1,1,13,5\n',
    );
    const local = await cli(['import', bad, '--reject-bad-rows', '--db', join(tmp, 'reject.duckdb')]);
    const ch = await cli(['import', bad, '--reject-bad-rows', '--store', url], env);
    assert.equal(ch.code, 0, ch.err);
    // "new" differs: the local store also counts the securities row it adds for a new ticker
    const facts = (t: string) =>
      t
        .split('\n')
        .filter((l) => /rows read|rejected|first bad row/.test(l))
        .map((l) => l.replace(/; new [\d,]+$/, ''));
    assert.deepEqual(facts(ch.out), facts(local.out));
    assert.match(
      ch.out,
      /rejected 2: bad row \(--reject-bad-rows\)[^\n]*2\n[\s\S]*first bad row rejected: \S+:3: column "Low": negative price -1/,
    );
  });

  test('a key twice with different values is refused at the later line, and nothing changes', async () => {
    const dup = join(tmp, 'stocks_dup.csv');
    writeFileSync(
      dup,
      'Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,AAA,,,,11,\n2016-11-08,AAA,,,,12,\n',
    );
    const before = await checksums();
    const r = await cli(['import', dup, '--store', url], env);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /stocks_dup\.csv:3: column "Close": duplicate key \(id=AAA, date=2016-11-08\) with a different value than line 2/,
    );
    assert.deepEqual(await checksums(), before);
  });

  test('a second import of the same dataset needs --replace; files the warehouse does not hold are refused by name', async () => {
    const again = await cli(['import', FILES[2], '--store', url], env);
    assert.equal(again.code, 1);
    assert.match(again.err, /is already in the warehouse; pass --replace to replace it/);
    const french = join(tmp, 'F-F_Research_Data_Factors_daily.csv');
    writeFileSync(french, 'Date,Mkt-RF,SMB,HML,RF\n20161108,0.40,0.20,0.10,0.001\n');
    const r = await cli(['import', french, '--store', url], env);
    assert.equal(r.code, 1);
    assert.match(r.err, /a ClickHouse store takes stock-panel and companylist files; this is \w+/);
  });

  test('without the shard list, a two-shard cluster is refused with what to set', async () => {
    const r = await cli(['import', FILES[0], '--store', url], { CAPGAP_CLICKHOUSE_SHARDS: '' });
    assert.notEqual(r.code, 0);
    assert.match(r.err, /has 2 shards: name each shard's HTTP address in \$CAPGAP_CLICKHOUSE_SHARDS/);
  });
});

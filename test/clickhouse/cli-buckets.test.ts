/**
 * `capgap buckets --store clickhouse://…` prints the same thing as the local store on the same panel: the
 * real 2016 fixture (test/fixtures/portfolios, cut from ../shared/data by scripts/cut-portfolio-fixtures.ts)
 * imported into a DuckDB store file, and the panel that store hands the engine (queries/panel.ts) loaded
 * into the two-shard cluster. The reference is the local command's own output, text and JSON.
 * Skips with a message when no cluster answers (see cluster.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadPanel } from '../../src/queries/panel.ts';
import { loadPanel as loadIntoCluster } from '../../src/store/clickhouse/load.ts';
import { createSchema, dropSchema } from '../../src/store/clickhouse/schema.ts';
import { Warehouse } from '../../src/store/clickhouse/warehouse.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';
import { cli } from './cli.ts';
import { findCluster } from './cluster.ts';

const cluster = await findCluster();
if (cluster.skip) console.log(`# SKIP clickhouse CLI tests: ${cluster.skip}`);
const DB = `capgap_cli_${process.pid}`;
const dir = fileURLToPath(new URL('../fixtures/portfolios/', import.meta.url));

describe('capgap buckets --store clickhouse://…', { skip: cluster.skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capgap-ch-cli-'));
  const db = join(tmp, 'store.duckdb');
  const url = `${cluster.initiator}/${DB}`;
  let shards: Warehouse[] = [];
  before(async () => {
    const store = await Store.open(db);
    await loadStockPanelCsv(store, `${dir}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz`);
    await loadCompanylists(
      store,
      [
        { file: `${dir}companylist_NYSE_2016-09-21.csv.gz`, exchange: 'NYSE' },
        { file: `${dir}companylist_NASDAQ_2016-09-21.csv.gz`, exchange: 'NASDAQ' },
      ],
      '2016-09-21',
    );
    const panel = await loadPanel(store);
    store.close();
    shards = cluster.shardUrls.map((u) => Warehouse.open(`${u}/${DB}`));
    await dropSchema(shards, DB);
    await createSchema(shards, DB, 'capgap');
    await loadIntoCluster(shards, panel, { database: DB });
  });
  after(async () => {
    if (shards.length) await dropSchema(shards, DB);
    for (const s of shards) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const runs: [string, string[]][] = [
    [
      'NYSE deciles formed at the 2016-11-08 close, VW',
      [
        '--scheme',
        'deciles',
        '--breakpoints',
        'nyse',
        '--formation',
        '2016-11-08',
        '--from',
        '2016-11-09',
        '--to',
        '2016-11-30',
      ],
    ],
    [
      'all-stock terciles formed monthly, EW, monthly frequency',
      ['--scheme', 'terciles', '--formation', 'monthly', '--weighting', 'equal', '--frequency', 'monthly'],
    ],
  ];
  for (const [name, args] of runs) {
    test(`${name}: the same text and JSON as the local store`, async () => {
      const local = await cli(['buckets', '--db', db, ...args]);
      assert.equal(local.code, 0, local.err);
      const ch = await cli(['buckets', '--store', url, ...args]);
      assert.equal(ch.code, 0, ch.err);
      assert.equal(ch.out, local.out);
      const lj = JSON.parse((await cli(['buckets', '--db', db, ...args, '--json'])).out);
      const cj = JSON.parse((await cli(['buckets', '--store', url, ...args, '--json'])).out);
      assert.deepEqual(cj.dates, lj.dates);
      assert.deepEqual(cj.labels, lj.labels);
      assert.deepEqual(cj.conventions, lj.conventions);
      const rows = lj.returns as (number | null)[][];
      for (let i = 0; i < rows.length; i++)
        for (let k = 0; k < rows[i].length; k++) {
          const x = rows[i][k];
          const y = cj.returns[i][k];
          assert.ok(x === null ? y === null : Math.abs(x - y) <= 1e-9, `${lj.dates[i]} ${lj.labels[k]}`);
        }
      assert.deepEqual(
        cj.formations.map((f: { breakpoints: number[]; counts: number[] }) => [f.breakpoints, f.counts]),
        lj.formations.map((f: { breakpoints: number[]; counts: number[] }) => [f.breakpoints, f.counts]),
      );
    });
  }

  test('$CAPGAP_STORE selects the warehouse when --store is not given', async () => {
    const local = await cli(['buckets', '--db', db, '--formation', '2016-11-08', '--from', '2016-11-09']);
    const ch = await cli(['buckets', '--formation', '2016-11-08', '--from', '2016-11-09'], {
      CAPGAP_STORE: url,
    });
    assert.equal(ch.code, 0, ch.err);
    assert.equal(ch.out, local.out);
  });

  test('a --store that is not clickhouse:// and options that need the local store are refused by name', async () => {
    const bad = await cli(['buckets', '--store', 'postgres://x/y']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /invalid --store: "postgres:\/\/x\/y"/);
    const q = await cli(['buckets', '--store', url, '--formation', '2016-11-08', '--quality']);
    assert.equal(q.code, 2);
    assert.match(q.err, /--quality needs the local store/);
    const pw = await cli(['buckets', '--store', 'clickhouse://u:secret@127.0.0.1:1/x']);
    assert.equal(pw.code, 2);
    assert.doesNotMatch(pw.err, /secret/);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { DownloadCache } from '../../src/connectors/cache.ts';
import { fetchFrench } from '../../src/connectors/connect-french.ts';
import { Store } from '../../src/store/store.ts';
import { closedPortUrl, type ReplayServer, startReplayServer } from '../helpers/replay-server.ts';

const fx = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/connectors/${name}`, import.meta.url)));

let srv: ReplayServer;
let dir: string;
let db: string;
const ENV = [
  'CAPGAP_FRENCH_URL',
  'CAPGAP_STOOQ_URL',
  'CAPGAP_SEC_URL',
  'CAPGAP_ISHARES_URL',
  'CAPGAP_SEC_USER_AGENT',
  'CAPGAP_CONFIG',
  'CAPGAP_CACHE',
];
const saved: Record<string, string | undefined> = {};

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, '--db', db, '--cache-dir', join(dir, 'cache')], {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    isTTY: false,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

before(async () => {
  srv = await startReplayServer({
    '/Portfolios_Formed_on_ME_CSV.zip': { body: fx('Portfolios_Formed_on_ME_CSV.zip') },
    '/q/d/l/?s=iwm.us&i=d': { body: fx('stooq-iwm.us.csv') },
    '/q/d/l/?s=spy.us&i=d': { body: fx('stooq-spy.us.csv'), truncateAt: 100 },
    '/files/company_tickers.json': { body: fx('sec-company_tickers.sample.json') },
    '/api/xbrl/companyfacts/CIK0009999901.json': { body: fx('sec-companyfacts-CIK0009999901.sample.json') },
    '/us/products/100000/format-sample/1521942788811.ajax': { body: fx('ishares-fund-SMPL.sample.xml') },
  });
  for (const k of ENV) saved[k] = process.env[k];
  process.env.CAPGAP_FRENCH_URL = srv.baseUrl;
  process.env.CAPGAP_STOOQ_URL = srv.baseUrl;
  process.env.CAPGAP_SEC_URL = srv.baseUrl;
  delete process.env.CAPGAP_SEC_USER_AGENT;
  delete process.env.CAPGAP_CONFIG;
  delete process.env.CAPGAP_ISHARES_URL; // the config file's urls.ishares is tested below
  delete process.env.CAPGAP_CACHE;
  dir = mkdtempSync(join(tmpdir(), 'capgap-fetch-cli-'));
  db = join(dir, 'store.duckdb');
  // a store that already holds a dataset, so the CLI does not fill it with the embedded data first
  const store = await Store.open(db);
  await fetchFrench(store, { cache: new DownloadCache(join(dir, 'cache')) }, ['Portfolios_Formed_on_ME'], {
    baseUrl: srv.baseUrl,
  });
  store.close();
});
after(async () => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('capgap fetch (CLI, in-process, replay server on 127.0.0.1)', () => {
  it('fetch french --json reports the dataset, its vintage and that the copy came from the cache', async () => {
    const r = await cli('fetch', 'french', '--dataset', 'Portfolios_Formed_on_ME', '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.items[0].result.dataset, 'french/Portfolios_Formed_on_ME');
    assert.equal(j.items[0].result.vintage, 'CRSP 202602'); // from the file header
    assert.equal(j.items[0].result.fromCache, true);
  });
  it('fetch french with no --dataset asks for the size portfolios and FF3 factors, monthly and daily', async () => {
    // --cache cached: no network; only the monthly size file is in the cache, so the other three fail
    const r = await cli('fetch', 'french', '--cache', 'cached', '--json');
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out);
    assert.deepEqual(
      j.items.map((i: { key: string; status: string }) => `${i.key}:${i.status}`),
      [
        'Portfolios_Formed_on_ME:done',
        'Portfolios_Formed_on_ME_Daily:failed',
        'F-F_Research_Data_Factors:failed',
        'F-F_Research_Data_Factors_daily:failed',
      ],
    );
    assert.match(j.items[1].error, /no cached copy of french\/Portfolios_Formed_on_ME_Daily_CSV\.zip/);
  });
  it('fetch prices --source stooq stores the bars and says where the raw file is kept', async () => {
    const r = await cli('fetch', 'prices', 'IWM', '--source', 'stooq');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^IWM +stooq\/IWM: 22 rows; downloaded \d{4}-/m); // 2016-10-31 + 21 November sessions
    assert.match(r.out, /raw downloads kept in .*cache/);
  });
  it('fetch cache lists the raw downloads with the date each was fetched', async () => {
    const r = await cli('fetch', 'cache', '--json');
    assert.equal(r.code, 0, r.err);
    const e = JSON.parse(r.out).entries.map((x: { source: string; key: string; fetchedAt: string }) => [
      x.source,
      x.key,
      x.fetchedAt.length,
    ]);
    assert.deepEqual(e, [
      ['french', 'Portfolios_Formed_on_ME_CSV.zip', 24],
      ['stooq', 'iwm.us.csv', 24],
    ]);
  });
  it('a cut body fails its ticker with exit code 1 and a hint to rerun', async () => {
    const r = await cli('fetch', 'prices', 'SPY', '--source', 'stooq', '--retries', '0');
    assert.equal(r.code, 1);
    assert.match(r.out, /SPY +FAILED +truncated body/);
    assert.match(r.err, /1 of 1 failed \(SPY\); run the same command again to retry them/);
  });
  it('fetch shares without CAPGAP_SEC_USER_AGENT is a usage error (exit 2)', async () => {
    const r = await cli('fetch', 'shares', 'SMPL', '--source', 'sec');
    assert.equal(r.code, 2);
    assert.match(r.err, /the SEC requires a User-Agent .* CAPGAP_SEC_USER_AGENT/);
  });
  it('reads the SEC User-Agent and iShares products from config.yaml beside the store', async () => {
    writeFileSync(
      join(dir, 'config.yaml'),
      'connectors:\n  sec_user_agent: "capgap tests tests@example.com"\n  ishares_products:\n    smpl: 100000/format-sample\n' +
        `  urls:\n    ishares: ${srv.baseUrl}\n`,
    );
    try {
      const r = await cli('fetch', 'shares', 'SMPL', '--source', 'sec');
      assert.equal(r.code, 0, r.err);
      assert.equal(srv.requests.at(-1)?.headers['user-agent'], 'capgap tests tests@example.com');
      assert.match(r.out, /sec-dei\/SMPL: dei:EntityCommonStockSharesOutstanding, 2 dates, 1 superseded/);
      const e = await cli('fetch', 'etf-shares', 'SMPL', '--source', 'ishares');
      assert.equal(e.code, 0, e.err);
      assert.match(e.out, /^SMPL +ishares\/SMPL: 3 rows/m); // the format sample's three days
      writeFileSync(join(dir, 'config.yaml'), 'connectors:\n  sec_useragent: x\n');
      const bad = await cli('fetch', 'shares', 'SMPL', '--source', 'sec');
      assert.equal(bad.code, 2);
      assert.match(
        bad.err,
        /config\.yaml: unknown key connectors\.sec_useragent; expected one of sec_user_agent/,
      );
    } finally {
      rmSync(join(dir, 'config.yaml'), { force: true });
    }
  });
  it('misuse names the bad value: source, cache mode, missing tickers', async () => {
    assert.match(
      (await cli('fetch', 'prices', 'IWM', '--source', 'bloomberg')).err,
      /invalid --source: "bloomberg"; expected stooq or yahoo/,
    );
    assert.match(
      (await cli('fetch', 'prices', 'IWM', '--source', 'stooq', '--cache', 'sometimes')).err,
      /invalid --cache: "sometimes"/,
    );
    const none = await cli('fetch', 'prices', '--source', 'stooq');
    assert.equal(none.code, 2);
    assert.match(none.err, /no tickers given/);
  });
  it('offline, it says "no network: import a file with capgap import" and exits 1', async () => {
    process.env.CAPGAP_STOOQ_URL = await closedPortUrl();
    try {
      const r = await cli('fetch', 'prices', 'QQQ', '--source', 'stooq', '--retries', '0');
      assert.equal(r.code, 1);
      assert.match(
        r.err,
        /^capgap: no network: import a file with capgap import \(could not reach 127\.0\.0\.1:\d+: ECONNREFUSED\)/m,
      );
    } finally {
      process.env.CAPGAP_STOOQ_URL = srv.baseUrl;
    }
  });
});

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { RateLimiter } from '../../src/connectors/backoff.ts';
import { batchStatePath } from '../../src/connectors/batch.ts';
import { DownloadCache } from '../../src/connectors/cache.ts';
import { fetchFrench } from '../../src/connectors/connect-french.ts';
import { fetchPrices } from '../../src/connectors/connect-prices.ts';
import { fetchIsharesShares, fetchSecShares, SEC_INTERVAL_MS } from '../../src/connectors/connect-shares.ts';
import { OfflineError } from '../../src/connectors/errors.ts';
import type { FetchContext } from '../../src/connectors/fetch-cached.ts';
import { unzipFrench } from '../../src/connectors/french.ts';
import { Store } from '../../src/store/store.ts';
import {
  closedPortUrl,
  type ReplayResponse,
  type ReplayServer,
  startReplayServer,
} from '../helpers/replay-server.ts';

const fx = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/connectors/${name}`, import.meta.url)));
const str = (name: string) => new TextDecoder().decode(fx(name));

let srv: ReplayServer;
let dir: string;
let store: Store;
const waits: number[] = [];
const routes: Record<string, ReplayResponse | ReplayResponse[]> = {
  '/Portfolios_Formed_on_ME_CSV.zip': {
    body: fx('Portfolios_Formed_on_ME_CSV.zip'),
    headers: { 'last-modified': 'Fri, 06 Mar 2026 18:00:00 GMT' },
  },
  '/F-F_Research_Data_Factors_daily_CSV.zip': { body: fx('F-F_Research_Data_Factors_daily_CSV.zip') },
  '/q/d/l/?s=iwm.us&i=d': [{ status: 500, body: 'busy' }, { body: fx('stooq-iwm.us.csv') }],
  '/q/d/l/?s=spy.us&i=d': [
    { status: 429, headers: { 'retry-after': '2' } },
    { body: fx('stooq-spy.us.csv') },
  ],
  '/v8/finance/chart/IWM': { body: fx('yahoo-chart-IWM.json') },
  '/files/company_tickers.json': { body: fx('sec-company_tickers.sample.json') },
  '/api/xbrl/companyfacts/CIK0009999901.json': { body: fx('sec-companyfacts-CIK0009999901.sample.json') },
  '/us/products/100000/format-sample/1521942788811.ajax': { body: fx('ishares-fund-SMPL.sample.xml') },
};

function ctx(extra: Partial<FetchContext> = {}): FetchContext {
  return {
    cache: new DownloadCache(join(dir, 'cache')),
    http: { sleep: async (ms) => void waits.push(ms), random: () => 0.5, timeoutMs: 15_000, retries: 2 },
    ...extra,
  };
}
const one = async (sql: string, params: (string | number)[] = []) => (await store.all(sql, params))[0];

before(async () => {
  srv = await startReplayServer(routes);
  dir = mkdtempSync(join(tmpdir(), 'capgap-connectors-'));
  store = await Store.open(':memory:');
});
after(async () => {
  store.close();
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fetch french (real French files served on 127.0.0.1)', () => {
  it('stores the size portfolios with the vintage from the header and the download recorded', async () => {
    const out = await fetchFrench(store, ctx(), ['Portfolios_Formed_on_ME'], { baseUrl: srv.baseUrl });
    assert.equal(out[0].status, 'done');
    const q = `SELECT value FROM portfolio_series WHERE dataset = 'french/Portfolios_Formed_on_ME' AND vintage = 'CRSP 202602'
               AND frequency = 'monthly' AND weighting = $1 AND measure = $2 AND portfolio = $3 AND date = DATE '2016-11-30'`;
    // PROVENANCE spot checks for Nov 2016 (French, 202602): VW Lo 10 9.75%, Hi 10 3.42%; EW Lo 10 6.98%; 1,303 firms in Lo 10
    assert.equal((await one(q, ['value', 'return', 'Lo 10'])).value, 0.0975);
    assert.equal((await one(q, ['value', 'return', 'Hi 10'])).value, 0.0342);
    assert.equal((await one(q, ['equal', 'return', 'Lo 10'])).value, 0.0698);
    assert.equal((await one(q, ['none', 'firms', 'Lo 10'])).value, 1303);
    const ds = await one(
      `SELECT vintage, source, citation FROM datasets WHERE name = 'french/Portfolios_Formed_on_ME [monthly, CRSP 202602]'`,
    );
    assert.equal(ds.vintage, 'CRSP 202602');
    assert.match(
      String(ds.source),
      /^http:\/\/127\.0\.0\.1:\d+\/Portfolios_Formed_on_ME_CSV\.zip fetched \d{4}-\d\d-\d\dT/,
    );
    const meta = JSON.parse(
      readFileSync(join(dir, 'cache/french/Portfolios_Formed_on_ME_CSV.zip.meta.json'), 'utf8'),
    );
    assert.equal(meta.lastModified, 'Fri, 06 Mar 2026 18:00:00 GMT');
    assert.equal(meta.bytes, fx('Portfolios_Formed_on_ME_CSV.zip').byteLength);
  });
  it('reuses the cached copy on a second run instead of downloading again', async () => {
    const before = srv.requests.length;
    const out = await fetchFrench(store, ctx(), ['Portfolios_Formed_on_ME'], { baseUrl: srv.baseUrl });
    assert.equal(srv.requests.length, before);
    assert.equal(out[0].status === 'done' && out[0].result.fromCache, true);
  });
  it('revalidates a stale copy with If-Modified-Since and keeps it on 304 Not Modified', async () => {
    const saved = routes['/Portfolios_Formed_on_ME_CSV.zip'];
    routes['/Portfolios_Formed_on_ME_CSV.zip'] = { status: 304 };
    try {
      const out = await fetchFrench(store, ctx({ maxAgeMs: 0 }), ['Portfolios_Formed_on_ME'], {
        baseUrl: srv.baseUrl,
      });
      assert.equal(srv.requests.at(-1)?.headers['if-modified-since'], 'Fri, 06 Mar 2026 18:00:00 GMT');
      assert.equal(out[0].status === 'done' && out[0].result.fromCache, true);
      assert.equal(out[0].status === 'done' && out[0].result.vintage, 'CRSP 202602');
      const meta = JSON.parse(
        readFileSync(join(dir, 'cache/french/Portfolios_Formed_on_ME_CSV.zip.meta.json'), 'utf8'),
      );
      assert.equal(meta.bytes, fx('Portfolios_Formed_on_ME_CSV.zip').byteLength); // the body was kept
    } finally {
      routes['/Portfolios_Formed_on_ME_CSV.zip'] = saved;
    }
  });
  it('stores daily factors (French 202604): 2016-11-09 Mkt-RF 1.45, SMB 1.88, HML 1.07 percent', async () => {
    await fetchFrench(store, ctx(), ['F-F_Research_Data_Factors_daily'], { baseUrl: srv.baseUrl });
    const rows = await store.all(
      `SELECT factor, value FROM factors WHERE dataset = 'french/F-F_Research_Data_Factors' AND vintage = 'CRSP 202604'
       AND date = DATE '2016-11-09' ORDER BY factor`,
    );
    const v = Object.fromEntries(rows.map((r) => [r.factor, Math.round(Number(r.value) * 1e10) / 1e10]));
    assert.deepEqual([v['Mkt-RF'], v.SMB, v.HML], [0.0145, 0.0188, 0.0107]);
  });
});

describe('fetch french: a changed file', () => {
  it("fails the item with the importer's error when the header no longer names the CRSP vintage", async () => {
    const { member, text } = unzipFrench(fx('Portfolios_Formed_on_ME_CSV.zip'), 'fixture');
    const changed = text.replace(
      'This file was created using the 202602 CRSP database.',
      'This file was created.',
    );
    routes['/Portfolios_Formed_on_ME_Daily_CSV.zip'] = { body: zipSync({ [member]: strToU8(changed) }) };
    const counts = await store.counts();
    const out = await fetchFrench(store, ctx(), ['Portfolios_Formed_on_ME_Daily'], { baseUrl: srv.baseUrl });
    assert.equal(out[0].status, 'failed');
    assert.match(
      out[0].status === 'failed' ? out[0].error : '',
      /Portfolios_Formed_on_ME\.CSV.*no vintage in the file header/,
    );
    assert.deepEqual(await store.counts(), counts);
  });
});

describe('fetch prices (real Stooq and Yahoo bodies)', () => {
  it('retries a 500 and waits out a 429, then stores Stooq bars as adjusted closes', async () => {
    waits.length = 0;
    const out = await fetchPrices(store, ctx(), ['IWM', 'SPY'], { source: 'stooq', baseUrl: srv.baseUrl });
    assert.deepEqual(
      out.map((o) => o.status),
      ['done', 'done'],
    );
    // 500 → backoff at random=0.5: 0.75 · 500 = 375 ms; 429 → Retry-After: 2 s; the 1 s host spacing may add waits
    assert.ok(waits.includes(375) && waits.includes(2000), `waits ${waits}`);
    // iwm.us.txt (Kaggle/Stooq): 2016-10-31 close 116.88, 2016-11-30 close 129.81 → +11.06%, PROVENANCE's IWM Nov 2016
    const r = await one(
      `SELECT max(adj_close) FILTER (date = DATE '2016-11-30') / max(adj_close) FILTER (date = DATE '2016-10-31') - 1 AS ret,
              count(*) FILTER (close IS NOT NULL) AS raw FROM bars WHERE source = 'stooq/IWM'`,
    );
    assert.equal(Math.round(Number(r.ret) * 10_000) / 100, 11.06);
    assert.equal(Number(r.raw), 0); // Stooq prices are adjusted: close left NULL
    const req = srv.requests.find((q) => q.url === '/q/d/l/?s=iwm.us&i=d');
    assert.match(String(req?.headers['user-agent']), /^capgap\/0\.1\.0/);
  });
  it('stores Yahoo chart bars with both closes (xjcarter IWM.csv, 2016-11-08: 118.88 / 111.02901)', async () => {
    await fetchPrices(store, ctx(), ['IWM'], { source: 'yahoo', baseUrl: srv.baseUrl });
    const r = await one(
      `SELECT close, adj_close FROM bars WHERE source = 'yahoo/IWM' AND date = DATE '2016-11-08'`,
    );
    assert.deepEqual([r.close, r.adj_close], [118.88, 111.02901]);
    const req = srv.requests.find((q) => q.url.startsWith('/v8/finance/chart/IWM?'));
    assert.match(String(req?.headers['user-agent']), /^Mozilla\/5\.0 \(compatible; capgap/);
    const ds = await one(`SELECT vintage, file FROM datasets WHERE name = 'yahoo/IWM'`);
    assert.match(String(ds.vintage), /^through 2016-12-30, fetched \d{4}-\d\d-\d\d$/); // last 2016 session
    assert.equal(ds.file, 'IWM.json (as Yahoo CSV)');
    // the chart's dividend event (IWM ex 2016-12-22, 0.5630 per Alpha Vantage) lands on its ex-date; none elsewhere
    const ev = await store.all(
      `SELECT strftime(date, '%Y-%m-%d') AS d, dividend, split_factor AS s FROM bars WHERE source = 'yahoo/IWM' AND dividend <> 0`,
    );
    assert.deepEqual(ev, [{ d: '2016-12-22', dividend: 0.563, s: 1 }]);
  });
  it('fails a changed format with a clear error and leaves the store as it was', async () => {
    routes['/q/d/l/?s=vb.us&i=d'] = { body: str('stooq-iwm.us.csv').replace('Date,Open', 'Datum,Otwarcie') };
    const counts = await store.counts();
    const out = await fetchPrices(store, ctx(), ['VB'], { source: 'stooq', baseUrl: srv.baseUrl });
    assert.equal(out[0].status, 'failed');
    assert.match(
      out[0].status === 'failed' ? out[0].error : '',
      /unexpected columns "Datum,Otwarcie.*has the format changed/,
    );
    assert.deepEqual(await store.counts(), counts);
    // the bad body is moved aside, never reused from the cache
    assert.equal(existsSync(join(dir, 'cache/stooq/vb.us.csv')), false);
    assert.equal(existsSync(join(dir, 'cache/stooq/vb.us.csv.rejected')), true);
    assert.match(
      out[0].status === 'failed' ? out[0].error : '',
      /the body is kept in .*vb\.us\.csv\.rejected/,
    );
  });
  it('records a truncated download as failed, and a rerun resumes: done items are skipped', async () => {
    routes['/q/d/l/?s=ijr.us&i=d'] = { body: fx('stooq-iwm.us.csv') };
    routes['/q/d/l/?s=iwn.us&i=d'] = { body: fx('stooq-spy.us.csv'), truncateAt: 300 };
    const c = ctx({ http: { sleep: async () => {}, random: () => 0.5, retries: 1 } });
    const first = await fetchPrices(store, c, ['IJR', 'IWN'], { source: 'stooq', baseUrl: srv.baseUrl });
    assert.deepEqual(
      first.map((o) => o.status),
      ['done', 'failed'],
    );
    assert.match(first[1].status === 'failed' ? first[1].error : '', /truncated body/);
    const state = batchStatePath(
      { stateDir: join(dir, 'cache/batches'), name: 'fetch-prices-stooq', scope: ':memory:' },
      ['IJR', 'IWN'],
    );
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(state, 'utf8')).done), ['IJR']);
    routes['/q/d/l/?s=iwn.us&i=d'] = { body: fx('stooq-spy.us.csv') };
    const second = await fetchPrices(store, c, ['IJR', 'IWN'], { source: 'stooq', baseUrl: srv.baseUrl });
    assert.deepEqual(
      second.map((o) => o.status),
      ['resumed', 'done'],
    );
    assert.equal(existsSync(state), false); // removed once every item is done
  });
  it('stops the batch with "no network: import a file with capgap import" when the host is unreachable', async () => {
    const base = await closedPortUrl();
    const c = ctx({ mode: 'refresh' }); // IWM is cached from above: 'refresh' goes to the network anyway
    await assert.rejects(
      fetchPrices(store, c, ['IWM', 'SPY'], { source: 'stooq', baseUrl: base }),
      (e: Error) => {
        assert.ok(e instanceof OfflineError);
        assert.match(
          e.message,
          /^no network: import a file with capgap import \(could not reach 127\.0\.0\.1:\d+: ECONNREFUSED\)/,
        );
        assert.match(e.message, /a copy fetched \d{4}-.* is cached: rerun with --cache cached to use it/);
        return true;
      },
    );
  });
});

describe('fetch shares and etf-shares (format samples, not market data)', () => {
  it('refuses to call the SEC without a User-Agent', async () => {
    const before = srv.requests.length;
    const saved = process.env.CAPGAP_SEC_USER_AGENT;
    delete process.env.CAPGAP_SEC_USER_AGENT;
    try {
      await assert.rejects(
        fetchSecShares(store, ctx(), ['SMPL'], { wwwUrl: srv.baseUrl, dataUrl: srv.baseUrl }),
        /CAPGAP_SEC_USER_AGENT/,
      );
    } finally {
      if (saved !== undefined) process.env.CAPGAP_SEC_USER_AGENT = saved;
    }
    assert.equal(srv.requests.length, before);
  });
  it('stores SEC share counts per concept, sending the User-Agent, 125 ms apart', async () => {
    const ua = 'capgap tests tests@example.com';
    // a limiter on a frozen clock: the second request (company facts after the ticker map) waits a full slot
    const spaced: number[] = [];
    const lim = new RateLimiter({
      minIntervalMs: SEC_INTERVAL_MS,
      now: () => 0,
      sleep: async (ms) => void spaced.push(ms),
    });
    const limiters = new Map([[new URL(srv.baseUrl).host, lim]]);
    const out = await fetchSecShares(store, ctx({ limiters }), ['SMPL'], {
      userAgent: ua,
      wwwUrl: srv.baseUrl,
      dataUrl: srv.baseUrl,
    });
    assert.deepEqual(spaced, [125]); // SEC fair access: at most 10 requests per second; we keep 125 ms
    assert.equal(out[0].status, 'done');
    assert.equal(srv.requests.at(-1)?.headers['user-agent'], ua);
    const r = await one(
      `SELECT shares_outstanding AS so FROM market_caps WHERE source = 'sec-dei/SMPL' AND date = DATE '2017-01-20'`,
    );
    assert.equal(r.so, 1200000); // the 10-K/A's value in the sample, which supersedes the 10-K's
    assert.equal(
      Number((await one(`SELECT count(*) AS n FROM market_caps WHERE source = 'sec-gaap/SMPL'`)).n),
      2,
    );
    await assert.rejects(
      fetchSecShares(store, ctx(), ['IWM'], { userAgent: ua, wwwUrl: srv.baseUrl, dataUrl: srv.baseUrl }),
      /not in the SEC's ticker list: IWM/,
    );
  });
  it('stores iShares daily shares outstanding and NAV, missing cells as NULL', async () => {
    const products = { SMPL: '100000/format-sample' };
    await fetchIsharesShares(store, ctx(), ['SMPL'], { products, baseUrl: srv.baseUrl });
    const rows = await store.all(
      `SELECT date, nav, shares_outstanding AS so FROM etf_flows WHERE source = 'ishares/SMPL' ORDER BY date`,
    );
    assert.deepEqual(
      rows.map((r) => [r.date, r.nav, r.so]),
      [
        ['2016-11-08', 100, null],
        ['2016-11-09', 101, 1000000],
        ['2016-11-10', 102.5, 1050000],
      ],
    );
  });
  it('cache mode "cached" never downloads and names what is missing', async () => {
    const before = srv.requests.length;
    const out = await fetchIsharesShares(store, ctx({ mode: 'cached' }), ['IWM'], { baseUrl: srv.baseUrl });
    assert.match(out[0].status === 'failed' ? out[0].error : '', /no cached copy of ishares\/IWM_fund\.xml/);
    assert.equal(srv.requests.length, before);
    assert.ok(existsSync(join(dir, 'cache/ishares/SMPL_fund.xml.meta.json')));
  });
});

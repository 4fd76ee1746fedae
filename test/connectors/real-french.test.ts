// Full-size checks: the WHOLE real French monthly size and 49-industry files (../shared/data), zipped as the
// library serves them, fetched through the replay server and stored. Skips in a clone without ../shared/data.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { DownloadCache } from '../../src/connectors/cache.ts';
import { fetchFrench } from '../../src/connectors/connect-french.ts';
import { Store } from '../../src/store/store.ts';
import { type ReplayServer, startReplayServer } from '../helpers/replay-server.ts';

const SHARED = new URL('../../../shared/data/kenfrench_data_library/', import.meta.url);
const FILE = new URL('Portfolios_Formed_on_ME_monthly_vintage202602.CSV', SHARED);
const IND = new URL('49_Industry_Portfolios_monthly_vintage202602.CSV', SHARED);
const skip = existsSync(FILE) ? false : 'needs ../shared/data (the shared real data); absent in this clone';

describe('fetch french on the whole real Portfolios_Formed_on_ME file (202602)', { skip }, () => {
  let srv: ReplayServer;
  let store: Store;
  let dir: string;
  before(async () => {
    const zip = zipSync({ 'Portfolios_Formed_on_ME.CSV': new Uint8Array(readFileSync(FILE)) });
    const ind = zipSync({ '49_Industry_Portfolios.CSV': new Uint8Array(readFileSync(IND)) });
    srv = await startReplayServer({
      '/Portfolios_Formed_on_ME_CSV.zip': { body: zip },
      '/49_Industry_Portfolios_CSV.zip': { body: ind },
    });
    store = await Store.open(':memory:');
    dir = mkdtempSync(join(tmpdir(), 'capgap-real-french-'));
  });
  after(async () => {
    store.close();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every month 1926-07..2026-02 and matches the PROVENANCE spot checks', async () => {
    const out = await fetchFrench(store, { cache: new DownloadCache(dir) }, ['Portfolios_Formed_on_ME'], {
      baseUrl: srv.baseUrl,
    });
    assert.equal(out[0].status, 'done');
    // percent ÷ 100 in binary floating point: compare at 1e-10
    const q = async (w: string, m: string, p: string, d: string) => {
      const r = await store.one<{ value: number }>(
        `SELECT value FROM portfolio_series WHERE dataset = 'french/Portfolios_Formed_on_ME' AND vintage = 'CRSP 202602'
         AND frequency = 'monthly' AND weighting = $1 AND measure = $2 AND portfolio = $3 AND date = CAST($4 AS DATE)`,
        [w, m, p, d],
      );
      return r && { value: Math.round(r.value * 1e10) / 1e10 };
    };
    // PROVENANCE.md: 1,196 monthly rows per section (1926-07..2026-02)
    const n = await store.one<{ n: number }>(
      `SELECT count(DISTINCT date)::DOUBLE AS n FROM portfolio_series WHERE frequency = 'monthly' AND weighting = 'value'`,
    );
    assert.equal(n?.n, 1196);
    // PROVENANCE.md spot checks: Nov 2016 VW Lo 10 9.75, Hi 10 3.42, Lo 30 12.08, Hi 30 3.97; EW Lo 10 6.98;
    // 1,303 firms in Lo 10 and 165 in Hi 10; Nov 2024 VW Lo 10 10.95, Hi 10 5.99
    assert.equal((await q('value', 'return', 'Lo 10', '2016-11-30'))?.value, 0.0975);
    assert.equal((await q('value', 'return', 'Hi 10', '2016-11-30'))?.value, 0.0342);
    assert.equal((await q('value', 'return', 'Lo 30', '2016-11-30'))?.value, 0.1208);
    assert.equal((await q('value', 'return', 'Hi 30', '2016-11-30'))?.value, 0.0397);
    assert.equal((await q('equal', 'return', 'Lo 10', '2016-11-30'))?.value, 0.0698);
    assert.equal((await q('none', 'firms', 'Lo 10', '2016-11-30'))?.value, 1303);
    assert.equal((await q('none', 'firms', 'Hi 10', '2016-11-30'))?.value, 165);
    assert.equal((await q('value', 'return', 'Lo 10', '2024-11-30'))?.value, 0.1095);
    assert.equal((await q('value', 'return', 'Hi 10', '2024-11-30'))?.value, 0.0599);
  });

  it('stores the 49 industry portfolios (a wide multi-section file) with their trimmed names', async () => {
    const out = await fetchFrench(store, { cache: new DownloadCache(dir) }, ['49_Industry_Portfolios'], {
      baseUrl: srv.baseUrl,
    });
    assert.equal(out[0].status, 'done');
    const rows = await store.all<{ portfolio: string; value: number }>(
      `SELECT portfolio, value FROM portfolio_series WHERE dataset = 'french/49_Industry_Portfolios' AND vintage = 'CRSP 202602'
       AND frequency = 'monthly' AND weighting = 'value' AND measure = 'return' AND date = DATE '2016-11-30' ORDER BY portfolio`,
    );
    assert.equal(rows.length, 49);
    const v = Object.fromEntries(rows.map((r) => [r.portfolio, Math.round(r.value * 1e10) / 1e10]));
    // read off the file's Nov 2016 value-weighted row (line 1097): Steel 21.66, Gold -11.32, Banks 13.82
    assert.deepEqual([v.Steel, v.Gold, v.Banks], [0.2166, -0.1132, 0.1382]);
  });
});

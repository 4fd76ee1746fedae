import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { backoffDelay, parseRetryAfter, RateLimiter } from '../../src/connectors/backoff.ts';
import { type ConnectorError, OfflineError } from '../../src/connectors/errors.ts';
import { download, type HttpOptions } from '../../src/connectors/http.ts';
import { closedPortUrl, type ReplayServer, startReplayServer } from '../helpers/replay-server.ts';

// A recorded body: the first lines of the real Stooq/Kaggle file iwm.us.txt around the 2016 election
// (../shared/data/prices/kaggle_huge_stock_market_dataset_etfs/iwm.us.txt), OpenInt dropped as Stooq's download does.
const BODY = 'Date,Open,High,Low,Close,Volume\n2016-11-08,116.68,117.83,116.11,117.26,26517023\n';

/** Options that never really wait: sleeps are recorded, jitter fixed at the middle. */
function fast(extra: Partial<HttpOptions> = {}): HttpOptions & { waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms), random: () => 0.5, timeoutMs: 15_000, ...extra };
}

describe('backoff and Retry-After', () => {
  it('backoffDelay doubles the step and jitters within its upper half (equal jitter)', () => {
    const o = { baseDelayMs: 500, maxDelayMs: 30_000 };
    // step 500·2^a: a=0 → 500, wait in [250, 500]; a=3 → 4000, wait in [2000, 4000]
    assert.equal(backoffDelay(0, { ...o, random: () => 0 }), 250);
    assert.equal(backoffDelay(0, { ...o, random: () => 1 }), 500);
    assert.equal(backoffDelay(3, { ...o, random: () => 0.5 }), 3000);
    // capped: 500·2^10 = 512000 > 30000 → step 30000, wait in [15000, 30000]
    assert.equal(backoffDelay(10, { ...o, random: () => 0 }), 15_000);
  });
  it('parseRetryAfter reads delta-seconds and HTTP-dates (RFC 9110 §10.2.3)', () => {
    assert.equal(parseRetryAfter('7'), 7000);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
  });
  it('RateLimiter spaces calls minIntervalMs apart on its clock', async () => {
    let t = 1000;
    const waits: number[] = [];
    const lim = new RateLimiter({
      minIntervalMs: 100,
      now: () => t,
      sleep: async (ms) => void waits.push(ms),
    });
    await lim.take(); // at 1000, no wait
    await lim.take(); // booked 1100: wait 100
    t = 1150;
    await lim.take(); // booked 1200: wait 50
    t = 2000;
    await lim.take(); // free again
    assert.deepEqual(waits, [100, 50]);
    assert.throws(() => new RateLimiter({ minIntervalMs: -1 }), /invalid minIntervalMs: -1/);
  });
});

describe('download against the replay server on 127.0.0.1', () => {
  let srv: ReplayServer;
  before(async () => {
    srv = await startReplayServer({
      '/ok': { body: BODY, headers: { 'content-type': 'text/csv' } },
      '/flaky': [{ status: 500, body: 'oops' }, { status: 500 }, { body: BODY }],
      '/limited': [{ status: 429, headers: { 'retry-after': '3' } }, { body: BODY }],
      '/limited-long': { status: 429, headers: { 'retry-after': '3600' } },
      '/always500': { status: 500, body: 'down' },
      '/missing': { status: 404, body: 'not here' },
      '/cut': [{ body: BODY, truncateAt: 20 }, { body: BODY }],
      '/cut-always': { body: BODY, truncateAt: 20 },
      '/slow': { body: BODY, delayMs: 5000 },
    });
  });
  after(() => srv.close());

  it('returns the body and headers of a 200 in one attempt, sending our headers', async () => {
    const r = await download(`${srv.baseUrl}/ok`, fast({ headers: { 'user-agent': 'capgap-test a@b.c' } }));
    assert.equal(new TextDecoder().decode(r.body), BODY);
    assert.equal(r.attempts, 1);
    assert.equal(r.headers['content-type'], 'text/csv');
    assert.equal(srv.requests.at(-1)?.headers['user-agent'], 'capgap-test a@b.c');
  });
  it('retries 500 twice with growing backoff, then succeeds', async () => {
    const o = fast();
    const r = await download(`${srv.baseUrl}/flaky`, o);
    assert.equal(r.attempts, 3);
    // equal jitter at random=0.5: attempt 0 → 0.75·500 = 375; attempt 1 → 0.75·1000 = 750
    assert.deepEqual(o.waits, [375, 750]);
  });
  it('waits what Retry-After says on 429, then succeeds', async () => {
    const o = fast();
    const r = await download(`${srv.baseUrl}/limited`, o);
    assert.equal(r.attempts, 2);
    assert.deepEqual(o.waits, [3000]);
  });
  it('refuses a Retry-After longer than allowed with a rate-limit error', async () => {
    await assert.rejects(download(`${srv.baseUrl}/limited-long`, fast()), (e: ConnectorError) => {
      assert.equal(e.failure, 'rate-limit');
      assert.match(e.message, /retry after 3600 s \(HTTP 429\)/);
      return true;
    });
  });
  it('gives up on a persistent 500 after retries+1 attempts, saying so', async () => {
    const o = fast({ retries: 2 });
    await assert.rejects(download(`${srv.baseUrl}/always500`, o), /HTTP 500 .* \(gave up after 3 attempts\)/);
    assert.equal(o.waits.length, 2);
  });
  it('does not retry a 404', async () => {
    const o = fast();
    await assert.rejects(download(`${srv.baseUrl}/missing`, o), (e: ConnectorError) => e.status === 404);
    assert.equal(o.waits.length, 0);
  });
  it('retries a body cut short of its Content-Length, and reports it when it stays cut', async () => {
    const r = await download(`${srv.baseUrl}/cut`, fast());
    assert.equal(new TextDecoder().decode(r.body), BODY);
    assert.equal(r.attempts, 2);
    await assert.rejects(download(`${srv.baseUrl}/cut-always`, fast({ retries: 1 })), (e: ConnectorError) => {
      assert.equal(e.failure, 'truncated');
      assert.match(e.message, /truncated body/);
      return true;
    });
  });
  it('times out an answer that does not come, per attempt', async () => {
    await assert.rejects(
      download(`${srv.baseUrl}/slow`, fast({ timeoutMs: 50, retries: 1 })),
      (e: ConnectorError) => {
        assert.equal(e.failure, 'timeout');
        assert.match(e.message, /within 50 ms/);
        return true;
      },
    );
  });
  it('says "no network: import a file with capgap import" when the host cannot be reached', async () => {
    const url = `${await closedPortUrl()}/x`;
    await assert.rejects(download(url, fast({ retries: 1 })), (e: Error) => {
      assert.ok(e instanceof OfflineError);
      assert.match(
        e.message,
        /^no network: import a file with capgap import \(could not reach 127\.0\.0\.1:\d+: ECONNREFUSED\)/,
      );
      return true;
    });
  });
  it('treats a DNS failure (ENOTFOUND) as offline too', async () => {
    const dnsFail = (async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
      });
    }) as unknown as typeof fetch;
    await assert.rejects(
      download('https://stooq.com/q/d/l/?s=iwm.us', fast({ fetch: dnsFail, retries: 0 })),
      {
        message: 'no network: import a file with capgap import (could not reach stooq.com: ENOTFOUND)',
      },
    );
  });
  it('rejects a bad retries option, naming it', async () => {
    await assert.rejects(download(`${srv.baseUrl}/ok`, { retries: -1 }), /invalid retries: -1/);
  });
});

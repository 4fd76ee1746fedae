/**
 * One robust HTTP GET: Node's built-in `fetch` with a timeout per attempt (AbortSignal), retries with
 * exponential backoff and jitter on network errors, timeouts, truncated bodies, 429 and 5xx; `Retry-After`
 * honoured on 429/503; a rate limiter per host; and a clear offline error. Other statuses fail at once.
 */

import { DEFAULT_LIMITS, formatBytes } from '../formats/limits.ts';
import { readCapped } from '../formats/read-capped.ts';
import { backoffDelay, parseRetryAfter, type RateLimiter, realSleep } from './backoff.ts';
import { ConnectorError, networkCode, OFFLINE_CODES, OfflineError } from './errors.ts';

/** Options of `download`. Defaults are in brackets. */
export interface HttpOptions {
  /** Request headers (User-Agent, Accept, ...). */
  headers?: Record<string, string>;
  /** Time allowed for one attempt, headers and body, in ms [30000]. */
  timeoutMs?: number;
  /** Retries after the first attempt [4]. */
  retries?: number;
  /** Backoff step for the first retry, in ms [500]; doubles each retry. */
  baseDelayMs?: number;
  /** Longest backoff wait, in ms [30000]. */
  maxDelayMs?: number;
  /** Longest `Retry-After` we accept, in ms [120000]; a longer one fails with failure 'rate-limit'. */
  maxRetryAfterMs?: number;
  /** Limiter shared by all requests to one host; none by default. */
  limiter?: RateLimiter;
  /** Largest body accepted, bytes [512 MiB]; a longer one fails at once with failure 'too-large'. */
  maxBytes?: number;
  /** Injected for tests: sleep, randomness, fetch. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
  /** Called before each retry with the reason and the wait (for logs). */
  onRetry?: (info: { attempt: number; reason: string; waitMs: number; url: string }) => void;
}

/** A completed download. */
export interface Downloaded {
  url: string;
  /** 200-299, or 304 (empty body) when the request was conditional and the resource has not changed. */
  status: number;
  body: Uint8Array;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** Attempts it took (1 = no retry). */
  attempts: number;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

type Attempt =
  | { ok: true; value: Downloaded }
  | { ok: false; retry: boolean; error: ConnectorError; waitMs?: number };

async function attemptOnce(url: string, attempt: number, o: HttpOptions): Promise<Attempt> {
  const timeoutMs = o.timeoutMs ?? 30_000;
  const doFetch = o.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(url, {
      headers: o.headers,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (err) {
    return failure(url, err, timeoutMs);
  }
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    headers[k] = v;
  });
  if (res.status === 304) {
    // only possible when the caller sent If-None-Match / If-Modified-Since: the cached copy is current
    await res.body?.cancel().catch(() => undefined);
    return {
      ok: true,
      value: { url: res.url || url, status: 304, body: new Uint8Array(), headers, attempts: attempt + 1 },
    };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    const retryAfter = parseRetryAfter(headers['retry-after']);
    const error = new ConnectorError('http', `HTTP ${res.status} ${res.statusText} from ${url}`, {
      url,
      status: res.status,
    });
    if ((res.status === 429 || res.status === 503) && retryAfter !== undefined) {
      const max = o.maxRetryAfterMs ?? 120_000;
      if (retryAfter > max) {
        const msg = `${url} asks to retry after ${Math.ceil(retryAfter / 1000)} s (HTTP ${res.status}), longer than the ${max / 1000} s allowed; try again later`;
        return {
          ok: false,
          retry: false,
          error: new ConnectorError('rate-limit', msg, { url, status: res.status }),
        };
      }
      return { ok: false, retry: true, error, waitMs: retryAfter };
    }
    return { ok: false, retry: RETRY_STATUS.has(res.status), error };
  }
  let body: Uint8Array;
  const max = o.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (Number(headers['content-length'] ?? 0) > max) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, retry: false, error: tooBig(url, max) };
  }
  try {
    const got = await readCapped(res.body, max);
    if (!got) return { ok: false, retry: false, error: tooBig(url, max) };
    body = got;
  } catch (err) {
    return failure(url, err, timeoutMs);
  }
  const declared = headers['content-length'];
  if (declared !== undefined && !headers['content-encoding'] && Number(declared) !== body.byteLength) {
    const msg = `truncated body from ${url}: got ${body.byteLength} of ${declared} bytes`;
    return { ok: false, retry: true, error: new ConnectorError('truncated', msg, { url }) };
  }
  return {
    ok: true,
    value: { url: res.url || url, status: res.status, body, headers, attempts: attempt + 1 },
  };
}

function tooBig(url: string, max: number): ConnectorError {
  return new ConnectorError(
    'too-large',
    `${url}: file too large (limit ${formatBytes(max)}; --max-bytes to raise)`,
    {
      url,
    },
  );
}

function failure(url: string, err: unknown, timeoutMs: number): Attempt {
  const name = (err as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    const msg = `timeout: no complete answer from ${url} within ${timeoutMs} ms`;
    return { ok: false, retry: true, error: new ConnectorError('timeout', msg, { url }) };
  }
  const code = networkCode(err);
  if (code && OFFLINE_CODES.has(code)) return { ok: false, retry: true, error: new OfflineError(url, code) };
  const message = (err as Error)?.message ?? String(err);
  if (message === 'terminated' || code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') {
    const msg = `truncated body from ${url}: the connection closed mid-transfer (${code ?? message})`;
    return { ok: false, retry: true, error: new ConnectorError('truncated', msg, { url }) };
  }
  const msg = `network error from ${url}: ${message}${code ? ` (${code})` : ''}`;
  return { ok: false, retry: true, error: new ConnectorError('http', msg, { url }) };
}

/**
 * GETs `url` and returns its whole body, retrying what is worth retrying (see the file header).
 * Waits: `Retry-After` when the host sends one on 429/503, else backoffDelay(attempt).
 * @example const { body } = await download('https://stooq.com/q/d/l/?s=iwm.us&i=d', { timeoutMs: 20000 });
 */
export async function download(url: string, options: HttpOptions = {}): Promise<Downloaded> {
  const retries = options.retries ?? 4;
  if (!(Number.isInteger(retries) && retries >= 0)) {
    throw new Error(`invalid retries: ${retries}; expected an integer >= 0`);
  }
  const sleep = options.sleep ?? realSleep;
  let last: ConnectorError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    await options.limiter?.take();
    const r = await attemptOnce(url, attempt, options);
    if (r.ok) return r.value;
    last = r.error;
    if (!r.retry || attempt === retries) break;
    // unreachable host: one more try (a DNS blip), not the whole backoff ladder
    if (r.error.failure === 'offline' && attempt >= 1) break;
    const waitMs =
      r.waitMs ??
      backoffDelay(attempt, {
        baseDelayMs: options.baseDelayMs ?? 500,
        maxDelayMs: options.maxDelayMs ?? 30_000,
        random: options.random,
      });
    options.onRetry?.({ attempt: attempt + 1, reason: r.error.message, waitMs, url });
    await sleep(waitMs);
  }
  if (last && last.failure !== 'offline' && retries > 0 && last.failure !== 'rate-limit') {
    const status = last.status;
    if (status === undefined || RETRY_STATUS.has(status)) {
      last.message = `${last.message} (gave up after ${retries + 1} attempts)`;
    }
  }
  throw last;
}

/**
 * The capgap HTTP app (Hono, no listen; see serve.ts): a read-only JSON API over the store, the web page
 * and the OpenAPI document. Every query parameter is allow-listed, parsed and bounded; every request has a
 * deadline; requests for a Host other than the loopback names are refused unless configured.
 */
import { Hono } from 'hono';
import { quote } from '../quote.ts';
import { Cancel, QueryCancelledError, StoreBusyError, withSignal } from '../store/pool.ts';
import type { Store } from '../store/store.ts';
import { ResponseCache, Serial } from './cache.ts';
import type { ServerState } from './context.ts';
import { ApiError, bodyNamed, errorBody } from './errors.ts';
import { MAX_QUERY_LENGTH } from './params.ts';
import { registerAnalysis } from './routes/analysis.ts';
import { registerBuckets } from './routes/buckets.ts';
import { registerCheck } from './routes/check.ts';
import { registerEvents } from './routes/events.ts';
import { registerFlowsRecords } from './routes/flows-records.ts';
import { registerImport } from './routes/import.ts';
import { registerMeta } from './routes/meta.ts';
import { registerRegions } from './routes/regions.ts';
import { registerReturns } from './routes/returns.ts';
import { registerSectors } from './routes/sectors.ts';
import { registerWeb } from './routes/web.ts';
import type { LoadShedder } from './shed.ts';

/** Options of `createApp`. */
export interface AppOptions {
  /** The store to read (opened by the caller, who also closes it). */
  store: Store;
  /** Token that enables `POST /api/import`; default `$CAPGAP_IMPORT_TOKEN`; unset = import disabled. */
  importToken?: string;
  /** Deadline of one request in ms; default 10,000. */
  timeoutMs?: number;
  /** Most cached responses; default 500. */
  cacheEntries?: number;
  /**
   * Most requests in progress at once; past it the server sheds load, answering 503 with `Retry-After` at
   * once instead of queueing. Default 512.
   */
  maxInFlight?: number;
  /** Refuses a share of requests while the event loop lags (see shed.ts); `startServer` makes one. */
  shedder?: LoadShedder;
  /** Host names accepted in the Host header; default the loopback names; `null` accepts any. */
  allowedHosts?: readonly string[] | null;
  /** Serve the web page (bundled on first request); default true. */
  web?: boolean;
  /** clickhouse://user@host:port/db: stock-built series from that cluster (data/warehouse.ts). */
  warehouse?: string;
}

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Builds the app.
 * @example const app = createApp({ store }); const res = await app.request('/api/datasets');
 */
export function createApp(options: AppOptions): Hono & { state: ServerState } {
  const state: ServerState = {
    store: options.store,
    cache: new ResponseCache(options.cacheEntries ?? 500),
    serial: new Serial(),
    importToken: options.importToken ?? (process.env.CAPGAP_IMPORT_TOKEN || undefined),
    memo: new Map(),
    shedder: options.shedder,
    warehouse: options.warehouse,
  };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxInFlight = options.maxInFlight ?? 512;
  let inFlight = 0;
  const hosts = options.allowedHosts === undefined ? LOOPBACK_HOSTS : options.allowedHosts;
  const app = new Hono();

  app.use(async (c, next) => {
    if (hosts) {
      const host = (c.req.header('host') ?? new URL(c.req.url).host).replace(/:\d+$/, '').toLowerCase();
      if (!hosts.includes(host)) throw new ApiError(421, `host ${quote(host)} is not served here`);
    }
    const q = c.req.url.indexOf('?');
    if (q >= 0 && c.req.url.length - q - 1 > MAX_QUERY_LENGTH) {
      throw new ApiError(414, `query string longer than ${MAX_QUERY_LENGTH} characters`);
    }
    if (inFlight >= maxInFlight)
      throw new ApiError(503, `busy: ${inFlight} requests in progress; try again shortly`);
    // While the event loop lags, a capped share of requests is refused (shed.ts); health stays answerable.
    if (c.req.path !== '/api/health' && state.shedder?.refuse(inFlight))
      throw new ApiError(503, 'overloaded: shedding load; retry after the Retry-After seconds');
    // The deadline cancels the work itself: store queries of this request are interrupted (src/store/pool.ts).
    const cancel = new Cancel();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        cancel.cancel();
        reject(new ApiError(504, `request took longer than ${timeoutMs} ms`));
      }, timeoutMs);
    });
    inFlight++;
    try {
      // an import is never raced: it commits (200) or, past the deadline, rolls back before COMMIT (504)
      if (c.req.method === 'POST' && c.req.path === '/api/import') {
        deadline.catch(() => undefined);
        await withSignal(cancel, next);
      } else await Promise.race([withSignal(cancel, next), deadline]);
    } finally {
      inFlight--;
      clearTimeout(timer);
    }
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  registerMeta(app, state);
  registerReturns(app, state);
  registerAnalysis(app, state);
  registerRegions(app, state);
  registerEvents(app, state);
  registerBuckets(app, state);
  registerSectors(app, state);
  registerCheck(app, state);
  registerFlowsRecords(app, state);
  registerImport(app, state);
  if (options.web !== false) registerWeb(app);

  const fail = (e: ApiError) => {
    const res = new Response(JSON.stringify(errorBody(e)), {
      status: e.status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...SECURITY_HEADERS,
        ...(e.status === 503 ? { 'retry-after': '1' } : {}),
        ...e.headers,
      },
    });
    return res;
  };
  // A path the app answers, asked with another method: 405 naming the method and the ones it takes
  // (OPTIONS: 204 with them); anything else is 404.
  app.notFound((c) => {
    const allow = methodsOf(app, c.req.path);
    if (allow.length === 0) return fail(new ApiError(404, 'no such endpoint; see /openapi.json'));
    const headers = { allow: allow.join(', ') };
    if (c.req.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: { ...SECURITY_HEADERS, ...headers } });
    return fail(
      new ApiError(
        405,
        `method ${quote(c.req.method)} is not allowed on ${c.req.path}; it takes ${headers.allow}`,
        'method',
        {
          headers,
        },
      ),
    );
  });
  app.onError((err, c) => {
    if (err instanceof ApiError) return fail(bodyNamed(err, c.req.method));
    if (err instanceof StoreBusyError) return fail(new ApiError(503, err.message));
    if (err instanceof QueryCancelledError) return fail(new ApiError(504, err.message));
    if (process.env.CAPGAP_DEBUG) console.error(err);
    return fail(new ApiError(500, 'internal error; run the same query with the CLI for details'));
  });
  return Object.assign(app, { state });
}

/**
 * The methods `app` answers on `path` (GET brings HEAD), in a fixed order; none for a path it does not serve.
 * @example methodsOf(app, '/api/check') // ['GET', 'HEAD', 'POST']
 */
export function methodsOf(app: Hono, path: string): string[] {
  const set = new Set(app.routes.filter((r) => r.path === path && r.method !== 'ALL').map((r) => r.method));
  if (set.has('GET')) set.add('HEAD');
  return ['GET', 'HEAD', 'POST'].filter((m) => set.has(m));
}

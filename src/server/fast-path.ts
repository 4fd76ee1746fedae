/**
 * The cached fast path: a GET whose URL the response cache remembers (./cache.ts `byUrl`; the app answered
 * it 200 from the cache before, for the data held now) is answered straight from Node's HTTP server with the
 * pre-encoded body and prebuilt headers: the same status, body and headers the app sends, without building
 * a Request and a Response, routing, parsing the parameters again or arming a deadline. Anything else (other
 * methods, URLs not remembered, a Host the app would refuse) goes on to the app.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './app.ts';
import type { CachedBody, ResponseCache } from './cache.ts';

const heads = new WeakMap<CachedBody, { ok: OutgoingHttpHeaders; notModified: OutgoingHttpHeaders }>();

function headsOf(entry: CachedBody) {
  let h = heads.get(entry);
  if (!h) {
    h = {
      ok: {
        'content-type': entry.type,
        etag: entry.etag,
        'cache-control': 'no-cache',
        ...SECURITY_HEADERS,
        'content-length': entry.bytes.length,
      },
      notModified: { etag: entry.etag, ...SECURITY_HEADERS },
    };
    heads.set(entry, h);
  }
  return h;
}

/**
 * A request handler that answers remembered GETs and returns true, or returns false (the caller passes the
 * request to the app). `hosts`: the Host names the app accepts (null: any).
 * @example createServer((req, res) => fast(req, res) || appListener(req, res))
 */
export function cachedFastPath(
  cache: ResponseCache,
  hosts: readonly string[] | null,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET' || req.url === undefined) return false;
    const entry = cache.byUrl(req.url);
    if (!entry) return false;
    if (hosts) {
      const host = req.headers.host;
      if (host === undefined || !hosts.includes(host.replace(/:\d+$/, '').toLowerCase())) return false;
    }
    const h = headsOf(entry);
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, h.notModified);
      res.end();
    } else {
      res.writeHead(200, h.ok);
      res.end(entry.bytes);
    }
    cache.hits++;
    return true;
  };
}

/**
 * Listening: binds the app to a host and port (loopback by default) with Node's HTTP server.
 * The app itself (routes, checks) is in app.ts and is tested without a port.
 */
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Store } from '../store/store.ts';
import { type AppOptions, createApp, LOOPBACK_HOSTS, SECURITY_HEADERS } from './app.ts';
import { sizeLegs, storeWork } from './context.ts';
import { cachedFastPath } from './fast-path.ts';
import { reportInputs } from './routes/analysis.ts';
import { LoadShedder } from './shed.ts';

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  /** Stops listening; resolves when no store query is running, so the store may then be closed. */
  close(): Promise<void>;
}

/** Options of `startServer`: the app's, plus where to listen. */
export interface ServeOptions extends Omit<AppOptions, 'store'> {
  /** Port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface; default 127.0.0.1 (loopback only). */
  host?: string;
}

/**
 * The answer to a request Node's HTTP parser rejects before the app sees it (bad request line, headers too
 * large, headers too slow): the same status Node would send (400, 431, 408), with the security headers every
 * app answer carries, and the connection closed.
 */
export function clientErrorAnswer(err: NodeJS.ErrnoException): string {
  const code = err.code ?? '';
  const [status, text] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const [parameter, why] = PARSER_FAULTS[code] ?? [null, ''];
  const message = why ? `${text.toLowerCase()}: ${why}` : text.toLowerCase();
  const body = JSON.stringify({ error: { status, message, parameter } });
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...SECURITY_HEADERS,
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${text}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** What Node's HTTP parser refused, by its error code: the part of the request named, and why. */
const PARSER_FAULTS: Record<string, [string, string]> = {
  HPE_INVALID_URL: [
    'url',
    'the URL holds a character that must be percent-encoded (a space, a control or a non-ASCII byte)',
  ],
  HPE_INVALID_METHOD: ['method', 'not an HTTP method this server knows'],
  HPE_INVALID_VERSION: ['version', 'not HTTP/1.0 or HTTP/1.1'],
  HPE_INVALID_HEADER_TOKEN: [
    'header',
    'a header name or value holds a character headers may not (a space in a name, a control character)',
  ],
  HPE_INVALID_CONTENT_LENGTH: ['content-length', 'Content-Length is not a number of bytes'],
  HPE_UNEXPECTED_CONTENT_LENGTH: [
    'content-length',
    'Content-Length given twice, or beside Transfer-Encoding',
  ],
  HPE_INVALID_TRANSFER_ENCODING: [
    'transfer-encoding',
    'Transfer-Encoding beside Content-Length, or not chunked last',
  ],
  HPE_INVALID_CHUNK_SIZE: ['body', 'a chunk size of the chunked body is not hexadecimal'],
  HPE_HEADER_OVERFLOW: [
    'header',
    'the request line and headers pass 16 KiB (a URL over 2,048 characters of query is refused anyway)',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: ['header', 'the request line and headers did not arrive within 10 s'],
};

/** True for the loopback interfaces. */
export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');
}

/**
 * Starts serving `store` and resolves once listening.
 * @example const s = await startServer(store, { port: 0 }); console.log(s.url); await s.close();
 */
export function startServer(store: Store, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // Bound to another interface, the Host check must accept that interface's names too; the operator chose it.
  const allowedHosts =
    options.allowedHosts !== undefined ? options.allowedHosts : isLoopback(host) ? LOOPBACK_HOSTS : null;
  const shedder = options.shedder ?? new LoadShedder().start();
  const app = createApp({ ...options, store, allowedHosts, shedder });
  // Load the report's inputs and the size legs now, before the first request needs them (a store without
  // them just answers 404 later).
  const warming = [
    reportInputs(app.state).catch(() => undefined),
    storeWork(app.state, () => sizeLegs(app.state)).catch(() => undefined),
  ];
  return new Promise((resolve, reject) => {
    // A URL answered from the cache before is answered again before routing (./fast-path.ts); the rest go
    // to the app through Hono's Node adapter.
    const fast = cachedFastPath(app.state.cache, allowedHosts);
    const toApp = getRequestListener(app.fetch, { hostname: host });
    const server = createServer(
      // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by default, so
      // a slow-header client stayed ~28 s): check every second so 10 s means 10 s.
      // A whole request (headers and body) must arrive within 30 s, its headers within 10 s.
      { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 },
      (req, res) => {
        if (!fast(req, res)) void toApp(req, res);
      },
    );
    server.listen(options.port ?? 8080, host, () => {
      const info = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        // Stop listening, then wait for store queries in flight (closing DuckDB under a query crashes).
        close: async () => {
          await new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
          shedder.stop();
          await app.state.serial.idle();
          await store.idle();
        },
      });
    });
    // Listening failed (a port in use, an address not here): let the warm-up reads above finish before the
    // caller may close the store (closing DuckDB under a query crashes), then reject.
    server.once('error', (err) => {
      shedder.stop();
      void Promise.allSettled(warming)
        .then(() => Promise.allSettled([app.state.serial.idle(), store.idle()]))
        .then(() => reject(err));
    });
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
      if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
      socket.end(clientErrorAnswer(err));
    });
  });
}

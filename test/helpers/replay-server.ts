/**
 * A tiny HTTP server on 127.0.0.1 (ephemeral port) that replays recorded responses to connector tests.
 * Routes map a path (with its query, or without it as a fallback) to one response or a sequence; each
 * request takes the next response of its sequence and the last one repeats. Unknown paths answer 404.
 * Loopback only: it never listens on another interface and never calls out.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';

/** One recorded response. */
export interface ReplayResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the headers with the full Content-Length, then only this many body bytes, then drop the socket. */
  truncateAt?: number;
  /** Hold the response this long before answering (for timeout tests). */
  delayMs?: number;
}

/** A running replay server. */
export interface ReplayServer {
  /** e.g. 'http://127.0.0.1:40123' */
  baseUrl: string;
  /** Every request received, in order. */
  requests: { url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/**
 * Starts a replay server with `routes`; stop it with `close()`.
 * @example const srv = await startReplayServer({ '/a.csv': { body: 'x' } }); await srv.close();
 */
export async function startReplayServer(
  routes: Record<string, ReplayResponse | ReplayResponse[]>,
): Promise<ReplayServer> {
  const served = new Map<string, number>();
  const requests: ReplayServer['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();

  function pick(url: string): ReplayResponse | undefined {
    const path = url.split('?')[0];
    const key = url in routes ? url : path in routes ? path : undefined;
    if (key === undefined) return undefined;
    const route = routes[key];
    const seq = Array.isArray(route) ? route : [route];
    const i = served.get(key) ?? 0;
    served.set(key, i + 1);
    return seq[Math.min(i, seq.length - 1)];
  }

  function send(res: ServerResponse, r: ReplayResponse): void {
    const body = typeof r.body === 'string' ? Buffer.from(r.body) : Buffer.from(r.body ?? new Uint8Array());
    res.writeHead(r.status ?? 200, { 'content-length': String(body.byteLength), ...r.headers });
    if (r.truncateAt !== undefined) {
      res.write(body.subarray(0, r.truncateAt), () => res.socket?.destroy());
      return;
    }
    res.end(body);
  }

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push({ url, headers: req.headers });
    const r = pick(url);
    if (!r) {
      send(res, { status: 404, body: `no replay route for ${url}` });
      return;
    }
    if (r.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) send(res, r);
      }, r.delayMs);
      timers.add(t);
      return;
    }
    send(res, r);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('replay server: no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A loopback URL on which nothing listens (a port opened and closed again): connecting is refused.
 * @example const url = await closedPortUrl(); // 'http://127.0.0.1:40124'
 */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${address.port}`;
}

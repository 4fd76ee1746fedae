/**
 * The web page: `/` (index.html), `/assets/app.js`, `/assets/app.css`, bundled once on first request.
 * Only these three fixed names are served; no request path reaches the filesystem.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import { buildWebAssets, type WebAssets } from '../web/build.ts';

let bundle: Promise<WebAssets> | undefined;

/** The bundled assets (built on first use, then kept). */
export function webAssets(): Promise<WebAssets> {
  bundle ??= buildWebAssets().catch((err) => {
    bundle = undefined;
    throw new ApiError(500, `the web page could not be bundled: ${(err as Error).message}`);
  });
  return bundle;
}

const etag = (s: string) => `"${createHash('sha1').update(s).digest('base64url').slice(0, 20)}"`;

/** One asset ready to send: its text, gzip form and ETag, computed once. */
interface Prepared {
  body: string;
  gz: Uint8Array;
  tag: string;
}
const prepared = new Map<keyof WebAssets, Prepared>();

async function asset(key: keyof WebAssets): Promise<Prepared> {
  const body = (await webAssets())[key];
  let p = prepared.get(key);
  if (!p || p.body !== body) {
    p = { body, gz: gzipSync(body, { level: 9 }), tag: etag(body) };
    prepared.set(key, p);
  }
  return p;
}

/** Registers the page's three routes (gzip when the browser accepts it). */
export function registerWeb(app: Hono): void {
  const files: [string, keyof WebAssets, string][] = [
    ['/', 'html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'css', 'text/css; charset=utf-8'],
  ];
  for (const [path, key, type] of files) {
    app.get(path, async (c) => {
      const a = await asset(key);
      if (c.req.header('if-none-match') === a.tag) return c.body(null, 304, { etag: a.tag });
      const headers = {
        'content-type': type,
        etag: a.tag,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        return c.body(a.gz as Uint8Array<ArrayBuffer>, 200, { ...headers, 'content-encoding': 'gzip' });
      }
      return c.body(a.body, 200, headers);
    });
  }
}

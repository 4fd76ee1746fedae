/**
 * The web page: `/` (index.html), `/assets/app.js`, `/assets/app.css`, bundled once on first request.
 * Only these three fixed names are served; no request path reaches the filesystem.
 */
import { createHash } from 'node:crypto';
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

/** Registers the page's three routes. */
export function registerWeb(app: Hono): void {
  const files: [string, keyof WebAssets, string][] = [
    ['/', 'html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'css', 'text/css; charset=utf-8'],
  ];
  for (const [path, key, type] of files) {
    app.get(path, async (c) => {
      const body = (await webAssets())[key];
      const tag = etag(body);
      if (c.req.header('if-none-match') === tag) return c.body(null, 304, { etag: tag });
      return c.body(body, 200, { 'content-type': type, etag: tag, 'cache-control': 'no-cache' });
    });
  }
}

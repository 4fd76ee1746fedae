/**
 * The web page: `/` (index.html), `/assets/app.js`, `/assets/app.css`, bundled once on first request.
 * Only these three fixed names are served; no request path reaches the filesystem.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { isIsoDate } from '../../calendar/dates.ts';
import { EVENT_SETS, eventSet } from '../../events/event-sets.ts';
import { knownLabel } from '../data/presets.ts';
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

const escHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page with a <title> and og: tags naming the event and window of a shared URL (link previews do not run
 * scripts). Only a valid date and whole numbers are echoed; anything else keeps the generic title.
 * @example titledHtml(html, new URLSearchParams('event=2016-11-08&from=0&to=2'))
 */
export function titledHtml(html: string, q: URLSearchParams): string {
  const event = q.get('event') ?? '';
  if (!isIsoDate(event)) return html;
  const num = (k: string, d: number) => (/^-?\d{1,3}$/.test(q.get(k) ?? '') ? Number(q.get(k)) : d);
  const [from, to] = [num('from', -5), num('to', 2)];
  const name = knownLabel(event) ?? `Event of ${event}`;
  const title = escHtml(`${name}: small vs large caps, days ${from} to ${to} · capgap`);
  const desc = escHtml(
    `How the smallest US stocks did against the largest around ${name}, days ${from} to ${to} after the news, with the rank among comparable events and the data's sources.`,
  );
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<meta property="og:title" content=")[^"]*"/, `$1${title}"`)
    .replace(/(<meta (?:name="description"|property="og:description") content=")[^"]*"/g, `$1${desc}"`);
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
      let a = await asset(key);
      const q = new URL(c.req.url).searchParams;
      if (key === 'html' && q.has('event')) {
        const body = titledHtml(a.body, q);
        if (body !== a.body) a = { body, gz: gzipSync(body), tag: etag(body) };
      }
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

/**
 * The web page: `/` (index.html), `/assets/app.js`, `/assets/app.css`, bundled once on first request.
 * Only these three fixed names are served; no request path reaches the filesystem.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { isIsoDate } from '../../calendar/dates.ts';
import { knownLabel } from '../data/presets.ts';
import { ApiError } from '../errors.ts';
import { answerTitle } from '../web/answer-title.ts';
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
 * scripts), or stating its answer when `answer` gives it (the lead's, as the page says it once loaded). Only a
 * valid date and whole numbers are echoed; anything else keeps the generic title.
 * @example titledHtml(html, new URLSearchParams('event=2016-11-08&from=0&to=2'))
 */
export function titledHtml(
  html: string,
  q: URLSearchParams,
  answer?: { title: string; description: string },
): string {
  const event = q.get('event') ?? '';
  if (!isIsoDate(event)) return html;
  if (answer) return retitle(html, escHtml(answer.title), escHtml(answer.description));
  const num = (k: string, d: number) => (/^-?\d{1,3}$/.test(q.get(k) ?? '') ? Number(q.get(k)) : d);
  const [from, to] = [num('from', -5), num('to', 2)];
  const name = knownLabel(event) ?? `Event of ${event}`;
  const title = escHtml(`${name}: small vs large caps, days ${from} to ${to} · capgap`);
  const desc = escHtml(
    `How the smallest US stocks did against the largest around ${name.replace(/^Event of/, 'the event of')}, days ${from} to ${to} after the news, with the rank among comparable events and the data's sources.`,
  );
  return retitle(html, title, desc);
}

/** The page with this (escaped) title and description in <title> and the meta and og: tags. */
function retitle(html: string, title: string, desc: string): string {
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<meta property="og:title" content=")[^"]*"/, `$1${title}"`)
    .replace(/(<meta (?:name="description"|property="og:description") content=")[^"]*"/g, `$1${desc}"`);
}

/** How long the page's HTML waits for the answer it states in its title (link previews). */
const SHARED_WAIT_MS = 2_000;

/** The lead's parameters a shared address may carry (any other is left out, not refused). */
const LEAD_KEYS = ['event', 'region', 'timing', 'scheme', 'weighting', 'to'];

/**
 * The answer of a shared address, as the page states it once loaded: its title and the lead's sentence
 * (from /api/lead, through the app and its cache); for an event the data do not hold, the page's "no answer"
 * title and the lead's reason; undefined when the lead does not answer otherwise (a bad value, an empty
 * store): the title then names the event and window only.
 */
async function sharedAnswer(app: Hono, q: URLSearchParams) {
  const lq = new URLSearchParams();
  for (const k of LEAD_KEYS) {
    const v = q.get(k);
    if (v !== null) lq.set(k, k === 'to' && /^-\d+$/.test(v) ? '0' : v);
  }
  try {
    const res = await app.request(`/api/lead?${lq}`);
    // An event the data cannot answer (before or after them): the page's own "no answer" title, and why.
    if (res.status === 422) {
      const why = (await res.json())?.error?.message;
      const event = lq.get('event') ?? '';
      return typeof why === 'string'
        ? {
            title: `${knownLabel(event) ?? `Event of ${event}`}: no answer · capgap`,
            description: `No answer: ${why}.`,
          }
        : undefined;
    }
    if (!res.ok) return undefined;
    const l = await res.json();
    const gap = l.finding?.value;
    if (typeof gap !== 'number' || typeof l.sentence !== 'string') return undefined;
    const where = l.region && l.region.id !== 'us' ? ` (${l.region.label})` : '';
    return { title: answerTitle(l.event.name, gap, l.sessions, where), description: l.sentence as string };
  } catch {
    return undefined;
  }
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
        // The page is not held up for the answer: past SHARED_WAIT_MS the title names the event only.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise<undefined>((ok) => {
          timer = setTimeout(ok, SHARED_WAIT_MS, undefined);
        });
        const answer = await Promise.race([sharedAnswer(app, q), late]).finally(() => clearTimeout(timer));
        const body = titledHtml(a.body, q, answer);
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

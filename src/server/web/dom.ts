/**
 * Small helpers the page's scripts share: element lookup, JSON from the API (its error message on failure),
 * list filling and the headline number formats (the findings' rounding rules).
 */
import { pp, signedPct } from '../../findings/format.ts';

/** The element with this id. */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A parsed API answer: the route's JSON, or `{ error }` on failure; undefined when it was not JSON. */
// biome-ignore lint/suspicious/noExplicitAny: each caller types the JSON it asked for
type ApiBody = any;

/** What the page says when the server does not answer at all (stopped, or the network is down). */
export const NO_SERVER =
  'the capgap server did not answer (is `capgap serve` still running?); reload the page to try again';

/**
 * `fetch` for the same-origin API whose failures read as plain words: no answer at all (the browser's bare
 * "Failed to fetch") becomes NO_SERVER; an answer that is not JSON (a proxy's error page) names its HTTP status.
 * @example const { res, body } = await apiFetch('/api/events')
 */
export async function apiFetch(url: string, init?: RequestInit): Promise<{ res: Response; body: ApiBody }> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new Error(NO_SERVER);
  }
  const body = await res.json().catch(() => undefined);
  if (body === undefined && res.ok) throw new Error(`the server's answer was not JSON (HTTP ${res.status})`);
  return { res, body };
}

/**
 * JSON from the same-origin API; throws the API's error message on a non-2xx answer (a busy server's 503 or
 * 504 adds that a reload may answer).
 * @example await getJson<{ events: unknown[] }>('/api/events')
 */
export async function getJson<T>(url: string): Promise<T> {
  const { res, body } = await apiFetch(url);
  if (!res.ok) {
    const m = body?.error?.message ?? `the server answered HTTP ${res.status} ${res.statusText}`.trim();
    // Busy or slow (503, 504): the answer may come on a second try, so say so.
    throw new Error(
      res.status === 503 || res.status === 504 ? `${m}; the server is busy: reload the page to try again` : m,
    );
  }
  return body as T;
}

/** Replaces the items of the list `id` with one <li> per text. */
export function list(id: string, items: string[]): void {
  $(id).replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
}

/** A decimal return as a signed percentage ('+8.2%'), 'n/a' for null. */
export const fmt = (v: number | null) => (v === null ? 'n/a' : signedPct(v));
/** A decimal difference in percentage points ('+7.1 pp', '−4.3 pp'), 'n/a' for null. */
export const fmtPp = (v: number | null) => (v === null ? 'n/a' : `${v >= 0 ? '+' : '−'}${pp(v, true)}`);

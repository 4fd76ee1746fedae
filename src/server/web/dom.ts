/**
 * Small helpers the page's scripts share: element lookup, JSON from the API (its error message on failure),
 * list filling and the headline number formats (the findings' rounding rules).
 */
import { pp, signedPct } from '../../findings/format.ts';

/** The element with this id. */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * JSON from the same-origin API; throws the API's error message on a non-2xx answer (a busy server's 503 or
 * 504 adds that a reload may answer).
 * @example await getJson<{ events: unknown[] }>('/api/events')
 */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = res.ok ? await res.json() : await res.json().catch(() => null);
  if (!res.ok) {
    const m = body?.error?.message ?? `HTTP ${res.status}`;
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

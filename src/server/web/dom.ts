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
  'the capgap server did not answer (is `capgap serve` still running?); try again, or reload the page';

/** How long the page waits for an answer before it says so and offers to try again (the server's own
 * deadline is 10 s by default, so a live server has answered, if only with 504, well before). */
export const WAIT_MS = 30_000;

/**
 * A failure the page can offer to retry: the server did not answer, answered late, was busy (503, 504) or
 * failed (5xx); a 4xx is the question's fault and is not retried.
 */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

/**
 * `fetch` for the same-origin API whose failures read as plain words: no answer at all (the browser's bare
 * "Failed to fetch") becomes NO_SERVER; no answer within WAIT_MS says so; an answer that is not JSON (a
 * proxy's error page) names its HTTP status. Each is an ApiFailure the page offers to retry.
 * @example const { res, body } = await apiFetch('/api/events')
 */
export async function apiFetch(url: string, init?: RequestInit): Promise<{ res: Response; body: ApiBody }> {
  const late = new AbortController();
  const timer = setTimeout(() => late.abort(), WAIT_MS);
  try {
    let res: Response;
    try {
      res = await fetch(url, { ...init, signal: late.signal });
    } catch {
      throw new ApiFailure(
        late.signal.aborted
          ? `the server did not answer within ${WAIT_MS / 1000} seconds; try again, or reload the page`
          : NO_SERVER,
        true,
      );
    }
    const body = await res.json().catch(() => undefined);
    if (body === undefined && res.ok)
      throw new ApiFailure(`the server's answer was not JSON (HTTP ${res.status})`, true);
    return { res, body };
  } finally {
    clearTimeout(timer);
  }
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
    throw new ApiFailure(
      res.status === 503 || res.status === 504 ? `${m}; the server is busy: try again in a moment` : m,
      res.status >= 500,
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

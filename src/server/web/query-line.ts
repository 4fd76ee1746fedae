/**
 * The line under a panel's numbers that names the query returning them (the API URL, a link the reader can
 * open as JSON) and the dates of the data behind them, so every number on the page can be traced.
 */
import { $ } from './dom.ts';

/** A panel's query: the API URL that returns its numbers, and the data's date range in words. */
export interface QueryRef {
  url: string;
  range?: string;
}

/**
 * Fills the query line `id` ("Numbers from GET /api/…; data: 2016-11-02 to 2016-11-11"); null hides it.
 * @example queryLine('figures-query', { url: '/api/returns-since?event=2016-11-08', range: '2016-11-02 to 2016-11-11' })
 */
export function queryLine(id: string, q: QueryRef | null): void {
  const el = $(id);
  if (!el) return;
  el.hidden = !q;
  if (!q) {
    el.replaceChildren();
    return;
  }
  const a = Object.assign(document.createElement('a'), { href: q.url, textContent: `GET ${q.url}` });
  a.className = 'query-url';
  el.replaceChildren('Numbers from ', a, q.range ? `; data: ${q.range}.` : '.');
}

/**
 * What an outside script checks on every page it drives: no console error or warning, no uncaught exception,
 * no failed request and no HTTP error answer. `watch(page)` starts recording; `take()` returns what was seen
 * since the last call (and forgets it), each line naming where the test was (`at`).
 */
import type { Page } from 'playwright-core';

/** A recorder of a page's problems. */
export interface Watch {
  /** Names the step the next problems belong to. */
  at(step: string): void;
  /** The problems seen since the last take, then forgets them. */
  take(): string[];
}

/** Starts recording `page`'s console errors, page errors, failed requests and 4xx/5xx answers. */
export function watch(page: Page): Watch {
  let step = 'load';
  let seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      seen.push(`${step}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`${step}: uncaught ${e.message}`));
  page.on('requestfailed', (r) => seen.push(`${step}: failed ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.push(`${step}: HTTP ${r.status()} ${r.url()}`);
  });
  return {
    at(s) {
      step = s;
    },
    take() {
      const out = seen;
      seen = [];
      return out;
    },
  };
}

/** Waits until the page has answered its latest choice (body[data-ready] = body[data-requested]). */
export const settled = (page: Page) =>
  page.waitForFunction(() => document.body.dataset.ready === document.body.dataset.requested);

/** What no answer may show: NaN, undefined, null, Infinity or an object's default text. */
export const JUNK = /\bNaN\b|\bundefined\b|\bnull\b|Infinity|\[object /;

/** How far the page is wider than its viewport (0 or less: no sideways scroll). */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/**
 * The set-up the page's end-to-end tests share (test/server/page*.test.ts): the server on loopback holding
 * the embedded dataset, warmed (the page bundled and the first answers' inputs loaded before the browser asks:
 * seconds on a busy machine), and Debian's Chromium (STACK.md's flags) with one page per size, 1440×900 and
 * 390×844. Screenshots go to test-artifacts/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Why the page tests skip (no Chromium, or the embedded data not built), or false. */
export const SKIP_PAGE: string | false = !existsSync(CHROMIUM)
  ? `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run the page test`
  : !hasEmbedded
    ? 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)'
    : false;

export const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
export type Size = keyof typeof SIZES;

/** What a page test holds while it runs. */
export interface PageBench {
  store: Store;
  server: RunningServer;
  browser: Browser;
  pages: Record<Size, Page>;
  /** Closes the browser, the server and the store. */
  close(): Promise<void>;
}

/**
 * Starts the server on the embedded store, fetches `warm` (paths) from it, launches Chromium and opens a page
 * per size (`page` options; `onPage` sees each with the server's URL).
 * @example const b = await startPageBench({ warm: ['/assets/app.js'] }); await b.pages.phone.goto(b.server.url)
 */
export async function startPageBench(o: {
  warm: string[];
  page?: BrowserContextOptions;
  onPage?: (page: Page, url: string) => void;
}): Promise<PageBench> {
  const { chromium } = await import('playwright-core');
  const store = await embeddedStore();
  const server = await startServer(store, { port: 0 });
  for (const path of o.warm) await (await fetch(`${server.url}${path}`)).arrayBuffer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = {} as Record<Size, Page>;
  for (const size of Object.keys(SIZES) as Size[]) {
    const page = await browser.newPage({ viewport: SIZES[size], ...o.page });
    page.setDefaultTimeout(60_000);
    o.onPage?.(page, server.url);
    pages[size] = page;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    store,
    server,
    browser,
    pages,
    async close() {
      await browser.close();
      await server.close();
      store.close();
    },
  };
}

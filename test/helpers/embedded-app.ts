/**
 * The app on the embedded dataset (data/*.parquet), as the server tests that read real answers open it: a
 * fresh in-memory store showing the embedded files (test/server/embedded-store.ts), the app without the web
 * page, opened before the file's tests and closed after them (its serial import queue drained first).
 */
import { after, before } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

/** The skip reason when the embedded dataset is not built (false when it is). */
export const SKIP_EMBEDDED: string | false = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';

/** The app createApp makes. */
export type App = ReturnType<typeof createApp>;

/**
 * Registers the before/after hooks of the current suite: opens the store and the app (unless the data are
 * not built) and hands them to `opened`.
 * @example let app: App; useEmbeddedApp((a) => { app = a; });
 */
export function useEmbeddedApp(
  opened: (app: App, store: Store) => void,
  o: { timeoutMs?: number } = {},
): void {
  let store: Store | undefined;
  let app: App | undefined;
  before(async () => {
    if (SKIP_EMBEDDED) return;
    store = await embeddedStore();
    app = createApp({ store, web: false, ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
    opened(app, store);
  });
  after(async () => {
    await app?.state.serial.idle();
    store?.close();
  });
}

/**
 * The app the server tests ask: a store (the fixture store, or the embedded data) and `createApp` on it,
 * opened before the file's tests and closed after them, once any query still queued has finished (DuckDB is
 * not closed under it). Read `t.app` and `t.store` inside the tests.
 */
import { after, before } from 'node:test';
import { type AppOptions, createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';

/** The app and its store, set by the `before` hook. */
export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
}

/**
 * Registers the hooks; `skip` (a reason) opens nothing. `ready` runs once the app is up.
 * @example const t = testApp(fixtureStore, { importToken: 'x' }); … await t.app.request('/api/health')
 */
export function testApp(
  open: () => Promise<Store>,
  options: Omit<AppOptions, 'store'> = {},
  o: { skip?: string | false; ready?: (t: TestApp) => unknown } = {},
): TestApp {
  const t = {} as TestApp;
  before(async () => {
    if (o.skip) return;
    t.store = await open();
    t.app = createApp({ web: false, ...options, store: t.store });
    await o.ready?.(t);
  });
  after(async () => {
    await t.app?.state.serial.idle();
    t.store?.close();
  });
  return t;
}

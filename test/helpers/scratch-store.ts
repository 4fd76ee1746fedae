/**
 * The set-up most store tests share: a fresh `:memory:` store and a scratch folder, made before the file's
 * tests and closed and removed after.
 */
import { after, before } from 'node:test';
import { Store } from '../../src/store/store.ts';
import { scratchDir } from './scratch-dir.ts';

/**
 * Registers the before/after of a `:memory:` store and a scratch folder named `prefix…`, handing them to `use`
 * (then `init`, e.g. imports every test starts from).
 * @example let store: Store; let dir: string; withScratchStore('capgap-rules-', (s) => ({ store, dir } = s));
 */
export function withScratchStore(
  prefix: string,
  use: (s: { store: Store; dir: string }) => void,
  init?: (store: Store) => Promise<void>,
): void {
  let s: { store: Store; dir: string } | undefined;
  const dir = scratchDir(prefix); // removed after the file's tests even if closing the store throws
  before(async () => {
    s = { dir, store: await Store.open(':memory:') };
    use(s);
    await init?.(s.store);
  });
  after(() => {
    s?.store.close();
  });
}

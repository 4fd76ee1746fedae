/**
 * The one way a test makes a scratch folder: `scratchDir(prefix)` makes `$TMPDIR/<prefix>XXXXXX` and removes
 * it, with everything in it, after the file's tests (or after test `t` when given), whether they passed or
 * failed; and again at exit (the process ending before the hooks ran, or something writing into it after).
 * test/fuzz/scratch-dirs.test.ts checks that a failing test leaves nothing behind and that no test file
 * makes a folder another way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

const made = new Set<string>();
let hooked = false;

function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh folder `$TMPDIR/<prefix>XXXXXX`, removed after the file's tests, or after test `t` when given.
 * @example const dir = scratchDir('capgap-import-'); // module level: removed after the file's tests
 * @example test('…', (t) => { const dir = scratchDir('capgap-cr-', t); … }) // removed after this test
 */
export function scratchDir(prefix: string, t?: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  if (!hooked) {
    hooked = true;
    // at exit every folder goes again: work still running after the hooks (a store's answer cache written
    // on close) can make one anew
    process.once('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  if (t) t.after(() => remove(dir));
  else after(() => remove(dir));
  return dir;
}

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scratchDir } from '../helpers/scratch-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HELPER = new URL('../helpers/scratch-dir.ts', import.meta.url).href;

test('scratchDir removes its folders after a failing test, after the file, and when the process exits early', (t) => {
  const dir = scratchDir('capgap-scratch-probe-', t);
  const log = join(dir, 'dirs.txt');
  // A child test file: one test that fails, one folder for the whole file, one made before process.exit(3).
  const child = join(dir, 'child.test.mjs');
  writeFileSync(
    child,
    `import { appendFileSync } from 'node:fs';
import { test } from 'node:test';
import { scratchDir } from ${JSON.stringify(HELPER)};
const note = (d) => appendFileSync(${JSON.stringify(log)}, d + '\\n');
note(scratchDir('capgap-scratch-child-'));
test('fails', (t) => { note(scratchDir('capgap-scratch-child-', t)); throw new Error('boom'); });
test('exits', () => { note(scratchDir('capgap-scratch-child-')); process.exit(3); });
`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', child], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_TEST_CONTEXT: undefined }, // a run of its own, not a subtest of this one
  });
  assert.notEqual(r.status, 0, 'the child run fails');
  const made = readFileSync(log, 'utf8').trim().split('\n');
  assert.equal(made.length, 3, r.stdout + r.stderr);
  for (const d of made) assert.equal(existsSync(d), false, `${d} is left behind`);
});

function testFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') continue;
    if (statSync(p).isDirectory()) testFiles(p, out);
    else if (/\.(ts|mts|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

test('no test file makes a scratch folder without removing it (scratchDir, or rmSync in an after hook or finally)', () => {
  const files = [
    ...testFiles(join(ROOT, 'test')),
    ...['fuzz-import-cli.ts', 'fuzz-ways-in.ts', 'fuzz-parquet.ts'].map((f) => join(ROOT, 'scripts', f)),
  ];
  const leaky = files.filter((f) => {
    const s = readFileSync(f, 'utf8');
    if (!/mkdtemp(Sync)?\(/.test(s) || f.endsWith('scratch-dir.ts') || f.endsWith('scratch-dirs.test.ts'))
      return false;
    return !(/rmSync\(|rm\(/.test(s) && /after\(|finally|\.close\(\)/.test(s));
  });
  assert.deepEqual(
    leaky.map((f) => f.slice(ROOT.length)),
    [],
    'use scratchDir from test/helpers/scratch-dir.ts',
  );
});

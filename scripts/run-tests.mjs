#!/usr/bin/env node
// Runs every test/**/*.test.ts with Node's own test runner (Node 20's --test does not expand globs).
// Each test may take at most 10 minutes: a hang fails the run instead of stalling CI.
// Pass file or folder names to run a subset: `npm test -- test/io`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(path, out) {
  const st = statSync(path);
  if (st.isFile()) {
    if (path.endsWith('.test.ts')) out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'fixtures' || name === 'node_modules') continue;
    collect(join(path, name), out);
  }
  return out;
}

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = (roots.length ? roots : ['test']).flatMap((r) => collect(r, []));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const reporter = 'spec';
const r = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-reporter=${reporter}`,
    '--test-concurrency=2',
    '--test-timeout=600000',
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, CAPGAP_TEST: '1' } },
);
process.exit(r.status ?? 1);

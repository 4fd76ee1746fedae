#!/usr/bin/env node
// capgap's command-line entry. A clone (src/ present, tsx installed: development, tests) runs the TypeScript
// sources as they are, so a leftover dist/ from `npm pack` never runs stale code; the installed package
// (no src/ in its files) runs the built JavaScript: the CLI bundle dist/bin/main.js (scripts/bundle-cli.mjs),
// else dist/cli/main.js. CAPGAP_BUILT=1 runs the build from a clone too (scripts/measure-startup.mjs and
// bench/first-answer.mjs measure the built CLI that way).
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const bundle = new URL('../dist/bin/main.js', import.meta.url);
const built = existsSync(bundle) ? bundle : new URL('../dist/cli/main.js', import.meta.url);
let main;
let tsx = null;
const preferBuilt = process.env.CAPGAP_BUILT === '1' && existsSync(built);
if (existsSync(source) && !preferBuilt) tsx = await import('tsx/esm/api').catch(() => null);
if (tsx) {
  tsx.register();
  ({ main } = await import(source.href));
} else if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  console.error('capgap: no dist/ build and no tsx to run the sources; run `npm ci` (or `npm run build`)');
  process.exit(2);
}
await main(process.argv.slice(2));

#!/usr/bin/env node
// Builds the installable package into dist/ (`npm run build`; `npm pack` runs it as `prepack`):
// 1. tsc -p tsconfig.build.json: src/**/*.ts -> dist/**/*.js + .d.ts, relative `.ts` specifiers rewritten to `.js`
//    (TS 5.9 rewriteRelativeImportExtensions; a few dynamic imports it misses and every .d.ts are fixed here,
//    then checked: the build fails if any relative `.ts` specifier is left);
// 2. the web page bundled once with esbuild into dist/server/web/assets/ (index.html, app.js, app.css), so the
//    installed server never loads esbuild;
// 3. the command line bundled with esbuild into dist/bin/ (scripts/bundle-cli.mjs): what bin/capgap.js runs
//    when installed. Loading ~150 modules one by one was about half a warm `capgap report`.
// Development and tests run the TypeScript sources with tsx and need none of this.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Rewrites relative `.ts` module specifiers (static, dynamic, `import type`) to `.js`; returns the text. */
export function rewriteSpecifiers(text) {
  return text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.ts\2/g, '$1$2$3.js$2');
}

rmSync(DIST, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const left = [];
for (const file of walk(DIST)) {
  if (!file.endsWith('.js') && !file.endsWith('.d.ts')) continue;
  const before = readFileSync(file, 'utf8');
  const after = rewriteSpecifiers(before);
  if (after !== before) writeFileSync(file, after);
  for (const m of after.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]*\.ts)['"]/g))
    left.push(`${file}: ${m[1]}`);
}
if (left.length) {
  console.error(`build: relative .ts specifiers left in dist:\n${left.join('\n')}`);
  process.exit(1);
}

// The web page, bundled now so the installed package serves it without esbuild.
const { buildWebAssets } = await import(join(DIST, 'server/web/build.js'));
const assets = await buildWebAssets({
  prebuilt: false,
  minify: true,
  sourceDir: join(ROOT, 'src/server/web'),
});
const out = join(DIST, 'server/web/assets');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), assets.html);
writeFileSync(join(out, 'app.js'), assets.js);
writeFileSync(join(out, 'app.css'), assets.css);
const { bundleCli } = await import('./bundle-cli.mjs');
const cli = await bundleCli({ root: ROOT, dist: DIST });
console.log(`build: dist/bin/ (the CLI bundle: ${cli.files} files, ${(cli.bytes / 1024).toFixed(0)} KB)`);
console.log(
  `build: dist/ written (${walk(DIST).length} files), web bundle ${(assets.js.length / 1024).toFixed(0)} KB`,
);

/**
 * Bundles the web page (src/server/web) with esbuild into one offline asset set held in memory:
 * index.html, app.js (the page, Observable Plot and d3 included) and app.css. No CDN, no files written.
 * The installed package carries the bundle prebuilt (`npm pack` runs scripts/build.mjs, which writes
 * dist/server/web/assets/): when that folder is beside this module it is read and esbuild is never loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The page's assets. */
export interface WebAssets {
  html: string;
  js: string;
  css: string;
}

const DIR = fileURLToPath(new URL('./', import.meta.url));
/** Where the pack-time build puts the bundle (present only in the built package). */
export const PREBUILT_DIR = `${DIR}assets/`;

/** The prebuilt assets, or undefined when running from source (development and tests). */
export function prebuiltWebAssets(dir = PREBUILT_DIR): WebAssets | undefined {
  if (!existsSync(`${dir}app.js`)) return undefined;
  const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
  return { html: read('index.html'), js: read('app.js'), css: read('app.css') };
}

/**
 * Builds the assets (about a second; the server does it once, on the first request for the page), or
 * reads the prebuilt bundle when the package carries one (`prebuilt: false` always bundles; `sourceDir` is
 * the page's source folder, this module's own by default).
 * @example const { html, js, css } = await buildWebAssets();
 */
export async function buildWebAssets(
  options: { minify?: boolean; prebuilt?: boolean; sourceDir?: string } = {},
): Promise<WebAssets> {
  const ready = options.prebuilt === false ? undefined : prebuiltWebAssets();
  if (ready) return ready;
  const dir = options.sourceDir ? `${options.sourceDir.replace(/\/$/, '')}/` : DIR;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { app: `${dir}main.ts` },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    legalComments: 'none',
    write: false,
    outdir: '/assets',
    logLevel: 'silent',
  });
  let js = '';
  let css = '';
  for (const f of result.outputFiles) {
    if (f.path.endsWith('.js')) js = f.text;
    else if (f.path.endsWith('.css')) css = f.text;
  }
  if (!js || !css) throw new Error('web bundle incomplete: expected app.js and app.css');
  return { html: readFileSync(`${dir}index.html`, 'utf8'), js, css };
}

/**
 * Bundles the web page (src/server/web) with esbuild into one offline asset set held in memory:
 * index.html, app.js (the page, Observable Plot and d3 included) and app.css. No CDN, no files written.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The page's assets. */
export interface WebAssets {
  html: string;
  js: string;
  css: string;
}

const DIR = fileURLToPath(new URL('./', import.meta.url));

/**
 * Builds the assets (about a second; the server does it once, on the first request for the page).
 * @example const { html, js, css } = await buildWebAssets();
 */
export async function buildWebAssets(options: { minify?: boolean } = {}): Promise<WebAssets> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { app: `${DIR}main.ts` },
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
  return { html: readFileSync(`${DIR}index.html`, 'utf8'), js, css };
}

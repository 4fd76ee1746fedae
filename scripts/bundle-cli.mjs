// The command line as one bundle (`npm run build` step 3): src/cli/main.ts and everything it imports from
// src/, bundled by esbuild into dist/bin/main.js, each command a chunk of its own loaded on first use (code
// splitting keeps `capgap --help` from loading any command). npm packages stay external: they load from
// node_modules as before (DuckDB's node-api only when a store opens; jsdom, Plot, resvg only for charts).
// `import.meta.url` in a bundled module is rewritten to the URL its tsc-built twin has in dist/ (e.g.
// dist/store/embedded-files.js), so paths relative to a module (data/, package.json, the web assets) resolve
// as they do from dist/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Bundles the CLI into `dist`/bin; returns the number of files and their bytes. */
export async function bundleCli({ root, dist }) {
  const esbuild = await import('esbuild');
  const src = join(root, 'src');
  const outdir = join(dist, 'bin');
  const metaUrl = {
    name: 'dist-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url') || !args.path.startsWith(src)) return undefined;
        const twin = join(dist, relative(src, args.path)).replace(/\.ts$/, '.js');
        const rel = relative(outdir, twin).split('\\').join('/');
        return {
          contents: text.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
          ),
          loader: 'ts',
        };
      });
    },
  };
  await esbuild.build({
    entryPoints: { main: join(src, 'cli/main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [metaUrl],
  });
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(outdir)) {
    files++;
    bytes += statSync(join(outdir, name)).size;
  }
  return { files, bytes, dir: dirname(join(outdir, 'main.js')) };
}

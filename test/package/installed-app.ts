import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Helpers of test/package/install.test.ts: run a command, and write an empty project that depends on a tarball.
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * An empty project that depends on the tarball, with a lockfile taken from the repo's (the package's runtime
 * dependencies at the versions the repo tested), so `npm ci --offline` needs only the cached tarballs: a
 * fresh `npm ci` caches tarballs but not the registry's metadata, which `npm install <tarball>` would ask for.
 */
export function writeAppProject(dir: string, tgz: string): void {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const repoLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const spec = `file:../${basename(tgz)}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies: { capgap: spec } },
    'node_modules/capgap': {
      version: pkg.version,
      resolved: spec,
      integrity,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(repoLock.packages as Record<string, { dev?: boolean }>)) {
    if (path.startsWith('node_modules/') && !entry.dev) packages[path] = entry;
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { capgap: spec } }),
  );
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

/** The README's library example (the ```ts block under "## Library"), exactly as a user would copy it. */
export function readmeLibraryExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library'));
  const m = section.match(/```ts\n([\s\S]*?)```/);
  if (!m) throw new Error('README.md has no ```ts block under "## Library"');
  return m[1];
}

/** A tsconfig for a strict consumer under one module resolution (`node16`, `bundler`), skipLibCheck off. */
export function consumerTsconfig(moduleResolution: 'node16' | 'bundler', include: string[]): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: moduleResolution === 'bundler' ? 'ESNext' : 'Node16',
      moduleResolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      // Node's types from the repo's own install (a user's project has its own @types/node)
      typeRoots: [join(ROOT, 'node_modules/@types')],
    },
    include,
  });
}

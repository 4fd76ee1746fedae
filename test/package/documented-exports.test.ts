import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// What the README and docs/ tell a user to import must exist: every `import { … } from 'capgap…'` in them
// names an entry point of package.json's `exports`, and every name it imports is a runtime export of that
// entry's source (the built package re-exports the same modules; test/package/install.test.ts checks the
// tarball). The README's table of entry points is held to the same rule for the names it lists.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const exportsMap = pkg.exports as Record<string, string | { default: string }>;

const docs = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md'),
);

interface DocImport {
  file: string;
  specifier: string;
  names: string[];
}

function documentedImports(): DocImport[] {
  const out: DocImport[] = [];
  for (const file of docs) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'(capgap[^']*)'/g)) {
      const names = m[1]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('type '))
        .map((s) => s.split(/\s+as\s+/)[0]);
      out.push({ file, specifier: m[2], names });
    }
  }
  return out;
}

/** The README's entry-point table: `capgap/x` → the backticked identifiers in its "holds" column. */
function readmeTable(): DocImport[] {
  const out: DocImport[] = [];
  for (const line of readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n')) {
    const m = line.match(/^\| `(capgap(?:\/[a-z]+)?)` \|([^|]+)\|/);
    if (!m) continue;
    const names = [...m[2].matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((x) => x[1]);
    if (names.length) out.push({ file: 'README.md (entry-point table)', specifier: m[1], names });
  }
  return out;
}

/** package.json's target for a specifier, as the source file the build compiles it from. */
function sourceOf(specifier: string): string | undefined {
  const key = specifier === 'capgap' ? '.' : `./${specifier.slice('capgap/'.length)}`;
  const target = exportsMap[key];
  if (!target) return undefined;
  const js = typeof target === 'string' ? target : target.default;
  return join(ROOT, js.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
}

describe('the imports the README and docs show', () => {
  const all = [...documentedImports(), ...readmeTable()];

  it('are found (the docs show the library)', () => {
    assert.ok(all.length >= 10, `only ${all.length} documented imports found`);
  });

  for (const d of all) {
    it(`${d.file}: { ${d.names.join(', ')} } from '${d.specifier}' resolves`, async () => {
      const src = sourceOf(d.specifier);
      assert.ok(src, `${d.file}: '${d.specifier}' is not an entry point of package.json "exports"`);
      const mod = await import(src);
      const missing = d.names.filter((n) => !(n in mod));
      assert.deepEqual(missing, [], `${d.file}: '${d.specifier}' does not export ${missing.join(', ')}`);
    });
  }
});

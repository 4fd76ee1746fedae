import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The direction data flows in (STYLE.md, "The house"), read from the sources' import statements:
// formats/connectors -> store -> queries -> analytics -> cli, server. Type-only imports count too: a type from
// the store in an analytics room is still a dependency on the store's shape.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const ANALYTICS = ['calendar', 'portfolios', 'events', 'flows', 'records', 'findings', 'report', 'sectors'];
const IO = ['store', 'queries', 'connectors', 'cli', 'server'];

interface Edge {
  from: string; // path under src/
  to: string; // path under src/, or a package name
  typeOnly: boolean;
  dynamic: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every import and re-export of a file (comments removed first, so @example lines do not count). */
export function importsOf(text: string): { spec: string; typeOnly: boolean; dynamic: boolean }[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: { spec: string; typeOnly: boolean; dynamic: boolean }[] = [];
  const re =
    /(?:^|[;\s])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of code.matchAll(re)) {
    if (m[4]) out.push({ spec: m[4], typeOnly: false, dynamic: true });
    else out.push({ spec: m[3], typeOnly: Boolean(m[2]), dynamic: false });
  }
  return out;
}

const room = (path: string) => (path.includes('/') ? path.split('/')[0] : '(top)');
const FILES = walk(SRC)
  .map((f) => relative(SRC, f))
  .filter((f) => !f.startsWith('server/web/') || f === 'server/web/build.ts'); // the page runs in the browser
const EDGES: Edge[] = FILES.flatMap((from) =>
  importsOf(readFileSync(join(SRC, from), 'utf8')).map(({ spec, typeOnly, dynamic }) => ({
    from,
    to: spec.startsWith('.') ? relative(SRC, resolve(dirname(join(SRC, from)), spec)) : spec,
    typeOnly,
    dynamic,
  })),
);
const local = (e: Edge) => e.to.endsWith('.ts');
const show = (edges: Edge[]) => edges.map((e) => `${e.from} -> ${e.to}`).join('\n');

describe('the import graph of src/', () => {
  it('is read from every source file (a sanity check on the parser: known edges are found)', () => {
    assert.ok(FILES.length > 150);
    const has = (from: string, to: string) => EDGES.some((e) => e.from === from && e.to === to);
    assert.ok(has('cli/main.ts', 'cli/report.ts'), 'a dynamic import');
    assert.ok(has('store/store.ts', '@duckdb/node-api'), 'a package import');
    assert.ok(has('index.ts', 'calendar/index.ts'), 'a re-export');
  });

  it('analytics rooms import neither store, queries, connectors, cli nor server', () => {
    const bad = EDGES.filter((e) => local(e) && ANALYTICS.includes(room(e.from)) && IO.includes(room(e.to)));
    assert.deepEqual(bad, [], `analytics importing I/O:\n${show(bad)}`);
  });

  it('formats import no DuckDB, no network and no other room but the calendar', () => {
    const bad = EDGES.filter(
      (e) =>
        room(e.from) === 'formats' &&
        (local(e)
          ? !['formats', 'calendar', '(top)'].includes(room(e.to))
          : /^(@duckdb\/|hono|@hono\/|node:(http|https|net|tls|dgram)$)/.test(e.to)),
    );
    assert.deepEqual(bad, [], show(bad));
    const fetching = FILES.filter(
      (f) => room(f) === 'formats' && /\bfetch\(/.test(readFileSync(join(SRC, f), 'utf8')),
    );
    assert.deepEqual(fetching, [], 'formats call fetch()');
  });

  it('the store imports no analytics, queries, connectors, cli or server', () => {
    const bad = EDGES.filter(
      (e) =>
        local(e) &&
        room(e.from) === 'store' &&
        [...ANALYTICS, 'queries', 'connectors', 'cli', 'server'].includes(room(e.to)),
    );
    assert.deepEqual(bad, [], show(bad));
  });

  it('nothing imports cli or server but themselves, the serve command and the index files', () => {
    const entry = (f: string) => f === 'cli/serve.ts' || f === 'index.ts' || f.endsWith('/index.ts');
    const bad = EDGES.filter(
      (e) =>
        local(e) && ['cli', 'server'].includes(room(e.to)) && room(e.from) !== room(e.to) && !entry(e.from),
    );
    assert.deepEqual(bad, [], show(bad));
  });

  it('math (the primitives: compounding, bisect, the seeded RNG) imports no other room and no package', () => {
    const bad = EDGES.filter((e) => room(e.from) === 'math' && (local(e) ? room(e.to) !== 'math' : true));
    assert.deepEqual(bad, [], show(bad));
  });

  it('rooms import each other in one direction only (no cycles between rooms)', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of EDGES.filter(local)) {
      const [a, b] = [room(e.from), room(e.to)];
      if (a === b || a === '(top)' || e.from.endsWith('index.ts')) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
    // depth-first search; a room met again on the current path closes a cycle
    const cycles: string[] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const visit = (r: string) => {
      if (path.includes(r)) {
        cycles.push([...path.slice(path.indexOf(r)), r].join(' -> '));
        return;
      }
      if (done.has(r)) return;
      path.push(r);
      for (const next of graph.get(r) ?? []) visit(next);
      path.pop();
      done.add(r);
    };
    for (const r of [...graph.keys()].sort()) visit(r);
    assert.deepEqual(cycles, []);
  });

  it('Plot, jsdom and resvg are never imported for their values (they load on first draw: report/charts/libs.ts)', () => {
    const bad = EDGES.filter(
      (e) => /^(@observablehq\/plot|jsdom|@resvg\/resvg-js)$/.test(e.to) && !e.typeOnly,
    );
    assert.deepEqual(bad, [], show(bad));
  });

  it('capgap/calendar loads no package at all (no DuckDB, jsdom or Hono), following every static import', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const e of EDGES.filter((x) => x.from === file && !x.typeOnly && !x.dynamic)) {
        if (local(e)) visit(e.to);
        else if (!e.to.startsWith('node:')) packages.add(e.to);
      }
    };
    visit('calendar/index.ts');
    assert.deepEqual([...packages], []);
    assert.ok(
      [...seen].every((f) => ['calendar', 'math'].includes(room(f))),
      [...seen].join(', '),
    );
  });
});

import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { consumerTsconfig, NPM, ROOT, readmeLibraryExample, run, writeAppProject } from './installed-app.ts';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

// The package as a user gets it: `npm pack` (which builds dist/ and the web bundle), then `npm install` of the
// tarball into an empty project, offline from the npm cache the repo's own install filled. The repo is copied
// first so packing never touches the working tree. Numbers are the hand calculations of test/cli/report.test.ts.
const ROOMS = [
  'calendar',
  'portfolios',
  'events',
  'flows',
  'records',
  'findings',
  'report',
  'store',
  'server',
];

let work = '';
let app = '';
let tarball = '';
let skip: string | undefined;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'capgap-install-'));
  const src = join(work, 'capgap');
  mkdirSync(src);
  for (const f of ['src', 'data', 'bin', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(join(ROOT, f), join(src, f), { recursive: true });
  }
  for (const f of ['README.md', 'LICENSE'])
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(src, f));
  symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
  const pack = run(NPM, ['pack', '--pack-destination', work, '--silent'], src);
  assert.equal(pack.code, 0, `npm pack failed:\n${pack.stderr}`);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);

  app = join(work, 'app');
  mkdirSync(app);
  writeAppProject(app, tarball);
  const install = run(NPM, ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  if (install.code !== 0) {
    skip = `npm install --offline could not run (is the npm cache filled by the repo's own install?):\n${install.stderr.slice(0, 2000)}`;
  }
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed and installed package (npm pack, npm install <tarball>)', () => {
  it('ships dist, data, bin, README and LICENSE, and no tests, fixtures or TypeScript sources', (t) => {
    const list = run('tar', ['-tzf', tarball], work);
    assert.equal(list.code, 0, list.stderr);
    const files = list.stdout.trim().split('\n');
    const tops = new Set(files.map((f) => f.replace(/^package\//, '').split('/')[0]));
    assert.deepEqual([...tops].sort(), ['LICENSE', 'README.md', 'bin', 'data', 'dist', 'package.json']);
    assert.ok(files.includes('package/dist/server/web/assets/app.js'), 'the web bundle is prebuilt');
    assert.ok(
      !files.some((f) => /\.test\.|fixtures|(?<!\.d)\.ts$/.test(f)),
      'no tests, fixtures or .ts sources',
    );
    t.diagnostic(`${files.length} files in the tarball`);
  });

  it('imports every subpath from plain Node ESM (no tsx), each with its room’s functions', (t) => {
    if (skip) return t.skip(skip);
    const code = `
      const names = {};
      for (const p of ['capgap', ${ROOMS.map((r) => `'capgap/${r}'`).join(', ')}]) names[p] = Object.keys(await import(p));
      const cal = await import('capgap/calendar');
      console.log(JSON.stringify({ names, votingDay: cal.isNyseSession(cal.toDay('2016-11-08')), thanksgivingWeek: cal.nyseSessions('2016-11-21', '2016-11-25').length }));`;
    const r = run(process.execPath, ['--input-type=module', '-e', code], app);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    for (const [p, names] of Object.entries(out.names as Record<string, string[]>)) {
      assert.ok(names.length > 0, `${p} exports nothing`);
    }
    assert.ok(out.names['capgap/calendar'].includes('TradingCalendar'));
    assert.ok(out.names['capgap/store'].includes('Store'));
    assert.ok(out.names['capgap/server'].includes('createApp'));
    assert.ok(out.names['capgap/report'].includes('renderReport'));
    // NYSE: open on election day 2016 (Tue 8 Nov); Thanksgiving week 2016 has 4 sessions (closed Thu 24 Nov).
    assert.equal(out.votingDay, true);
    assert.equal(out.thanksgivingWeek, 4);
  });

  it('compiles a strict TypeScript consumer of every subpath with zero errors (skipLibCheck off)', (t) => {
    if (skip) return t.skip(skip);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          // Node's types from the repo's own install (a user's project has its own @types/node)
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        include: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        `import { TradingCalendar, isNyseSession, toDay } from 'capgap/calendar';`,
        `import { computeBuckets, type BucketOptions } from 'capgap/portfolios';`,
        `import { eventStudy, type EventStudyResult } from 'capgap/events';`,
        `import { etfFlows } from 'capgap/flows';`,
        `import { largestSince } from 'capgap/records';`,
        `import { type Finding, writeSentences } from 'capgap/findings';`,
        `import { renderReport, type Report } from 'capgap/report';`,
        `import { Store, openDefaultStore } from 'capgap/store';`,
        `import { createApp } from 'capgap/server';`,
        `import * as capgap from 'capgap';`,
        `const open: boolean = isNyseSession(toDay('2016-11-08'));`,
        `const used = [TradingCalendar, computeBuckets, eventStudy, etfFlows, largestSince, writeSentences, renderReport, Store, openDefaultStore, createApp, capgap.nyseSessions];`,
        `export type T = [BucketOptions, EventStudyResult, Finding, Report];`,
        `export { open, used };`,
      ].join('\n'),
    );
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], app);
    assert.equal(tsc.code, 0, `tsc reported errors:\n${tsc.stdout}${tsc.stderr}`);
  });

  it("runs the README library example as written and prints French's Lo 10 return (hand-compounded)", (t) => {
    if (skip) return t.skip(skip);
    const example = readmeLibraryExample();
    writeFileSync(
      join(app, 'readme.mjs'),
      `${example}\nconsole.log(JSON.stringify(snapshot.size?.groups.deciles[0]));\n`,
    );
    const r = run(process.execPath, ['readme.mjs'], app, { HOME: work });
    assert.equal(r.code, 0, r.stderr);
    const lo = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    const lo10 = 1.0326 * 1.017 * 1.0303 - 1; // French daily VW Lo 10, 9–11 Nov 2016: 3.26, 1.70, 3.03 (%)
    const mkt = (1 + 0.0145 + 0.00001) * (1 + 0.0033 + 0.00001) * (1 + 0.0018 + 0.00001) - 1; // Mkt-RF + RF
    assert.equal(lo.portfolio, 'Lo 10');
    assert.ok(Math.abs(lo.value - lo10) < 1e-12, `Lo 10 ${lo.value} against ${lo10} by hand`);
    assert.ok(Math.abs(lo.market - mkt) < 1e-12, `market ${lo.market} against ${mkt} by hand`);
  });

  for (const resolution of ['node16', 'bundler'] as const) {
    it(`type-checks the README library example under moduleResolution ${resolution}`, (t) => {
      if (skip) return t.skip(skip);
      writeFileSync(join(app, 'readme.ts'), readmeLibraryExample());
      writeFileSync(join(app, `tsconfig.${resolution}.json`), consumerTsconfig(resolution, ['readme.ts']));
      const tsc = run(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], app);
      assert.equal(tsc.code, 0, `tsc (${resolution}) reported errors:\n${tsc.stdout}${tsc.stderr}`);
    });
  }

  it('runs `capgap report --event 2016-11-08` from the installed bin, with the hand-calculated Russell 2000 return', (t) => {
    if (skip) return t.skip(skip);
    const bin = join(app, 'node_modules/.bin/capgap');
    const version = run(bin, ['--version'], app);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const text = run(bin, ['report', '--event', '2016-11-08', '--db', ':memory:'], app, { HOME: work });
    assert.equal(text.code, 0, text.stderr);
    // hand: 1232.16 / 1195.14 − 1 = +3.10% and 1282.38 / 1195.14 − 1 = +7.30% (yfinance ^RUT closes, 8–11 Nov 2016)
    assert.match(text.stdout, /Russell 2000\s+\+3\.10%\s+\+7\.30%/);
  });
});

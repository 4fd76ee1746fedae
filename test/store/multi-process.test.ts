import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';

// Several capgap processes on one store file (docs/data-model.md, "Several processes"): readers share it;
// a writer waits a bounded time ($CAPGAP_LOCK_WAIT seconds) for a holder, saying who, then fails clearly.
const BIN = fileURLToPath(new URL('../../bin/capgap.js', import.meta.url));
const fx = (n: string) => fileURLToPath(new URL(`../fixtures/import/${n}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'capgap-procs-'));
const db = join(dir, 'store.duckdb');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs capgap in its own process; `seen` tells what it has written to stderr so far. */
function capgap(args: string[], env: Record<string, string> = {}): Promise<Run> & { seen: () => string } {
  let stderr = '';
  const p = new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (b) => {
      stdout += b;
    });
    child.stderr.on('data', (b) => {
      stderr += b;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return Object.assign(p, { seen: () => stderr });
}

/** Starts `capgap serve` on the store; resolves once it listens. */
function serve(
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((r) => {
      if (child.exitCode !== null) return r();
      child.once('exit', () => r());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b;
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], stop });
    });
    child.stderr?.on('data', (b: Buffer) => {
      out += b;
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

before(async () => {
  const store = await Store.open(db);
  await importFile(store, fx('yahoo/VTWO.csv'));
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('several processes on one store', () => {
  it('two readers: capgap report and capgap datasets run while capgap serve (read-only) holds the store', async () => {
    const server = await serve();
    try {
      const [report, datasets] = await Promise.all([
        capgap(['report', '--event', '2016-11-08', '--db', db]),
        capgap(['datasets', '--db', db, '--json']),
      ]);
      assert.equal(report.code, 0, report.stderr);
      assert.match(report.stdout, /Russell 2000\s+\+3\.10%/); // yfinance/^RUT, 2016-11-08 → 09 (the report's own check)
      assert.equal(datasets.code, 0, datasets.stderr);
      assert.ok(JSON.parse(datasets.stdout).some((r: { name: string }) => r.name === 'yahoo/VTWO'));
      const res = await fetch(`${server.url}/api/returns-since?event=2016-11-08&from=0&to=2`);
      assert.equal(res.status, 200);
    } finally {
      await server.stop();
    }
  });

  it('a writer beside a reader waits, says who holds the store, then fails clearly', async () => {
    const server = await serve();
    try {
      const r = await capgap(['import', fx('yahoo/^RUT.csv'), '--db', db], { CAPGAP_LOCK_WAIT: '1' });
      assert.equal(r.code, 1);
      const pid = server.child.pid;
      assert.match(r.stderr, new RegExp(`store is held by capgap serve \\(pid ${pid}\\); waiting…`));
      assert.match(r.stderr, /gave up after 1\.0 s: stop it, or import through its POST \/api\/import/);
    } finally {
      await server.stop();
    }
  });

  it('a writer beside a writer (serve with imports enabled) waits, then fails; it goes through once the holder stops', async () => {
    const server = await serve({ CAPGAP_IMPORT_TOKEN: 'multi-process-test' });
    let stopped = false;
    try {
      const refused = await capgap(['import', fx('yahoo/^RUT.csv'), '--db', db], { CAPGAP_LOCK_WAIT: '1' });
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /store is held by capgap serve \(pid \d+\); waiting…/);
      // A reader cannot open a store another process writes: it waits, then says so.
      const reader = await capgap(['datasets', '--db', db], { CAPGAP_LOCK_WAIT: '1' });
      assert.equal(reader.code, 1);
      assert.match(reader.stderr, /it is writing; try again when it has finished/);
      // With a longer wait, the import goes through once the server stops.
      const waiting = capgap(['import', fx('yahoo/^RUT.csv'), '--db', db], { CAPGAP_LOCK_WAIT: '60' });
      while (!waiting.seen().includes('waiting…')) await new Promise((r) => setTimeout(r, 50));
      await server.stop();
      stopped = true;
      const done = await waiting;
      assert.equal(done.code, 0, done.stderr);
      assert.match(done.stdout, /stored 47/);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});

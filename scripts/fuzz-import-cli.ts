/**
 * `capgap import FILE` under fuzzing, as a user runs it: a child process (bin/capgap.js) on a scratch copy of
 * a store holding real fixtures. Each hostile file (scripts/fuzz-hostile-files.ts) ends in one outcome:
 * - `accepted`: exit 0 (the damage left a valid file, e.g. CRLF);
 * - `rejected`: exit 1 or 2, stderr one line `capgap: …` naming the file, no stack trace, and every table's
 *   checksum (test/helpers/store-checksum.ts) as before;
 * - `crash`: anything else on a failure (a stack trace, a signal, several lines, a message without the file);
 * - `changed`: a failed import that changed the store; `hang`: no exit within the time allowed.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasHidden, MESSAGE_MAX, quote } from '../src/quote.ts';
import { importFile } from '../src/store/import/index.ts';
import { Store } from '../src/store/store.ts';
import { storeChecksum } from '../test/helpers/store-checksum.ts';
import type { Hostile } from './fuzz-hostile-files.ts';

/** How one way-in case ended. */
export type WayOutcome = 'accepted' | 'rejected' | 'crash' | 'changed' | 'hang';

/** One case's outcome and, for a bad one, why. */
export interface WayResult {
  outcome: WayOutcome;
  message: string;
}

const BIN = fileURLToPath(new URL('../bin/capgap.js', import.meta.url));
const fixture = (p: string) => fileURLToPath(new URL(`../test/fixtures/${p}`, import.meta.url));

/** A stack frame line as Node prints it. */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** Why a failed command's stderr breaks the rules (one line `capgap: …` naming `must`), or null. */
export function stderrFault(stderr: string, must: string): string | null {
  if (STACK_LINE.test(stderr)) return `stack trace on stderr: ${stderr.slice(0, 300)}`;
  const ls = stderr.trimEnd().split('\n');
  if (ls.length !== 1) return `${ls.length} lines on stderr: ${stderr.slice(0, 300)}`;
  if (!ls[0].startsWith('capgap: ')) return `stderr is not "capgap: …": ${ls[0].slice(0, 300)}`;
  if (!ls[0].includes(must)) return `stderr does not name ${must}: ${ls[0].slice(0, 300)}`;
  return messageFault(ls[0].slice('capgap: '.length));
}

/**
 * Why an error message breaks the quoting rule (src/quote.ts), or null: it may hold no control or bidi
 * character and at most MESSAGE_MAX characters, whatever the way in and the value given.
 */
export function messageFault(message: string): string | null {
  if (message.includes('[object Object]'))
    return `a JavaScript object in the message: ${quote(message, 300)}`;
  if (hasHidden(message)) return `a control or bidi character in the message: ${quote(message, 300)}`;
  if (message.length > MESSAGE_MAX)
    return `a message of ${message.length} characters (at most ${MESSAGE_MAX}): ${quote(message, 300)}`;
  return null;
}

/** A scratch folder and the store every case copies: ^RUT (Yahoo) and the 2016 GICS file, both real. */
export interface ImportBench {
  dir: string;
  store: string;
  checksum: string;
}

/** Makes the scratch folder and the base store. */
export async function importBench(): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'capgap-fuzz-'));
  const store = join(dir, 'base.duckdb');
  const s = await Store.open(store);
  try {
    await importFile(s, fixture('import/yahoo/^RUT.csv'));
    await importFile(s, fixture('sectors/securities_gics_2016.csv'));
    return { dir, store, checksum: await storeChecksum(s) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  } finally {
    s.close();
  }
}

/** Runs `node bin/capgap.js …args` with a time limit; null code on a timeout. */
export function runBin(
  args: string[],
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<{
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 8 << 20, env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
        const timedOut = Boolean(e?.killed);
        const code = e ? (typeof e.code === 'number' ? e.code : null) : 0;
        resolve({
          code,
          signal: (e as { signal?: string } | null)?.signal ?? null,
          stdout,
          stderr,
          timedOut,
        });
      },
    );
  });
}

let serial = 0;

/**
 * Imports one hostile file with the CLI into a fresh copy of the bench's store and classifies the run.
 * @example await importCase(bench, catalogue(seeds()[0])[0]) // { outcome: 'rejected', … }
 */
export async function importCase(
  bench: ImportBench,
  h: Hostile,
  o: { timeoutMs?: number; args?: string[] } = {},
): Promise<WayResult> {
  const dir = join(bench.dir, `case-${++serial}`);
  mkdirSync(dir);
  const path = join(dir, h.name);
  if (h.bytes === 'directory') mkdirSync(path);
  else writeFileSync(path, h.bytes);
  const db = join(dir, 'store.duckdb');
  copyFileSync(bench.store, db);
  const r = await runBin(['import', path, '--db', db, ...(o.args ?? [])], o.timeoutMs ?? 60_000);
  if (r.timedOut) return { outcome: 'hang', message: `no exit in ${o.timeoutMs ?? 60_000} ms` };
  if (r.code === 0) return { outcome: 'accepted', message: '' };
  if (r.code !== 1 && r.code !== 2)
    return { outcome: 'crash', message: `exit ${r.code} signal ${r.signal}: ${r.stderr.slice(0, 300)}` };
  const fault = stderrFault(r.stderr, path);
  if (fault) return { outcome: 'crash', message: fault };
  // a store the run left unreadable (or migrated past this code) is a changed store
  const s = await Store.open(db).catch((err: Error) => err);
  if (s instanceof Error)
    return { outcome: 'changed', message: `store unreadable after the run: ${s.message}` };
  try {
    const after = await storeChecksum(s);
    if (after !== bench.checksum) return { outcome: 'changed', message: `store changed: ${after}` };
  } finally {
    s.close();
  }
  return { outcome: 'rejected', message: r.stderr.trim() };
}

/**
 * Opening a store file another process holds. DuckDB lets one process write a file, or several read it
 * (read-only), never both. A blocked open waits up to `waitMs` (default `$CAPGAP_LOCK_WAIT` seconds, else
 * 10), saying once who holds the store (`store is held by capgap serve (pid N); waiting…`), then fails with
 * `StoreLockedError` naming the holder and what to do.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';

/** The store is held by another process and did not come free in time. */
export class StoreLockedError extends Error {
  constructor(
    message: string,
    readonly pid: number | null,
  ) {
    super(message);
    this.name = 'StoreLockedError';
  }
}

const LOCKED = /Could not set lock|Conflicting lock/i;

/**
 * Names the process with `pid` as the user would: `capgap serve` for a capgap command, else its program.
 * @example describeProcess(1234) // 'capgap serve'
 */
export function describeProcess(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const at = argv.findIndex((a) => /capgap(\.js)?$|bin\/capgap/.test(a));
    if (at >= 0) {
      const cmd = argv.slice(at + 1).find((a) => !a.startsWith('-'));
      return cmd ? `capgap ${cmd}` : 'capgap';
    }
    return argv.length ? basename(argv[0]) : 'another process';
  } catch {
    return 'another process';
  }
}

/** Default wait for a held store, ms: `$CAPGAP_LOCK_WAIT` (seconds) or 10 s. */
export function defaultLockWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.CAPGAP_LOCK_WAIT);
  return env.CAPGAP_LOCK_WAIT !== undefined && Number.isFinite(s) && s >= 0 ? s * 1000 : 10_000;
}

/**
 * Creates the DuckDB instance for `path`, waiting while another process holds the file.
 * @example await createInstance('/tmp/a.duckdb', { access_mode: 'READ_ONLY' }, { waitMs: 2000, onWait: console.error })
 */
export async function createInstance(
  path: string,
  config: Record<string, string>,
  o: { waitMs?: number; onWait?: (message: string) => void; writing: boolean },
): Promise<DuckDBInstance> {
  const waitMs = o.waitMs ?? defaultLockWaitMs();
  const start = Date.now();
  let told = false;
  // DuckDB's Node API loads only when a store opens (a cached answer never loads it).
  const { duckdb } = await import('./duckdb.ts');
  for (;;) {
    try {
      return await duckdb.DuckDBInstance.create(path, config);
    } catch (err) {
      const m = (err as Error).message ?? '';
      if (!LOCKED.test(m)) throw err;
      const pidText = /PID (\d+)/.exec(m)?.[1];
      const pid = pidText ? Number(pidText) : null;
      const holder = pid ? `${describeProcess(pid)} (pid ${pid})` : 'another process';
      if (Date.now() - start >= waitMs) {
        const advice = o.writing
          ? 'stop it, or import through its POST /api/import (capgap serve with CAPGAP_IMPORT_TOKEN set)'
          : 'it is writing; try again when it has finished';
        throw new StoreLockedError(
          `store ${path} is held by ${holder}; gave up after ${(waitMs / 1000).toFixed(1)} s: ${advice}`,
          pid,
        );
      }
      if (!told) {
        o.onWait?.(`store is held by ${holder}; waiting…`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

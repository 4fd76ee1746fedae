/**
 * A store's path checked before DuckDB opens it, and DuckDB's reasons a file cannot be a store in a reader's
 * words. A path that is a folder, a FIFO or a device, a symbolic-link loop, a path through a file
 * (`notes.txt/capgap.duckdb`), a folder that cannot be made or written, or an existing file that is not a
 * DuckDB database is a `StoreOpenError` naming the path and the reason, never a raw `IO Error` or a hang.
 * The store's folder is made one level at a time: Node's `mkdirSync(…, { recursive: true })` loops forever
 * where mkdir answers ENOENT under a parent that exists (`/proc/x/y`).
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { quote } from '../quote.ts';

/** The store at `path` cannot be opened: `reason` says why in a reader's words. */
export class StoreOpenError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`store ${quote(path)}: ${reason}`, options);
    this.name = 'StoreOpenError';
  }
}

type Stat = ReturnType<typeof statSync> | null;

/** stat, or null when nothing is there; other faults (a loop, a path through a file) are StoreOpenErrors. */
function statOf(path: string, store: string): Stat {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP')
      throw new StoreOpenError(store, 'the path is a loop of symbolic links', { cause: err });
    if (code === 'ENOTDIR') throw new StoreOpenError(store, throughFile(store), { cause: err });
    if (code === 'ENAMETOOLONG') throw new StoreOpenError(store, 'the path is too long', { cause: err });
    throw new StoreOpenError(store, `cannot read the path (${code ?? (err as Error).message})`, {
      cause: err,
    });
  }
}

/** The reason for a path that goes through a file: names the first part of the path that is a file. */
function throughFile(store: string): string {
  for (let d = dirname(resolve(store)); d !== dirname(d); d = dirname(d)) {
    try {
      if (statSync(d).isFile()) return `${quote(d)} is a file, not a folder`;
    } catch {
      // keep walking up
    }
  }
  return 'a part of the path is a file, not a folder';
}

/**
 * Checks `path` before a store opens it; when `writing`, makes its folder (one level at a time) and checks
 * that the folder and the file can be written. `:memory:` passes.
 * @example prepareStorePath('/tmp/notes.txt/capgap.duckdb', true) // throws: "/tmp/notes.txt" is a file, not a folder
 */
export function prepareStorePath(path: string, writing: boolean): void {
  if (path === ':memory:') return;
  if (path === '') throw new StoreOpenError(path, 'an empty path; name a store file or ":memory:"');
  const st = statOf(path, path);
  if (st?.isDirectory())
    throw new StoreOpenError(
      path,
      'is a folder; expected a store file (an existing .duckdb file, or a new name)',
    );
  if (st && !st.isFile())
    throw new StoreOpenError(path, 'is not a regular file (a FIFO, socket or device); expected a store file');
  if (!writing) return;
  if (st) {
    if (!canWrite(path)) throw new StoreOpenError(path, 'the file is not writable (permission denied)');
    return;
  }
  const folder = dirname(resolve(path));
  makeFolder(folder, path);
  if (!canWrite(folder)) throw new StoreOpenError(path, `the folder ${quote(folder)} is not writable`);
}

function canWrite(p: string): boolean {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes `folder` and its missing parents, top down, each with a plain mkdir. */
function makeFolder(folder: string, store: string): void {
  const missing: string[] = [];
  let d = folder;
  for (let st = statOf(d, store); st === null; st = statOf(d, store)) {
    missing.push(d);
    if (dirname(d) === d) break;
    d = dirname(d);
  }
  const top = statOf(d, store);
  if (top && !top.isDirectory()) throw new StoreOpenError(store, `${quote(d)} is a file, not a folder`);
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statOf(m, store)?.isDirectory()) continue;
      throw new StoreOpenError(store, `cannot make the folder ${quote(m)} (${code ?? 'error'})`, {
        cause: err,
      });
    }
  }
}

/**
 * DuckDB's reason a store file cannot be opened, in a reader's words (DuckDB's first line, without its error
 * class, for a reason not listed here).
 * @example storeOpenReason('IO Error: The file "x" exists, but it is not a valid DuckDB database file!')
 * // 'not a DuckDB store: the file exists but is not a DuckDB database (capgap never overwrites it)'
 */
export function storeOpenReason(message: string): string {
  const first = message.split('\n')[0];
  if (/not a valid DuckDB database file/i.test(first))
    return 'not a DuckDB store: the file exists but is not a DuckDB database (capgap never overwrites it)';
  if (/Is a directory/i.test(first)) return 'is a folder; expected a store file';
  if (/Permission denied/i.test(first)) return 'permission denied';
  if (/Read-only file system/i.test(first)) return 'on a read-only file system';
  if (/created with an? (newer|older) version|version number|incompatible/i.test(first))
    return `a DuckDB file this capgap cannot read (${first.replace(/^[A-Za-z ]*Error: /, '')})`;
  return `cannot open it (DuckDB: ${first.replace(/^[A-Za-z ]*Error: /, '')})`;
}

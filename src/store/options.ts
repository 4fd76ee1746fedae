/** How a store is opened (`Store.open`'s options) and where it lives unless told. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Options of `Store.open`. */
export interface OpenOptions {
  /** Open without writing (no migration; writes fail); other processes may read the file at once. Default false. */
  readOnly?: boolean;
  /** Folder of the embedded Parquet files to show beside the store's tables; default none. */
  embedded?: string;
  /** Read connections when `embedded` is set (default 1; the server uses more). */
  readers?: number;
  /** Most reads waiting for a connection before `StoreBusyError` (default 256). */
  maxWaiting?: number;
  /** How long to wait for a store another process holds, ms (default `$CAPGAP_LOCK_WAIT` s, else 10 s). */
  lockWaitMs?: number;
  /** Told once when the store is held by another process and the open waits. */
  onWait?: (message: string) => void;
  /** With `readOnly` and `embedded`: answer reads from the store's answer cache when it holds them. */
  answerCache?: boolean;
}

/** Where the store lives unless told: `$CAPGAP_DB`, else `~/.capgap/capgap.duckdb`. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CAPGAP_DB || join(homedir(), '.capgap', 'capgap.duckdb');
}

/**
 * What every CLI command shares: where output goes (so tests run the CLI in-process and read it),
 * the one error class the CLI catches, and the common `--db` / `--json` options.
 */
import { jsonText } from '../json.ts';
import { quote } from '../quote.ts';
import type { Store } from '../store/store.ts';

/** Where a command writes. Tests swap it for buffers. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  isTTY: boolean;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};

// A reader that stops early (`capgap … | head`) closes the pipe: stop quietly instead of crashing.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

let current: CliIO = processIO;

/** The IO of the running command. */
export function io(): CliIO {
  return current;
}

/** Sets the IO for the next command run (used by `main`). */
export function setIO(next: CliIO): void {
  current = next;
}

/** An error the CLI reports as a message (no stack) with an exit code: 2 for misuse, 1 for failures. */
export class CliError extends Error {
  readonly exitCode: number;
  /** `options.cause`: the error this one reports (kept for CAPGAP_DEBUG and callers). */
  constructor(message: string, exitCode = 1, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** The options every data command takes. */
export const commonArgs = {
  db: {
    type: 'string',
    description:
      'store file (default: $CAPGAP_DB or ~/.capgap/capgap.duckdb; ":memory:" for a throwaway store)',
  },
  json: { type: 'boolean', description: 'print JSON instead of text', default: false },
} as const;

/**
 * Opens the store a command names. Reading (the default): read-only, with the embedded dataset beside the
 * store's own tables, so it runs while a server or another reader holds the store. `write`: the store's own
 * tables, for writing, waiting a bounded time (`$CAPGAP_LOCK_WAIT` s, default 10) while another process
 * holds the file and saying so. `answerCache` (one-shot reads such as `capgap report`): answer from the
 * store's answer cache when it holds the reads, without opening DuckDB (src/store/answer-cache.ts).
 */
export async function openStore(
  db: string | undefined,
  options: { write?: boolean; answerCache?: boolean } = {},
): Promise<Store> {
  const onWait = (m: string) => io().err(`capgap: ${m}`);
  try {
    if (options.write) {
      const { Store, defaultStorePath } = await import('../store/store.ts');
      return await Store.open(db ?? defaultStorePath(), { onWait });
    }
    const { openDefaultStore } = await import('../store/embedded.ts');
    return await openDefaultStore(db, { onWait, readers: 2, answerCache: options.answerCache });
  } catch (err) {
    throw storeArgError(err, db);
  }
}

/**
 * A store that cannot be opened (src/store/store-path.ts) as the CLI reports it: one line naming where the
 * path came from (`--db`, `$CAPGAP_DB` or the default) and why, exit 1; other errors pass through.
 * @example storeArgError(new StoreOpenError('notes.txt', 'not a DuckDB store: …'), 'notes.txt').message
 * // '--db "notes.txt": not a DuckDB store: …'
 */
export function storeArgError(err: unknown, db: string | undefined): unknown {
  if (!(err instanceof Error) || err.name !== 'StoreOpenError') return err;
  const { path, reason } = err as Error & { path: string; reason: string };
  const from = db !== undefined ? '--db' : process.env.CAPGAP_DB ? '$CAPGAP_DB' : 'the default store';
  return new CliError(`${from} ${quote(path)}: ${reason}`, 1, { cause: err });
}

/** Prints a value as JSON through the one JSON edge (src/json.ts: 12 significant digits, NaN as null). */
export function printJson(value: unknown): void {
  io().out(jsonText(value, 2));
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A size or count flag: digits with an optional K/M/G suffix (binary for bytes: 512M = 512 MiB).
 * @example sizeArg('--max-bytes', '2G') // 2147483648
 */
export function sizeArg(flag: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(String(value).trim());
  const n = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : Number.NaN;
  if (!(n > 0) || !Number.isSafeInteger(n)) {
    throw new CliError(
      `invalid ${flag}: ${quote(value)}; expected a positive number such as 1000000 or 2G`,
      2,
    );
  }
  return n;
}

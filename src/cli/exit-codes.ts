/**
 * The CLI's exit codes (README "Exit codes"), one rule for every command:
 * - 0: done;
 * - 1: the command line is fine but the data cannot answer it: the store lacks a dataset, the stock panel,
 *   the days or series asked for (the message says what to import, the command to run); a file to import
 *   is bad (file:line: column); a download failed; `capgap check`: a claim not supported;
 * - 2: misuse, whatever the store holds: an unknown command, option or subcommand, an option without its
 *   value, a malformed, unknown or out-of-range value ("invalid …" or "unknown …" naming the option),
 *   options that do not go together.
 * Commands throw `CliError(message, 2)` for misuse they find themselves; errors from queries pass through
 * `queryError`, which keeps misuse at 2 and everything else at 1.
 */
import { CliError } from './context.ts';

/** Exit code: the command ran. */
export const EXIT_OK = 0;
/** Exit code: the data cannot answer (missing, not covering, bad file, failed download). */
export const EXIT_DATA = 1;
/** Exit code: the command line is wrong. */
export const EXIT_MISUSE = 2;

/** Messages of query errors that are about the command line, not the data. */
const MISUSE = /^invalid |^--[a-z]|empty range|French publishes/;

/** The command that adds a stock panel (with its company lists for market caps), for `--db` or the default store. */
export function importStocksCommand(db: string | undefined): string {
  return `capgap import STOCK_PANEL.csv.gz COMPANYLIST.csv${db ? ` --db ${db}` : ''}`;
}

/**
 * A query's error as the CLI reports it: misuse (MISUSE) becomes a CliError with exit 2; "no stock panel"
 * names the command that imports one (exit 1); anything else is returned as it is (main reports it, exit 1,
 * or 2 when it is an "invalid …" about an option's value).
 * @example throw queryError(new Error('no stock panel in the store'), ':memory:') // CliError, exit 1, names capgap import
 */
export function queryError(err: unknown, db?: string): unknown {
  if (!(err instanceof Error) || err instanceof CliError) return err;
  if (MISUSE.test(err.message)) return new CliError(err.message, EXIT_MISUSE, { cause: err });
  if (/^no stock panel in the store/.test(err.message))
    return new CliError(
      `no stock panel in the store${db ? ` ${db}` : ''}; import one first: ${importStocksCommand(db)} (the Kaggle daily panel and NASDAQ company lists; docs/import.md)`,
      EXIT_DATA,
      { cause: err },
    );
  return err;
}

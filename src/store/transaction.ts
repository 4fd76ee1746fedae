/**
 * One transaction on a connection: BEGIN, the caller's writes, then COMMIT; ROLLBACK if they throw, or if
 * the running request's deadline passed meanwhile (the server then answers 504 instead of committing late).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { currentSignal, QueryCancelledError } from './cancel.ts';

/**
 * Runs `fn` between BEGIN and COMMIT on `conn`, then `committed` (after the commit, still inside the
 * caller's error handling); rolls back and rethrows if `fn` throws. All of `fn`'s writes land, or none do.
 * @example await inTransaction(conn, () => conn.run("INSERT INTO meta VALUES ('k', 'v')"), async () => {});
 */
export async function inTransaction<T>(
  conn: DuckDBConnection,
  fn: () => Promise<T>,
  committed: () => Promise<void>,
): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    const value = await fn();
    if (currentSignal()?.aborted) throw new QueryCancelledError('deadline passed before commit: rolled back');
    await conn.run('COMMIT');
    await committed();
    return value;
  } catch (err) {
    await conn.run('ROLLBACK');
    throw err;
  }
}

/**
 * A path DuckDB reads as the one file it names. DuckDB's file readers (`read_csv`, `read_parquet`) expand
 * glob characters (`*`, `?`, `[…]`, `{…}`) and a leading `~`: a file literally named `*.csv.gz` read every
 * `.csv.gz` beside it as one import (its sha256 that of the one file). The path is made absolute, and one that
 * still holds such a character is read through a symbolic link under a plain name in a scratch folder,
 * removed afterwards.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const GLOB = /[*?[\]{}]/;

/**
 * Runs `read` with a path DuckDB reads literally as `path` (see the file header).
 * @example await withLiteralPath('*.parquet', (p) => store.all(`SELECT count(*) FROM read_parquet('${p}')`))
 */
export async function withLiteralPath<T>(path: string, read: (literal: string) => Promise<T>): Promise<T> {
  const full = resolve(path);
  if (!GLOB.test(full)) return read(full);
  const dir = mkdtempSync(join(tmpdir(), 'capgap-read-'));
  try {
    // the extension kept (.gz tells DuckDB's reader the compression where it sniffs it)
    const link = join(
      dir,
      `input${/\.gz$/i.test(full) ? `${extname(full.slice(0, -3))}.gz` : extname(full)}`,
    );
    symlinkSync(full, link);
    return await read(link);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

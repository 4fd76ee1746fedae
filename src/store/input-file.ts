/**
 * A user's input file read whole (a data file to import, an event set, an ETF registry): a missing file, a
 * folder, a FIFO, socket or device (reading one would wait forever), a loop of symbolic links, a file that
 * cannot be read, or one over the size limit is an ImportError naming the file, before any byte is read.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { ImportError } from '../formats/errors.ts';
import { DEFAULT_LIMITS, tooLarge } from '../formats/limits.ts';

/**
 * The size of the regular file at `path`; anything else is an ImportError naming it.
 * @example inputFileSize('/tmp') // throws: /tmp: is a folder; expected a data file (CSV, .gz or Parquet)
 */
export function inputFileSize(path: string): number {
  const fault = (reason: string) => new ImportError({ file: path, line: 0, column: '', reason });
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
    if (st.isFile()) accessSync(path, constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fault('no such file');
    if (code === 'ELOOP') throw fault('cannot read the file (ELOOP: a loop of symbolic links)');
    throw fault(`cannot read the file (${code ?? (err as Error).message})`);
  }
  if (st.isDirectory()) throw fault('is a folder; expected a data file (CSV, .gz or Parquet)');
  if (!st.isFile()) throw fault('is not a regular file; expected a data file (CSV, .gz or Parquet)');
  return st.size;
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them (default 512 MiB: docs/import.md,
 * "Limits"); see `inputFileSize` for what is refused.
 * @example readInputFile('events.csv').length // 58
 */
export function readInputFile(path: string, maxBytes: number = DEFAULT_LIMITS.maxBytes): Uint8Array {
  if (inputFileSize(path) > maxBytes) throw tooLarge(path, maxBytes, null, { ...DEFAULT_LIMITS, maxBytes });
  return readFileSync(path);
}

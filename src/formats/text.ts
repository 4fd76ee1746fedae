/**
 * File names shared by the parsers; bytes → text is decode.ts (re-exported here), CSV records are csv.ts.
 */
export { decodeText, isGzip } from './decode.ts';

/** The file name without folders (`/a/b/^RUT.csv` → `^RUT.csv`). */
export function baseName(file: string): string {
  const k = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return k >= 0 ? file.slice(k + 1) : file;
}

/** The file name without folders and without its extensions (.csv, .txt, .us.txt, .gz, .parquet). */
export function fileStem(file: string): string {
  return baseName(file)
    .replace(/\.gz$/i, '')
    .replace(/\.(csv|txt|parquet|tsv)$/i, '')
    .replace(/\.us$/i, '');
}
